// The article pass of discovery as it was before it was made fast (main at
// c220436, source/ingest/extract/discover/*), kept test-only as the oracle of
// the differential test (discover.test.ts). Do not optimise these copies.
export {discoverArticle} from './discover-reference/article.js';

// The entity and number extractors as they were before issue 21's fast paths
// (commit c220436: source/ingest/extract/{index,entities,actors,sources,
// attribution,numbers}.ts, copied under entities-reference/ with a memo-free
// gazetteer match). Test-only: the oracle that tests/perf/entities.test.ts
// holds the fast code to, output for output.
export {extractEntities} from './entities-reference/extract.js';
export {extractNumbers} from './entities-reference/numbers.js';
export {matchAt, scan} from './entities-reference/gazetteer.js';

// The search module's public surface, for the CLI, the UI and benchmarks.
export {buildSearchIndex, buildSearchIndexInSlices, createSearchSession, groupHits, runSearch} from './search.js';
export type {SearchIndex, SearchOptions, SearchSession} from './search.js';
export {buildTextIndex, containing, fuzzyCandidates, type SearchRecord, type TextIndex} from './text-index.js';
export {SEARCH_KINDS} from './records.js';
export {searchText, searchTextWithMap, searchQuery} from './normalise-text.js';

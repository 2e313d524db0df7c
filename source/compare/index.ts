export {compareEvent} from './compare.js';
export {comparisonToMarkdown, escapeCell} from './markdown.js';
export {listConflicts, type EventConflicts} from './conflicts.js';
export type * from './types.js';
export {eventSentences, type ComparisonInputs, type Located, type SentenceLookup} from './lookup.js';

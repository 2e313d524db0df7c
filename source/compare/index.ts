export {compareEvent, UnknownEventError} from './compare.js';
export {comparisonToMarkdown, escapeCell} from './markdown.js';
export {listConflicts, type EventConflicts} from './conflicts.js';
export type * from './types.js';

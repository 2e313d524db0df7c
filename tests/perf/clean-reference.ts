// The oracle for the clean and sentence-splitting fast paths: main's code as
// it was before them (c220436), copied under clean-reference/, test-only.
// Nothing under source/ may import it.
export {clean, loadBoilerplate} from './clean-reference/clean.js';
export {fold as referenceFold} from './clean-reference/clean/lexicon.js';
export {splitSentences} from './clean-reference/sentences.js';

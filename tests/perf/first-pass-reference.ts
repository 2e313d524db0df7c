// The first pass's per-sentence pieces as they were before they were made
// fast again (main at 69ac9a4), kept test-only as the oracle of
// first-pass.test.ts: the tokenizer written as plainly as it can be, and
// discover/places.ts reading place heads off the proclitics per token. The
// entity scan's oracle is entities-reference's matchEntities. Do not optimise
// these copies.
export {tokenize} from './first-pass-reference/tokenize.js';
export {findPlaces} from './first-pass-reference/places.js';

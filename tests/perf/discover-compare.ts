// What the differential test of discovery compares (discover.test.ts): every
// part of an article's first pass that a later stage reads, as plain JSON, so
// that the fast path and the old implementation (discover-reference/) can be
// compared with toEqual and a drift shows where it is.
import type {TrieNode} from '../../source/arabic/gazetteer.js';
import type {Lexicon} from '../../source/lexicon/load.js';

type Discovery = {
	lexicon: Lexicon;
	sentences: Array<{tokens: unknown[]; entities: unknown[]; roles: Map<number, unknown>; memory?: unknown}>;
	people: unknown[];
	organizations: Array<{id: string}>;
};

function trieJson(node: TrieNode<unknown>): unknown {
	return {targets: node.targets, children: [...node.children].map(([k, v]) => [k, trieJson(v)])};
}

export function fingerprint(d: Discovery, input: Lexicon): unknown {
	const lex = d.lexicon;
	return {
		people: d.people,
		organizations: d.organizations,
		sentences: d.sentences.map(s => ({tokens: s.tokens.length, entities: s.entities, roles: [...s.roles], memory: s.memory})),
		sameLexicon: lex === input,
		article: lex.article ? {trie: trieJson(lex.article.trie), countries: [...lex.article.countries]} : null,
		actors: lex.actors === input.actors ? 'base' : {size: lex.actors.size, own: d.people.map(p => lex.actors.get((p as {id: string}).id))},
		orgs: lex.organizations === input.organizations ? 'base' : {size: lex.organizations.size, own: d.organizations.map(o => lex.organizations.get(o.id))},
	};
}

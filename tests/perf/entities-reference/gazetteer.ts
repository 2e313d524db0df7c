// The gazetteer match as it was before the per-token memo and the miss bits
// (source/arabic/gazetteer.ts at c220436), without any memo: each token's
// stems are looked up in the trie on every call. Test-only oracle for
// matchAt/scan; tokens, tries and the rest come from the source.
import {CONJUNCTION_ONLY, type Match, type MatchOptions, type Token, type TrieNode, withoutConjunction} from '../../../source/arabic/gazetteer.js';

export {CONJUNCTION_ONLY, withoutConjunction};
export type {Match, Token};

const HARD_GAP = /[.,،:;؛!?؟\n]/;

function stemOffset(tok: Token, prefix: string): number {
	let keep = prefix.length;
	if (prefix.endsWith('ال')) keep -= 2;
	else if (prefix.endsWith('لل')) keep -= 1;
	return tok.map[Math.max(0, keep)] ?? 0;
}

function firstSteps<T>(trie: TrieNode<T>, tok: Token): Array<{prefix: string; node: TrieNode<T>}> {
	const found: Array<{prefix: string; node: TrieNode<T>}> = [];
	for (const {stem, prefix} of tok.readings.stems) {
		const node = trie.children.get(stem);
		if (node) found.push({prefix, node});
	}
	return found;
}

export function matchAt<T>(tokens: Token[], i: number, trie: TrieNode<T>, text: string, opts: MatchOptions = {}): Match<T> | null {
	const first = tokens[i];
	if (!first) return null;
	let best: Match<T> | null = null;
	for (const {prefix, node: firstNode} of firstSteps(trie, first)) {
		if (prefix && opts.allowPrefix && !opts.allowPrefix(prefix)) continue;
		let node: TrieNode<T> | undefined = firstNode;
		let j = i + 1;
		let lastGood: {node: TrieNode<T>; to: number} | null = node?.targets.length ? {node, to: j} : null;
		while (node && j < tokens.length && !HARD_GAP.test(tokens[j]!.gap)) {
			node = node.children.get(tokens[j]!.norm);
			j++;
			if (node?.targets.length) lastGood = {node, to: j};
		}
		if (!lastGood) continue;
		if (best && best.to >= lastGood.to) continue;
		const start = first.start + stemOffset(first, prefix);
		const end = tokens[lastGood.to - 1]!.end;
		best = {from: i, to: lastGood.to, start, end, text: text.slice(start, end), prefix, targets: lastGood.node.targets};
	}
	return best;
}

export function scan<T>(tokens: Token[], trie: TrieNode<T>, text: string, opts: MatchOptions = {}): Array<Match<T>> {
	const out: Array<Match<T>> = [];
	for (let i = 0; i < tokens.length; ) {
		const m = matchAt(tokens, i, trie, text, opts);
		if (m) {
			out.push(m);
			i = m.to;
		} else i++;
	}
	return out;
}

// Where in a normalised sentence a date expression can start, found in one
// pass: an ASCII digit (Arabic-Indic digits are ASCII after normalisation), or
// the first word of a calendar word (month, weekday, يوم، اليوم، العام…) read
// off a trie. The date patterns then run only there, as sticky regexes, instead
// of each scanning the whole sentence (issue 21: on the generated 1k corpus
// they spent ~330 ms of ~460 ms of date extraction looking at positions where
// no date can begin).
//
// Exactness: a pattern is listed with every word its match can begin with, so
// the positions found are a superset of where it can match; trying them in
// order from the scan's lastIndex finds the very match a global exec finds.

import {isLetterCode, wordStartAt} from '../../arabic/chars.js';

/** What one pattern (or gate) can start with. */
export type Starter = {bit: number; words: Iterable<string>; digits?: boolean};

type Node = {next: Map<number, Node>; mask: number};

/** The start positions of one text, ascending, each with the bits of the patterns that may start there. */
export type Triggers = {
	pos: number[];
	mask: number[];
	/** OR of every mask. */
	any: number;
	/** Does the text hold an ASCII digit (as /\d/ reads it)? */
	digit: boolean;
	/** Four ASCII digits in a row (as /\d{4}/ reads it)? */
	year: boolean;
	/** Where the text's last ASCII digit stands, -1 for none. */
	lastDigit: number;
	/**
	 * Does a trigger at a digit come only from `digits` (no listed word starts
	 * with a digit, no empty list)? Only then may a caller judge a digit
	 * position by the shape of its digits.
	 */
	plainDigits: boolean;
};

/**
 * The literal a regex alternative built by alt() must begin with: the word up
 * to its first space (alt() turns spaces into \s+, so only that part is fixed).
 */
export function firstToken(word: string): string {
	const sp = word.indexOf(' ');
	return sp < 0 ? word : word.slice(0, sp);
}

/** Token lengths are kept per (first, last) code unit pair, folded to 16 bits: a filter, so collisions only cost a lookup. */
const lengthKey = (first: number, last: number) => ((first & 0xff) << 8) | (last & 0xff);
/** Lengths of 31 and more share the top bit. */
const lengthBit = (len: number) => 1 << Math.min(len, 31);

export class TriggerScanner {
	private readonly root: Node = {next: new Map(), mask: 0};
	/** Code units that begin a listed token: most positions are rejected by one array read. */
	private readonly first = new Uint8Array(0x10000);
	private readonly digitMask: number;
	/**
	 * Walk the trie at word starts only. A pattern's match that begins inside a
	 * word is skipped to the word's end (candidates() in dates.ts), and no
	 * position it skips could start an accepted match unless it is a digit
	 * right after an Arabic letter; every listed word is followed by a space
	 * in its pattern, so the skip stays inside the word's letters. A word
	 * with a digit in it could break that, so then every position is walked.
	 */
	private readonly wordOnly: boolean;

	/**
	 * A calendar with an empty word list (a user's lexicon may have one) makes
	 * its patterns' alternations empty, so they can start anywhere, even at a
	 * space: then every position is a trigger for every pattern.
	 */
	private readonly everywhere: number;
	/**
	 * The fast path: every token is all letters. A token must then be followed
	 * by a non-letter, so it is exactly the run of letters at its position,
	 * looked up whole; `lengths` (token lengths by first and last letter) lets
	 * most runs go without making a string.
	 */
	private readonly runs: boolean;
	private readonly tokens = new Map<string, number>();
	private readonly lengths = new Uint32Array(0x10000);

	constructor(starters: Starter[], options: {everywhere?: boolean} = {}) {
		let digitMask = 0;
		let all = 0;
		let wordOnly = true;
		for (const s of starters) {
			all |= s.bit;
			if (s.digits) digitMask |= s.bit;
			for (const w of s.words) {
				const tok = firstToken(w);
				if (!tok) continue;
				this.insert(tok, s.bit);
				if (/\p{N}/u.test(tok)) wordOnly = false;
			}
		}
		this.digitMask = digitMask;
		this.wordOnly = wordOnly;
		this.everywhere = options.everywhere ? all : 0;
		let letters = true;
		for (const tok of this.tokens.keys()) for (let i = 0; i < tok.length; i++) if (!isLetterCode(tok.charCodeAt(i))) letters = false;
		this.runs = letters && this.everywhere === 0;
		for (const tok of this.tokens.keys()) this.lengths[lengthKey(tok.charCodeAt(0), tok.charCodeAt(tok.length - 1))]! |= lengthBit(tok.length);
	}

	/** Is every ASCII digit of a text among its trigger positions? */
	get listsDigits(): boolean {
		return this.digitMask !== 0;
	}

	private insert(tok: string, bit: number): void {
		let node = this.root;
		for (let i = 0; i < tok.length; i++) {
			const c = tok.charCodeAt(i);
			let next = node.next.get(c);
			if (!next) {
				next = {next: new Map(), mask: 0};
				node.next.set(c, next);
			}
			node = next;
		}
		node.mask |= bit;
		this.first[tok.charCodeAt(0)] = 1;
		this.tokens.set(tok, (this.tokens.get(tok) ?? 0) | bit);
	}

	scan(n: string): Triggers {
		return this.runs ? this.scanRuns(n) : this.scanAll(n);
	}

	/** The triggers of the letter run [i, j), which starts a word. */
	private runMask(n: string, i: number, j: number): number {
		if (this.first[n.charCodeAt(i)] !== 1) return 0;
		if ((this.lengths[lengthKey(n.charCodeAt(i), n.charCodeAt(j - 1))]! & lengthBit(j - i)) === 0) return 0;
		return this.tokens.get(n.slice(i, j)) ?? 0;
	}

	/**
	 * One step per letter run instead of per letter (about 20 ms less than
	 * the trie walk at every letter on the generated 1k corpus): a run's
	 * only word starts are its first letter and, after a proclitic (و ف ب ل)
	 * that opens a word, the second.
	 */
	private scanRuns(n: string): Triggers {
		const pos: number[] = [];
		const mask: number[] = [];
		let any = 0;
		let digit = false;
		let year = false;
		let lastDigit = -1;
		let run = 0;
		const len = n.length;
		const digitMask = this.digitMask;
		let i = 0;
		while (i < len) {
			const c = n.charCodeAt(i);
			if (c >= 0x30 && c <= 0x39) {
				digit = true;
				lastDigit = i;
				if (++run >= 4) year = true;
				if (digitMask !== 0) {
					pos.push(i);
					mask.push(digitMask);
					any |= digitMask;
				}
				i++;
				continue;
			}
			run = 0;
			if (!isLetterCode(c)) {
				i++;
				continue;
			}
			let j = i + 1;
			while (j < len && isLetterCode(n.charCodeAt(j))) j++;
			if (wordStartAt(n, i)) {
				const m = this.runMask(n, i, j);
				if (m !== 0) {
					pos.push(i);
					mask.push(m);
					any |= m;
				}
				if (j - i >= 2 && (c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644) && wordStartAt(n, i + 1)) {
					const m2 = this.runMask(n, i + 1, j);
					if (m2 !== 0) {
						pos.push(i + 1);
						mask.push(m2);
						any |= m2;
					}
				}
			}
			i = j;
		}
		return {pos, mask, any, digit, year, lastDigit, plainDigits: true};
	}

	/** Every position: the trie walked at each (word start) where a token begins. */
	private scanAll(n: string): Triggers {
		const pos: number[] = [];
		const mask: number[] = [];
		let any = 0;
		let digit = false;
		let year = false;
		let lastDigit = -1;
		let run = 0;
		const len = n.length;
		for (let i = 0; i < len; i++) {
			const c = n.charCodeAt(i);
			let m = 0;
			if (c >= 0x30 && c <= 0x39) {
				digit = true;
				lastDigit = i;
				if (++run >= 4) year = true;
				m = this.digitMask;
			} else run = 0;
			// A word matched inside another word is rejected by every pattern
			// (wordStartAt), so only word starts are walked; see wordOnly.
			if (this.first[c] === 1 && (!this.wordOnly || wordStartAt(n, i))) {
				// Every listed token that is a prefix of the text at i adds its patterns.
				// In every pattern a listed word is followed by a space, a digit, a
				// separator or the end of a word, never by a letter: "مه" starting
				// "مهم" or "من" starting "منطقه" triggers nothing.
				let node: Node | undefined = this.root;
				for (let j = i; j < len; j++) {
					node = node.next.get(n.charCodeAt(j));
					if (!node) break;
					if (node.mask !== 0 && (j + 1 === len || !isLetterCode(n.charCodeAt(j + 1)))) m |= node.mask;
				}
			}
			m |= this.everywhere;
			if (m !== 0) {
				pos.push(i);
				mask.push(m);
				any |= m;
			}
		}
		if (this.everywhere !== 0) {
			// An empty match may stand at the very end too.
			pos.push(len);
			mask.push(this.everywhere);
			any |= this.everywhere;
		}
		return {pos, mask, any, digit, year, lastDigit, plainDigits: this.wordOnly && this.everywhere === 0};
	}
}

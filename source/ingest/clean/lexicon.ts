// data/lexicon/boilerplate.json compiled into the lookups clean uses: every
// phrase folded once here, so no rule re-normalises lexicon entries per line.
import {DataError} from '../../errors.js';
import {BoilerplateFile} from '../../lexicon/boilerplate.js';
import {foldText} from './fold.js';
import {phraseBits, phraseSet, type PhraseSet} from './phrases.js';

export type BoilerplateJson = BoilerplateFile;

/** A phrase of an `only` list, as folded tokens. */
type OnlyPhrase = {tokens: string[]; reason: string};

export type BoilerplateLexicon = {
	lines: Map<string, string>;
	/** The longest key of `lines`: a longer line is no whole-line phrase (spares hashing every paragraph). */
	linesMax: number;
	/** First character → prefixes starting with it, longest first. */
	prefixes: Map<string, Array<{text: string; reason: string}>>;
	contains: Array<{all: string[]; reason: string}>;
	/** First token → phrases starting with it, longest first. */
	only: Map<string, OnlyPhrase[]>;
	sectionWords: Set<string>;
	captionCredits: string[];
	/**
	 * Two gates in one pass over a line (see lineGates): CONTAINS_GATE, the line
	 * holds a `contains` group's first phrase (lines without skip `contains`);
	 * CAPTION_GATE, it holds a caption credit.
	 */
	lineGates: PhraseSet | null;
	outlets: Array<{name: string; forms: string[]}>;
	copyrightDescriptors: string[];
	/** Folded adjectives that keep a descriptor in the name (see withoutDescriptor, outlet.ts). */
	descriptorAdjectives: Set<string>;
	/** The copyright phrases themselves (but ©), as written, to cut out of the line; any case. */
	copyrightCut: RegExp | null;
	mastheadTitles: string[];
	/** Whole-line forms of teaser-list headings. */
	listHeadings: Set<string>;
	/** The longest of `listHeadings`. */
	listHeadingsMax: number;
	tickerWords: string[];
	datelinePlaces: Set<string>;
	weekdays: Set<string>;
	creditLabels: Set<string>;
	breakingPrefixes: string[];
};

/** The gates of `lex.lineGates` a folded line opens: CONTAINS_GATE, CAPTION_GATE. */
export function lineGates(f: string, lex: BoilerplateLexicon): number {
	return lex.lineGates ? phraseBits(f, lex.lineGates, CONTAINS_GATE | CAPTION_GATE) : 0;
}
export const CONTAINS_GATE = 1;
export const CAPTION_GATE = 2;

/** Fold for comparison (collapseSpaces(normalise(s)).trim(), see fold.ts); whole lines also lose trailing colons and stops. */
export const fold = foldText;
export const foldLine = (s: string) => lineForm(fold(s));
/** foldLine from an already folded string. */
export const lineForm = (folded: string) => dropTrailingStops(folded).trim();

/** s.replace(/[\s:：.。،,!؛*]+$/u, ''), without trying the pattern at every position of the line. */
function dropTrailingStops(s: string): string {
	let e = s.length;
	while (e > 0 && isTrailingStop(s.charCodeAt(e - 1))) e--;
	return e === s.length ? s : s.slice(0, e);
}

function isTrailingStop(c: number): boolean {
	// '*' marks a required field in comment forms (الاسم *).
	return (
		c === 0x3a ||
		c === 0xff1a ||
		c === 0x2e ||
		c === 0x3002 ||
		c === 0x60c ||
		c === 0x2c ||
		c === 0x21 ||
		c === 0x61b ||
		c === 0x2a ||
		SPACE.test(String.fromCharCode(c))
	);
}
const SPACE = /\s/;

/**
 * The tokens of a line for `only` matching: letters, digits and '+' (A+ A-
 * font buttons); separators (| • · - / :) and brackets fall away.
 */
export function onlyTokens(folded: string): string[] {
	const out: string[] = [];
	for (const chunk of folded.split(' ')) {
		const t = chunk.replace(/[^\p{L}\p{N}+]/gu, '');
		if (t) out.push(t);
	}
	return out;
}

export function loadBoilerplate(value: unknown, file = 'boilerplate.json'): BoilerplateLexicon {
	const parsed = BoilerplateFile.safeParse(value);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new DataError(`${file} at $${issue.path.map(p => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message}`);
	}
	const json = parsed.data;
	const lines = new Map<string, string>();
	for (const [reason, ws] of Object.entries(json.lines ?? {})) for (const w of ws) lines.set(foldLine(w), reason);
	const prefixes = new Map<string, Array<{text: string; reason: string}>>();
	for (const [reason, ws] of Object.entries(json.prefixes ?? {})) {
		for (const w of ws) {
			const text = fold(w);
			if (!text) continue;
			const list = prefixes.get(text[0]!) ?? [];
			list.push({text, reason});
			prefixes.set(text[0]!, list);
		}
	}
	for (const list of prefixes.values()) list.sort((a, b) => b.text.length - a.text.length);
	const contains = Object.entries(json.contains ?? {}).flatMap(([reason, groups]) => groups.map(g => ({all: (Array.isArray(g) ? g : [g]).map(fold), reason})));
	const captionCredits = (json.captionCredits ?? []).map(fold);
	const only = new Map<string, OnlyPhrase[]>();
	for (const [reason, ws] of Object.entries(json.only ?? {})) {
		for (const w of ws) {
			const tokens = onlyTokens(fold(w));
			if (!tokens.length) continue;
			const list = only.get(tokens[0]!) ?? [];
			list.push({tokens, reason});
			only.set(tokens[0]!, list);
		}
	}
	for (const list of only.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
	const listHeadings = new Set((json.listHeadings ?? []).map(foldLine));
	return {
		lines,
		linesMax: longest(lines.keys()),
		prefixes,
		contains,
		only,
		sectionWords: new Set((json.sectionWords ?? []).map(fold)),
		captionCredits,
		lineGates: phraseSet(
			contains.map(c => c.all[0]!),
			captionCredits,
		),
		outlets: (json.outlets ?? []).map(o =>
			typeof o === 'string' ? {name: o, forms: [fold(o)]} : {name: o.name, forms: [o.name, ...(o.aliases ?? [])].map(fold)},
		),
		copyrightDescriptors: (json.copyrightDescriptors ?? []).map(fold),
		descriptorAdjectives: new Set((json.descriptorAdjectives ?? []).map(fold)),
		copyrightCut: anyOf(
			(json.contains?.['copyright'] ?? []).flatMap(g => (Array.isArray(g) ? g : [g])).filter(p => p !== '©'),
			'giu',
		),
		mastheadTitles: (json.mastheadTitles ?? []).map(fold).sort((a, b) => b.length - a.length),
		listHeadings,
		listHeadingsMax: longest(listHeadings),
		tickerWords: (json.tickerWords ?? []).map(fold),
		datelinePlaces: new Set((json.datelinePlaces ?? []).map(fold)),
		weekdays: new Set((json.weekdays ?? []).map(fold)),
		creditLabels: new Set((json.creditLabels ?? []).map(fold)),
		breakingPrefixes: (json.breakingPrefixes ?? []).map(fold),
	};
}

function longest(keys: Iterable<string>): number {
	let max = 0;
	for (const k of keys) max = Math.max(max, k.length);
	return max;
}

/** One pattern for a list of literal phrases: one scan of a line instead of one per phrase. */
function anyOf(phrases: string[], flags = 'u'): RegExp | null {
	const parts = phrases.filter(Boolean).map(p => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
	return parts.length ? new RegExp(parts.join('|'), flags) : null;
}

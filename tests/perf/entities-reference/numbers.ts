// Quantities in Arabic text: digits (Western or Arabic-Indic) or number words,
// scaled by ألف/مليون/مليار, with the counted noun as unit ("100 ألف عسكري").
import type {NumberRef} from '../../../source/dataset/schema.js';
import {normaliseWithMap, originalSpan} from '../../../source/arabic/normalise.js';
import {wordBefore} from '../../../source/arabic/chars.js';

export type NumberWords = {
	/** Normalised number words → value (ثمانيه → 8). */
	words: Record<string, number>;
	multipliers: Record<string, number>;
	/** Words that never name what is counted (prepositions, conjunctions). */
	notUnits: string[];
};

// Keys are in normalised spelling (ة→ه, hamza folded), as matching sees them.
export const DEFAULT_NUMBER_WORDS: NumberWords = {
	words: {
		واحد: 1,
		واحده: 1,
		اثنان: 2,
		اثنين: 2,
		اثنتان: 2,
		اثنتين: 2,
		ثلاث: 3,
		ثلاثه: 3,
		اربع: 4,
		اربعه: 4,
		خمس: 5,
		خمسه: 5,
		ست: 6,
		سته: 6,
		سبع: 7,
		سبعه: 7,
		ثمان: 8,
		ثماني: 8,
		ثمانيه: 8,
		تسع: 9,
		تسعه: 9,
		عشر: 10,
		عشره: 10,
		عشرون: 20,
		عشرين: 20,
		ثلاثون: 30,
		ثلاثين: 30,
		اربعون: 40,
		اربعين: 40,
		خمسون: 50,
		خمسين: 50,
		ستون: 60,
		ستين: 60,
		سبعون: 70,
		سبعين: 70,
		ثمانون: 80,
		ثمانين: 80,
		تسعون: 90,
		تسعين: 90,
		مئه: 100,
		مائه: 100,
	},
	multipliers: {الف: 1e3, الاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9, بليون: 1e9},
	notUnits: [
		'في',
		'من',
		'على',
		'الي',
		'عن',
		'مع',
		'او',
		'ثم',
		'ان',
		'التي',
		'الذي',
		'الذين',
		'حتي',
		'منذ',
		'بين',
		'و',
		'قد',
		'لا',
		'ما',
		'هو',
		'هي',
		'كما',
		'بعد',
		'قبل',
	],
};

const NUM = String.raw`\d+(?:[.,\u066B\u066C]\d+)*`;
/** من and the counted noun after it, on normalised text. */
const PARTITIVE = /^\s+من\s+(\p{L}{2,})(?![\p{L}\p{N}])/u;

function parseDigits(s: string): number {
	// 1,000 and ١٬٠٠٠ group thousands; 2.5 and ٢٫٥ are decimals.
	const t = s
		.replace(/[,\u066C](?=\d{3}(?!\d))/g, '')
		.replace(/\u066B/g, '.')
		.replace(/,/g, '.');
	return Number(t);
}

// Built once per word list, not once per sentence. A number starts where no
// letter or digit stands before it; that is tested on each hit (wordBefore)
// rather than by a leading look-behind, which would run at every position.
const patterns = new WeakMap<NumberWords, RegExp>();

function patternFor(words: NumberWords): RegExp {
	let re = patterns.get(words);
	if (!re) {
		const alt = (ks: string[]) => ks.sort((a, b) => b.length - a.length).join('|');
		const mult = alt(Object.keys(words.multipliers));
		const word = alt(Object.keys(words.words));
		re = new RegExp(String.raw`(?:(?<d>${NUM})|[وف]?(?<w>${word}))(?:\s*(?<pct>%|٪))?(?:\s+(?<m>${mult}))?(?:\s+(?<u>[\p{L}]+))?(?![\p{N}])`, 'gu');
		patterns.set(words, re);
	}
	return re;
}

/** `normalised` is normaliseWithMap(text) when the caller already has it. */
export function extractNumbers(
	text: string,
	exclude: Array<[number, number]> = [],
	words: NumberWords = DEFAULT_NUMBER_WORDS,
	normalised: {text: string; map: number[]} = normaliseWithMap(text),
): NumberRef[] {
	const {text: n, map} = normalised;
	const re = patternFor(words);
	const out: NumberRef[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(n); m; m = re.exec(n)) {
		if (m.index > 0 && wordBefore(n, m.index)) {
			re.lastIndex = m.index + 1;
			continue;
		}
		const g = m.groups!;
		let unit: string | null = g.pct ? '%' : null;
		let e = m.index! + m[0].length;
		let partitive: {from: number; to: number} | null = null;
		if (g.u && !unit) {
			if (words.notUnits.includes(g.u) || words.words[g.u] !== undefined) {
				e -= g.u.length + (m[0].length - m[0].trimEnd().length);
				// A partitive names what is counted after من: "100 ألف من الجنود".
				const p = g.u === 'من' ? PARTITIVE.exec(n.slice(e)) : null;
				if (p && !words.notUnits.includes(p[1]!) && words.words[p[1]!] === undefined) {
					partitive = {from: e + p[0].length - p[1]!.length, to: e + p[0].length};
					unit = p[1]!;
					e = partitive.to;
				}
			} else unit = g.u;
		}
		if (g.u && unit === '%') e = m.index! + m[0].indexOf(g.pct!) + 1;
		let value = g.d !== undefined ? parseDigits(g.d) : words.words[g.w!]!;
		if (g.m) value *= words.multipliers[g.m]!;
		// A bare number word ("خمس" alone) is too often something else.
		if (g.w !== undefined && !unit) continue;
		if (!Number.isFinite(value)) continue;
		const s = g.w !== undefined ? m.index! + m[0].indexOf(g.w) : m.index!;
		const trimmedEnd = s + n.slice(s, e).trimEnd().length;
		const [start, end] = originalSpan(map, s, trimmedEnd);
		if (exclude.some(([a, b]) => start < b && a < end)) continue;
		// The unit as written in the original text, not its normalised form.
		const unitText =
			unit && unit !== '%' ? text.slice(...originalSpan(map, trimmedEnd - (partitive ? partitive.to - partitive.from : g.u!.length), trimmedEnd)) : unit;
		out.push({text: text.slice(start, end), value, unit: unitText, start, end});
	}
	return out;
}

/** What numbers count, from the event lexicon's quantities (events.json), normalised. */
export type Quantities = {
	/** Counted noun → what it counts (قتيلا → killed). */
	units: ReadonlyMap<string, string>;
	/** Word or phrase (tokens joined by one space) before a number → what it counts (مقتل 12 شخصا → killed). */
	cues: ReadonlyMap<string, string>;
	/** Kinds that only say "people": a cue before the number says what happened to them. */
	generic: ReadonlySet<string>;
	/** Longest cue, in words. */
	span: number;
};

/** How many words before a number a cue may stand ("ارتفعت حصيلة القتلى إلى 30"). */
const CUE_REACH = 4;

/**
 * What a number counts: the kind of its counted noun (12 قتيلا → killed, 4
 * ساعات → hours); for a count of people in general, a noun the lexicon does
 * not list, or no noun, the kind a cue word a few words before it gives
 * (مقتل 12 شخصا، وإصابة 30 آخرين، مقتل 12 مسلحا، عدد القتلى إلى 30). null
 * when neither says (the unit, if any, then says what is counted).
 */
export function whatItCounts(text: string, ref: NumberRef, q: Quantities): string | null {
	const unit = ref.unit && ref.unit !== '%' ? normaliseWithMap(ref.unit).text : null;
	const kind = unit ? (q.units.get(unit) ?? (unit.startsWith('ال') ? q.units.get(unit.slice(2)) : undefined) ?? null) : null;
	if (kind && !q.generic.has(kind)) return kind;
	// The words before the number, nearest last, up to a clause break.
	const before = normaliseWithMap(text.slice(Math.max(0, ref.start - 80), ref.start)).text;
	const clause = before.split(/[.,،:;؛!?؟\n]/).at(-1) ?? '';
	const ws = clause
		.split(/[^\p{L}]+/u)
		.filter(Boolean)
		.slice(-CUE_REACH);
	for (let i = ws.length - 1; i >= 0; i--) {
		for (let len = Math.min(q.span, i + 1); len >= 1; len--) {
			const phrase = ws.slice(i - len + 1, i + 1);
			const cue = q.cues.get(phrase.join(' ')) ?? (/^[وف]/.test(phrase[0]!) ? q.cues.get([phrase[0]!.slice(1), ...phrase.slice(1)].join(' ')) : undefined);
			if (cue) return cue;
		}
	}
	return kind;
}

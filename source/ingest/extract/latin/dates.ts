// Date expressions in English (and the common French) forms, for sentences
// written in Latin script: "May 20", "12 January 2022", "Jan. 12", "March 13
// and 14", "Tuesday", "last week", "yesterday", "12 janvier". Each is turned
// into the same DateMatch the Arabic scanner makes and resolved by the same
// resolveMatch against the publication date, so a bare weekday looks back
// unless its clause looks forward ("are due to meet … on Monday"), and a
// yearless day takes the year that fits.
import type {DateRef} from '../../../dataset/schema.js';
import {resolveMatch, type DateMatch, type DateOptions} from '../dates.js';

const MONTHS: Record<string, number> = {
	january: 1,
	jan: 1,
	janvier: 1,
	february: 2,
	feb: 2,
	février: 2,
	fevrier: 2,
	march: 3,
	mar: 3,
	mars: 3,
	april: 4,
	apr: 4,
	avril: 4,
	may: 5,
	mai: 5,
	june: 6,
	jun: 6,
	juin: 6,
	july: 7,
	jul: 7,
	juillet: 7,
	august: 8,
	aug: 8,
	août: 8,
	aout: 8,
	september: 9,
	sep: 9,
	sept: 9,
	septembre: 9,
	october: 10,
	oct: 10,
	octobre: 10,
	november: 11,
	nov: 11,
	novembre: 11,
	december: 12,
	dec: 12,
	décembre: 12,
	decembre: 12,
};
const WEEKDAYS: Record<string, number> = {
	sunday: 0,
	monday: 1,
	tuesday: 2,
	wednesday: 3,
	thursday: 4,
	friday: 5,
	saturday: 6,
	dimanche: 0,
	lundi: 1,
	mardi: 2,
	mercredi: 3,
	jeudi: 4,
	vendredi: 5,
	samedi: 6,
};
const REL_DAYS: Record<string, number> = {today: 0, yesterday: -1, tomorrow: 1, "aujourd'hui": 0, 'aujourd’hui': 0, hier: -1, demain: 1};

// Longest names first, so "sept" is not read as "sep" + "t".
const names = (o: Record<string, number>) =>
	Object.keys(o)
		.sort((a, b) => b.length - a.length)
		.join('|');
const MON = `(?<mon>${names(MONTHS)})\\.?`;
const WD = `(?<wd>${names(WEEKDAYS)})`;
const DAY = (g: string) => `(?<${g}>[0-3]?\\d)(?:st|nd|rd|th|er)?`;
const RANGE = `(?:\\s*(?:-|–|and|to|through|until|et|au)\\s*${DAY('d2')})?`;
const YEAR = `(?:,?\\s+(?<y>(?:19|20)\\d\\d))?`;
const B = `(?<![\\p{L}\\p{N}])`;
const E = `(?![\\p{L}\\p{N}])`;

const PATTERNS: Array<{re: RegExp; kind: 'md' | 'dm' | 'my' | 'rel' | 'unit' | 'wd' | 'inyear'}> = [
	// "Tuesday, May 20, 2023", "May 20", "Jan. 12", "March 13 and 14"
	{re: new RegExp(`${B}(?:${WD},?\\s+)?${MON}\\s+${DAY('d')}${RANGE}${YEAR}${E}`, 'giu'), kind: 'md'},
	// "Tuesday 12 January 2022", "13 and 14 March", "the 9th of May", "12 janvier 2022"
	{re: new RegExp(`${B}(?:${WD},?\\s+)?(?:the\\s+|le\\s+)?${DAY('d')}${RANGE}\\s+(?:of\\s+)?${MON}${YEAR}${E}`, 'giu'), kind: 'dm'},
	// "March 2023"
	{re: new RegExp(`${B}${MON}\\s+(?<y>(?:19|20)\\d\\d)${E}`, 'giu'), kind: 'my'},
	// "in 2003"
	{re: new RegExp(`${B}(?:in|since|en|depuis)\\s+(?<y>(?:19|20)\\d\\d)${E}`, 'giu'), kind: 'inyear'},
	{re: new RegExp(`${B}(?<rel>${names(REL_DAYS).replace(/'/g, "['’]")})${E}`, 'giu'), kind: 'rel'},
	// "last week", "next month", "this year"
	{re: new RegExp(`${B}(?<dir>last|next|this|past|coming)\\s+(?<unit>week|month|year)${E}`, 'giu'), kind: 'unit'},
	// "last Tuesday", "on Monday", "Tuesday evening"
	{re: new RegExp(`${B}(?:(?<dir>last|next|this|coming|past)\\s+)?${WD}${E}`, 'giu'), kind: 'wd'},
];

const DIRS: Record<string, DateMatch['dir']> = {last: 'prev', past: 'prev', next: 'next', coming: 'next', this: 'current'};

/** Words that make the clause look forward; checked before the past ones ("scheduled" ends in -ed). */
const FUTURE = new Set([
	'will',
	"'ll",
	'shall',
	'due',
	'expected',
	'scheduled',
	'set',
	'plan',
	'plans',
	'planned',
	'planning',
	'going',
	'would',
	'until',
	'till',
	'upcoming',
	'next',
	'hope',
	'hopes',
	'aims',
	'intends',
	'before',
]);
const PAST_WORDS = new Set([
	'said',
	'told',
	'met',
	'held',
	'began',
	'broke',
	'went',
	'came',
	'took',
	'made',
	'gave',
	'left',
	'saw',
	'was',
	'were',
	'had',
	'did',
	'fled',
	'fought',
	'struck',
	'hit',
	'won',
	'lost',
	'ago',
	'last',
]);
const REACH = 12;

/** The tense of the clause before [s: the nearest marker within 12 words, stopping at a clause end. */
function tenseBefore(text: string, s: number): 'future' | 'past' | undefined {
	const head = text.slice(0, s);
	const clause = head.slice(Math.max(head.lastIndexOf('.'), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('?'), head.lastIndexOf('!')) + 1);
	const words = clause.toLowerCase().match(/[\p{L}']+/gu) ?? [];
	for (const w of words.slice(-REACH).reverse()) {
		if (FUTURE.has(w) || w.endsWith("'ll")) return 'future';
		if (PAST_WORDS.has(w) || (w.length > 4 && w.endsWith('ed'))) return 'past';
	}
	return undefined;
}

/** Date expressions of a Latin-script sentence, resolved against the publication date. */
export function extractLatinDates(text: string, anchor: string | null, opts: DateOptions = {}): DateRef[] {
	const found: Array<DateMatch & {order: number}> = [];
	PATTERNS.forEach(({re, kind}, order) => {
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) {
			const g = m.groups ?? {};
			const s = m.index!;
			const e = s + m[0].length;
			const mon = g['mon'] ? MONTHS[g['mon'].toLowerCase()] : undefined;
			const wd = g['wd'] ? WEEKDAYS[g['wd'].toLowerCase()] : undefined;
			const dir = g['dir'] ? (DIRS[g['dir'].toLowerCase()] ?? null) : null;
			const base = {s, e, dir: null as DateMatch['dir'], qualifier: null, order};
			if (kind === 'md' || kind === 'dm') {
				const d = Number(g['d']);
				const d2 = g['d2'] ? Number(g['d2']) : undefined;
				if (d < 1 || d > 31 || (d2 !== undefined && (d2 <= d || d2 > 31))) continue;
				found.push({...base, kind: 'day', m: mon, d, d2, y: g['y'] ? Number(g['y']) : undefined, weekday: wd});
			} else if (kind === 'my') found.push({...base, kind: 'month', m: mon, y: Number(g['y'])});
			else if (kind === 'inyear') {
				const y = Number(g['y']);
				const at = m[0].search(/\d/);
				found.push({...base, s: s + at, kind: 'year', y});
			} else if (kind === 'rel') found.push({...base, kind: 'relday', relDay: REL_DAYS[g['rel']!.toLowerCase().replace('’', "'")]});
			else if (kind === 'unit') {
				const unit = g['unit']!.toLowerCase() as 'week' | 'month' | 'year';
				found.push({...base, kind: 'unit', unit, dir: dir === 'current' ? null : dir});
			} else found.push({...base, kind: 'weekday', weekday: wd, dir: dir === 'current' ? null : dir});
		}
	});
	// The longest of overlapping matches, then in reading order.
	const kept: typeof found = [];
	for (const c of [...found].sort((a, b) => b.e - b.s - (a.e - a.s) || a.order - b.order)) if (!kept.some(k => c.s < k.e && k.s < c.e)) kept.push(c);
	kept.sort((a, b) => a.s - b.s);
	return kept.map(c => {
		const open = c.dir === null && ((c.kind === 'weekday' && c.relDay === undefined) || (c.kind === 'day' && c.y === undefined));
		if (open) c.tense = tenseBefore(text, c.s);
		const r = resolveMatch(c, anchor, opts);
		const qualifier = c.kind === 'unit' && c.unit === 'week' ? ('week' as const) : null;
		return {text: text.slice(c.s, c.e), value: r.value, rangeEnd: r.rangeEnd, resolution: r.resolution, qualifier, start: c.s, end: c.e};
	});
}

/** A sentence with Latin letters and no Arabic ones: read by the Latin extractors. */
export function isLatinSentence(text: string): boolean {
	return /[A-Za-z]/.test(text) && !/[\u0600-\u06FF]/.test(text);
}

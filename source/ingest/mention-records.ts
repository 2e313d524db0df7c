// An article's event mentions as a spill row holds them (spill-files.ts): one
// record a mention, each its JSON behind a short header of the numbers the
// link worker files it by (family-files.ts): its family, specificity, order
// in the article and offset. The link worker copies a record's JSON to its
// family's file as it is, instead of parsing the row's mentions and writing
// each one out again: at 100k generated articles that parse and that
// JSON.stringify were ~7 s of the link worker's ~66 s, the path after the
// parse (a profile; issue 21).
//
// Records are split by RS (U+001E) and a header's fields by US (U+001F):
// JSON.stringify escapes every control character, and a family is a
// lower-case name (lexicon/events.ts), so neither occurs inside a field.
import type {Mention} from './events/mentions.js';
import {specificity} from './events/cluster.js';

const RS = 0x1e;
const US = 0x1f;
const RS_TEXT = '\u001e';
const US_TEXT = '\u001f';

/** The records of an article's mentions (their `order` the sentence's index in the article, as parsed). */
export function mentionRecords(mentions: readonly Mention[]): string {
	let out = '';
	for (let i = 0; i < mentions.length; i++) {
		const m = mentions[i]!;
		if (i > 0) out += RS_TEXT;
		out += `${m.family}${US_TEXT}${specificity(m)}${US_TEXT}${m.order}${US_TEXT}${m.at}${US_TEXT}${m.yearless ? 1 : 0}${US_TEXT}${JSON.stringify(m)}`;
	}
	return out;
}

/** One record as the link worker files it: its header's numbers, and where its JSON is in the buffer. */
export type MentionRecord = {family: string; rank: number; order: number; at: number; yearless: boolean; start: number; end: number};

/**
 * Each record of buf[start, end) in turn (one object, reused: read it before
 * the next). Throws on a record without its header.
 */
export function* mentionRecordsIn(buf: Buffer, start: number, end: number): Generator<MentionRecord> {
	const r: MentionRecord = {family: '', rank: 0, order: 0, at: 0, yearless: false, start: 0, end: 0};
	let at = start;
	while (at < end) {
		let stop = buf.indexOf(RS, at);
		if (stop === -1 || stop > end) stop = end;
		const u1 = buf.indexOf(US, at);
		const u2 = buf.indexOf(US, u1 + 1);
		const u3 = buf.indexOf(US, u2 + 1);
		const u4 = buf.indexOf(US, u3 + 1);
		const u5 = buf.indexOf(US, u4 + 1);
		if (u1 === -1 || u5 === -1 || u5 >= stop) throw new Error('a spilled event mention without its header');
		r.family = buf.toString('latin1', at, u1);
		r.rank = numberAt(buf, u1 + 1, u2);
		r.order = numberAt(buf, u2 + 1, u3);
		r.at = numberAt(buf, u3 + 1, u4);
		r.yearless = buf[u4 + 1] === 0x31;
		r.start = u5 + 1;
		r.end = stop;
		yield r;
		at = stop + 1;
	}
}

/** The number written in ASCII at buf[from, to) (what `${n}` wrote: digits, perhaps a sign, a point or an exponent). */
function numberAt(buf: Buffer, from: number, to: number): number {
	// Past 15 digits a double may not hold the sum below exactly.
	if (to - from > 15) return Number(buf.toString('latin1', from, to));
	let n = 0;
	for (let k = from; k < to; k++) {
		const c = buf[k]! - 48;
		// Anything but plain digits (never written for these integers, but exact either way).
		if (c < 0 || c > 9) return Number(buf.toString('latin1', from, to));
		n = n * 10 + c;
	}
	return n;
}

/** The mentions of buf[start, end), as mentionRecords was given them. */
export function parseMentionRecords(buf: Buffer, start: number, end: number): Mention[] {
	const out: Mention[] = [];
	for (const r of mentionRecordsIn(buf, start, end)) out.push(JSON.parse(buf.toString('utf8', r.start, r.end)) as Mention);
	return out;
}

// A work unit (input/units.ts) read into a RawArticle, in the parse worker: a
// .txt file exactly as the reader always read it, a saved page through the
// HTML extractor (imported on first use), a record from its fields. Nothing
// here throws on bad input: it is skipped with a reason or repaired, and named.
import {join} from 'node:path';
import {decodeArticle, decodeBytes, finishText, normaliseText, readBytes, type ReadOutcome} from '../read.js';
import type {RawArticle, Stated, StatedFrom} from '../types.js';
import {kindByName, sniff, unsupportedReason} from './detect.js';
import {dayOf} from './day.js';
import type {PageFacts} from './html.js';
import {pageLanguage, primaryLanguage} from './language.js';
import type {InputRecord} from './records.js';
import {placeTitle} from './title.js';
import type {WorkUnit} from './units.js';

export async function readUnit(dir: string, unit: Exclude<WorkUnit, {kind: 'skip'}>): Promise<ReadOutcome> {
	return unit.kind === 'file' ? readFile(dir, unit.file, unit.id) : readRecord(unit.record);
}

async function readFile(dir: string, file: string, id: string): Promise<ReadOutcome> {
	const kind = kindByName(file);
	if (kind !== 'text' && kind !== 'html') return {ok: false, file, reason: unsupportedReason(file)};
	const read = readBytes(join(dir, file), file);
	if (!read.ok) return read;
	const sniffed = sniff(read.bytes);
	if (sniffed && 'unsupported' in sniffed) return {ok: false, file, reason: sniffed.unsupported};
	if (kind === 'text' && !sniffed) {
		const out = decodeArticle(file, read.bytes);
		if (out.ok) out.article.id = id;
		return out;
	}
	const decoded = decodeBytes(file, read.bytes, declaredCharset(read.bytes));
	if (!decoded.ok) return decoded;
	if (kind === 'text') decoded.repairs.push('read as a saved web page (it is HTML)');
	return fromHtml(file, id, decoded.text, decoded.repairs, {});
}

async function readRecord(record: InputRecord): Promise<ReadOutcome> {
	const repairs = [...(record.repairs ?? [])];
	const from: StatedFrom = 'record';
	const fields: Partial<Record<'title' | 'outlet' | 'published' | 'url', Stated>> = {};
	for (const key of ['title', 'outlet', 'published', 'url'] as const) {
		const value = record[key]?.trim();
		if (value) fields[key] = {value, from};
	}
	if (record.html !== undefined && !record.text?.trim())
		return fromHtml(record.file, record.id, normaliseText(record.html, repairs), repairs, fields, record.language);
	const placed = placeTitle(normaliseText(record.text ?? '', repairs), fields.title?.value);
	const done = finishText(placed.text, repairs);
	if (!done.ok) return {ok: false, file: record.file, reason: done.reason};
	const language = primaryLanguage(record.language);
	const article: RawArticle = {
		id: record.id,
		file: record.file,
		text: done.text,
		...withDay(fields, repairs),
		...(placed.titleLine ? {titleLine: placed.titleLine} : {}),
		language: language ? {value: language, from} : {value: done.language, from: 'text'},
	};
	return {ok: true, article, repairs};
}

/** A page's text and facts; a record's own fields (`given`) win over the page's metadata. */
async function fromHtml(
	file: string,
	id: string,
	html: string,
	repairs: string[],
	given: Partial<Record<keyof PageFacts, Stated>>,
	givenLanguage?: string,
): Promise<ReadOutcome> {
	const {extractPage} = await import('./html.js');
	const page = extractPage(html);
	if (page.fallback) repairs.push('no article found in the page: its whole text kept');
	const fields: Partial<Record<'title' | 'outlet' | 'published' | 'url', Stated>> = {};
	for (const key of ['title', 'outlet', 'published', 'url'] as const) {
		const fact = given[key] ?? (page.facts[key] ? {value: page.facts[key]!, from: 'metadata' as const} : undefined);
		if (fact) fields[key] = fact;
	}
	const placed = placeTitle(page.text, fields.title?.value);
	const done = finishText(placed.text, repairs);
	if (!done.ok) return {ok: false, file, reason: done.reason === 'empty file (whitespace only)' ? 'no text in the page' : done.reason};
	const recordLanguage = primaryLanguage(givenLanguage);
	const declared = pageLanguage(done.language, primaryLanguage(page.facts.language));
	const article: RawArticle = {
		id,
		file,
		text: done.text,
		...withDay(fields, repairs),
		...(placed.titleLine ? {titleLine: placed.titleLine} : {}),
		language: recordLanguage ? {value: recordLanguage, from: 'record'} : declared ? {value: declared, from: 'metadata'} : {value: done.language, from: 'text'},
	};
	return {ok: true, article, repairs};
}

/** The stated fields, less a publication date that is not one (named as a repair). */
function withDay(fields: Partial<Record<'title' | 'outlet' | 'published' | 'url', Stated>>, repairs: string[]): Partial<RawArticle> {
	const {published, ...rest} = fields;
	if (published && !dayOf(published.value)) {
		repairs.push(`published '${published.value.slice(0, 40)}' is not a date: ignored`);
		return rest;
	}
	return fields;
}

/**
 * The charset a page declares, when it is not UTF-8 and the bytes are not
 * UTF-8 either (older Arabic sites declare windows-1256; a page saved again as
 * UTF-8 may keep the old declaration, so valid UTF-8 wins).
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
	const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
	const charset = m?.[1]?.toLowerCase();
	if (!charset || charset === 'utf-8' || charset === 'utf8') return undefined;
	try {
		new TextDecoder(charset);
	} catch {
		return undefined;
	}
	try {
		new TextDecoder('utf-8', {fatal: true}).decode(bytes);
		return undefined;
	} catch {
		return charset;
	}
}

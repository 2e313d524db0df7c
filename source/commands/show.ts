// `show ID`: one article (with its sentences), sentence, actor, event,
// source, organisation, place or day. JSON gives the dataset's whole record;
// flat formats give the record (or, for an article, its sentences).
import {UsageError} from '../errors.js';
import type {Article} from '../dataset/schema.js';
import type {Query} from '../query/types.js';
import type {ExportRecord, RecordKind} from '../export/fields.js';
import {actorRecord, dayRecord, entityRecord, eventRecord, sentenceRecord, sourceRecord} from '../export/records.js';
import {mdCell} from '../export/markdown.js';
import {jsonText} from '../export/json-text.js';
import {mdCode, mdInline} from '../text/markdown.js';
import type {Context} from './context.js';
import {didYouMean} from '../util/did-you-mean.js';
import {emitObject, emitRecords, emitText, resolveFormat, textLayout} from './output.js';
import {articleReading} from './reading.js';
import {displayTitleText} from '../dataset/display-title.js';

type Found = {kind: RecordKind; json: unknown; records: ExportRecord[]; recordKind: RecordKind; article?: Article};

function articleJson(article: Article): unknown {
	return {
		...article,
		sentences: article.sentences.map(sentence => ({...sentence})),
		boilerplate: article.boilerplate,
	};
}

export function findById(query: Query, id: string): Found | null {
	const sentence = id.includes(':') ? query.sentence(id) : undefined;
	if (sentence) {
		const {article} = sentence;
		return {
			kind: 'sentence',
			json: {...sentence.sentence, article: article.id, file: article.file, outlet: article.outlet, published: article.published, title: article.title},
			records: [sentenceRecord(article, sentence.sentence, query.english(id))],
			recordKind: 'sentence',
		};
	}
	const article = query.article(id);
	if (article)
		return {
			kind: 'article',
			json: articleJson(article),
			records: article.sentences.map(s => sentenceRecord(article, s, query.english(s.id))),
			recordKind: 'sentence',
			article,
		};
	const actor = query.actor(id);
	if (actor) return {kind: 'actor', json: {...actor, statements: statementsOf(query, actor.id)}, records: [actorRecord(actor)], recordKind: 'actor'};
	const event = query.event(id);
	if (event) return {kind: 'event', json: event, records: [eventRecord(event, query)], recordKind: 'event'};
	const source = query.source(id);
	if (source) return {kind: 'source', json: source, records: [sourceRecord(source)], recordKind: 'source'};
	const organization = query.organization(id);
	if (organization) return {kind: 'organization', json: organization, records: [entityRecord(organization)], recordKind: 'organization'};
	const place = query.place(id);
	if (place) return {kind: 'place', json: place, records: [entityRecord(place)], recordKind: 'place'};
	const day = query.day(id);
	if (day) return {kind: 'day', json: day, records: [dayRecord(day)], recordKind: 'day'};
	return null;
}

/** Every sentence the actor speaks in (the speaker of its attribution), with its reporting verb and provenance. */
function statementsOf(query: Query, id: string) {
	const out: Array<{id: string; text: string; verb: string; article: string; file: string; line: number}> = [];
	for (const sid of query.sentencesFor('actors', id)) {
		const hit = query.sentence(sid);
		const a = hit?.sentence.attribution;
		if (!hit || !a || a.speaker?.id !== id) continue;
		out.push({id: sid, text: hit.sentence.text, verb: a.verb, article: hit.article.id, file: hit.article.file, line: hit.sentence.line});
	}
	return out;
}

/** Every id `show` accepts (sentence ids excepted: too many to suggest from). */
export function knownIds(query: Query): string[] {
	return (['articles', 'actors', 'events', 'sources', 'organizations', 'places', 'days'] as const).flatMap(kind => query.ids(kind));
}

/** An article as a Markdown document: metadata, then each sentence with its `file:line`. */
export function articleMarkdown(article: Article): string {
	// Every value is input (a file name can hold `|`, a backtick or an escape sequence): text/markdown.ts.
	const lines = [
		`# ${mdInline(displayTitleText(article))}`,
		'',
		`- id: ${mdCode(article.id)}`,
		`- outlet: ${article.outlet ? mdInline(article.outlet) : 'unknown'}`,
		`- published: ${article.published ? mdInline(article.published) : 'unknown'}`,
		`- file: ${mdCode(article.file)}`,
		'',
		'| where | kind | sentence |',
		'|---|---|---|',
		...article.sentences.map(s => `| ${mdCode(`${article.file}:${s.line}`, {inTable: true})} | ${mdInline(s.kind)} | ${mdCell(s.text)} |`),
		'',
	];
	return lines.join('\n');
}

export async function runShow(ctx: Context): Promise<number> {
	const [id, ...extra] = ctx.args;
	if (!id) throw new UsageError('show needs an id, e.g. crisis-explorer show jens-stoltenberg');
	if (extra.length > 0) throw new UsageError(`show takes one id; unexpected '${extra[0]}'`);
	const query = await ctx.query();
	const found = findById(query, id);
	if (!found) {
		const candidates = id.includes(':') ? query.ids('sentences') : knownIds(query);
		throw new UsageError(`unknown id '${id}'${didYouMean(id, candidates)}`);
	}
	// On a terminal, with no format or fields asked for, an article is for reading:
	// title, outlet, date, then its paragraphs wrapped and laid out (not cut table rows).
	if (found.article && !ctx.flags.format && !ctx.flags.out && !ctx.flags.fields && ctx.io.stdout.isTTY) {
		const article = found.article;
		await emitText(ctx, sink => sink.write(articleReading(article, sink.columns ?? 80, textLayout(ctx, sink)!)));
		return 0;
	}
	const format = resolveFormat(ctx);
	// --fields picks fields of the records in every format (JSON gives those
	// records, not the dataset's whole object): asked-for fields are never ignored.
	if (ctx.flags.fields) await emitRecords(ctx, found.recordKind, found.records, {format});
	else if (format === 'json') await emitObject(ctx, found.json);
	else if (format === 'ndjson') await emitText(ctx, sink => sink.write(`${jsonText(found.json)}\n`));
	else if (format === 'md' && found.article) await emitText(ctx, sink => sink.write(articleMarkdown(found.article!)));
	else await emitRecords(ctx, found.recordKind, found.records, {format});
	return 0;
}

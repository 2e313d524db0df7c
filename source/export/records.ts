// Builds the records the CLI prints from dataset objects. JSON and NDJSON
// print them as they are (arrays stay arrays); flat formats go through
// flatten.ts. Field order follows fields.ts.
import type {Actor, Article, DateRef, Day, Entity, Event, Sentence, Source} from '../dataset/schema.js';
import type {English, Query, SearchHit} from '../query/types.js';
import type {ExportRecord} from './fields.js';

const unique = (values: Iterable<string>): string[] => [...new Set(values)];

function dateValue(date: DateRef): string | null {
	if (!date.value) return null;
	return date.rangeEnd && date.rangeEnd !== date.value ? `${date.value}/${date.rangeEnd}` : date.value;
}

/** A sentence's record; `english` is Query.english of it (null fields without it). */
export function sentenceRecord(article: Article, sentence: Sentence, english?: English): ExportRecord {
	return {
		id: sentence.id,
		article: article.id,
		file: article.file,
		line: sentence.line,
		outlet: article.outlet,
		published: article.published,
		index: sentence.index,
		kind: sentence.kind,
		title: article.title,
		text: sentence.text,
		textEn: english?.text ?? null,
		textEnKind: english?.kind ?? null,
		actors: unique(sentence.actors.map(actor => actor.id)),
		organizations: unique(sentence.organizations.map(org => org.id)),
		places: unique(sentence.places.map(place => place.id)),
		dates: unique(sentence.dates.map(dateValue).filter((value): value is string => value !== null)),
		sources: unique(sentence.citedSources.map(source => source.id)),
		speaker: sentence.attribution?.speaker?.id ?? null,
		role: sentence.attribution?.role ?? null,
		verb: sentence.attribution?.verb ?? null,
		events: [...sentence.events],
		// Flat in every format, so --fields picks them and CSV needs no JSON in a cell.
		translation: sentence.translation?.text ?? null,
		translationTo: sentence.translation?.to ?? null,
		translationEngine: sentence.translation?.engine ?? null,
		translationModel: sentence.translation?.model ?? null,
		translationDate: sentence.translation?.date ?? null,
		translationError: sentence.translation?.error ?? null,
	};
}

export function articleRecord(article: Article): ExportRecord {
	const sentences = article.sentences;
	return {
		id: article.id,
		file: article.file,
		line: article.titleLine,
		outlet: article.outlet,
		published: article.published,
		publishedFrom: article.publishedFrom,
		title: article.title,
		url: article.url,
		language: article.language,
		sentences: sentences.length,
		actors: unique(sentences.flatMap(s => s.actors.map(actor => actor.id))),
		sources: unique(sentences.flatMap(s => s.citedSources.map(source => source.id))),
		events: unique(sentences.flatMap(s => s.events)),
	};
}

export function eventRecord(event: Event, query: Query): ExportRecord {
	const provenance: string[] = [];
	for (const id of event.sentences) {
		const hit = query.sentence(id);
		if (hit) provenance.push(`${hit.article.file}:${hit.sentence.line}`);
	}
	return {
		id: event.id,
		type: event.type,
		label: event.label,
		labelAr: event.labelAr,
		date: event.date,
		end: event.end,
		place: event.place,
		participants: [...event.participants],
		articles: [...event.articles],
		mentions: event.mentions,
		dateClaims: event.dateClaims.map(claim => ({article: claim.article, value: claim.value, end: claim.end, sentence: claim.sentence})),
		disputed: new Set(event.dateClaims.map(claim => `${claim.value}/${claim.end ?? ''}`)).size > 1,
		provenance,
	};
}

export function actorRecord(actor: Actor): ExportRecord {
	return {
		id: actor.id,
		nameEn: actor.nameEn,
		nameAr: actor.nameAr,
		aliases: [...actor.aliases],
		roles: unique(actor.roles.map(role => role.titleEn)),
		affiliation: actor.affiliation,
		source: actor.source ?? 'lexicon',
		mentions: actor.mentions,
		articles: [...actor.articles],
	};
}

export function entityRecord(entity: Entity): ExportRecord {
	return {
		id: entity.id,
		nameEn: entity.nameEn,
		nameAr: entity.nameAr,
		aliases: [...entity.aliases],
		source: entity.source ?? 'lexicon',
		mentions: entity.mentions,
		articles: [...entity.articles],
	};
}

export function sourceRecord(source: Source): ExportRecord {
	return {
		id: source.id,
		name: source.name,
		nameAr: source.nameAr,
		kind: source.kind,
		articles: [...source.articles],
		mentions: source.sentences.length,
	};
}

export function dayRecord(day: Day): ExportRecord {
	return {
		date: day.date,
		events: [...day.events],
		articles: [...day.articles],
		published: [...day.published],
		about: day.sentences.length,
		mentions: day.mentions,
	};
}

export function hitRecord(hit: SearchHit, query: Query): ExportRecord {
	let where: {article: Article; line: number | null} | null = null;
	if (hit.kind === 'sentence') {
		const found = query.sentence(hit.id);
		if (found) where = {article: found.article, line: found.sentence.line};
	} else if (hit.kind === 'article') {
		const article = query.article(hit.id);
		if (article) where = {article, line: article.titleLine};
	}
	return {
		kind: hit.kind,
		id: hit.id,
		label: hit.label,
		score: Math.round(hit.score * 1000) / 1000,
		match: hit.spans.map(([start, end]) => hit.text.slice(start, end)),
		text: hit.text,
		spans: hit.spans.map(([start, end]) => [start, end]),
		article: where?.article.id ?? null,
		file: where?.article.file ?? null,
		line: where?.line ?? null,
		outlet: where?.article.outlet ?? null,
		published: where?.article.published ?? null,
	};
}

/** The id a record is known by (what `--format ids` prints). */
export function recordId(record: ExportRecord): string {
	const id = record.id ?? record.date;
	return typeof id === 'string' ? id : String(id ?? '');
}

// Every field of every record the CLI prints, in default order, with what it
// means. The README's field table is generated from this list (see
// fieldsMarkdown), so documentation and output cannot drift apart.

export type RecordKind = 'sentence' | 'article' | 'event' | 'actor' | 'organization' | 'place' | 'source' | 'day' | 'hit';

/** A record as JSON/NDJSON print it: arrays stay arrays. */
export type ExportRecord = Record<string, unknown>;

export type FieldSpec = {name: string; description: string};

const provenance: FieldSpec[] = [
	{name: 'article', description: "Article id (the file's path without `.txt`; `file#id` for a record)."},
	{name: 'file', description: 'Path in the ingested folder (`file#line` for a record of an NDJSON or CSV file).'},
	{name: 'line', description: '1-based line of the sentence in the raw file (in the extracted text, for a web page or a record).'},
	{name: 'outlet', description: 'Outlet that published the article, or null when the page does not name itself.'},
	{name: 'published', description: 'Publication date (ISO), or null when unknown.'},
];

export const FIELDS: Record<RecordKind, FieldSpec[]> = {
	sentence: [
		{name: 'id', description: 'Sentence id `article:index`, accepted by `show` and `--ids`.'},
		...provenance,
		{name: 'index', description: 'Position of the sentence in its article (0 is the title).'},
		{name: 'kind', description: '`title`, `body` or `caption`.'},
		{name: 'title', description: "The article's headline; null (an empty cell) when the page has none."},
		{name: 'text', description: 'The sentence exactly as written (CSV/Markdown neutralise formulas, table/Markdown make control characters visible).'},
		{
			name: 'textEn',
			description:
				'English for readers of no Arabic: the machine translation where `translate` has given one, else a gist made from what extraction found, opening with `≈ ` (never a translation).',
		},
		{name: 'textEnKind', description: '`translation` or `gist`: what `textEn` is.'},
		{name: 'actors', description: 'Ids of the people named or referred to by role.'},
		{name: 'organizations', description: 'Ids of the organisations named.'},
		{name: 'places', description: 'Ids of the places named.'},
		{name: 'dates', description: 'ISO values of the dates in the sentence; a range is `start/end`.'},
		{name: 'sources', description: 'Ids of the agencies and anonymous sources credited.'},
		{name: 'speaker', description: 'Actor id of the person quoted, or null.'},
		{name: 'role', description: 'Role phrase of an unnamed speaker (e.g. a deputy minister), or null.'},
		{name: 'verb', description: 'Reporting verb of the attribution (قال، أكد…), or null.'},
		{name: 'events', description: 'Ids of the events the sentence mentions.'},
		// Written by `translate` (issue 19); all null until it has run.
		{name: 'translation', description: 'Machine translation of the sentence by `translate`, or null (none yet, or the engine failed: see `translationError`).'},
		{name: 'translationTo', description: 'Language of the translation (`en`), or null.'},
		{name: 'translationEngine', description: 'Engine that translated it: `command`, `libretranslate` or `openai`, or null.'},
		{name: 'translationModel', description: 'Model or program the engine named, or null.'},
		{name: 'translationDate', description: 'When it was translated (ISO timestamp), or null.'},
		{name: 'translationError', description: 'Why the engine failed on this sentence after its retries, or null.'},
	],
	article: [
		{name: 'id', description: "Article id (the file's path without `.txt`; `file#id` for a record)."},
		{name: 'file', description: 'Path in the ingested folder (`file#line` for a record).'},
		{name: 'line', description: '1-based line of the title in the raw file, or null.'},
		{name: 'outlet', description: 'Outlet, or null when the page does not name itself.'},
		{name: 'published', description: 'Publication date (ISO), or null.'},
		{name: 'publishedFrom', description: "Where the publication date came from: `manifest`, `record`, `metadata` (the page's), `text` or `url`."},
		{
			name: 'title',
			description:
				'The headline; null (an empty cell) when the page has none (the aligned table of `list articles` shows the first sentence, marked [no headline]).',
		},
		{name: 'url', description: "URL from the manifest, the record or the page's canonical link, or null."},
		{name: 'language', description: 'Language code of the text.'},
		{name: 'sentences', description: 'Number of sentences kept (title, body and captions).'},
		{name: 'actors', description: 'Ids of the actors mentioned anywhere in the article.'},
		{name: 'sources', description: 'Ids of the agencies and anonymous sources the article credits.'},
		{name: 'events', description: 'Ids of the events the article reports.'},
	],
	event: [
		{
			name: 'id',
			description:
				"Event id, accepted by `show`, `compare` and `--event`: type, who and date (`meeting-nato-russia-council-2022-01-12`), from the event's own mentions, so the same with or without a manifest and in any order of ingest (an article without a publication date reads its yearless dates against the corpus's dates).",
		},
		{name: 'type', description: 'Event type (meeting, talks, visit, press-conference…).'},
		{name: 'label', description: 'English label: what · where · when.'},
		{name: 'labelAr', description: 'Arabic label.'},
		{name: 'date', description: 'ISO date (or start of the range), or null.'},
		{name: 'end', description: 'End of the range, or null.'},
		{name: 'place', description: 'Place id, or null.'},
		{name: 'participants', description: 'Actor and organisation ids taking part.'},
		{name: 'articles', description: 'Ids of the articles that report the event.'},
		{name: 'mentions', description: 'Number of sentences linked to the event (what `--event` exports).'},
		{name: 'dateClaims', description: "Each article's date for the event, `article=date` (flat) or objects (JSON)."},
		{name: 'disputed', description: 'true when the articles give different dates.'},
		{name: 'provenance', description: '`file:line` of every sentence that mentions the event.'},
	],
	actor: [
		{name: 'id', description: 'Actor id, accepted by `show` and `--actor`.'},
		{name: 'nameEn', description: 'English name.'},
		{name: 'nameAr', description: 'Arabic name.'},
		{name: 'aliases', description: 'Arabic spellings matched in text.'},
		{name: 'roles', description: 'Roles held (English titles).'},
		{
			name: 'affiliation',
			description:
				'NATO, Russia, United States, EU, Ukraine, OSCE, Germany, France, United Kingdom or other; for a discovered person, the country its title names (Egypt).',
		},
		{name: 'source', description: '`lexicon`, or `discovered`: found by the context of the name (`lexicon suggest` lists them).'},
		{name: 'mentions', description: 'Number of sentences that mention the actor or quote them as the speaker (what `--actor` exports).'},
		{name: 'articles', description: 'Ids of the articles of those sentences.'},
	],
	organization: [
		{name: 'id', description: 'Organisation id.'},
		{name: 'nameEn', description: 'English name.'},
		{name: 'nameAr', description: 'Arabic name.'},
		{name: 'aliases', description: 'Arabic spellings matched in text.'},
		{name: 'source', description: "`lexicon`, `gazetteer` (data/gazetteer: the world's places and bodies) or `discovered` (by its head noun: وزارة، قوات…)."},
		{name: 'mentions', description: 'Number of sentences that mention it.'},
		{name: 'articles', description: 'Ids of the articles that mention it.'},
	],
	place: [
		{name: 'id', description: 'Place id.'},
		{name: 'nameEn', description: 'English name.'},
		{name: 'nameAr', description: 'Arabic name.'},
		{name: 'aliases', description: 'Arabic spellings matched in text.'},
		{
			name: 'source',
			description:
				"`lexicon`, `gazetteer` (data/gazetteer: the world's places and bodies) or `discovered` (by the word before it: حي فوة، وادي المكلا، مخيم…; or joined by و to a known place: في المكلا والشحر).",
		},
		{name: 'mentions', description: 'Number of sentences that mention it.'},
		{name: 'articles', description: 'Ids of the articles that mention it.'},
	],
	source: [
		{name: 'id', description: 'Source id, accepted by `show` and `--source`.'},
		{name: 'name', description: 'Name (English where known).'},
		{name: 'nameAr', description: 'Arabic name, or null.'},
		{name: 'kind', description: '`outlet`, `agency` or `anonymous`.'},
		{name: 'articles', description: 'Ids of the articles it appears in (or publishes).'},
		{name: 'mentions', description: 'Number of sentences that credit it (for outlets: all their sentences; what `--source` exports).'},
	],
	day: [
		{name: 'date', description: 'ISO day, accepted by `show` and `--day`.'},
		{name: 'events', description: 'Ids of the events on that day.'},
		{name: 'articles', description: 'Ids of the articles that speak of that day or were published on it.'},
		{name: 'published', description: 'Ids of the articles published that day.'},
		{name: 'about', description: 'Number of sentences about that day (a date in them falls on it).'},
		{
			name: 'mentions',
			description: 'Number of sentences behind the day: those about it and every sentence of the articles published on it (what `--day` exports).',
		},
	],
	hit: [
		{name: 'kind', description: 'What matched: article, sentence, actor, event or source.'},
		{name: 'id', description: 'Id of the match (a sentence id `article:index` for sentences).'},
		{name: 'label', description: 'English label, or the sentence text.'},
		{name: 'score', description: 'Relevance from 0 to 1, higher is better.'},
		{name: 'match', description: 'The matched span(s) of `text`.'},
		{name: 'text', description: 'The text that matched (an alias, a name or the sentence).'},
		{name: 'spans', description: '`[start, end)` offsets of the matches in `text` (flat: `start-end`).'},
		...provenance.map(field => ({...field, description: `${field.description} (sentences and articles only)`})),
	],
};

export function fieldNames(kind: RecordKind): string[] {
	return FIELDS[kind].map(field => field.name);
}

/** Markdown tables of every record kind, for the README. */
export function fieldsMarkdown(): string {
	const parts: string[] = [];
	for (const [kind, fields] of Object.entries(FIELDS)) {
		parts.push(`#### ${kind}\n\n| field | meaning |\n|---|---|`);
		for (const field of fields) parts.push(`| \`${field.name}\` | ${field.description.replaceAll('|', '\\|')} |`);
		parts.push('');
	}
	return parts.join('\n');
}

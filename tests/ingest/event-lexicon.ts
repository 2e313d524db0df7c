// The bundled lexicon plus the names the event tests need (tests/fixtures/
// events/lexicon-extra.json: Sudan, the Caucasus, the Levant…), written to a
// temporary folder and loaded as ingest loads any --lexicon folder. And a
// sentence extracted the way parseArticle extracts each one, so a test reads
// the mentions of one line of text.
import {copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Sentence} from '../../source/dataset/schema.js';
import {normaliseWithMap} from '../../source/arabic/normalise.js';
import {sentenceMentions, type Mention} from '../../source/ingest/events/mentions.js';
import {extractDates} from '../../source/ingest/extract/dates.js';
import {extractEntities} from '../../source/ingest/extract/index.js';
import {extractNumbers} from '../../source/ingest/extract/numbers.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import type {Lexicons} from '../../source/ingest/pipeline.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

type Extra = {
	places: unknown[];
	organizations: unknown[];
	actors: unknown[];
	world: {organizations: Record<string, unknown>; cities: Record<string, string>; capitals: Record<string, string>};
};

let cached: {dir: string; lex: Lexicons} | null = null;

/** A lexicon folder: data/lexicon with the test names added. */
export function eventLexiconDir(): string {
	return eventLexicons().dir;
}

export function eventLexicons(): {dir: string; lex: Lexicons} {
	if (cached) return cached;
	const dir = mkdtempSync(join(tmpdir(), 'event-lexicon-'));
	const from = join(root, 'data/lexicon');
	for (const f of readdirSync(from)) if (f.endsWith('.json')) copyFileSync(join(from, f), join(dir, f));
	const extra = JSON.parse(readFileSync(join(root, 'tests/fixtures/events/lexicon-extra.json'), 'utf8')) as Extra;
	const add = (file: string, items: unknown[]) => {
		const list = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown[];
		writeFileSync(join(dir, file), JSON.stringify([...list, ...items]));
	};
	add('places.json', extra.places);
	add('organizations.json', extra.organizations);
	add('actors.json', extra.actors);
	const world = JSON.parse(readFileSync(join(dir, 'world.json'), 'utf8'));
	Object.assign(world.organizations, extra.world.organizations);
	Object.assign(world.cities, extra.world.cities);
	Object.assign(world.capitals, extra.world.capitals);
	writeFileSync(join(dir, 'world.json'), JSON.stringify(world));
	cached = {dir, lex: loadLexicons(dir)};
	return cached;
}

/** One body sentence, extracted as parseArticle extracts it. */
export function sentenceOf(text: string, published: string | null, lex: Lexicons = eventLexicons().lex): Sentence {
	const normalised = normaliseWithMap(text);
	const dates = extractDates(text, published, lex.calendar, {normalised});
	const numbers = extractNumbers(
		text,
		dates.map(d => [d.start, d.end] as [number, number]),
		undefined,
		normalised,
	);
	const entities = extractEntities(text, {date: published, lexicon: lex.entities, previousSpeaker: null});
	return {id: 't:1', index: 1, line: 1, start: 0, end: text.length, text, kind: 'body', ...entities, dates, numbers, events: []};
}

/** The event mentions of one sentence published on `published`. */
export function mentionsIn(text: string, published: string | null = '2023-05-10'): Mention[] {
	const {lex} = eventLexicons();
	return sentenceMentions(sentenceOf(text, published, lex), {article: 't', order: 0, published}, lex.events, lex.world);
}

// An English article through the pipeline: its language, title, date and
// sentences, and the actors, places, organisations and agencies whose Latin
// names the lexicon knows, with English dates resolved against publication and
// the speaker of a reporting verb. The article is written for this test.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Article} from '../../source/dataset/schema.js';
import {ingestFolder} from '../../source/ingest/run.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {extractLatinDates, isLatinSentence} from '../../source/ingest/extract/latin/dates.js';
import {findLatinNames} from '../../source/ingest/extract/latin/names.js';
import {lexiconDir} from './helpers.js';

const lex = loadLexicons(lexiconDir);

const TEXT = [
	'NATO and Moscow agree to keep talking after long Brussels session',
	'Published: Wednesday, January 12, 2022',
	'',
	'BRUSSELS, Jan. 12 – NATO allies and Russia ended a four-hour meeting of the NATO-Russia Council in Brussels on Wednesday without a breakthrough, Secretary General Jens Stoltenberg said.',
	"Stoltenberg's deputy had briefed envoys in Vienna on January 10 and 11, and the allies are due to meet again on Friday, the alliance said.",
	'"There are real differences," Sergei Ryabkov told Reuters after the talks, adding that Moscow would study the proposals.',
	'The last meeting of the council was held on 6 July 2019, two years before Russian troops massed near Ukraine.',
	'Officials said yesterday that a reply could come next week.',
].join('\n');

// Through the real folder ingest, which reads the language from the text.
let dir: string;
let article: Article;
let body: Article['sentences'];
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'ce-latin-'));
	writeFileSync(join(dir, 'en-test.txt'), TEXT);
	article = (await ingestFolder(dir, {jobs: 1})).dataset.articles[0]!;
	body = article.sentences.filter(s => s.kind === 'body');
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const all = <T>(pick: (s: Article['sentences'][number]) => T[]) => body.flatMap(pick);

describe('an English article', () => {
	it('is read with its language, title, publication date and sentences', () => {
		expect(article.language).toBe('en');
		expect(article.title).toBe('NATO and Moscow agree to keep talking after long Brussels session');
		expect(article.published).toBe('2022-01-12');
		expect(body.length).toBe(5);
	});

	it('finds the actors by their English names and surnames, with a possessive', () => {
		const actors = all(s => s.actors.map(a => `${a.id}:${a.text}`));
		expect(actors).toEqual(['jens-stoltenberg:Jens Stoltenberg', 'jens-stoltenberg:Stoltenberg', 'sergei-ryabkov:Sergei Ryabkov']);
	});

	it('finds places and organisations, the longest name first, capitals or not', () => {
		const places = [...new Set(all(s => s.places.map(p => p.id)))];
		expect(places).toEqual(expect.arrayContaining(['brussels', 'moscow', 'vienna', 'ukraine']));
		// "Russia" as a party (NATO allies and Russia) is not a location; "Russian troops" names no place.
		expect(places).not.toContain('russia');
		const orgs = all(s => s.organizations.map(o => o.id));
		expect(orgs).toContain('nato-russia-council');
		expect(orgs).toContain('nato');
		// BRUSSELS in the dateline is Brussels.
		expect(body[0]!.places.map(p => p.text)).toContain('BRUSSELS');
	});

	it('credits an agency only where the sentence cites it, and names the speaker of a reporting verb', () => {
		expect(all(s => s.citedSources.map(c => c.id))).toEqual(['agency:reuters']);
		expect(body[0]!.attribution).toMatchObject({speaker: {id: 'jens-stoltenberg'}, verb: 'said'});
		expect(body[2]!.attribution).toMatchObject({speaker: {id: 'sergei-ryabkov'}, verb: 'told'});
	});

	it('resolves English dates against publication; the dateline glued to the lede is not a mention', () => {
		const dates = body.map(s => s.dates.map(d => [d.text, d.value, d.rangeEnd]));
		expect(dates).toEqual([
			[['Wednesday', '2022-01-12', null]],
			[
				['January 10 and 11', '2022-01-10', '2022-01-11'],
				['Friday', '2022-01-14', null],
			],
			[],
			[['6 July 2019', '2019-07-06', null]],
			[
				['yesterday', '2022-01-11', null],
				['next week', null, null],
			],
		]);
	});
});

describe('Latin dates and names, one rule at a time', () => {
	it('reads the month-day, day-month, abbreviated and French forms', () => {
		const v = (text: string, anchor = '2023-03-15') => extractLatinDates(text, anchor).map(d => [d.value, d.rangeEnd]);
		expect(v('They met on Jan. 9.')).toEqual([['2023-01-09', null]]);
		expect(v('The summit of 13-14 March 2023 ended.')).toEqual([['2023-03-13', '2023-03-14']]);
		expect(v('Le sommet aura lieu le 3 avril.')).toEqual([['2023-04-03', null]]);
		expect(v('The vote was held last Tuesday.')).toEqual([['2023-03-14', null]]);
		expect(v('Ministers will meet on Tuesday.')).toEqual([['2023-03-21', null]]);
		// A weekday is not a month: "May" needs a day beside it.
		expect(v('Talks may resume.')).toEqual([]);
	});

	it('matches whole words only, and a one-word name only when capitalised', () => {
		const ids = (text: string) => findLatinNames(text, lex.entities).map(m => m.id);
		expect(ids('The turkey was roasted in Paris.')).toEqual(['paris']);
		expect(ids('Turkey and France spoke.')).toEqual(['turkey', 'france']);
		expect(ids('Parisians celebrated.')).toEqual([]);
	});

	it('tells Latin sentences from Arabic ones', () => {
		expect(isLatinSentence('NATO met in Brussels.')).toBe(true);
		expect(isLatinSentence('اجتمع الناتو في Brussels.')).toBe(false);
	});
});

// Issue 19, point 2 and check 3: every sentence gets an English gist made only
// from what extraction found, always marked as a gist; a translation, where
// `translate` has made one, is shown instead and said to be one.
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Sentence} from '../../source/dataset/schema.js';
import {GIST_MARK, eventName, gistOf, type GistFacts} from '../../source/english/gist.js';
import {englishOf} from '../../source/english/english.js';
import {bundledUnitGloss, bundledVerbGloss, glossLookup, shortGloss} from '../../source/english/glosses.js';
import {loadDataset} from '../../source/dataset/load.js';
import {buildQuery} from '../../source/query/build.js';
import {buildDirectoryQuery} from '../../source/query/directory.js';
import {openDirectoryDataset} from '../../source/dataset/directory/open.js';
import {ingestFolderToDirectory} from '../../source/ingest/directory.js';
import {miniDataset} from '../fixtures/mini-dataset.js';

const span = {start: 0, end: 1};
const blank: Sentence = {
	id: 'a:1',
	index: 1,
	line: 2,
	start: 0,
	end: 10,
	text: 'نص',
	kind: 'body',
	actors: [],
	roles: [],
	organizations: [],
	places: [],
	dates: [],
	citedSources: [],
	attribution: null,
	numbers: [],
	events: [],
};
const facts: GistFacts = {
	actor: id =>
		id === 'p1' ? {nameEn: 'Ann Example', roles: [{titleEn: 'Foreign Minister of Examplia', titleAr: [], org: null, from: '2020-01-01', to: null}]} : undefined,
	event: id => (id === 'e1' ? {label: 'Examplia talks · Oslo · 2022-01-10', place: 'oslo'} : undefined),
	verbGloss: glossLookup([{lemma: 'أكد', gloss: 'stressed, confirmed', forms: ['أكد', 'أكدت']}]),
	unitGloss: unit => (unit === 'ساعات' ? 'hours' : undefined),
};
const ARABIC = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/;

describe('the gist of one sentence', () => {
	it('says who speaks, in what role, with the verb glossed, then what the sentence names', () => {
		const s: Sentence = {
			...blank,
			attribution: {speaker: {id: 'p1', nameEn: 'Ann Example'}, role: null, verb: 'وأكدت', ...span},
			actors: [{id: 'p1', nameEn: 'Ann Example', nameAr: 'آن', text: 'آن', ...span}],
			events: ['e1'],
			places: [{id: 'oslo', nameEn: 'Oslo', text: 'أوسلو', ...span}],
			organizations: [{id: 'un', nameEn: 'United Nations', text: 'الأمم المتحدة', ...span}],
			dates: [{text: '10 يناير', value: '2022-01-10', rangeEnd: null, resolution: 'absolute', qualifier: null, ...span}],
			numbers: [
				{text: '4 ساعات', value: 4, unit: 'ساعات', ...span},
				{text: '3 أعضاء', value: 3, unit: 'أعضاء', ...span},
			],
			citedSources: [
				{id: 'agency:tass', name: 'TASS', kind: 'agency', text: 'تاس', ...span},
				{id: 'agency:afp', name: 'AFP', kind: 'agency', text: 'أ ف ب', photo: true, ...span},
			],
		};
		const gist = gistOf(s, {published: '2022-01-12'}, facts);
		expect(gist.startsWith(GIST_MARK)).toBe(true);
		expect(gist).toBe('≈ Ann Example (Foreign Minister of Examplia) stressed · Examplia talks · United Nations · Oslo · 2022-01-10 · 4 hours, 3 · cites TASS');
		// A photo credit is not a citation, and no Arabic is left (the unit nobody glossed is dropped).
		expect(gist).not.toContain('AFP');
		expect(gist).not.toMatch(ARABIC);
	});

	it('gives what little is known when extraction found nothing', () => {
		expect(gistOf(blank, {published: '2022-01-12'}, facts)).toBe('≈ (no entities recognised) · 2022-01-12');
		expect(gistOf({...blank, kind: 'title'}, {published: null}, facts)).toBe('≈ headline: (no entities recognised)');
	});

	it('names an unnamed voice by its English role, and says "is quoted" for a verb the lexicon lacks', () => {
		const s: Sentence = {
			...blank,
			attribution: {speaker: null, role: 'Russian deputy foreign minister', verb: 'غمغم', ...span},
		};
		expect(gistOf(s, {published: null}, facts)).toBe('≈ Russian deputy foreign minister is quoted');
	});

	it("an event's name is its label without place and date", () => {
		expect(eventName('NATO-Russia Council meeting · Brussels · 2022-01-12')).toBe('NATO-Russia Council meeting');
	});
});

describe('glosses from the lexicon', () => {
	it('find a verb as written: with و or ف, any hamza spelling', () => {
		const gloss = glossLookup([{lemma: 'أشار', gloss: 'pointed out', forms: ['أشار', 'أشارت']}]);
		for (const verb of ['أشار', 'اشار', 'وأشارت', 'فاشار']) expect(gloss(verb), verb).toBe('pointed out');
		expect(gloss('قال')).toBeUndefined();
		expect(shortGloss('stressed, confirmed')).toBe('stressed');
		expect(shortGloss('according to (a frame naming the source after it)')).toBe('according to');
	});

	it('the bundled lexicon glosses the common verbs and counted nouns', () => {
		expect(bundledVerbGloss('قالت')).toBe('said');
		expect(bundledVerbGloss('وأضاف')).toBe('added');
		expect(bundledUnitGloss('ساعات')).toBe('hours');
	});
});

describe('English of a sentence: translation where there is one, else the gist', () => {
	const a = miniDataset.articles[0]!;
	const s = a.sentences[1]!;
	const facts2: GistFacts = {actor: () => undefined, event: () => undefined, verbGloss: () => undefined};
	it('prefers the translation', () => {
		const translated = {
			...s,
			translation: {text: 'Stoltenberg decided to hold a meeting.', to: 'en', engine: 'command', model: null, date: '2026-01-01T00:00:00Z'},
		};
		expect(englishOf(translated, a, facts2)).toEqual({text: 'Stoltenberg decided to hold a meeting.', kind: 'translation'});
	});
	it('falls back to the gist when the engine failed on the sentence', () => {
		const failed = {...s, translation: {text: null, to: 'en', engine: 'command', model: null, date: '2026-01-01T00:00:00Z', error: 'timeout'}};
		const english = englishOf(failed, a, facts2);
		expect(english.kind).toBe('gist');
		expect(english.text.startsWith(GIST_MARK)).toBe(true);
	});
});

const bundled = 'data/dataset.json';
describe.skipIf(!existsSync(bundled))('every sentence of the bundled dataset has a gist (both layouts)', () => {
	const dataset = loadDataset(bundled);
	const sentences = dataset.articles.flatMap(a => a.sentences);
	const check = (english: (id: string) => {text: string; kind: string} | undefined) => {
		for (const s of sentences) {
			const e = english(s.id);
			expect(e, s.id).toBeDefined();
			expect(e!.kind, s.id).toBe('gist');
			expect(e!.text.startsWith(GIST_MARK), s.id).toBe(true);
			expect(e!.text.length, s.id).toBeGreaterThan(GIST_MARK.length + 3);
			// English only: nothing of the Arabic passed through.
			expect(e!.text, s.id).not.toMatch(ARABIC);
			// What extraction found is there: every place, agency cited and named speaker.
			for (const p of s.places) expect(e!.text, s.id).toContain(p.nameEn);
			for (const c of s.citedSources.filter(c => c.kind === 'agency' && !c.photo)) expect(e!.text, s.id).toContain(c.name);
			if (s.attribution?.speaker) expect(e!.text, s.id).toContain(s.attribution.speaker.nameEn);
		}
	};
	it('JSON file', () => {
		expect(sentences.length).toBeGreaterThan(50);
		const query = buildQuery(dataset);
		check(id => query.english(id));
	});
	it('dataset directory', async () => {
		const out = join(mkdtempSync(join(tmpdir(), 'ce-gist-')), 'd');
		await ingestFolderToDirectory('data/raw', out, {manifestPath: 'data/raw/manifest.json', jobs: 1});
		const query = buildDirectoryQuery(openDirectoryDataset(out));
		expect(query.ids('sentences').length).toBe(sentences.length);
		check(id => query.english(id));
	}, 120_000);
});

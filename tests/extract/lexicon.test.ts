import {mkdtempSync, readFileSync, writeFileSync, cpSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {compileLexicon, loadLexicon, validateLexiconFile} from '../../source/lexicon/load.js';
import {extractEntities} from '../../source/ingest/extract/index.js';

const dir = join(import.meta.dirname, '..', '..', 'data', 'lexicon');

describe('lexicon files', () => {
	it('the shipped lexicon loads and covers the crisis', () => {
		const lex = loadLexicon(dir);
		for (const id of ['jens-stoltenberg', 'sergei-ryabkov', 'alexander-grushko', 'olaf-scholz', 'angela-merkel', 'karen-donfried', 'andrey-kortunov'])
			expect(lex.actors.has(id)).toBe(true);
		for (const id of ['tass', 'anadolu', 'reuters', 'afp', 'cbs']) expect(lex.agencies.has(id)).toBe(true);
	});

	it('reports the file and JSON path of a bad entry in one line', () => {
		const copy = mkdtempSync(join(tmpdir(), 'lex-'));
		cpSync(dir, copy, {recursive: true});
		const actors = JSON.parse(readFileSync(join(copy, 'actors.json'), 'utf8'));
		actors[2].roles[0].from = '12 January';
		writeFileSync(join(copy, 'actors.json'), JSON.stringify(actors));
		expect(() => loadLexicon(copy)).toThrow(/actors\.json at \[2\]\.roles\[0\]\.from: expected an ISO date/);
		writeFileSync(join(copy, 'places.json'), '[{');
		actors[2].roles[0].from = null;
		writeFileSync(join(copy, 'actors.json'), JSON.stringify(actors));
		expect(() => loadLexicon(copy)).toThrow(/places\.json: not valid JSON/);
	});

	it('rejects duplicate ids', () => {
		const e = {id: 'x', nameEn: 'X', nameAr: 'اكس', aliases: []};
		expect(() => validateLexiconFile('organizations', [e, e])).toThrow(/organizations\.json at \[1\]\.id: duplicate id "x" \(first at \[0\]\)/);
	});

	it('a user-added entry is matched after compiling', () => {
		const lex = loadLexicon(dir);
		const files = {...lex.files, places: [...lex.files.places, {id: 'tbilisi', nameEn: 'Tbilisi', nameAr: 'تبليسي', aliases: [], kind: 'city' as const}]};
		const compiled = compileLexicon(files);
		expect(compiled.places.get('tbilisi')?.nameEn).toBe('Tbilisi');
	});

	// Hamza folding makes short aliases collide with common words (تراس ≈ ترأس
	// "presided"): a short one-word alias must match with its hamza as written.
	it('a short alias does not match a common word that differs only by hamza', () => {
		const lexicon = loadLexicon(dir);
		const actorsIn = (text: string) => extractEntities(text, {date: '2022-02-10', lexicon, previousSpeaker: null}).actors.map(a => a.id);
		expect(actorsIn('ترأس الأمين العام الاجتماع')).toEqual([]);
		expect(actorsIn('وقالت تراس إن بريطانيا ستفرض عقوبات')).toEqual(['liz-truss']);
	});
});

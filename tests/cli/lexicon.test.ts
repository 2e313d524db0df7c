// Keeping what was found: ingest articles about a crisis no lexicon covers,
// list the people and bodies discovered (`lexicon suggest`), correct an
// English name in the suggested actors.json, and ingest again with the folder
// added (--lexicon): the person is now a lexicon actor, under the name the
// user wrote. `show` on a discovered actor gives what it knows of them.
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildCli, root, run} from './helpers.js';

const fixtures = join(root, 'tests', 'fixtures', 'discover');
let dir: string;
let data: string;
let articles: string;

type Entry = {
	id: string;
	nameEn: string;
	nameAr: string;
	aliases: string[];
	affiliation: string;
	roles: Array<{titleEn: string; titleAr: string[]; from: string | null; to: string | null}>;
	mentions: number;
	context: string;
	sentence: string;
};

beforeAll(() => {
	buildCli();
	dir = mkdtempSync(join(tmpdir(), 'ce-lexicon-'));
	// The articles without their annotations (gold.json would be skipped, exit 3).
	articles = join(dir, 'articles');
	mkdirSync(articles);
	for (const f of readdirSync(fixtures).filter(f => f.endsWith('.txt'))) copyFileSync(join(fixtures, f), join(articles, f));
	data = join(dir, 'd.json');
	const r = run(['ingest', articles, '--out', data]);
	expect(r.code).toBe(0);
});

describe('lexicon suggest', () => {
	it('lists the discovered people and organisations as lexicon entries with a count and a context line', () => {
		const r = run(['--data', data, 'lexicon', 'suggest']);
		expect(r.code).toBe(0);
		const {actors, organizations} = JSON.parse(r.stdout) as {actors: Entry[]; organizations: Entry[]};
		const haftar = actors.find(a => a.nameAr === 'خليفة حفتر')!;
		expect(haftar).toMatchObject({id: 'khalifa-haftar', nameEn: 'Khalifa Haftar'});
		expect(haftar.aliases).toContain('حفتر');
		expect(haftar.mentions).toBeGreaterThanOrEqual(2);
		expect(haftar.context).toContain('حفتر');
		expect(haftar.sentence).toMatch(/^d01_libya:\d+$/);
		const minister = actors.find(a => a.nameAr === 'بدر عبد العاطي')!;
		expect(minister.affiliation).toBe('Egypt');
		expect(minister.roles).toEqual([{titleEn: 'Foreign Minister (Egypt)', titleAr: ['وزير الخارجية المصري'], org: null, from: null, to: null}]);
		// Most mentioned first.
		expect(actors.map(a => a.mentions)).toEqual([...actors.map(a => a.mentions)].sort((a, b) => b - a));
		expect(organizations.map(o => o.nameEn)).toContain('Rapid Support Forces');
		// Nothing the lexicon already lists is suggested.
		expect(actors.some(a => a.id === 'antony-blinken')).toBe(false);
	});

	it('writes actors.json and organizations.json to --out DIR, refusing to overwrite them without --force', () => {
		const out = join(dir, 'mine');
		expect(run(['--data', data, 'lexicon', 'suggest', '--out', out]).code).toBe(0);
		expect(existsSync(join(out, 'actors.json'))).toBe(true);
		expect(existsSync(join(out, 'organizations.json'))).toBe(true);
		expect(run(['--data', data, 'lexicon', 'suggest', '--out', out]).code).toBe(1);
		expect(run(['--data', data, 'lexicon', 'suggest', '--out', out, '--force']).code).toBe(0);
		expect(run(['--data', data, 'lexicon', 'propose']).stderr).toMatch(/unknown lexicon action 'propose'/);
	});

	it('kept in a folder given to --lexicon, a suggestion becomes a lexicon actor with the English name the user wrote', () => {
		const out = join(dir, 'kept');
		expect(run(['--data', data, 'lexicon', 'suggest', '--out', out]).code).toBe(0);
		const actors = JSON.parse(readFileSync(join(out, 'actors.json'), 'utf8')) as Entry[];
		const dbeibah = actors.find(a => a.nameAr === 'عبد الحميد الدبيبة')!;
		expect(dbeibah.nameEn).toBe('Abdel Hamid Dbeibah');
		dbeibah.nameEn = 'Abdul Hamid Dbeibah';
		writeFileSync(join(out, 'actors.json'), JSON.stringify(actors, null, '\t'));

		const again = join(dir, 'again.json');
		const r = run(['ingest', articles, '--lexicon', out, '--out', again]);
		expect(r.code).toBe(0);
		const actor = JSON.parse(run(['--data', again, 'show', dbeibah.id, '--format', 'json']).stdout);
		expect(actor).toMatchObject({id: dbeibah.id, nameEn: 'Abdul Hamid Dbeibah', nameAr: 'عبد الحميد الدبيبة', source: 'lexicon'});
		// Added to the built-in lexicon, not in its place: the NATO crisis's people are still known.
		const seeds = join(dir, 'seeds.json');
		expect(run(['ingest', join(root, 'data', 'raw'), '--lexicon', out, '--out', seeds]).code).toBe(0);
		expect(JSON.parse(run(['--data', seeds, 'list', 'actors', '--format', 'json']).stdout).map((a: {id: string}) => a.id)).toContain('jens-stoltenberg');
		// --lexicon-only replaces it: a folder of two files cannot ingest (its other files are missing).
		const only = run(['ingest', join(root, 'data', 'raw'), '--lexicon', out, '--lexicon-only', '--out', join(dir, 'only.json')]);
		expect(only.code).toBe(1);
		expect(only.stderr).toMatch(/places\.json: cannot read lexicon file: no such file/);
		expect(run(['ingest', articles, '--lexicon-only', '--out', join(dir, 'x.json')]).stderr).toMatch(/--lexicon-only needs --lexicon DIR/);
	});
});

describe('show on a discovered actor', () => {
	it('gives the Arabic and English names, the role, the source and every sentence the person speaks in', () => {
		const actor = JSON.parse(run(['--data', data, 'show', 'badr-abdelatty', '--format', 'json']).stdout);
		expect(actor).toMatchObject({nameEn: 'Badr Abdelatty', nameAr: 'بدر عبد العاطي', source: 'discovered', affiliation: 'Egypt'});
		expect(actor.roles.map((r: {titleEn: string}) => r.titleEn)).toEqual(['Foreign Minister (Egypt)']);
		expect(actor.statements).toEqual([expect.objectContaining({id: 'd01_libya:6', verb: 'أعرب', file: 'd01_libya.txt', line: 7})]);
		const haftar = JSON.parse(run(['--data', data, 'show', 'khalifa-haftar', '--format', 'json']).stdout);
		// He speaks in none of these sentences; he is only named.
		expect(haftar.statements).toEqual([]);
		const burhan = JSON.parse(run(['--data', data, 'show', 'abdel-fattah-al-burhan', '--format', 'json']).stdout);
		expect(burhan.statements.map((s: {verb: string}) => s.verb)).toEqual(['قال']);
		const table = run(['--data', data, 'show', 'badr-abdelatty', '--format', 'table']).stdout;
		expect(table).toMatch(/discovered/);
	});
});

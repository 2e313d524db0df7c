// Issue 18, acceptance check 2: generated hostile input through ingest and
// every reading command, checked for three promises:
//   1. nothing escapes: the run returns an exit code, never a throw, and no
//      message says "internal error";
//   2. nothing raw reaches a reader: stderr never holds a control character a
//      terminal would obey, nor does stdout in a display format (table, md,
//      json, ndjson) or, on a terminal, in any format;
//   3. no exit 0 with a damaged result: a damaged dataset fails with a message
//      on stderr and nothing on stdout.
// Most cases run in-process (runMain with captured streams, ~5 ms each) so
// that HOSTILE_RUNS=100000 finishes in minutes; a few go through the built
// binary. The default count keeps the file well under a minute on two cores.
// Inputs: command lines, mutated datasets, generated article files (many per
// ingest), manifests, and damaged dataset
// directories.
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildCli, root, run} from '../cli/helpers.js';
import {miniDataset} from '../fixtures/mini-dataset.js';
import {hostileNamedDataset, rawControl} from './fixture-names.js';
import {type Captured, runInProcess} from './in-process.js';

const RUNS = Math.max(1, Number(process.env.HOSTILE_RUNS ?? 1500));
// Shares of RUNS; the article files come many to one ingest.
const plan = {
	commandLines: Math.ceil(RUNS * 0.45),
	datasets: Math.ceil(RUNS * 0.35),
	articleFiles: Math.ceil(RUNS * 0.2),
	filesPerIngest: RUNS >= 10_000 ? 100 : 25,
	manifests: Math.min(200, Math.max(4, Math.ceil(RUNS * 0.002))),
	spawned: Math.min(50, Math.max(3, Math.ceil(RUNS * 0.0005))),
};
const counted = {commandLines: 0, datasets: 0, articleFiles: 0, manifests: 0, spawned: 0};

// ---- generators ----

const hostilePieces = [
	'\u001B[2J',
	'\u001B]0;TITLE\u0007',
	'\u001B]52;c;aGVsbG8=\u0007',
	'\u001B]8;;https://evil.example\u001B\\',
	'\u001B[201~',
	'\u009B31m',
	'\u0085',
	'\u007F',
	'\u0000',
	'\u0007',
	'\b',
	'\r',
	'\r\n',
	'\t',
	'\u202E',
	'\u202D',
	'\u2066',
	'\u2069',
	'\u2028',
	'\u200F',
	'\uFEFF',
	'\u{E0041}',
	'\u206A',
	'\uFFF9',
	'\u2061',
	'\uD800',
	'\uDC00',
	'|',
	'`',
	'``',
	'\\',
	'"',
	"'",
	',',
	';',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'[x](javascript:alert(1))',
	'=HYPERLINK("http://x","y")',
	'@SUM(1)',
	'-',
	'--',
	'__proto__',
	'constructor',
	'%s%n',
	'../',
];
const arabicWords = ['ستولتنبرغ', 'قال', 'الناتو', 'روسيا', 'بروكسل', 'اجتماع', 'يناير', '12', '2022', 'وزير', 'الخارجية', '«', '»', '.', '،'];
const hostile = fc.constantFrom(...hostilePieces);
const word = fc.oneof(
	fc.constantFrom(...arabicWords),
	fc.string({unit: 'binary', maxLength: 6}),
	fc.constantFrom('stoltenberg', 'nato', 'jens', 'e1', '2022-01-12'),
);
const hostileText = fc
	.array(fc.oneof({weight: 2, arbitrary: hostile}, {weight: 3, arbitrary: word}, {weight: 1, arbitrary: fc.constantFrom(' ', '  ')}), {maxLength: 12})
	.map(parts => parts.join(''));

let work: string;
let fixed: {mini: string; named: string; namedId: string; ids: string[]};

/** The mini dataset with hostile text in every string a view shows (still valid: these are data, not damage). */
function hostileMini(): typeof miniDataset {
	const d = JSON.parse(JSON.stringify(miniDataset)) as typeof miniDataset;
	d.articles.forEach((a, i) => {
		a.title = `${a.title} ${hostilePieces[i % hostilePieces.length]}`;
		a.file = `${a.id}${hostilePieces[(i * 7) % hostilePieces.length]!.replace(/[\u0000\n\r/]/g, '')}.txt`;
		a.sentences.forEach((s, j) => {
			s.text = `${s.text} ${hostilePieces[(i * 13 + j) % hostilePieces.length]}`;
		});
	});
	return d;
}

beforeAll(async () => {
	buildCli();
	work = mkdtempSync(join(tmpdir(), 'ce-h18-prop-'));
	const mini = join(work, 'mini.json');
	writeFileSync(mini, JSON.stringify(hostileMini()));
	const named = await hostileNamedDataset();
	const ids = JSON.parse(readFileSync(mini, 'utf8'))
		.articles.flatMap((a: {id: string; sentences: Array<{id: string}>}) => [a.id, ...a.sentences.slice(0, 2).map(s => s.id)])
		.concat(['jens-stoltenberg', 'nato', named.id]);
	fixed = {mini, named: named.data, namedId: named.id, ids};
}, 180_000);

afterAll(() => {
	console.log(
		`hostile property inputs: ${Object.entries(counted)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ')}; total ${Object.values(counted).reduce((a, b) => a + b, 0)}`,
	);
	if (work) rmSync(work, {recursive: true, force: true});
});

// ---- the oracle ----

const DISPLAY = new Set(['table', 'md', 'json', 'ndjson']);

/** The format a run wrote stdout in, as the CLI resolves it (flag, else table on a terminal, json on a pipe). */
function formatOf(args: readonly string[], tty: boolean): string {
	const i = args.lastIndexOf('--format');
	if (i >= 0 && args[i + 1] !== undefined) return args[i + 1]!.toLowerCase();
	return tty ? 'table' : 'json';
}

function check(label: string, args: readonly string[], r: Captured, options: {tty: boolean; damaged?: boolean}) {
	const where = `${label}: ${JSON.stringify(args)} (tty ${options.tty}) → ${r.code}\nstderr: ${JSON.stringify(r.stderr.slice(0, 400))}`;
	if (r.threw !== undefined) throw new Error(`${where}\nthrew: ${String((r.threw as Error)?.stack ?? r.threw)}`);
	expect([0, 1, 2, 3], where).toContain(r.code);
	expect(r.stderr, where).not.toMatch(/internal error/);
	expect(r.stderr, where).not.toMatch(/\n\s+at .*:\d+/);
	expect(r.stderr, `${where}\nraw control on stderr`).not.toMatch(rawControl);
	if (r.code !== 0) expect(r.stderr.trim(), `${where}\nfailure without a message`).not.toBe('');
	const format = formatOf(args, options.tty);
	if (options.tty || DISPLAY.has(format)) {
		const bad = rawControl.exec(r.stdout);
		if (bad)
			throw new Error(
				`${where}\nraw control U+${bad[0].charCodeAt(0).toString(16)} on stdout (${format}) near ${JSON.stringify(r.stdout.slice(Math.max(0, bad.index - 40), bad.index + 40))}`,
			);
	}
	if (options.damaged) {
		expect(r.code, `${where}\nexit 0 on a damaged dataset`).not.toBe(0);
		expect(r.stdout, `${where}\noutput from a damaged dataset`).toBe('');
	}
}

// ---- command lines ----

const FORMATS = ['json', 'ndjson', 'csv', 'md', 'table', 'ids', 'parquet', 'JSON', 'xml'];
const LISTS = ['articles', 'actors', 'events', 'sources', 'days', 'organizations', 'places', 'sentences'];

function commandLine(): fc.Arbitrary<{args: string[]; tty: boolean; stdin?: string}> {
	const id = fc.oneof(fc.constantFrom(...['000_mini', '001_mini', 'jens-stoltenberg', 'stoltenberg', 'fname', 'e1']), hostileText);
	const flagValue = fc.oneof(hostileText, fc.constantFrom('1', '0', '-1', '99999999999', 'on', 'off', 'auto', 'id,text', 'text', 'nope', ''));
	const extraFlag = fc.oneof(
		fc.tuple(fc.constant('--format'), fc.oneof(fc.constantFrom(...FORMATS), hostileText)),
		fc.tuple(fc.constant('--fields'), fc.oneof(fc.constantFrom('id', 'id,text', 'text,file,line', 'title,outlet', 'nameEn', 'label,date'), hostileText)),
		fc.tuple(fc.constant('--bidi'), fc.oneof(fc.constantFrom('on', 'off', 'auto'), hostileText)),
		fc.tuple(fc.constant('--limit'), flagValue),
		fc.tuple(fc.constant('--type'), flagValue),
		fc.tuple(fc.constant('--actor'), id),
		fc.tuple(fc.constant('--query'), hostileText),
		fc.tuple(fc.constant('--day'), fc.oneof(fc.constantFrom('2022-01-12', '2021-12-26', '2022-02-31'), hostileText)),
		fc.tuple(fc.constant('--event'), id),
		fc.tuple(fc.constant('--source'), id),
		fc.tuple(fc.constant('--article'), id),
		fc.tuple(fc.constant('--unit'), flagValue),
		fc.tuple(fc.constant('--ids'), fc.oneof(id, fc.constant('-'))),
		fc.tuple(fc.constant('--columns'), flagValue),
		fc.tuple(fc.constant('--jobs'), flagValue),
		fc.constant(['--no-shape']),
		fc.constant(['--no-color']),
		fc.constant(['--conflicts']),
		fc.constant(['--bom']),
		fc.constant(['--force']),
		fc.constant(['--help']),
		fc.tuple(fc.constant('--out'), fc.constantFrom('o.json', 'o.csv', 'o.md', 'o.ndjson', 'o.txt', 'o.ids', 'o.parquet', 'o.xyz', 'sub/o.json', 'dir')),
		fc.tuple(
			fc.oneof(
				fc.constantFrom('--bogus', '--dat', '--formt', '-x'),
				hostileText.map(t => `--${t}`),
			),
			flagValue,
		),
	);
	const head = fc.oneof(
		fc.tuple(fc.constant('list'), fc.oneof(fc.constantFrom(...LISTS), hostileText)).map(a => [...a]),
		fc.tuple(fc.constant('show'), id).map(a => [...a]),
		fc.tuple(fc.constant('search'), fc.oneof(hostileText, fc.constantFrom('stoltenberg', 'ستولتنبرغ', 'nato'))).map(a => [...a]),
		fc.constant(['export']),
		fc.tuple(fc.constant('compare'), id).map(a => [...a]),
		fc.constant(['lexicon', 'suggest']),
		fc.tuple(fc.constant('help'), fc.oneof(fc.constantFrom('list', 'export', 'show'), hostileText)).map(a => [...a]),
		fc.constant(['version']),
		hostileText.filter(t => t !== '').map(t => [t]),
	);
	return fc
		.record({
			head,
			extra: fc.array(extraFlag, {maxLength: 4}),
			positional: fc.option(hostileText, {freq: 6}),
			data: fc.constantFrom('mini', 'mini', 'named', 'missing', 'hostile-path'),
			tty: fc.boolean(),
			stdin: fc.option(
				fc.array(fc.oneof(id, hostileText), {maxLength: 5}).map(lines => lines.join('\n')),
				{freq: 2},
			),
		})
		.map(({head, extra, positional, data, tty, stdin}) => {
			const dataPath = {mini: fixed.mini, named: fixed.named, missing: join(work, 'nope.json'), 'hostile-path': join(work, 'x\u001B[2J\u202E.json')}[data];
			const flags = extra.flatMap(f => (f[0] === '--out' ? ['--out', join(work, 'out', f[1]!)] : [...f]));
			const args = [...head, ...(positional === null ? [] : [positional]), ...flags, '--data', dataPath];
			return {args, tty, ...(stdin === null ? {} : {stdin})};
		});
}

describe('acceptance 2: generated hostile input (property-based)', () => {
	it(`command lines against hostile datasets (${plan.commandLines} runs)`, async () => {
		mkdirSync(join(work, 'out', 'sub'), {recursive: true});
		mkdirSync(join(work, 'out', 'dir'), {recursive: true});
		await fc.assert(
			fc.asyncProperty(commandLine(), async ({args, tty, stdin}) => {
				counted.commandLines++;
				const r = await runInProcess(args, {tty, stdin});
				// The tool said where it wrote: a file under our temp dir only.
				check('command line', args, r, {tty});
			}),
			{numRuns: plan.commandLines, seed: Number(process.env.HOSTILE_SEED ?? Date.now() % 2 ** 31)},
		);
	}, 3_600_000);

	// ---- datasets ----

	type Mutation = {name: string; damaging: boolean; apply(d: Record<string, any>, rnd: () => number): void};
	// biome-ignore lint/suspicious/noExplicitAny: mutations reach into arbitrary JSON
	const pick = (list: any[], rnd: () => number): any => list[Math.floor(rnd() * list.length)];
	const mutations: Mutation[] = [
		// Damage: every one of these leaves a dataset the schema must refuse.
		{name: 'version', damaging: true, apply: (d, rnd) => void (d.version = pick([0, 99, '1', null, -1, 1.5, 'x\u001B[2J'], rnd))},
		{name: 'articles-not-array', damaging: true, apply: (d, rnd) => void (d.articles = pick([{}, 'x', 7, null], rnd))},
		{name: 'sentence-text-type', damaging: true, apply: (d, rnd) => void (pick(pick(d.articles, rnd).sentences, rnd).text = pick([1, null, {}, []], rnd))},
		{name: 'drop-article-id', damaging: true, apply: (d, rnd) => void delete pick(d.articles, rnd).id},
		{name: 'sentence-line-type', damaging: true, apply: (d, rnd) => void (pick(pick(d.articles, rnd).sentences, rnd).line = pick(['1', null, -5, 1.5], rnd))},
		// Content: hostile but valid data; must be shown safely, exit 0 allowed.
		{
			name: 'hostile-strings',
			damaging: false,
			apply(d, rnd) {
				const article = pick(d.articles, rnd);
				const s = pick(article.sentences, rnd);
				s.text = `${s.text}${pick(hostilePieces, rnd)}${pick(hostilePieces, rnd)}`;
				article.title = `${pick(hostilePieces, rnd)}${article.title}`;
			},
		},
	];

	it(`mutated datasets through a reading command (${plan.datasets} runs)`, async () => {
		const base = JSON.stringify(hostileMini());
		const readers: string[][] = [
			['list', 'articles'],
			['list', 'actors'],
			['list', 'events'],
			['export'],
			['search', 'stoltenberg'],
			['show', '001_mini'],
			['list', 'days'],
		];
		let n = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.integer({min: 0, max: mutations.length - 1}),
				fc.integer(),
				fc.constantFrom(...readers),
				fc.constantFrom('json', 'table', 'md', 'ndjson', 'csv'),
				fc.boolean(),
				fc.constantFrom('mutate', 'truncate', 'garbage'),
				async (which, seed, reader, format, tty, how) => {
					counted.datasets++;
					let state = seed >>> 0;
					const rnd = () => {
						state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
						return state / 2 ** 32;
					};
					let text: string;
					let damaged: boolean;
					if (how === 'truncate') {
						// At least two characters of the JSON text go: never valid JSON.
						text = base.slice(0, Math.floor(rnd() * (base.length - 2)));
						damaged = true;
					} else if (how === 'garbage') {
						const at = Math.floor(rnd() * base.length);
						text = `${base.slice(0, at)}${pick(['\u001B]0;PWNED\u0007', '}}}', '\u0000', '"', '{', '\u009B2J'], rnd)}${base.slice(at)}`;
						try {
							JSON.parse(text);
							damaged = false; // Inside a string: still a dataset.
						} catch {
							damaged = true;
						}
						if (!damaged) return; // Counted: fed through, judged by the other cases.
					} else {
						const d = JSON.parse(base);
						const m = mutations[which]!;
						m.apply(d, rnd);
						text = JSON.stringify(d);
						damaged = m.damaging;
					}
					const path = join(work, `ds-${n++ % 8}.json`);
					writeFileSync(path, text);
					const args = [...reader, '--format', format, '--data', path];
					check(`dataset ${how}`, args, await runInProcess(args, {tty}), {tty, damaged});
				},
			),
			{numRuns: plan.datasets},
		);
	}, 3_600_000);

	// ---- article files and manifests, through `ingest` ----

	const seedFiles = readdirSync(join(root, 'data', 'raw'))
		.filter(f => f.endsWith('.txt'))
		.sort()
		.slice(0, 4)
		.map(f => readFileSync(join(root, 'data', 'raw', f), 'utf8'));
	const fileName = fc
		.array(fc.constantFrom('a', 'b', 'خبر', '1', ' ', '|', '`', '\u001B[2J', '\u202E', '\u{E0041}', '<i>', '[x]', '#', '.', '~2'), {minLength: 1, maxLength: 5})
		.map(parts => parts.join(''));
	const article = fc.oneof(
		hostileText.map(t => `${t}\n\n${t}`),
		fc.tuple(fc.constantFrom(...seedFiles), fc.array(fc.tuple(fc.nat(), hostile), {maxLength: 8})).map(([seed, inserts]) => {
			let text = seed.slice(0, 3000);
			for (const [at, piece] of inserts) {
				const i = at % (text.length + 1);
				text = text.slice(0, i) + piece + text.slice(i);
			}
			return text;
		}),
		fc.uint8Array({maxLength: 600}).map(bytes => Buffer.from(bytes).toString('latin1')),
	);
	const extension = fc.constantFrom('.txt', '.txt', '.txt', '.html', '.ndjson', '.csv', '.TXT', '.md');

	/** Writes the files into a fresh folder; returns it. Names get a counter, so they stay distinct. */
	function writeFolder(files: Array<[string, string, string]>): string {
		const dir = mkdtempSync(join(work, 'in-'));
		for (const [i, [name, ext, text]] of files.entries()) writeFileSync(join(dir, `${i}-${name.replace(/[/\u0000\n]/g, '_')}${ext}`), text);
		return dir;
	}

	async function checkIngest(label: string, args: string[], r: Captured, out: string) {
		check(label, args, r, {tty: false});
		expect([0, 1, 3], label).toContain(r.code);
		if (r.code !== 0 && r.code !== 3) return;
		expect(r.stderr).toMatch(/ingested/);
		// What ingest wrote is a dataset every reading command accepts.
		for (const reader of [
			['list', 'articles'],
			['export', '--format', 'md'],
		]) {
			const readArgs = [...reader, '--data', out];
			const read = await runInProcess(readArgs, {tty: true});
			check(`${label} then read`, readArgs, read, {tty: true});
			expect(read.code, `${label} then read`).toBe(0);
		}
	}

	it(`generated article files, ${plan.filesPerIngest} to an ingest (${plan.articleFiles} files)`, async () => {
		const ingests = Math.ceil(plan.articleFiles / plan.filesPerIngest);
		await fc.assert(
			fc.asyncProperty(fc.array(fc.tuple(fileName, extension, article), {minLength: plan.filesPerIngest, maxLength: plan.filesPerIngest}), async files => {
				counted.articleFiles += files.length;
				const dir = writeFolder(files);
				const out = join(dir, 'out.json');
				const args = ['ingest', dir, '--out', out, '--jobs', '1'];
				await checkIngest('ingest', args, await runInProcess(args), out);
				rmSync(dir, {recursive: true, force: true});
			}),
			{numRuns: ingests},
		);
	}, 3_600_000);

	// Dates that are real calendar days inside the window; the out-of-range and
	// impossible ones (9999-99-99, 2022-02-31) are h18a's point 13 (below, skipped).
	const goodDate = fc.date({min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true}).map(d => d.toISOString().slice(0, 10));
	const manifestValue = fc.oneof(
		fc.record(
			{
				published: fc.oneof(goodDate, hostileText, fc.constant(null), fc.integer()),
				outlet: fc.oneof(hostileText, fc.constant(null)),
				url: fc.oneof(hostileText, fc.constant('https://x.example/a')),
			},
			{requiredKeys: []},
		),
		goodDate,
		hostileText,
		fc.integer(),
		fc.constant(null),
		fc.constant([]),
	);

	it(`generated manifests (${plan.manifests} ingests)`, async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fileName, article), {minLength: 1, maxLength: 3}),
				fc.array(fc.tuple(fc.oneof(fileName, fc.constantFrom('0-a.txt', '1-b.txt', 'constructor', 'toString')), manifestValue), {maxLength: 4}),
				fc.boolean(),
				async (files, entries, asText) => {
					counted.manifests++;
					const dir = writeFolder(files.map(([name, text]) => [name, '.txt', text]));
					const real = readdirSync(dir);
					const manifest: Record<string, unknown> = {};
					entries.forEach(([name, value], i) => {
						manifest[i % 2 === 0 && real[i % real.length] ? real[i % real.length]! : name] = value;
					});
					const path = join(dir, 'manifest.json');
					writeFileSync(path, asText ? JSON.stringify(manifest) : `${JSON.stringify(manifest).slice(0, 5)}\u001B]0;PWNED\u0007`);
					const out = join(work, `m-${counted.manifests}.json`);
					const args = ['ingest', dir, '--manifest', path, '--out', out, '--jobs', '1'];
					await checkIngest('manifest', args, await runInProcess(args), out);
					rmSync(dir, {recursive: true, force: true});
					rmSync(out, {force: true});
				},
			),
			{numRuns: plan.manifests},
		);
	}, 3_600_000);

	// ---- the built binary: the same promises through cli.tsx ----

	it(`spawned: the built CLI on generated command lines (${plan.spawned} runs)`, async () => {
		await fc.assert(
			fc.asyncProperty(commandLine(), async ({args, stdin}) => {
				counted.spawned++;
				// An argument cannot hold NUL on a real command line (the kernel ends it there): as exec would see it.
				const argv = args.map(a => a.split('\u0000')[0]!);
				const r = run(argv, {input: stdin ?? ''});
				check('spawned', argv, {code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr}, {tty: false});
			}),
			{numRuns: plan.spawned},
		);
	}, 600_000);
});

// ---- manifests and damaged dataset directories (points 13, 14, 15) ----
describe('acceptance 2, manifests and damaged directories', () => {
	// Point 13: impossible and out-of-window manifest dates give an unreadable dataset with exit 0.
	it('manifests with impossible dates (9999-99-99, 0000-00-00, 2022-02-31, __proto__ keys)', async () => {
		const dir = mkdtempSync(join(work, 'in-'));
		writeFileSync(join(dir, 'a.txt'), readFileSync(join(root, 'data', 'raw', readdirSync(join(root, 'data', 'raw')).find(f => f.endsWith('.txt'))!), 'utf8'));
		for (const date of ['9999-99-99', '0000-00-00', '2022-13-45', '2022-02-31']) {
			const manifest = join(dir, 'manifest.json');
			writeFileSync(manifest, `{"a.txt": {"published": "${date}"}, "__proto__": {"published": "2022-01-01"}}`);
			const out = join(work, `bad-date-${date}.json`);
			const args = ['ingest', dir, '--manifest', manifest, '--out', out, '--jobs', '1'];
			const r = await runInProcess(args);
			check('manifest date', args, r, {tty: false});
			if (r.code === 0 || r.code === 3) {
				const read = await runInProcess(['list', 'articles', '--data', out]);
				expect(read.code).toBe(0);
				expect(read.stdout).not.toContain(date);
			}
		}
	});

	// Points 14, 15: damaged dataset directories (postings, heads, meta.json, layoutVersion) must fail with exit 1 and nothing on stdout.
	it('dataset directories with damaged files', async () => {
		const dir = join(work, 'dirset');
		const input = mkdtempSync(join(work, 'in-'));
		for (const f of readdirSync(join(root, 'data', 'raw'))
			.filter(f => f.endsWith('.txt'))
			.slice(0, 3))
			writeFileSync(join(input, f), readFileSync(join(root, 'data', 'raw', f)));
		const made = await runInProcess(['ingest', input, '--out', dir, '--jobs', '1']);
		expect(made.code).toBe(0);
		const pristine = new Map(readdirSync(dir).map(f => [f, readFileSync(join(dir, f))]));
		const readers = [
			['list', 'articles'],
			['search', 'stoltenberg'],
			['show', 'jens-stoltenberg'],
			['export', '--format', 'ndjson'],
		];
		// What each reader prints from the undamaged directory: exit 0 after damage is allowed only with this
		// same output (a flipped byte in a file the command never reads leaves its answer whole).
		const answer = new Map<string, string>();
		for (const reader of readers) answer.set(reader.join(' '), (await runInProcess([...reader, '--data', dir])).stdout);
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...pristine.keys()),
				fc.constantFrom('empty', 'truncate', 'flip', 'garbage'),
				fc.integer({min: 0, max: 2 ** 30}),
				fc.constantFrom(...readers),
				async (file, how, at, reader) => {
					for (const [f, bytes] of pristine) writeFileSync(join(dir, f), bytes);
					const bytes = Buffer.from(pristine.get(file)!);
					const damaged =
						how === 'empty'
							? Buffer.alloc(0)
							: how === 'truncate'
								? bytes.subarray(0, at % Math.max(1, bytes.length))
								: how === 'flip'
									? (() => {
											const b = Buffer.from(bytes);
											if (b.length) b[at % b.length]! ^= 0x5a;
											return b;
										})()
									: Buffer.from('\u001B]0;PWNED\u0007 garbage');
					writeFileSync(join(dir, file), damaged);
					const args = [...reader, '--data', dir];
					const r = await runInProcess(args);
					const whole = r.code === 0 && r.stdout === answer.get(reader.join(' '));
					check('directory', args, r, {tty: false, damaged: !whole});
				},
			),
			{numRuns: 200},
		);
	});
});

// Checks 2 (scripted part), 3, 4, 6 and 7: hostile input through the built CLI.
import {spawnSync} from 'node:child_process';
import {chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildCli, cliPath, pythonCsv, root, run} from '../cli/helpers.js';
import {dropPrivileges, ingestHostile, noDropReason, openDir, runUnprivileged} from './helpers.js';

// Raw controls that must never reach stdout in a display format.
const raw = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const seedDir = join(root, 'data', 'raw');
const seed = readdirSync(seedDir)
	.filter(f => f.endsWith('.txt'))
	.sort()[0]!;
const seedBytes = () => readFileSync(join(seedDir, seed));

let fx: ReturnType<typeof ingestHostile>;
beforeAll(() => {
	buildCli();
	fx = ingestHostile();
});

describe('check 2 (scripted): escapes in an ingested article', () => {
	it('the dataset keeps the exact original text', () => {
		const dataset = JSON.parse(readFileSync(fx.data, 'utf8'));
		const texts = dataset.articles[0].sentences.map((s: {text: string}) => s.text).join('\n');
		for (const attack of ['\u001B[2J', '\u001B]52;c;aGVsbG8=\u0007', '\u001B]8;;https://evil.example\u001B\\', '\u202E']) expect(texts).toContain(attack);
	});

	for (const format of ['table', 'md']) {
		it(`list and show with --format ${format} show placeholders, never the controls`, () => {
			for (const args of [['list', 'articles'], ['show', '100_escapes'], ['export']]) {
				const result = run(['--data', fx.data, ...args, '--format', format]);
				expect(result.code, result.stderr).toBe(0);
				expect(result.stdout).not.toMatch(raw);
				// Markdown escapes `[ ] | \ \`` (issue 18, point 8): compare what a renderer shows.
				const shown = format === 'md' ? result.stdout.replace(/\\([\\`|[\]])/g, '$1') : result.stdout;
				expect(shown).toContain('␛[2J');
				if (args[0] !== 'list') {
					expect(shown).toContain('␛]52;c;aGVsbG8=␇');
					expect(shown).toContain('␛]8;;https://evil.example␛\\');
					expect(shown).toContain('⟨RLO⟩');
				}
			}
		});
	}

	it('--format json escapes controls as JSON does and round-trips the exact text', () => {
		const result = run(['--data', fx.data, 'show', '100_escapes', '--format', 'json']);
		expect(result.code).toBe(0);
		expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
		expect(result.stdout).toContain('\\u001b[2J');
		expect(result.stdout).toContain('\\u0007');
		const original = JSON.parse(readFileSync(fx.data, 'utf8')).articles[0].sentences;
		const shown = JSON.parse(result.stdout);
		expect(JSON.stringify(shown)).toContain(JSON.stringify(original[1].text).slice(1, -1));
	});
});

describe('check 3: formula-safe CSV', () => {
	it('a sentence starting with =HYPERLINK( is neutralised, and Python reads it back as text', () => {
		const out = join(fx.dir, 'hostile.csv');
		const result = run(['--data', fx.data, 'export', '--format', 'csv', '--out', out]);
		expect(result.code, result.stderr).toBe(0);
		const rows = pythonCsv(out);
		const json = JSON.parse(run(['--data', fx.data, 'export', '--format', 'json']).stdout) as Array<{id: string; text: string}>;
		const formula = json.find(r => r.text.startsWith('=HYPERLINK('));
		const at = json.find(r => r.text.startsWith('@SUM('));
		expect(formula, 'the fixture sentence survives ingest').toBeDefined();
		expect(at).toBeDefined();
		for (const record of [formula!, at!]) {
			const row = rows.find(r => r.id === record.id)!;
			// OWASP: a leading single quote; the rest is the exact text, quotes and commas included.
			expect(row.text).toBe(`'${record.text}`);
		}
		for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
	});
});

describe('check 4: closed pipes and unwritable targets', () => {
	it('export --format ndjson | head -1 (a real shell pipe): first record, exit 0, empty stderr', () => {
		// Enough records that the writer is still writing when head leaves.
		const big = JSON.parse(readFileSync(fx.data, 'utf8'));
		const article = big.articles[0];
		for (let i = 0; i < 3000; i++) article.sentences.push({...article.sentences[1], id: `${article.id}:${1000 + i}`, index: 1000 + i});
		const data = join(fx.dir, 'big.json');
		writeFileSync(data, JSON.stringify(big));
		const script = `"${process.execPath}" "${cliPath}" --data "${data}" export --format ndjson 2>"${fx.dir}/err" | head -1; echo "status:\${PIPESTATUS[0]}"`;
		const result = spawnSync('bash', ['-c', script], {encoding: 'utf8', timeout: 30_000});
		const [first, status] = result.stdout.trimEnd().split('\n');
		expect(JSON.parse(first!).id).toBe(`${article.id}:0`);
		expect(status).toBe('status:0');
		expect(readFileSync(join(fx.dir, 'err'), 'utf8')).toBe('');
	});

	it.skipIf(!dropPrivileges)(
		`--out into a read-only directory (as an unprivileged user): one line, exit 1, no file${dropPrivileges ? '' : ` — skipped: ${noDropReason}`}`,
		() => {
			const base = openDir('ce-ro-');
			const data = join(base, 'd.json');
			copyFileSync(fx.data, data);
			chmodSync(data, 0o644);
			const ro = join(base, 'readonly');
			mkdirSync(ro);
			chmodSync(ro, 0o555);
			const result = runUnprivileged(['--data', data, 'export', '--format', 'csv', '--out', join(ro, 'x.csv')]);
			expect(result.code).toBe(1);
			expect(result.stderr.trim().split('\n')).toHaveLength(1);
			expect(result.stderr).toMatch(/x\.csv: cannot write in .*readonly.* \(permission denied\)/);
			expect(readdirSync(ro)).toEqual([]);
		},
	);
});

describe('check 6: ingest never throws on broken files', () => {
	// Three stray bytes at character boundaries: three invalid sequences (a byte
	// overwritten inside a two-byte letter would orphan its partner and count twice).
	const utf8Broken = () => {
		const b = seedBytes();
		const nl = b.indexOf(0x0a) + 1;
		return Buffer.concat([Buffer.from([0xff]), b.subarray(0, nl), Buffer.from([0xc0]), b.subarray(nl), Buffer.from([0xfe])]);
	};
	const cases: Array<{name: string; bytes: () => Buffer; expect: RegExp; kind: 'repaired' | 'skipped'}> = [
		{name: 'invalid-utf8.txt', bytes: utf8Broken, kind: 'repaired', expect: /3 invalid UTF-8 sequences replaced with U\+FFFD/},
		{name: 'bom.txt', bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seedBytes()]), kind: 'repaired', expect: /byte-order mark removed/},
		{
			name: 'crlf.txt',
			bytes: () => Buffer.from(seedBytes().toString('utf8').replaceAll('\n', '\r\n')),
			kind: 'repaired',
			expect: /CRLF\/CR line ends normalised/,
		},
		{name: 'cr.txt', bytes: () => Buffer.from(seedBytes().toString('utf8').replaceAll('\n', '\r')), kind: 'repaired', expect: /CRLF\/CR line ends normalised/},
		{
			name: 'nul.txt',
			bytes: () => Buffer.concat([seedBytes().subarray(0, 50), Buffer.from([0, 0]), seedBytes().subarray(50)]),
			kind: 'repaired',
			expect: /2 NUL bytes removed/,
		},
		{name: 'empty.txt', bytes: () => Buffer.alloc(0), kind: 'skipped', expect: /empty file/},
		{name: 'blank.txt', bytes: () => Buffer.from(' \n\n\t\n'), kind: 'skipped', expect: /empty file \(whitespace only\)/},
		{name: 'binary.txt', bytes: () => Buffer.from(Array.from({length: 4096}, (_, i) => (i * 7919) % 256)), kind: 'skipped', expect: /binary file/},
		{
			name: 'utf16.txt',
			bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedBytes().toString('utf8'), 'utf16le')]),
			kind: 'skipped',
			expect: /UTF-16 text \(convert it to UTF-8\)/,
		},
		{
			name: 'latin1.txt',
			bytes: () => Buffer.from('Ã©tÃ© ÃªtrÃ© Ã¢ \u00e9\u00e8\u00ea'.repeat(50), 'latin1'),
			kind: 'skipped',
			expect: /not UTF-8 text|not Arabic/,
		},
	];

	it('each file is ingested, repaired or skipped, named on stderr with the reason; exit 3 when some are skipped', () => {
		const dir = openDir('ce-broken-');
		const input = join(dir, 'in');
		mkdirSync(input);
		for (const c of cases) writeFileSync(join(input, c.name), c.bytes());
		symlinkSync('loop-b.txt', join(input, 'loop-a.txt'));
		symlinkSync('loop-a.txt', join(input, 'loop-b.txt'));
		symlinkSync('missing-target', join(input, 'dangling.txt'));
		mkdirSync(join(input, 'folder.txt'));
		// A hostile file name: shown with placeholders on stderr, not obeyed.
		writeFileSync(join(input, 'evil\u001B]0;pwned\u0007.txt'), '');
		const result = run(['ingest', input, '--out', join(dir, 'out.json')]);
		expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
		for (const c of cases) expect(result.stderr).toMatch(new RegExp(`^${c.kind} ${c.name.replace('.', '\\.')}: .*${c.expect.source}`, 'm'));
		expect(result.stderr).toMatch(/^skipped loop-a\.txt: symbolic link loop$/m);
		expect(result.stderr).toMatch(/^skipped loop-b\.txt: symbolic link loop$/m);
		expect(result.stderr).toMatch(/^skipped dangling\.txt: missing/m);
		expect(result.stderr).toMatch(/^skipped folder\.txt: not a regular file$/m);
		expect(result.stderr).toMatch(/^skipped evil␛\]0;pwned␇\.txt: empty file$/m);
		expect(result.stderr).not.toMatch(raw);
		expect(result.code).toBe(3);
		const dataset = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
		expect(dataset.articles.map((a: {id: string}) => a.id).sort()).toEqual(
			cases
				.filter(c => c.kind === 'repaired')
				.map(c => c.name.replace('.txt', ''))
				.sort(),
		);
		// Repairs keep the text: the CRLF copy reads the same as the seed.
		const crlf = dataset.articles.find((a: {id: string}) => a.id === 'crlf');
		const bom = dataset.articles.find((a: {id: string}) => a.id === 'bom');
		expect(crlf.sentences.map((s: {text: string}) => s.text)).toEqual(bom.sentences.map((s: {text: string}) => s.text));
	});

	it('all files ingested: exit 0; nothing usable: exit 1 and nothing written', () => {
		const dir = openDir('ce-codes-');
		mkdirSync(join(dir, 'good'));
		copyFileSync(join(seedDir, seed), join(dir, 'good', seed));
		expect(run(['ingest', join(dir, 'good'), '--out', join(dir, 'good.json')]).code).toBe(0);
		mkdirSync(join(dir, 'bad'));
		writeFileSync(join(dir, 'bad', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0]));
		symlinkSync('self.txt', join(dir, 'bad', 'self.txt'));
		const bad = run(['ingest', join(dir, 'bad'), '--out', join(dir, 'bad.json')]);
		expect(bad.code).toBe(1);
		expect(bad.stderr).toMatch(/^skipped self\.txt: symbolic link loop$/m);
		expect(bad.stderr).toMatch(/nothing usable to ingest/);
		expect(existsSync(join(dir, 'bad.json'))).toBe(false);
	});

	it.skipIf(!dropPrivileges)(
		`a file without read permission (as an unprivileged user) is skipped: permission denied${dropPrivileges ? '' : ` — skipped: ${noDropReason}`}`,
		() => {
			const dir = openDir('ce-perm-');
			const input = join(dir, 'in');
			mkdirSync(input);
			chmodSync(input, 0o755);
			copyFileSync(join(seedDir, seed), join(input, 'readable.txt'));
			copyFileSync(join(seedDir, seed), join(input, 'secret.txt'));
			chmodSync(join(input, 'readable.txt'), 0o644);
			chmodSync(join(input, 'secret.txt'), 0o000);
			const result = runUnprivileged(['ingest', input, '--out', join(dir, 'out.json')]);
			expect(result.stderr).toMatch(/^skipped secret\.txt: permission denied$/m);
			expect(result.code).toBe(3);
			expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).articles).toHaveLength(1);
		},
	);
});

describe('check 7: dataset loading names the first problem with its JSON path', () => {
	// tests/cli/commands.test.ts covers truncated, not JSON, empty, other version and
	// events[0].date; these add deeper paths and wrong types on the hostile dataset.
	const mutate = (f: (d: any) => void) => {
		const d = JSON.parse(readFileSync(fx.data, 'utf8'));
		f(d);
		return JSON.stringify(d);
	};
	const cases: Array<[string, () => string, RegExp]> = [
		[
			'a bad date deep in a sentence',
			() => mutate(d => (d.articles[0].sentences[1].dates = [{...(d.articles[0].sentences[1].dates[0] ?? {}), value: 12}])),
			/articles\[0\]\.sentences\[1\]\.dates\[0\]\./,
		],
		[
			'events[3].date as in the issue',
			() =>
				mutate(d => {
					while (d.events.length < 4) d.events.push(structuredClone(d.events[0]));
					d.events[3].date = '12 يناير';
				}),
			/: events\[3\]\.date: expected an ISO date.*got '12 يناير'/,
		],
		['a string where an array belongs', () => mutate(d => (d.articles[0].sentences = 'x')), /articles\[0\]\.sentences: .*array/i],
		['an array at the root', () => '[]', /expected a dataset object, got an array/],
		['a huge control-laden value is reported in one line', () => mutate(d => (d.events[0].date = `\u001B[2J${'x'.repeat(10_000)}\n`)), /events\[0\]\.date: /],
	];
	it.each(cases)('%s', (name, text, message) => {
		const path = join(fx.dir, `${name.replace(/\W+/g, '-')}.json`);
		writeFileSync(path, text());
		const result = run(['--data', path, 'list', 'events']);
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr.startsWith(`crisis-explorer: ${path}: `)).toBe(true);
		expect(result.stderr).toMatch(message);
		expect(result.stderr.length).toBeLessThan(400);
		expect(result.stderr).not.toMatch(raw);
	});
});

// Check 6, the slow case: one 5 MB line. Before read.ts broke over-long lines
// this took about 180 s here (several per-line and per-sentence stages are
// quadratic in the length of a line); now 16–32 s on a busy 2-core machine,
// linear in size. The bound below is loose on purpose: it catches the
// quadratic return, not a slow machine.
import {spawnSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, expect, it} from 'vitest';
import {buildCli, cliPath, root} from '../cli/helpers.js';
import {openDir} from './helpers.js';

beforeAll(() => buildCli());

it('a file of one 5 MB line is ingested, the repair named, in bounded time', () => {
	const raw = join(root, 'data', 'raw');
	const seed = readFileSync(
		join(
			raw,
			readdirSync(raw)
				.filter(f => f.endsWith('.txt'))
				.sort()[0]!,
		),
		'utf8',
	).replaceAll('\n', ' ');
	const dir = openDir('ce-bigline-');
	mkdirSync(join(dir, 'in'));
	const text = seed.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(seed)));
	writeFileSync(join(dir, 'in', 'one-line.txt'), text);
	const started = Date.now();
	const result = spawnSync(process.execPath, [cliPath, 'ingest', join(dir, 'in'), '--out', join(dir, 'out.json')], {encoding: 'utf8', timeout: 150_000});
	const seconds = (Date.now() - started) / 1000;
	console.log(`5 MB single line: ${seconds.toFixed(1)} s`);
	expect(result.status, result.stderr).toBe(0);
	expect(result.stderr).toMatch(/^repaired one-line\.txt: 1 line longer than 10000 characters broken at sentence ends/m);
	expect(seconds).toBeLessThan(120);
	const dataset = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
	expect(dataset.articles[0].sentences.length).toBeGreaterThan(1000);
}, 160_000);

// A long export through a pipe whose reader is slower than the writer: stdout
// fills, the export waits for 'drain' again and again, and every wait must
// take its listeners with it (each used to leave a 'close' and an 'error'
// listener behind: MaxListenersExceededWarning after ten waits).
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildCli, cliPath, root} from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'ce-slow-'));
const big = join(work, 'big.json');
afterAll(() => rmSync(work, {recursive: true, force: true}));

// Reports stdout's listeners as the CLI exits (loaded before the CLI with --import).
const probe = `data:text/javascript,process.on('exit', () => process.stderr.write('listeners close=' + process.stdout.listenerCount('close') + ' error=' + process.stdout.listenerCount('error') + ' drain=' + process.stdout.listenerCount('drain') + '\\n'))`;
// Reads 4 KB every 2 ms: a pipe reader much slower than the export.
const slowReader = `node -e "process.stdin.pause(); let n = 0; const t = setInterval(() => { const c = process.stdin.read(4096); if (c) n += c.length; }, 2); process.stdin.on('end', () => { clearInterval(t); console.log(n); }); process.stdin.on('readable', () => {});"`;

function pipeline(args: string): {stdout: string; stderr: string; status: number | null} {
	const command = `set -o pipefail; node --import "${probe}" ${cliPath} ${args} | ${slowReader}`;
	const r = spawnSync('bash', ['-c', command], {cwd: root, encoding: 'utf8', timeout: 60_000});
	return {stdout: r.stdout, stderr: r.stderr, status: r.status};
}

beforeAll(() => {
	buildCli();
	// The bundled dataset twenty times over (articles renamed): about 1.5 MB of NDJSON,
	// a hundred times the pipe's buffer.
	const dataset = JSON.parse(readFileSync(join(root, 'data/dataset.json'), 'utf8')) as {
		articles: Array<{id: string; file: string; sentences: Array<{id: string; index: number}>}>;
	};
	const articles = [];
	for (let copy = 0; copy < 20; copy++) {
		for (const article of dataset.articles) {
			const id = copy === 0 ? article.id : `${article.id}-${copy}`;
			articles.push({...article, id, file: `${id}.txt`, sentences: article.sentences.map(s => ({...s, id: `${id}:${s.index}`}))});
		}
	}
	writeFileSync(big, JSON.stringify({...dataset, articles}));
}, 120_000);

describe('export through a slow reader', () => {
	it('waits for the reader without leaving listeners on stdout', () => {
		// What stdout carries with no backpressure at all: the baseline.
		const small = pipeline('list days --format ids');
		const baseline = /listeners .*/.exec(small.stderr)?.[0];
		expect(baseline).toMatch(/close=\d+ error=\d+ drain=0/);

		const r = pipeline(`export --format ndjson --data ${big}`);
		expect(r.status).toBe(0);
		expect(r.stderr).not.toMatch(/MaxListenersExceededWarning|memory leak/);
		expect(/listeners .*/.exec(r.stderr)?.[0]).toBe(baseline);
		// Everything arrived: a byte count far beyond one pipe buffer.
		expect(Number(r.stdout.trim())).toBeGreaterThan(1_000_000);
	}, 90_000);
});

// The benchmark still works end to end (corpus → ingest → search → list →
// PTY first frame) and writes every measure; its numbers are not checked here.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {PLANTS} from '../../bench/gen/targets.js';

const root = join(import.meta.dirname, '..', '..');

describe('bench corpus', () => {
	it('is deterministic for a seed and plants every target', () => {
		const a = mkdtempSync(join(tmpdir(), 'corpus-a-'));
		const b = mkdtempSync(join(tmpdir(), 'corpus-b-'));
		const sa = writeCorpus({articles: 40, out: a, seed: 7});
		writeCorpus({articles: 40, out: b, seed: 7});
		for (const f of sa.files) expect(readFileSync(join(a, f), 'utf8')).toBe(readFileSync(join(b, f), 'utf8'));
		const sizes = sa.files.map(f => Buffer.byteLength(readFileSync(join(a, f))));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3000);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(8000);
		const manifest = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8')) as Record<string, {published: string; outlet: string}>;
		expect(Object.keys(manifest).sort()).toEqual(
			readdirSync(a)
				.filter(f => f.endsWith('.txt'))
				.sort(),
		);
		for (const t of sa.targets) {
			expect(t.files.length).toBeGreaterThan(0);
			for (const f of t.files) expect(readFileSync(join(a, f), 'utf8')).toContain(t.planted);
		}
		// Reserved spellings appear nowhere but in their target articles.
		const stolt = PLANTS.find(p => p.name === 'stoltenberg-variant')!;
		const outside = sa.files.filter(f => !sa.targets[0]!.files.includes(f) && readFileSync(join(a, f), 'utf8').includes(stolt.planted));
		expect(outside).toEqual([]);
	});
});

describe('bench results', () => {
	it('go by default to an untracked file, not the recorded bench/results.json', () => {
		expect(readFileSync(join(root, 'bench/run.ts'), 'utf8')).toMatch(/option\('out'\) \?\? join\(root, 'bench', '\.cache', 'results\.json'\)/);
		expect(spawnSync('git', ['check-ignore', '-q', 'bench/.cache/results.json'], {cwd: root}).status).toBe(0);
	});
});

describe('bench smoke run', () => {
	it('writes every measure to results.json', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'results.json');
		const r = spawnSync(
			process.execPath,
			[join(root, 'node_modules/tsx/dist/cli.mjs'), 'bench/run.ts', '--smoke', '--sizes', '1000', '--no-build', '--out', out],
			{cwd: root, encoding: 'utf8', timeout: 400_000},
		);
		expect(r.stderr).not.toMatch(/bench failed/);
		expect(r.status).toBe(0);
		// It says how long it will take, and how long it took.
		expect(r.stderr).toMatch(/estimated \d+ (s|min) \(from /);
		expect(r.stderr).toMatch(/done in \d+ (s|min)/);
		const results = JSON.parse(readFileSync(out, 'utf8'));
		expect(results.elapsedMs).toBeGreaterThan(0);
		expect(results.machine.nproc).toBeGreaterThan(0);
		expect(results.firstFrameBundled.ms).toBeGreaterThan(0);
		expect(results.firstFrameBundled.ratio).toBeGreaterThan(0);
		// Both layouts: the one-file JSON dataset and the dataset directory.
		const json = results.sizes['1000'].json;
		expect(json.ingest.articlesPerSecond).toBeGreaterThan(0);
		expect(json.search.ours.p95).toBeGreaterThan(0);
		expect(json.search.fuse.p95).toBeGreaterThan(0);
		expect(json.quality.queries).toHaveLength(PLANTS.length);
		expect(json.listCursor.selectList.length).toBe(100_000);
		expect(json.listCursor.explorer.length).toBeGreaterThan(0);
		expect(json.cursor.moves).toBe(30);
		expect(json.firstFrame.ms).toBeGreaterThan(0);
		expect(json.memory.explorerPeakRssMb).toBeGreaterThan(0);
		expect(json.memory.ingestPeakRssMb).toBeGreaterThan(0);
		const dir = results.sizes['1000'].dir;
		expect(dir.ingest.articles).toBe(json.ingest.articles);
		expect(dir.ingest.oneCore.articlesPerSecond).toBeGreaterThan(0);
		expect(dir.ingest.allCores.ms).toBeGreaterThan(0);
		expect(dir.search.ours.p95).toBeGreaterThan(0);
		expect(dir.search.fuse.count).toBeGreaterThan(0);
		expect(dir.search.sentences).toBe(json.search.sentences);
		expect(dir.quality.queries).toHaveLength(PLANTS.length);
		expect(dir.cursor.items).toBeGreaterThan(0);
		expect(dir.firstFrame.ms).toBeGreaterThan(0);
		expect(r.stdout).toContain('1000 dir');
		expect(r.stdout).toContain('first frame (PTY)');
		// Issue 21: the references of the same run and a row per measure of its table, with the load.
		expect(json.references.floor.articlesPerSecond).toBeGreaterThan(0);
		expect(json.references.skeleton.articlesPerSecond).toBeGreaterThan(0);
		expect(json.search.ufuzzy.p95).toBeGreaterThan(0);
		expect(json.searchPty.keys).toBeGreaterThan(0);
		expect(results.firstFrameBundled.bareInkMs).toBeGreaterThan(0);
		expect(results.echo.cursor.moves).toBe(30);
		expect(results.loadAtStart).toHaveLength(3);
		const measures = new Set(results.issue21.map((row: {measure: string}) => row.measure));
		for (const m of ['ingest, one core', 'event linking', 'search: key → frame p95 (PTY)', 'cursor move: CPU per key', 'first frame, bundled data'])
			expect(measures).toContain(m);
		expect(r.stdout).toMatch(/issue 21: load average/);
	}, 420_000);
});

// A short ingest lets V8 optimise later (source/ingest/jit.ts): parseFiles asks
// for it only when its look-ahead shows fewer articles than shortIngestUnits
// gives for the cores this process has, and it parses them in this thread. The rule is what is tested here (the
// speed it buys is measured in BENCHMARKS.md, not in tests).
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

const tuned = vi.hoisted(() => ({count: 0}));
vi.mock('../../source/ingest/jit.js', async importOriginal => {
	const actual = await importOriginal<typeof import('../../source/ingest/jit.js')>();
	return {
		...actual,
		tuneCompilerForShortIngest: () => {
			tuned.count++;
		},
	};
});

const {parseFiles} = await import('../../source/ingest/parallel.js');
const {SHORT_INGEST_UNITS, SHORT_INGEST_UNITS_ONE_CORE, shortIngestUnits} = await import('../../source/ingest/jit.js');
// The limit for the cores this test runs on (one when pinned, as the bench pins its ingest).
const below = shortIngestUnits(availableParallelism());

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'ce-short-'));
	tuned.count = 0;
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

function folder(n: number): string[] {
	const files: string[] = [];
	for (let i = 0; i < n; i++) {
		const f = `${String(i).padStart(4, '0')}.txt`;
		writeFileSync(join(dir, f), 'عنوان الخبر\n\nقال المتحدث إن الاجتماع عقد في بروكسل يوم الاثنين.\n');
		files.push(f);
	}
	return files;
}

async function first(files: string[], jobs?: number): Promise<void> {
	for await (const _ of parseFiles(dir, files, {manifest: {}, jobs})) break;
}

describe('short ingest', () => {
	it('is short below 500 articles with two cores or more, below 2,000 with one', () => {
		expect(shortIngestUnits(2)).toBe(SHORT_INGEST_UNITS);
		expect(shortIngestUnits(16)).toBe(500);
		expect(shortIngestUnits(1)).toBe(SHORT_INGEST_UNITS_ONE_CORE);
		expect(SHORT_INGEST_UNITS_ONE_CORE).toBe(2000);
	});

	it('is asked for below the limit for articles parsed in this thread, by default and with --jobs 1', async () => {
		await first(folder(3));
		expect(tuned.count).toBe(1);
		await first(folder(below - 1), 1);
		expect(tuned.count).toBe(2);
	});

	it('is not asked for at the limit or more, even with --jobs 1', async () => {
		await first(folder(below), 1);
		expect(tuned.count).toBe(0);
	});

	it('is not asked for when the articles are parsed in workers', async () => {
		await first(folder(4), 2);
		expect(tuned.count).toBe(0);
	});
});

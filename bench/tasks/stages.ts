// Child process: what a parse worker of a directory ingest does per article
// (parallel.ts parseUnit), stage by stage, in one thread: read and decode the
// file, parse it, find its event mentions, prepare its directory row, write
// the row to a spill file. Over the corpus's first N articles, P passes; the
// first pass warms the code up, and each stage's figure is its least time over
// the others. Prints one JSON line.
//
// Run as it is (tsx) for times, or bundled and under valgrind by
// bench/instructions.ts, which counts what it executes: on a machine whose
// speed varies from minute to minute, instructions are what a change of a
// few percent can be measured by.
//
// argv: corpusDir articles passes
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {prepareDirectoryArticle} from '../../source/ingest/directory-prepare.js';
import {fileId} from '../../source/ingest/input/ids.js';
import {readUnit} from '../../source/ingest/input/read-unit.js';
import {tuneCompilerForIngest} from '../../source/ingest/jit.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {manifestFor} from '../../source/ingest/parallel.js';
import {articleMentions, parseArticle} from '../../source/ingest/pipeline.js';
import type {Token} from '../../source/arabic/gazetteer.js';
import {readManifest} from '../../source/ingest/run.js';
import {SpillWriter} from '../../source/ingest/spill-files.js';

// As `crisis-explorer ingest` does before its first article.
tuneCompilerForIngest();

const [dir, articlesArg, passesArg] = process.argv.slice(2) as [string, string | undefined, string | undefined];
const lex = loadLexicons();
const manifest = readManifest(join(dir, 'manifest.json'));
const files = readdirSync(dir)
	.filter(f => f.endsWith('.txt'))
	.sort()
	.slice(0, Number(articlesArg ?? 1000));
const passes = Math.max(1, Number(passesArg ?? 4));
const STAGES = ['read', 'parse', 'mentions', 'prepare', 'spill'] as const;
type Times = Record<(typeof STAGES)[number] | 'total', number>;

const spillDir = mkdtempSync(join(tmpdir(), 'ce-stages-'));
const rounds: Times[] = [];
try {
	for (let pass = 0; pass < passes; pass++) {
		const spill = new SpillWriter(spillDir, pass + 1);
		const t: Times = {read: 0, parse: 0, mentions: 0, prepare: 0, spill: 0, total: 0};
		const start = performance.now();
		let mark = start;
		/** Adds the time since the last lap to the stage's. */
		const lap = (stage: (typeof STAGES)[number]) => {
			const now = performance.now();
			t[stage] += now - mark;
			mark = now;
		};
		for (const file of files) {
			const unit = {kind: 'file' as const, file, id: fileId(file)};
			mark = performance.now();
			const read = await readUnit(dir, unit);
			lap('read');
			if (!read.ok) throw new Error(`${file}: ${read.reason}`);
			const normalised: string[] = [];
			const tokens: Token[][] = [];
			const article = parseArticle(read.article, manifestFor(manifest, unit), lex, normalised, tokens);
			lap('parse');
			const mentions = articleMentions(article, lex, tokens);
			lap('mentions');
			const prepared = prepareDirectoryArticle(article, lex, mentions, normalised);
			lap('prepare');
			spill.write(prepared);
			lap('spill');
		}
		spill.close();
		t.total = performance.now() - start;
		rounds.push(t);
	}
} finally {
	rmSync(spillDir, {recursive: true, force: true});
}
const warm = rounds.length > 1 ? rounds.slice(1) : rounds;
const least = Object.fromEntries((['total', ...STAGES] as const).map(k => [k, Math.round(Math.min(...warm.map(r => r[k])) * 10) / 10]));
process.stdout.write(`${JSON.stringify({articles: files.length, passes, msLeast: least})}\n`);

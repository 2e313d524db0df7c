// The dataset a generated corpus of 1,000 articles gives, kept as digests
// (tests/fixtures/golden/generated-1k.json), so that work on the ingest's fast
// paths (#21) cannot change what it extracts without saying so: every
// article's JSON, each other section of the dataset, and the whole file. The
// seeds' guard is data/dataset.json itself (reproducible.test.ts).
//
// An intended change (a new extractor, a fixed rule, a lexicon entry) is
// recorded with `npm run golden`, and the diff of the fixture names the
// articles it changed. The fixture also holds the corpus's own digest: when
// the generator or the lexicon it draws on changes, the corpus is another one
// and the test says so instead of blaming the pipeline.
import {createHash} from 'node:crypto';
import {mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {DEFAULT_SEED, writeCorpus} from '../../bench/corpus.js';
import {ingestFolder, serializeDataset} from '../../source/ingest/run.js';

export const GOLDEN_PATH = join(import.meta.dirname, '..', 'fixtures', 'golden', 'generated-1k.json');
export const GOLDEN_ARTICLES = 1000;

export type Golden = {
	corpus: {articles: number; seed: number; sha256: string};
	dataset: {sha256: string; bytes: number};
	/** Top-level sections other than articles: key → digest of its JSON. */
	sections: Record<string, string>;
	/** Article id → digest of its JSON (16 hex digits: enough to tell a change). */
	articles: Record<string, string>;
};

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Digest of a corpus folder: every file's name and bytes, in name order. */
function corpusDigest(dir: string): string {
	const h = createHash('sha256');
	for (const f of readdirSync(dir).sort())
		h.update(f)
			.update('\0')
			.update(readFileSync(join(dir, f)))
			.update('\0');
	return h.digest('hex');
}

/** Generates the corpus, ingests it as the CLI does (parse workers, `jobs` 2) and digests the dataset. */
export async function goldenOfGenerated(): Promise<Golden> {
	const dir = mkdtempSync(join(tmpdir(), 'ce-golden-'));
	try {
		writeCorpus({articles: GOLDEN_ARTICLES, out: dir, seed: DEFAULT_SEED});
		const corpus = corpusDigest(dir);
		const {dataset, texts} = await ingestFolder(dir, {manifestPath: join(dir, 'manifest.json'), jobs: 2});
		const text = serializeDataset(dataset, texts);
		const json = JSON.parse(text) as Record<string, unknown> & {articles: Array<{id: string}>};
		const sections: Record<string, string> = {};
		for (const [key, value] of Object.entries(json)) if (key !== 'articles') sections[key] = sha(JSON.stringify(value)).slice(0, 16);
		const articles: Record<string, string> = {};
		for (const a of json.articles) articles[a.id] = sha(JSON.stringify(a)).slice(0, 16);
		return {
			corpus: {articles: GOLDEN_ARTICLES, seed: DEFAULT_SEED, sha256: corpus},
			dataset: {sha256: sha(text), bytes: Buffer.byteLength(text)},
			sections,
			articles,
		};
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

export function readGolden(): Golden {
	return JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as Golden;
}

/** What differs between two goldens, in a few lines a person can act on. */
export function goldenDiff(want: Golden, got: Golden): string[] {
	const out: string[] = [];
	const ids = new Set([...Object.keys(want.articles), ...Object.keys(got.articles)]);
	const changed = [...ids].filter(id => want.articles[id] !== got.articles[id]).sort();
	if (changed.length) out.push(`${changed.length} article(s) changed: ${changed.slice(0, 8).join(', ')}${changed.length > 8 ? ', …' : ''}`);
	const keys = new Set([...Object.keys(want.sections), ...Object.keys(got.sections)]);
	const sections = [...keys].filter(k => want.sections[k] !== got.sections[k]).sort();
	if (sections.length) out.push(`section(s) changed: ${sections.join(', ')}`);
	if (!out.length && want.dataset.sha256 !== got.dataset.sha256)
		out.push(`the file's bytes changed (${want.dataset.bytes} → ${got.dataset.bytes} bytes) with every part the same: its layout changed`);
	return out;
}

// `npm run golden`: record the dataset the pipeline gives now.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
	const golden = await goldenOfGenerated();
	let before: Golden | undefined;
	try {
		before = readGolden();
	} catch {}
	const tmp = `${GOLDEN_PATH}.tmp`;
	writeFileSync(tmp, `${JSON.stringify(golden, null, 1)}\n`);
	renameSync(tmp, GOLDEN_PATH);
	const diff = before ? goldenDiff(before, golden) : ['(no earlier golden)'];
	process.stdout.write(`${GOLDEN_PATH}: ${diff.length ? diff.join('; ') : 'unchanged'}\n`);
}

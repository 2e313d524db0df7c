// A dataset directory (dataset/directory/layout.ts): an article's sentences
// are its line of articles.ndjson, found through its head's offset and length.
// A save appends the changed articles' new lines to articles.ndjson and then
// replaces the heads (heads.bin, or meta.json for layout 1) atomically with
// offsets pointing at them. Until that rename every old offset still points
// at an intact old line, so a kill at any moment leaves a directory that
// opens, with or without the last save; rewriting articles.ndjson instead
// would need two renames, and a kill between them would leave heads that
// point into the wrong file. The old lines stay as dead bytes (an article is
// rewritten about once a run: sentences are translated in article order).
// Nothing else in the directory changes: postings, events and the search
// index do not hold sentence text.
import {closeSync, existsSync, fstatSync, fsyncSync, mkdtempSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import type {Article, Translation} from '../dataset/schema.js';
import {DataError} from '../errors.js';
import {ARTICLES_FILE, EVENT_LIST_FILE, META_FILE, type DirectoryMeta} from '../dataset/directory/layout.js';
import {createSearchIndexBuilder, SEARCH_FILE, SEARCH_META_FILE} from '../search/stored-index.js';
import {searchText} from '../search/normalise-text.js';
import {HEAD_WIDTH, HEADS_BIN, readHeads} from '../dataset/directory/heads.js';
import {readJson} from '../util/read-json.js';
import {sealedMetaText, sumOfFile} from '../dataset/directory/checksum.js';
import {writeFileAtomic} from './atomic.js';
import type {StoredSentence, TranslationStore} from './store.js';

type Heads = {ids: string[]; offset(n: number): number; length(n: number): number; move(n: number, offset: number, length: number): void; write(): void};

function openHeads(dir: string, meta: DirectoryMeta): Heads {
	if (Array.isArray(meta.articles)) {
		// Layout 1: heads are meta.json's articles.
		const heads = meta.articles;
		return {
			ids: heads.map(h => h.id),
			offset: n => heads[n]!.offset,
			length: n => heads[n]!.length,
			move(n, offset, length) {
				heads[n]!.offset = offset;
				heads[n]!.length = length;
			},
			write: () => writeFileAtomic(join(dir, META_FILE), sealedMetaText(meta)),
		};
	}
	const count = meta.articleCount ?? 0;
	const ids = readHeads(dir, count).field('id') as string[];
	const bin = readFileSync(join(dir, HEADS_BIN));
	const nums = new Float64Array(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));
	return {
		ids,
		offset: n => nums[n * HEAD_WIDTH + 2]!,
		length: n => nums[n * HEAD_WIDTH + 3]!,
		move(n, offset, length) {
			nums[n * HEAD_WIDTH + 2] = offset;
			nums[n * HEAD_WIDTH + 3] = length;
		},
		write: () => writeFileAtomic(join(dir, HEADS_BIN), new Uint8Array(nums.buffer)),
	};
}

export function directoryStore(dir: string): TranslationStore {
	const meta = readJson<DirectoryMeta>(join(dir, META_FILE), 'the dataset directory');
	const heads = openHeads(dir, meta);
	const articleNumber = new Map(heads.ids.map((id, n) => [id, n]));
	const path = join(dir, ARTICLES_FILE);
	const changes = new Map<number, Map<number, Translation>>();
	let saved = false;

	// One descriptor for the run: appends go to the same file, so it reads the new lines too.
	let fd: number | undefined;
	const readArticle = (n: number): Article => {
		try {
			fd ??= openSync(path, 'r');
			const bytes = Buffer.alloc(heads.length(n));
			readSync(fd, bytes, 0, bytes.length, heads.offset(n));
			return JSON.parse(bytes.toString('utf8')) as Article;
		} catch (error) {
			throw new DataError(`${path}: article ${heads.ids[n]!} at byte ${heads.offset(n)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
		}
	};

	return {
		*sentences(): Iterable<StoredSentence> {
			for (let n = 0; n < heads.ids.length; n++) {
				const article = readArticle(n);
				for (const s of article.sentences) yield {id: s.id, text: s.text, from: article.language ?? 'ar', translation: s.translation};
			}
		},
		set(id, translation) {
			const cut = id.lastIndexOf(':');
			const n = articleNumber.get(id.slice(0, cut));
			if (n === undefined) return;
			const index = Number(id.slice(cut + 1));
			let map = changes.get(n);
			if (!map) changes.set(n, (map = new Map()));
			map.set(index, translation);
		},
		save() {
			if (changes.size === 0) return false;
			const lines: Array<[number, Buffer]> = [];
			for (const [n, translations] of [...changes].sort((a, b) => a[0] - b[0])) {
				const article = readArticle(n);
				for (const [index, translation] of translations) {
					const sentence = article.sentences[index];
					if (sentence) sentence.translation = translation;
				}
				lines.push([n, Buffer.from(`${JSON.stringify(article)}\n`, 'utf8')]);
			}
			let out: number | undefined;
			try {
				out = openSync(path, 'a');
				let at = fstatSync(out).size;
				for (const [n, line] of lines) {
					writeSync(out, line);
					heads.move(n, at, line.length);
					at += line.length;
				}
				fsyncSync(out);
			} catch (error) {
				throw new DataError(`${path}: cannot append: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
			} finally {
				if (out !== undefined) closeSync(out);
			}
			// Layout 3 keeps each file's size and checksum in meta.json: the new ones go there too, after the
			// heads (for layout 1, whose heads are meta.json's own, with them). A kill between the append and
			// the last write leaves a directory whose sums disagree: reading it then says it is damaged, and
			// running translate again (which reads without the sums) writes them right.
			const sums = meta.layoutVersion >= 3 ? meta.files : undefined;
			if (sums) sums[ARTICLES_FILE] = sumOfFile(path);
			heads.write();
			if (sums && !Array.isArray(meta.articles)) {
				sums[HEADS_BIN] = sumOfFile(join(dir, HEADS_BIN));
				writeFileAtomic(join(dir, META_FILE), sealedMetaText(meta));
			}
			changes.clear();
			saved = true;
			return true;
		},
		finish() {
			// The stored word index (search.bin) was built at ingest from the Arabic alone: rebuilt with each
			// sentence's translation beside its text, so English words find translated sentences in a
			// directory as they do in a JSON dataset (search/records.ts). Once per run that saved something.
			if (!saved || Array.isArray(meta.articles) || !existsSync(join(dir, EVENT_LIST_FILE))) return;
			const search = createSearchIndexBuilder();
			for (let n = 0; n < heads.ids.length; n++) {
				const article = readArticle(n);
				search.addArticle(article);
				for (const s of article.sentences)
					search.addSentenceNorm(s.translation?.text ? `${searchText(s.text)} ${searchText(s.translation.text)}` : searchText(s.text));
			}
			const events = JSON.parse(readFileSync(join(dir, EVENT_LIST_FILE), 'utf8')) as Array<{label: string; labelAr?: string | null; type: string}>;
			const temp = mkdtempSync(join(dir, '.search-'));
			try {
				search.write(temp, events);
				for (const file of [SEARCH_FILE, SEARCH_META_FILE]) renameSync(join(temp, file), join(dir, file));
			} finally {
				rmSync(temp, {recursive: true, force: true});
			}
			const sums = meta.layoutVersion >= 3 ? meta.files : undefined;
			if (sums) {
				for (const file of [SEARCH_FILE, SEARCH_META_FILE]) sums[file] = sumOfFile(join(dir, file));
				writeFileAtomic(join(dir, META_FILE), sealedMetaText(meta));
			}
		},
	};
}

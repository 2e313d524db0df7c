// Issue 21's acceptance check for the event-mention stage: the fast path
// (one character pass and one lookup per word, early exit for sentences
// without a trigger word, per-sentence work hoisted out of the per-trigger
// loop) gives exactly the mentions of the plain implementation it replaced
// (mentions-reference.ts, main at c220436), on the seeds, the event and crisis
// fixtures, a generated corpus, and random sentences made of trigger words,
// status and outcome words, names, dates, numbers, punctuation and filler. The
// comparison is of the JSON text, so key order counts as the dataset's does.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import type {Article} from '../../source/dataset/schema.js';
import {sentenceMentions, sinceBefore} from '../../source/ingest/events/mentions.js';
import {clauseBreaks} from '../../source/ingest/events/breaks.js';
import {eventWords, plainWords, readKnown, readTokens, readWords, stemStart, type Words} from '../../source/ingest/events/tokens.js';
import {tokenize} from '../../source/arabic/gazetteer.js';
import {compileEvents, findTriggers, scannerOf, withSteps} from '../../source/ingest/events/triggers.js';
import {mergeDiscovered} from '../../source/ingest/extract/discover/corpus.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {parseFiles} from '../../source/ingest/parallel.js';
import {articleMentions, type Lexicons} from '../../source/ingest/pipeline.js';
import {inputFiles, readManifest} from '../../source/ingest/run.js';
import {eventLexicons, sentenceOf} from '../ingest/event-lexicon.js';
import * as ref from './mentions-reference.js';

/** Articles of a folder, parsed and merged as buildDataset takes them. */
async function parsedArticles(dir: string, manifestPath: string | null, lex: Lexicons): Promise<Article[]> {
	const manifest = manifestPath ? readManifest(manifestPath) : {};
	const input = inputFiles(dir);
	const parsed: Article[] = [];
	for await (const o of parseFiles(input.dir, input.files, {manifest, jobs: 1, lexicons: lex})) if (o.ok) parsed.push(o.article);
	return mergeDiscovered(parsed.sort((a, b) => a.id.localeCompare(b.id)));
}

/** Every sentence's mentions by both implementations; returns how many mentions there were. */
function compareArticles(articles: Article[], lex: Lexicons): number {
	let n = 0;
	for (const a of articles) {
		for (const [i, s] of a.sentences.entries()) {
			const context = {article: a.id, order: i, published: a.published};
			const fast = JSON.stringify(sentenceMentions(s, context, lex.events, lex.world));
			const plain = JSON.stringify(ref.sentenceMentions(s, context, lex.events, lex.world));
			if (fast !== plain) expect(fast, `${s.id}: ${s.text}`).toBe(plain);
			n += JSON.parse(plain).length;
		}
	}
	return n;
}

let lex: Lexicons;
let generated: string;
beforeAll(() => {
	lex = loadLexicons();
	generated = mkdtempSync(join(tmpdir(), 'mentions-diff-'));
	writeCorpus({articles: 40, out: generated, seed: 421});
});
afterAll(() => rmSync(generated, {recursive: true, force: true}));

describe('sentenceMentions against the plain implementation', () => {
	it('the seeds', async () => {
		expect(compareArticles(await parsedArticles('data/raw', 'data/raw/manifest.json', lex), lex)).toBeGreaterThan(20);
	}, 60_000);

	for (const fixture of ['events', 'crisis', 'crisis-b', 'crisis2']) {
		it(`tests/fixtures/${fixture}`, async () => {
			const dir = `tests/fixtures/${fixture}`;
			const manifest = inputFiles(dir).files.includes('manifest.json') ? `${dir}/manifest.json` : null;
			const articles = await parsedArticles(dir, manifest, lex);
			expect(compareArticles(articles, lex)).toBeGreaterThan(0);
			// The event tests' lexicon (names of Sudan, the Caucasus…) finds more.
			expect(compareArticles(articles, eventLexicons().lex)).toBeGreaterThan(0);
		}, 60_000);
	}

	it('a generated corpus', async () => {
		expect(compareArticles(await parsedArticles(generated, join(generated, 'manifest.json'), lex), lex)).toBeGreaterThan(200);
	}, 120_000);

	it("an article's mentions as a parse finds them (the words read off the first pass's tokens) are each sentence's by the plain implementation", async () => {
		const input = inputFiles(generated);
		const manifest = readManifest(join(generated, 'manifest.json'));
		let n = 0;
		for await (const o of parseFiles(input.dir, input.files, {manifest, jobs: 1, lexicons: lex})) {
			if (!o.ok) continue;
			const a = o.article;
			const plain = a.sentences.flatMap((s, i) => ref.sentenceMentions(s, {article: a.id, order: i, published: a.published}, lex.events, lex.world));
			if (JSON.stringify(o.mentions) !== JSON.stringify(plain)) expect(JSON.stringify(o.mentions), a.id).toBe(JSON.stringify(plain));
			n += plain.length;
		}
		expect(n).toBeGreaterThan(200);
	}, 120_000);

	it("an article's mentions as ingest finds them (one scanner per article, the shared words) are each sentence's by the plain implementation", async () => {
		let n = 0;
		for (const a of await parsedArticles(generated, join(generated, 'manifest.json'), lex)) {
			const plain = a.sentences.flatMap((s, i) => ref.sentenceMentions(s, {article: a.id, order: i, published: a.published}, lex.events, lex.world));
			const fast = articleMentions(a, lex);
			if (JSON.stringify(fast) !== JSON.stringify(plain)) expect(JSON.stringify(fast), a.id).toBe(JSON.stringify(plain));
			n += plain.length;
		}
		expect(n).toBeGreaterThan(200);
	}, 120_000);
});

// Words the random sentences are made of, from the bundled lexicons.
function vocabulary(l: Lexicons) {
	const ev = l.events;
	const triggers = ev.types.flatMap(t => t.subtypes.flatMap(s => [...s.triggers, ...(s.past ?? []), ...(s.future ?? [])]));
	const status = Object.values(ev.status).flatMap(v => (Array.isArray(v) ? v : []));
	const outcomes = Object.values(ev.outcomes ?? {}).flatMap(v => (Array.isArray(v) ? v : []));
	const small = [...(ev.topicWords ?? []), ...(ev.placeWords ?? []), ...(ev.placeNouns ?? []), ...(ev.targetPlaceWords ?? []), ...ev.participantSeparators];
	const names = [
		...l.entities.files.places.flatMap(p => [p.nameAr, ...p.aliases]),
		...l.entities.files.organizations.flatMap(o => [o.nameAr, ...o.aliases]),
		...l.entities.files.actors.flatMap(a => [a.nameAr, ...a.aliases]),
	].filter(w => /[\u0600-\u06ff]/u.test(w));
	const filler = [
		'قال',
		'وأضاف',
		'أن',
		'الذي',
		'يوم',
		'الأحد',
		'أمس',
		'غدا',
		'منذ',
		'عام 2019',
		'12 يناير',
		'يومي 12 و13 يناير',
		'لكن',
		'في وقت سابق',
		'في وقت',
		'في  وقت لاحق',
		'وفقًا',
		'غير أن',
		'نقلا عن',
		'ثم',
		'بينما',
		'؛',
		' ',
		'في حين',
		'حسبما',
		'خلال',
		'على هامش',
		'عقب',
		'زيارته',
		'اجتماعه',
		'مدينة',
		'إلى',
		'من',
		'بين',
		'مع',
		'و',
		'ب',
		'ال',
		'لل',
		'قتيلا',
		'30',
		'شخصا',
		'جنديا',
		'٣',
		'ساعات',
	];
	const punct = ['،', '.', ':', '؛', ' - ', '«', '»', '(', ')', '\n', '؟'];
	return {triggers, cues: [...status, ...outcomes], small, names, filler, punct};
}

describe('random sentences', () => {
	it('mentions of sentences made of trigger, cue and topic words, names, dates and filler', () => {
		const l = eventLexicons().lex;
		const v = vocabulary(l);
		const word = fc.oneof(
			{weight: 4, arbitrary: fc.constantFrom(...v.triggers)},
			{weight: 2, arbitrary: fc.constantFrom(...v.cues)},
			{weight: 2, arbitrary: fc.constantFrom(...v.small)},
			{weight: 4, arbitrary: fc.constantFrom(...v.names)},
			{weight: 4, arbitrary: fc.constantFrom(...v.filler)},
			{weight: 2, arbitrary: fc.constantFrom(...v.punct)},
		);
		// A proclitic glued on, harakat inside a word, a hamza written bare: the tokenizer's folds.
		const piece = fc
			.tuple(fc.constantFrom('', '', '', 'و', 'ف', 'ب', 'ل', 'وال', 'لل', 'بال'), word, fc.constantFrom('', '', '', '\u064e', '\u0651', 'ـ'))
			.map(([p, w, h]) => {
				const at = Math.min(w.length, 2);
				return p + w.slice(0, at) + h + w.slice(at);
			});
		const sentence = fc.array(piece, {minLength: 1, maxLength: 24}).map(ws => ws.join(' '));
		const published = fc.constantFrom<string | null>('2022-01-12', '2023-05-10', null);
		fc.assert(
			fc.property(sentence, published, (text, pub) => {
				const s = sentenceOf(text, pub, l);
				const context = {article: 't', order: 3, published: pub};
				expect(JSON.stringify(sentenceMentions(s, context, l.events, l.world))).toBe(JSON.stringify(ref.sentenceMentions(s, context, l.events, l.world)));
			}),
			{numRuns: 400, seed: 2112},
		);
	}, 120_000);

	it('triggers found in any text, with presentation forms, surrogates and mixed scripts', () => {
		const l = eventLexicons().lex;
		const v = vocabulary(l);
		const odd = fc.constantFrom('ﻻ', 'ﷲ', '½', '𝟏', '😀', 'ﺍﻟ', 'Ａ', '٣', 'ی', 'ک', 'إ', 'آ', '\u0670', '\u200f', 'x', ' ');
		const text = fc
			.tuple(fc.array(fc.oneof(fc.constantFrom(...v.triggers, ...v.cues), odd, fc.string({maxLength: 4})), {maxLength: 16}), fc.constantFrom(' ', ''))
			.map(([ws, sep]) => ws.join(sep));
		fc.assert(
			fc.property(text, t => {
				expect(JSON.stringify(findTriggers(t, l.events))).toBe(JSON.stringify(ref.findTriggers(t, l.events)));
			}),
			{numRuns: 600, seed: 77},
		);
	});

	it('words and stem offsets of any text', () => {
		const text = fc
			.array(fc.oneof(fc.string({unit: 'grapheme', maxLength: 6}), fc.constantFrom('وال', 'ﻻ', 'أُ', '\u064b', '½', '٣٤', '😀a', 'ـ')), {maxLength: 12})
			.map(ws => ws.join(''));
		fc.assert(
			fc.property(text, t => {
				const fast = eventWords(t);
				const plain = ref.eventWords(t);
				expect(fast.records().map(k => [k.norm, k.start, k.end])).toEqual(plain.tokens.map(k => [k.norm, k.start, k.end]));
				for (const [i, k] of fast.records().entries()) {
					for (let skip = 0; skip < k.norm.length; skip++) expect(stemStart(fast, i, skip)).toBe(ref.stemStart(plain, plain.tokens[i]!, skip));
				}
			}),
			{numRuns: 1000, seed: 5},
		);
	});
});

/** A Words as plain records: each word's span, norm and flags. */
function wordRecords(w: Words): Array<[number, number, string, number]> {
	const out: Array<[number, number, string, number]> = [];
	for (let k = 0; k < w.count; k++) out.push([w.starts[k]!, w.ends[k]!, w.norm(k), w.flags![k]!]);
	return out;
}

describe('event words read off the gazetteer tokens', () => {
	it('readTokens gives what readKnown gives, or declines and leaves the sentence to it', () => {
		const l = eventLexicons().lex;
		const v = vocabulary(l);
		const scanner = scannerOf(compileEvents(l.events), l.world);
		// Words, and units the two readers might split differently: harakat and tatweel at either end of a
		// word or alone, joiners and direction marks (dropped here, separators to tokenize), presentation
		// forms, folds into several units (½, ㎏), surrogates, digits, Latin, odd spaces and punctuation.
		const unit = fc.constantFrom(
			'\u064e',
			'\u0651',
			'\u0670',
			'ـ',
			'\u200c',
			'\u200d',
			'\u200f',
			'\u00ad',
			'ﻻ',
			'ﷲ',
			'½',
			'㎏',
			'²',
			'😀',
			'𝟏',
			'٣',
			'7',
			'x',
			'É',
			'\u00a0',
			'\u2003',
			'\t',
			'\n',
			'،',
			'.',
			'-',
			'«',
			"'",
		);
		const word = fc.oneof(
			{weight: 4, arbitrary: fc.constantFrom(...v.triggers, ...v.cues, ...v.names, ...v.filler)},
			{weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 4})},
		);
		const piece = fc
			.tuple(fc.constantFrom('', '', '', '', 'و', 'بال'), word, fc.oneof({weight: 6, arbitrary: fc.constant('')}, {weight: 1, arbitrary: unit}))
			.map(([p, w, u]) => {
				const at = Math.min(w.length, 2);
				return p + w.slice(0, at) + u + w.slice(at);
			});
		const text = fc
			.array(fc.tuple(piece, fc.oneof({weight: 6, arbitrary: fc.constant(' ')}, {weight: 1, arbitrary: unit})), {minLength: 1, maxLength: 16})
			.map(ps => ps.map(([p, s]) => p + s).join(''));
		let read = 0;
		let declined = 0;
		fc.assert(
			fc.property(text, t => {
				const any = readTokens(t, tokenize(t), scanner.table, scanner.miss);
				if (any < 0) {
					declined++;
					return;
				}
				read++;
				const got = wordRecords(readWords());
				expect(readKnown(t, scanner.table, scanner.miss)).toBe(any);
				expect(got).toEqual(wordRecords(readWords()));
			}),
			{numRuns: 3000, seed: 23},
		);
		// Both kinds of sentence came up: the check cannot pass by declining every one.
		expect(read).toBeGreaterThan(1000);
		expect(declined).toBeGreaterThan(100);
	});

	it('an id a form remembers is not read once the table is emptied, nor from another table', async () => {
		const {WordTable} = await import('../../source/ingest/events/word-table.js');
		const text = 'اجتماع وزراء الخارجية في بروكسل';
		const tokens = tokenize(text);
		const miss = (raw: string) => ({norm: `${raw}!`});
		const first = new WordTable<{norm: string}>();
		expect(readTokens(text, tokens, first, miss)).toBe(0);
		const norms = () => wordRecords(readWords()).map(r => r[2]);
		expect(norms()).toEqual(['اجتماع!', 'وزراء!', 'الخارجية!', 'في!', 'بروكسل!']);
		// The table filled past its bound with other words and emptied: the forms look their words up again.
		for (let k = 0; k < 1 << 16; k++) first.add(`w${k}`, k, {norm: `w${k}`});
		readTokens(text, tokens, first, raw => ({norm: `${raw}#`}));
		expect(norms()).toEqual(['اجتماع#', 'وزراء#', 'الخارجية#', 'في#', 'بروكسل#']);
		// Another table, where the same words have other ids and values.
		const second = new WordTable<{norm: string}>();
		second.add('x', 1, {norm: 'x?'});
		readTokens(text, tokens, second, raw => ({norm: `${raw}?`}));
		expect(norms()).toEqual(['اجتماع?', 'وزراء?', 'الخارجية?', 'في?', 'بروكسل?']);
	});

	it('every sentence of a generated corpus is read off its tokens, with the words readKnown reads', async () => {
		const l = loadLexicons();
		const scanner = scannerOf(compileEvents(l.events), l.world);
		let words = 0;
		for (const a of await parsedArticles(generated, join(generated, 'manifest.json'), l)) {
			for (const s of a.sentences) {
				expect(readTokens(s.text, tokenize(s.text), scanner.table, scanner.miss)).toBe(readKnown(s.text, scanner.table, scanner.miss));
				const known = wordRecords(readWords());
				readTokens(s.text, tokenize(s.text), scanner.table, scanner.miss);
				expect(wordRecords(readWords())).toEqual(known);
				words += known.length;
			}
		}
		expect(words).toBeGreaterThan(1000);
	}, 120_000);
});

describe('clause breaks', () => {
	it('the regex runs only where a flagged word or ؛/; may open a break: same breaks as the regex over every sentence', () => {
		const l = eventLexicons().lex;
		const scanner = scannerOf(compileEvents(l.events), l.world);
		// Break words whole and cut, with what may follow them (the second word, another, a haraka, punctuation, odd spaces).
		const piece = fc.constantFrom(
			'لكن',
			'ولكن',
			'لكنّ',
			'غير',
			'أن',
			'بينما',
			'في',
			'حين',
			'فيما',
			'قبل',
			'بعد',
			'ثم',
			'ثمّ',
			'وقت',
			'مبكر',
			'سابق',
			'حسبما',
			'وفقا',
			'وفقًا',
			'وفقاً',
			'نقلا',
			'نقلًا',
			'عن',
			'اجتماع',
			'قال',
			'روسيا',
			'؛',
			';',
			'،',
			'.',
			'«',
			'(',
			'ـ',
			'\u064e',
		);
		const sep = fc.constantFrom(' ', ' ', ' ', '  ', '', '\n', '\u00a0', '\u2003', '\t', '\ufeff', '\u200f');
		const text = fc.array(fc.tuple(piece, sep), {minLength: 1, maxLength: 14}).map(ps => ps.map(([p, s]) => p + s).join(''));
		fc.assert(
			fc.property(text, t => {
				const any = readKnown(t, scanner.table, scanner.miss);
				const words = any >= 0 ? readWords() : withSteps(scanner, plainWords(t));
				expect(JSON.stringify(clauseBreaks(words))).toBe(JSON.stringify(ref.clauseBreaks(t)));
			}),
			{numRuns: 3000, seed: 9},
		);
	});

	it('over the sentences of a generated corpus', async () => {
		const l = loadLexicons();
		const scanner = scannerOf(compileEvents(l.events), l.world);
		let breaks = 0;
		for (const a of await parsedArticles(generated, join(generated, 'manifest.json'), l)) {
			for (const s of a.sentences) {
				expect(readKnown(s.text, scanner.table, scanner.miss)).toBeGreaterThanOrEqual(0);
				const want = ref.clauseBreaks(s.text);
				expect(clauseBreaks(readWords())).toEqual(want);
				breaks += want.length;
			}
		}
		expect(breaks).toBeGreaterThan(10);
	}, 120_000);
});

describe('منذ before a date', () => {
	it('sinceBefore answers as /منذ\\s*$/u over the six code units before', () => {
		const piece = fc.constantFrom('منذ', 'من', 'ذ', 'نذ', ' ', '  ', '\u00a0', '\u2003', '\n', '\u200f', 'ـ', '\u064e', 'عام', '2019', 'x');
		const text = fc.array(piece, {maxLength: 8}).map(ps => ps.join(''));
		fc.assert(
			fc.property(text, fc.nat(), (t, k) => {
				const at = t.length === 0 ? 0 : k % (t.length + 1);
				expect(sinceBefore(t, at)).toBe(/منذ\s*$/u.test(t.slice(Math.max(0, at - 6), at)));
			}),
			{numRuns: 5000, seed: 13},
		);
	});
});

describe('the word table', () => {
	it('answers as a Map of the same words, through growth and clearing', async () => {
		const {WordTable, WORD_HASH_SEED, hashStep} = await import('../../source/ingest/events/word-table.js');
		const table = new WordTable<number>(v => v % 8);
		const map = new Map<string, number>();
		const hash = (w: string) => {
			let h = WORD_HASH_SEED;
			for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
			return h;
		};
		const get = (text: string, start: number, end: number, h: number) => {
			const id = table.find(text, start, end, h);
			return id < 0 ? undefined : table.value(id);
		};
		// 70k words: past the table's bound (65,536), so it clears once and must forget, not misanswer.
		// Every word's hash is also asked with a colliding one (h ^ 1 << 20 lands in the same slot
		// while the table is below 2^20 slots) for a word it does not hold.
		for (let n = 0; n < 70_000; n++) {
			table.bound();
			const w = `ك${n.toString(36)}`;
			const text = `  ${w} `;
			const got = get(text, 2, 2 + w.length, hash(w));
			expect(got === undefined || got === map.get(w)).toBe(true);
			if (got === undefined) {
				const id = table.add(w, hash(w), n);
				expect(table.flags(id)).toBe(n % 8);
				map.set(w, n);
			}
			expect(get(text, 2, 2 + w.length, hash(w))).toBe(n);
			// A word sharing the hash's bucket but not the text is not found, nor one of the same text under another hash.
			expect(get(`  ${w}x `, 2, 3 + w.length, hash(w))).toBeUndefined();
			expect(get(`  ${w.slice(0, -1)}! `, 2, 2 + w.length, hash(w))).toBeUndefined();
			expect(get(text, 2, 2 + w.length, hash(w) ^ (1 << 20))).toBeUndefined();
		}
		// Words added after a clear are found again.
		for (const [w, n] of [...map].slice(-100)) expect(get(` ${w}`, 1, 1 + w.length, hash(w))).toBe(n);
	});
});

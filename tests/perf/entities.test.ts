// Issue 21's fast paths for entities, attribution, sources and numbers must
// say exactly what the old, simple code said. The old code is kept as the
// oracle (entities-reference.ts, test-only); here both read the same
// sentences (the seeds, every fixture corpus, a generated corpus, random
// sentences built from the lexicon's own names, verbs, colons and numbers)
// and their outputs are compared as JSON, key order included, as the dataset
// writes them. Any drift of a gate, a memo or a sticky pattern fails here.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {scan as fastScan, tokenize, type TrieNode} from '../../source/arabic/gazetteer.js';
import {normaliseWithMap} from '../../source/arabic/normalise.js';
import {clean} from '../../source/ingest/clean.js';
import {extractEntities, prepareArticle, type PreviousVoice} from '../../source/ingest/extract/index.js';
import {isLatinSentence} from '../../source/ingest/extract/latin/dates.js';
import {extractNumbers} from '../../source/ingest/extract/numbers.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {withStatedTitle} from '../../source/ingest/input/title.js';
import {splitSentences} from '../../source/ingest/sentences.js';
import * as reference from './entities-reference.js';

const root = join(import.meta.dirname, '..', '..');
// Without place heads: discovered places (discover/places.ts) came after the
// reference was kept (tests/extract/discover-places.test.ts tests them).
const loaded = loadLexicons();
const lex = {...loaded, entities: {...loaded.entities, discovery: {...loaded.entities.discovery, placeHeads: new Map()}}};
const lexicon = lex.entities;

/** Sentences of one article as ingest cuts them (clean, then split), with their kinds. */
function sentencesOf(file: string, text: string): Array<{text: string; kind: 'title' | 'body' | 'caption'}> {
	const raw = {id: file.replace(/\.txt$/, ''), file, text};
	const cleaned = withStatedTitle(clean(raw, lex.boilerplate, lexicon.agencies), raw);
	return splitSentences(cleaned).map(s => ({text: s.text, kind: s.kind}));
}

/** Both extractors over one article, as the pipeline threads them (each with its own first pass: extraction fills the article's memory); the first difference, or null. */
function compareArticle(name: string, sentences: Array<{text: string; kind: 'title' | 'body' | 'caption'}>, date: string | null): string | null {
	const texts = sentences.map(s => s.text);
	const fastArticle = prepareArticle(texts, lexicon);
	const oldArticle = prepareArticle(texts, lexicon);
	let fastPrevious: PreviousVoice | null = null;
	let oldPrevious: PreviousVoice | null = null;
	for (const [k, s] of sentences.entries()) {
		const normalised = normaliseWithMap(s.text);
		const fastNumbers = JSON.stringify(extractNumbers(s.text, [], undefined, normalised));
		const oldNumbers = JSON.stringify(reference.extractNumbers(s.text, [], undefined, normalised));
		if (fastNumbers !== oldNumbers) return `${name} #${k} numbers: ${s.text}\n  fast ${fastNumbers}\n  old  ${oldNumbers}`;
		if (isLatinSentence(s.text)) continue;
		const fast = extractEntities(s.text, {date, lexicon: fastArticle.lexicon, previousSpeaker: fastPrevious, kind: s.kind, prepared: fastArticle.sentences[k]});
		const old = reference.extractEntities(s.text, {
			date,
			lexicon: oldArticle.lexicon,
			previousSpeaker: oldPrevious,
			kind: s.kind,
			prepared: oldArticle.sentences[k],
		});
		if (JSON.stringify(fast) !== JSON.stringify(old)) return `${name} #${k} entities: ${s.text}\n  fast ${JSON.stringify(fast)}\n  old  ${JSON.stringify(old)}`;
		fastPrevious = fast.attribution ?? (s.kind === 'body' ? fastPrevious : null);
		oldPrevious = old.attribution ?? (s.kind === 'body' ? oldPrevious : null);
	}
	return null;
}

function compareFolder(dir: string, date: string | null = '2022-01-12'): string[] {
	const diffs: string[] = [];
	for (const f of readdirSync(dir)
		.filter(f => f.endsWith('.txt'))
		.sort()) {
		const d = compareArticle(f, sentencesOf(f, readFileSync(join(dir, f), 'utf8')), date);
		if (d) diffs.push(d);
	}
	return diffs;
}

describe('entities and numbers: the fast code says what the old code said', () => {
	it('on the seed articles', () => {
		const dir = join(root, 'data', 'raw');
		expect(readdirSync(dir).filter(f => f.endsWith('.txt')).length).toBeGreaterThan(0);
		expect(compareFolder(dir)).toEqual([]);
	});

	it('on every fixture corpus', () => {
		const fixtures = join(root, 'tests', 'fixtures');
		const dirs = readdirSync(fixtures, {withFileTypes: true}).filter(d => d.isDirectory() && readdirSync(join(fixtures, d.name)).some(f => f.endsWith('.txt')));
		expect(dirs.length).toBeGreaterThan(5);
		for (const d of dirs) expect(compareFolder(join(fixtures, d.name)), d.name).toEqual([]);
	});

	const out = mkdtempSync(join(tmpdir(), 'entities-perf-'));
	afterAll(() => rmSync(out, {recursive: true, force: true}));
	it('on a generated corpus', () => {
		writeCorpus({articles: 60, out, seed: 21});
		expect(compareFolder(out)).toEqual([]);
	});

	// Random sentences from the lexicon's own words: names of every kind, reporting verbs and
	// frames, role phrases, anonymous heads, number words and digits, colons, brackets, filler.
	const pick = (xs: readonly string[]) => fc.constantFrom(...xs.filter(x => x.trim()));
	const names = [...lexicon.actors.values()].flatMap(a => [a.nameAr, ...a.aliases]).slice(0, 400);
	const bodies = [...lexicon.files.organizations, ...lexicon.files.places, ...lexicon.files.agencies].flatMap(e => [e.nameAr, ...e.aliases]);
	const verbs = lexicon.files.verbs.flatMap(v => v.forms);
	const roles = lexicon.files.actors.flatMap(a => a.roles.flatMap(r => r.titleAr));
	const heads = lexicon.files.sources.heads.flatMap(h => h.ar);
	const qualifiers = lexicon.files.sources.qualifiers.flatMap(q => q.ar);
	const numbers = [
		'ثلاثة',
		'خمسين',
		'عشرات',
		'مئة',
		'مائة',
		'ألف',
		'مليون',
		'12',
		'٣٠',
		'2,500',
		'1.5',
		'%',
		'قتيلا',
		'جنديا',
		'من الجنود',
		'واحد',
		'وست',
		'ستة',
	];
	const filler = [
		'في',
		'إلى',
		'من',
		'عن',
		'أن',
		'إن',
		'قد',
		'كما',
		'وقد',
		'أيضا',
		'الوزارة',
		'البيان',
		'الحكومة',
		'السلطات',
		'باسم',
		'المتحدث',
		'مسؤول',
		'أحد',
		'طلب',
		'عدم',
		'ذكر',
		'اسمه',
		'بحسب',
		'وفقا',
		'لـ',
		'و',
		'ف',
		'ب',
		'ل',
		'ال',
	];
	const punct = [' ', ' ', ' ', '، ', ': ', '. ', ' (', ') ', ' - ', ' / ', '"', ' «', '» ', '\n'];
	const word = fc.oneof(pick(names), pick(bodies), pick(verbs), pick(roles), pick(heads), pick(qualifiers), pick(numbers), pick(filler), pick(filler));
	const sentence = fc
		.array(fc.tuple(fc.constantFrom('', '', '', 'و', 'ف', 'ب', 'ل', 'لل'), word, pick(punct)), {minLength: 1, maxLength: 18})
		.map(parts => parts.map(([pre, w, p]) => pre + w + p).join(''));

	it('on random sentences of names, verbs, colons and numbers', () => {
		fc.assert(
			fc.property(fc.array(sentence, {minLength: 1, maxLength: 4}), fc.constantFrom('2021-12-20', '2022-02-01', null), (texts, date) => {
				const diff = compareArticle(
					'random',
					texts.map((text, i) => ({text, kind: i === 0 ? 'title' : 'body'})),
					date,
				);
				expect(diff).toBeNull();
				// Each sentence alone (no first pass given: an article of one).
				for (const text of texts) {
					if (isLatinSentence(text)) continue;
					const fast = extractEntities(text, {date, lexicon, previousSpeaker: null});
					const old = reference.extractEntities(text, {date, lexicon, previousSpeaker: null});
					expect(JSON.stringify(fast)).toBe(JSON.stringify(old));
				}
			}),
			{numRuns: 300, seed: 21},
		);
	});

	// creditedAgencies runs its text rules (a dateline, a photo credit, brackets) only when the
	// last non-space character before the name is one they end on: around every agency name,
	// each credit shape (and near misses) must be judged as the old code judged it.
	it('credits agencies in datelines, photo credits and brackets as the old code did', () => {
		const agencyNames = lexicon.files.agencies.flatMap(e => [e.nameAr, ...e.aliases]);
		const before = [
			'',
			'موسكو - (',
			'موسكو-(',
			'نيامي (أ ف ب، ',
			'نيامي (',
			'نيامي - أديس أبابا (',
			'القاهرة في 10 فبراير /',
			'القاهرة الجديدة في 10 فبراير /',
			'مدينة القاهرة الجديدة في 10 فبراير (',
			'القاهرة الجديدة – (',
			'نيامي أديس أبابا (',
			'\u064eنيامي (',
			'موسكو 10 فبراير 2022 (',
			'بروكسل / ',
			'بروكسل – «',
			'جنيف — "',
			'الصورة: ',
			'صورة : (',
			'(الصورة：',
			'Photo: ',
			'photo :',
			'دخان فوق أم درمان (',
			'باهظاً". (',
			'وقال المتحدث (',
			'قال مصدر ل',
			'نقلت وكالة ',
			'في مقابلة مع ',
			'وأكد ',
			'هذا ما قالته، ',
			'بحسب , ',
			'a ( ',
		];
		const after = ['', ')', ') -', ' )', '/', ' / باسكال روسينول / File Photo', ' / صورة أرشيفية', ' قالت إن', ' أن', '، وقال', '.'];
		fc.assert(
			fc.property(pick(before), pick(agencyNames), fc.constantFrom(...after), fc.constantFrom('body', 'title', 'caption'), (b, name, a, kind) => {
				const text = `${b}${name}${a}`;
				if (isLatinSentence(text)) return;
				const k = kind as 'body' | 'title' | 'caption';
				const fast = extractEntities(text, {date: null, lexicon, previousSpeaker: null, kind: k});
				const old = reference.extractEntities(text, {date: null, lexicon, previousSpeaker: null, kind: k});
				expect(JSON.stringify(fast.citedSources)).toBe(JSON.stringify(old.citedSources));
				expect(JSON.stringify(fast)).toBe(JSON.stringify(old));
			}),
			{numRuns: 600, seed: 5},
		);
	});

	it('the gazetteer scan matches the memo-free scan on every trie, in any order of asking', () => {
		const tries: Array<TrieNode<unknown>> = [lexicon.entityTrie, lexicon.roleTrie, lexicon.verbTrie, lexicon.qualifierTrie, lexicon.discovery.titleTrie];
		fc.assert(
			fc.property(sentence, fc.shuffledSubarray(tries, {minLength: 1}), (text, order) => {
				const tokens = tokenize(text);
				for (const trie of order) expect(fastScan(tokens, trie, text)).toEqual(reference.scan(tokens, trie, text));
				// A second ask reads the memo and the miss bits the first filled.
				for (const trie of order) expect(fastScan(tokens, trie, text)).toEqual(reference.scan(tokens, trie, text));
			}),
			{numRuns: 300, seed: 7},
		);
	});

	it('finds numbers in random text exactly as the old pattern did', () => {
		const piece = fc.oneof(
			pick(numbers),
			pick(filler),
			fc.string({unit: fc.constantFrom('ا', 'ل', 'س', 'ت', 'و', 'ف', 'ع', 'ش', 'ر', '1', '٢', ',', '.', ' ', '%', 'ـ', 'ة', 'ه')}),
		);
		fc.assert(
			fc.property(fc.array(fc.tuple(piece, pick(punct)), {maxLength: 12}), parts => {
				const text = parts.map(([w, p]) => w + p).join('');
				expect(JSON.stringify(extractNumbers(text))).toBe(JSON.stringify(reference.extractNumbers(text)));
			}),
			{numRuns: 1000, seed: 3},
		);
	});
});

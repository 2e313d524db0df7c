// Check 1: random and mutated input through the reader (decodeArticle) and the
// pure pipeline. Whatever arrives, nothing throws, the dataset validates
// against the public schema, and every string a view could show comes out of
// the display sanitiser without a control character. The sanitiser's own
// property over arbitrary strings lives in tests/text/sanitize.test.ts; here
// it is applied to what ingest actually produces from hostile input.
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {Dataset} from '../../source/dataset/schema.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {ingestArticles, type Lexicons} from '../../source/ingest/pipeline.js';
import {decodeArticle} from '../../source/ingest/read.js';
import type {RawArticle} from '../../source/ingest/types.js';
import {sanitize} from '../../source/text/sanitize.js';

const root = resolve(import.meta.dirname, '../..');
const rawDir = join(root, 'data', 'raw');
const seeds = readdirSync(rawDir)
	.filter(f => f.endsWith('.txt'))
	.sort()
	.map(f => ({file: f, bytes: new Uint8Array(readFileSync(join(rawDir, f)))}));

// Written independently of sanitize.ts: C0, DEL, C1, bidi embeddings/overrides/isolates.
const forbidden = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

let lex: Lexicons;
beforeAll(() => {
	lex = loadLexicons();
});

/** Every string anywhere in a value, with its JSON path (for the failure message). */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
	if (typeof value === 'string') yield [path, value];
	else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`);
	else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

/** bytes → reader → pipeline → schema → sanitised display; throws on any violation. */
function throughIngest(files: Array<{file: string; bytes: Uint8Array}>): Dataset {
	const raws: RawArticle[] = [];
	for (const {file, bytes} of files) {
		const outcome = decodeArticle(file, bytes);
		if (outcome.ok) {
			// The reader's promise to the pipeline: no CR, no NUL (a leading BOM is removed; U+FEFF inside text is a zero-width no-break space and stays).
			expect(outcome.article.text).not.toMatch(/[\r\0]/);
			raws.push(outcome.article);
		} else expect(outcome.reason).toMatch(/\S/);
	}
	const dataset = ingestArticles(raws, {}, lex);
	const parsed = Dataset.parse(dataset);
	for (const [path, text] of strings(parsed)) {
		const shown = sanitize(text);
		if (forbidden.test(shown)) throw new Error(`${path}: control character survives the sanitiser: ${JSON.stringify(shown)}`);
	}
	return parsed;
}

const encoder = new TextEncoder();
const seedArb = fc.constantFrom(...seeds);
const hostileChars = [
	'\u001B',
	'\u009B',
	'\u0007',
	'\u0008',
	'\u0000',
	'\r',
	'\r\n',
	'\u202E',
	'\u202D',
	'\u2066',
	'\u2069',
	'\u200F',
	'\uFEFF',
	'\u2028',
	'\u001B[2J',
	'\u001B]52;c;aGVsbG8=\u0007',
	'\u001B]8;;http://x\u001B\\',
];

/** A tiny seeded generator (mulberry32): fast-check picks the seed, so failures shrink and replay. */
type Rnd = {nextInt(min: number, max: number): number};
function rng(seed: number): Rnd {
	let a = seed >>> 0;
	return {
		nextInt(min, max) {
			a = (a + 0x6d2b79f5) >>> 0;
			let t = a;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
			return min + Math.floor(r * (max - min + 1));
		},
	};
}
type Mutation = (bytes: Uint8Array, rnd: Rnd) => Uint8Array;
const mutations: Record<string, Mutation> = {
	flip(bytes, rnd) {
		const out = bytes.slice();
		for (let n = rnd.nextInt(1, 20); n > 0; n--) out[rnd.nextInt(0, out.length - 1)] ^= 1 << rnd.nextInt(0, 7);
		return out;
	},
	truncate: (bytes, rnd) => bytes.slice(0, rnd.nextInt(0, bytes.length)),
	insertControls(bytes, rnd) {
		let text = Buffer.from(bytes).toString('utf8');
		for (let n = rnd.nextInt(1, 30); n > 0; n--) {
			const at = rnd.nextInt(0, text.length);
			text = text.slice(0, at) + hostileChars[rnd.nextInt(0, hostileChars.length - 1)] + text.slice(at);
		}
		return encoder.encode(text);
	},
	insertNuls(bytes, rnd) {
		const out = [...bytes];
		for (let n = rnd.nextInt(1, 10); n > 0; n--) out.splice(rnd.nextInt(0, out.length), 0, 0);
		return new Uint8Array(out);
	},
	crlf: bytes => encoder.encode(Buffer.from(bytes).toString('utf8').replaceAll('\n', '\r\n')),
	cr: bytes => encoder.encode(Buffer.from(bytes).toString('utf8').replaceAll('\n', '\r')),
	duplicateLines(bytes, rnd) {
		const lines = Buffer.from(bytes).toString('utf8').split('\n');
		for (let n = rnd.nextInt(1, 8); n > 0; n--) {
			const i = rnd.nextInt(0, lines.length - 1);
			lines.splice(i, 0, ...Array(rnd.nextInt(1, 3)).fill(lines[i]));
		}
		return encoder.encode(lines.join('\n'));
	},
	bom: bytes => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]),
};
const mutationArb = fc.array(fc.constantFrom(...Object.keys(mutations)), {minLength: 1, maxLength: 3});

describe('ingest under random and mutated input (property-based)', () => {
	it('the untouched seeds go through (the harness itself works)', () => {
		expect(throughIngest(seeds).articles).toHaveLength(seeds.length);
	});

	it('random Unicode strings: never throws, always validates, nothing unsafe to show', () => {
		// Arabic-heavy so a fair share passes the reader's "is this Arabic text" gate.
		const arabicWord = fc
			.array(
				fc.integer({min: 0x0621, max: 0x064a}).map(c => String.fromCharCode(c)),
				{minLength: 1, maxLength: 8},
			)
			.map(a => a.join(''));
		const piece = fc.oneof(
			arabicWord,
			fc.string({unit: 'binary', maxLength: 12}),
			fc.constantFrom(...hostileChars, ' ', '\n', '12 يناير', 'ستولتنبرغ', 'قال', '.', '«', '»', '"'),
		);
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 80}), parts => {
				throughIngest([{file: 'r.txt', bytes: encoder.encode(parts.join(''))}]);
			}),
			{numRuns: 150},
		);
	});

	it('random byte arrays: never throws, always validates', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 2000}), bytes => {
				throughIngest([{file: 'b.txt', bytes}]);
			}),
			{numRuns: 300},
		);
	});

	it('mutated seed articles (byte flips, truncation, controls, bidi, NULs, CR/CRLF, duplicated lines, BOM)', () => {
		fc.assert(
			fc.property(seedArb, mutationArb, fc.integer(), (seed, names, seedNumber) => {
				const rnd = rng(seedNumber);
				let bytes: Uint8Array = seed.bytes;
				for (const name of names) bytes = mutations[name](bytes, rnd);
				throughIngest([{file: seed.file, bytes}]);
			}),
			{numRuns: 60},
		);
	});

	it('a mutated article among the intact seeds does not disturb cross-article event linking', () => {
		fc.assert(
			fc.property(seedArb, mutationArb, fc.integer(), (seed, names, seedNumber) => {
				const rnd = rng(seedNumber);
				let bytes: Uint8Array = seed.bytes;
				for (const name of names) bytes = mutations[name](bytes, rnd);
				const others = seeds.filter(s => s.file !== seed.file);
				const dataset = throughIngest([...others, {file: `x_${seed.file}`, bytes}]);
				expect(dataset.articles.length).toBeGreaterThanOrEqual(others.length);
			}),
			{numRuns: 12},
		);
	});
});

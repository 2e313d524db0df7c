// Other languages are no longer refused at the reader: English and French
// (Latin script) go through the pipeline with their language recorded; other
// scripts and garbage are still refused, each with a reason.
import {describe, expect, it} from 'vitest';
import {detectLanguage, pageLanguage, primaryLanguage} from '../../source/ingest/input/language.js';
import {decodeArticle} from '../../source/ingest/read.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {parseArticle} from '../../source/ingest/pipeline.js';
import {lexiconDir} from './helpers.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const EN = 'Officials said on Tuesday that the talks would resume in Vienna next week, after a pause of two months.';
const FR = "Le ministre a déclaré mardi que les discussions reprendraient à Vienne la semaine prochaine, selon l'agence.";
const AR = 'قال مسؤولون يوم الثلاثاء إن المحادثات ستستأنف في فيينا الأسبوع المقبل بعد توقف دام شهرين.';

describe('detectLanguage', () => {
	it('Arabic, also with Latin names in it', () => {
		expect(detectLanguage(`${AR} (NATO, Jens Stoltenberg, Brussels)`)).toEqual({ok: true, language: 'ar'});
	});
	it('English and French by their function words', () => {
		expect(detectLanguage(EN)).toEqual({ok: true, language: 'en'});
		expect(detectLanguage(FR)).toEqual({ok: true, language: 'fr'});
	});
	it('refuses another script, mis-decoded Arabic, and Latin letters that make no English or French', () => {
		expect(detectLanguage('Официальные лица заявили во вторник, что переговоры возобновятся.')).toEqual({
			ok: false,
			reason: 'not Arabic, English or French text (another script)',
		});
		// UTF-8 Arabic read as Windows-1252 and saved again: Latin-1 letters and symbols.
		const mojibake = new TextDecoder('windows-1252').decode(bytes(AR));
		expect(detectLanguage(mojibake)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/^not Arabic, English or French text \(Latin letters, but not English or French words/),
		});
		expect(detectLanguage('xQ9vB2kLm0pZ7 rT4yU8wE1aS5dF3 gH6jK0lZ2xC4vB7nM9')).toMatchObject({ok: false});
		expect(detectLanguage('1234 5678 — 90 %')).toEqual({ok: false, reason: 'no text (no letters)'});
	});
	it("language tags: primary subtag; a page's lang only when it agrees with the script", () => {
		expect(['ar-EG', 'fr_FR', 'EN', 'x', '', null].map(primaryLanguage)).toEqual(['ar', 'fr', 'en', null, null, null]);
		expect(pageLanguage('ar', 'en')).toBeNull();
		expect(pageLanguage('ar', 'ar')).toBe('ar');
		expect(pageLanguage('fr', 'en')).toBe('en');
		expect(pageLanguage('en', 'ar')).toBeNull();
	});
});

describe('the reader', () => {
	it('takes an English or French .txt, with its language', () => {
		for (const [text, language] of [
			[EN, 'en'],
			[FR, 'fr'],
			[AR, 'ar'],
		] as const) {
			const out = decodeArticle('a.txt', bytes(`Title of the piece here\n\n${text}`));
			expect(out.ok && out.article.language).toEqual({value: language, from: 'text'});
		}
	});
	it('still refuses binary and garbage', () => {
		expect(
			decodeArticle(
				'a.txt',
				Uint8Array.from({length: 500}, (_, i) => (i * 7) % 32),
			),
		).toMatchObject({ok: false, reason: 'binary file (control bytes, not text)'});
		expect(decodeArticle('a.txt', bytes('Ωμέγα άλφα βήτα γάμμα δέλτα'))).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/^not Arabic, English or French/),
		});
	});
});

describe('an English article through the pipeline', () => {
	const lex = loadLexicons(lexiconDir);
	it('does not crash, splits sentences on . ? !, keeps abbreviations whole, and records the language', () => {
		const text =
			'Talks resume in Vienna after two-month pause\n\nOfficials said on Tuesday that the talks would resume in Vienna. Would they last? Mr. Smith, the U.S. envoy, said he hoped so! The next round starts on Jan. 18 at 10.30 am.';
		const out = decodeArticle('en.txt', bytes(text));
		if (!out.ok) throw new Error(out.reason);
		const a = parseArticle(out.article, {}, lex);
		expect(a.language).toBe('en');
		expect(a.title).toBe('Talks resume in Vienna after two-month pause');
		expect(a.sentences.map(s => s.text)).toEqual([
			'Talks resume in Vienna after two-month pause',
			'Officials said on Tuesday that the talks would resume in Vienna.',
			'Would they last?',
			'Mr. Smith, the U.S. envoy, said he hoped so!',
			'The next round starts on Jan. 18 at 10.30 am.',
		]);
	});
	it("the manifest's language wins", () => {
		const out = decodeArticle('en.txt', bytes(`A headline of some length here\n\n${EN}`));
		if (!out.ok) throw new Error(out.reason);
		expect(parseArticle(out.article, {'en.txt': {language: 'en-GB'}}, lex).language).toBe('en-GB');
	});
});

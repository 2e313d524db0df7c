// Places no gazetteer lists (discover/places.ts), on sentences written for
// this test: each positive is a place a reader would put on a map, each
// negative a description that merely starts like one (حي سكني، مخيم
// اللاجئين، قرية صغيرة) or a party coordinated with a place (بين موسكو
// والحلف).
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {discoverArticle} from '../../source/ingest/extract/discover/article.js';
import {extractEntities} from '../../source/ingest/extract/index.js';
import {loadLexicon} from '../../source/lexicon/load.js';

const lexicon = loadLexicon(join(import.meta.dirname, '..', '..', 'data', 'lexicon'));

/** The discovered places of a one-article text, as [Arabic, English]. */
function found(...sentences: string[]): Array<[string, string]> {
	return discoverArticle(sentences, lexicon).places.map(p => [p.nameAr, p.nameEn]);
}

describe('places found by the word before them', () => {
	it('a neighbourhood, a village, a camp with a two-word name, a wadi of a known town', () => {
		// A village the gazetteer lists (كفرنبل) is the gazetteer's, nothing new.
		expect(found('قصفت الطائرات قرية كفرنبل فجر الأحد.')).toEqual([]);
		expect(found('انتشلت فرق الإنقاذ جثتين من حي الروضة بعد منتصف الليل.')).toEqual([['الروضة', 'al-Rawda']]);
		expect(found('قصفت الطائرات قرية عيتا فجر الأحد.').map(p => p[0])).toEqual(['عيتا']);
		expect(found('وصل مئات النازحين إلى مخيم عين الصفصاف أمس.').map(p => p[0])).toEqual(['مخيم عين الصفصاف']);
		expect(found('جرفت السيول عشرات المنازل في وادي المكلا.')).toEqual([['وادي المكلا', 'Wadi Mukalla']]);
	});

	it('the head with a proclitic (بحي، وقرية) still finds the name, without the proclitic', () => {
		expect(found('وقال سكان بحي الزهور إن المياه غمرت منازلهم.').map(p => p[0])).toEqual(['الزهور']);
	});

	it('a place coordinated with a known place, at the end of the list', () => {
		expect(found('افتتحت الوزارة مركزين لعلاج الإسهال في المكلا والشحر.').map(p => p[0])).toEqual(['الشحر']);
	});

	it('descriptions are not places', () => {
		expect(found('يعيش آلاف السكان في حي سكني مكتظ قرب الميناء.')).toEqual([]);
		expect(found('نقل الجرحى إلى مخيم اللاجئين شمال المدينة.')).toEqual([]);
		expect(found('نزحت الأسر إلى قرية صغيرة على الطريق الساحلي.')).toEqual([]);
		expect(found('انتشرت الفرق في المكلا والمناطق المجاورة لها.')).toEqual([]);
		expect(found('قال إن العلاقات بين موسكو والحلف في أدنى مستوياتها.')).toEqual([]);
		expect(found('وصلت المساعدات إلى المكلا والجيش ينتشر في الشوارع.')).toEqual([]);
	});

	it('a known place after a head that is not part of its name adds nothing (مدينة المكلا is Mukalla)', () => {
		expect(found('عاد الهدوء إلى مدينة المكلا مساء السبت.')).toEqual([]);
	});
});

describe('a discovered place in the extracted sentence', () => {
	it('is a place of the sentence, marked discovered, and the article finds it again with its head', () => {
		const texts = ['انتشلت فرق الإنقاذ جثتين من حي فوة بعد منتصف الليل.', 'وقال سكان في حي فوة إن المياه غمرت منازلهم.'];
		const d = discoverArticle(texts, lexicon);
		const places = texts.map((t, i) => extractEntities(t, {lexicon: d.lexicon, prepared: d.sentences[i]!, date: null, previousSpeaker: null}).places);
		for (const p of places) {
			expect(p.map(r => [r.id, r.source])).toEqual([[d.places[0]!.id, 'discovered']]);
		}
	});

	it('a place named after a known one names that one too (وادي المكلا: the wadi and Mukalla)', () => {
		const texts = ['جرفت السيول عشرات المنازل في وادي المكلا.'];
		const d = discoverArticle(texts, lexicon);
		const refs = extractEntities(texts[0]!, {lexicon: d.lexicon, prepared: d.sentences[0]!, date: null, previousSpeaker: null}).places;
		expect(refs.map(r => r.nameEn)).toEqual(['Wadi Mukalla', 'Mukalla']);
		expect(refs.map(r => r.source ?? 'gazetteer')).toEqual(['discovered', 'gazetteer']);
	});
});

describe('a place whose name is also a common word (guarded) reads as the word where the word fits', () => {
	const placesOf = (text: string) => {
		const d = discoverArticle([text], lexicon);
		return extractEntities(text, {lexicon: d.lexicon, prepared: d.sentences[0]!, date: null, previousSpeaker: null}).places.map(p => p.nameEn);
	};
	it('the torrents, the tents and a noun in construct are not Seoul or Khiam', () => {
		expect(placesOf('قالت المنظمة إن 15 ألف طفل تضرروا من السيول في المدينة.')).not.toContain('Seoul');
		expect(placesOf('وصلت قافلة محملة بالخيام والمواد الغذائية.')).not.toContain('Khiam');
		expect(placesOf('أكثر من 40 ألف متضرر من سيول حضرموت.')).not.toContain('Seoul');
	});
	it('the place after a preposition is still the place', () => {
		expect(placesOf('وصل وزير الخارجية إلى سيول مساء الأحد.')).toContain('Seoul');
		expect(placesOf('سقطت قذيفة في الخيام جنوب لبنان.')).toContain('Khiam');
	});
});

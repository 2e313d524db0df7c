// Finding what no lexicon names: people by their context and shape,
// organisations by their head noun, places from the world gazetteer. Every
// sentence here was written for this test.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Article} from '../../source/dataset/schema.js';
import {extractEntities, prepareArticle} from '../../source/ingest/extract/index.js';
import {mergeDiscovered} from '../../source/ingest/extract/discover/corpus.js';
import {loadLexicon} from '../../source/lexicon/load.js';
import {mergeJson} from '../../source/lexicon/merge.js';
import {transliterateName, fallbackWord} from '../../source/arabic/translit.js';

const lexicon = loadLexicon(join(import.meta.dirname, '..', '..', 'data', 'lexicon'));

/** Every sentence of a one-text-per-sentence article, extracted as the pipeline does. */
function article(...texts: string[]) {
	const prepared = prepareArticle(texts, lexicon);
	let previousSpeaker: {id: string; nameEn: string} | null = null;
	return texts.map((text, k) => {
		const r = extractEntities(text, {date: '2024-05-01', lexicon: prepared.lexicon, previousSpeaker, prepared: prepared.sentences[k]});
		previousSpeaker = r.attribution?.speaker ?? previousSpeaker;
		return r;
	});
}
const one = (text: string) => article(text)[0]!;
const ids = (xs: Array<{id: string}>) => xs.map(x => x.id);

describe('people found by their context', () => {
	it('after a title with its portfolio and country: role, country, English name, and the speaker', () => {
		const r = one('قال وزير الخارجية المصري بدر عبد العاطي إن القاهرة تدعم الحل السياسي.');
		expect(r.actors).toEqual([
			expect.objectContaining({
				id: 'badr-abdelatty',
				nameEn: 'Badr Abdelatty',
				nameAr: 'بدر عبد العاطي',
				text: 'بدر عبد العاطي',
				source: 'discovered',
				roleEn: 'Foreign Minister (Egypt)',
				roleAr: 'وزير الخارجية المصري',
				affiliation: 'Egypt',
			}),
		]);
		expect(r.attribution).toMatchObject({speaker: {id: 'badr-abdelatty'}, verb: 'قال'});
	});

	it('after ranks and honorifics, one title after another (the first office is the role)', () => {
		expect(one('والتقى المشير خليفة حفتر وفدا أوروبيا.').actors).toMatchObject([{id: 'khalifa-haftar', roleEn: 'Field Marshal'}]);
		expect(one('وصل ولي العهد السعودي الأمير محمد بن سلمان إلى جدة.').actors).toMatchObject([
			{id: 'mohammed-bin-salman', nameEn: 'Mohammed bin Salman', roleEn: 'Crown Prince (Saudi Arabia)', affiliation: 'Saudi Arabia'},
		]);
		expect(one('وقال رئيس الوزراء الإثيوبي آبي أحمد إن الحكومة ملتزمة.').actors).toMatchObject([{nameAr: 'آبي أحمد', roleEn: 'Prime Minister (Ethiopia)'}]);
	});

	it('after or before a reporting verb, and before a colon', () => {
		expect(ids(one('وقال محمد الحسن إن الاجتماع تأجل.').actors)).toEqual(['mohammed-al-hassan']);
		expect(one('وكان جبريل إبراهيم قد قال إن الحركة باقية.').attribution).toMatchObject({speaker: {id: 'jibril-ibrahim'}});
		expect(one('حفتر: لن نقبل بأي تدخل').actors).toMatchObject([{id: 'haftar', nameEn: 'Haftar'}]);
	});

	it('by an unmistakable shape alone', () => {
		expect(ids(one('التقى عبد الفتاح البرهان بوفد أممي.').actors)).toEqual(['abdel-fattah-al-burhan']);
		expect(ids(one('ويزور محمد حمدان دقلو العاصمة الكينية.').actors)).toEqual(['mohammed-hamdan-dagalo']);
		expect(ids(one('واستقبل تميم بن حمد آل ثاني ضيوفه.').actors)).toEqual(['tamim-bin-hamad-al-thani']);
	});

	it('is never a common word, a lone given name, a body or an office', () => {
		for (const text of [
			'وأكد على ضرورة الالتزام بالهدنة.',
			'وأكد علي ضرورة الالتزام بالهدنة.',
			'وقال مسؤول عسكري رفيع إن الهجوم وشيك.',
			'وأشار إلى أن حسن النية وحده لا يكفي.',
			'وقال سعيد إن الوقت قد حان.',
			'وقال الرئيس إن البلاد تمر بمرحلة صعبة.',
			'واستقبل الرئيس نظيره في القصر.',
			'وقالت الحكومة السورية في بيان إن الاتفاق صامد.',
			'وأعلنت قوات الدعم السريع سيطرتها على المدينة.',
			'قال مصدر أمني: الوضع تحت السيطرة',
		]) {
			expect(one(text).actors, text).toEqual([]);
		}
	});
});

describe('mentions of one person', () => {
	it('in one article: the full name, the surname alone, a nickname the text ties to the name', () => {
		const [a, b, c] = article(
			'وأعلن قائد قوات الدعم السريع محمد حمدان دقلو المعروف بـ"حميدتي" الهدنة.',
			'وقال دقلو إن قواته ستنسحب.',
			'ووصل حميدتي إلى كمبالا.',
		);
		expect(ids(a!.actors)).toEqual(['mohammed-hamdan-dagalo', 'mohammed-hamdan-dagalo']);
		expect(b!.attribution?.speaker?.id).toBe('mohammed-hamdan-dagalo');
		expect(ids(c!.actors)).toEqual(['mohammed-hamdan-dagalo']);
	});

	it('not by a surname two people in the article share', () => {
		const [, , c] = article('وقال المشير خليفة حفتر إن الجيش جاهز.', 'وأضاف الفريق صدام حفتر أن القوات مستعدة.', 'وقال حفتر إن الحوار ممكن.');
		expect(c!.actors).toEqual([]);
	});

	it('across articles: the surname alone joins the one person named in full, whatever the order', () => {
		const make = (id: string, ...texts: string[]): Article => {
			const sentences = article(...texts).map((r, index) => ({
				...r,
				id: `${id}:${index}`,
				index,
				line: index + 1,
				start: 0,
				end: 0,
				text: texts[index]!,
				kind: 'body' as const,
				dates: [],
				numbers: [],
				events: [],
			}));
			return {
				id,
				file: `${id}.txt`,
				outlet: null,
				title: texts[0]!,
				titleLine: 1,
				published: null,
				publishedFrom: null,
				url: null,
				language: 'ar',
				sentences,
				boilerplate: [],
				captions: [],
			};
		};
		const full = make('a', 'والتقى المشير خليفة حفتر وفدا أوروبيا.');
		const short = make('b', 'وقال حفتر إن الحوار ممكن.');
		expect(short.sentences[0]!.actors[0]!.id).toBe('haftar');
		for (const order of [
			[full, short],
			[short, full],
		]) {
			const merged = mergeDiscovered(order);
			const b = merged.find(x => x.id === 'b')!.sentences[0]!;
			expect(b.actors[0]).toMatchObject({id: 'khalifa-haftar', nameEn: 'Khalifa Haftar', nameAr: 'خليفة حفتر', text: 'حفتر'});
			expect(b.attribution?.speaker).toEqual({id: 'khalifa-haftar', nameEn: 'Khalifa Haftar'});
		}
	});
});

describe('organisations by head noun', () => {
	const orgs = (text: string) => one(text).organizations.map(o => [o.id, o.nameEn]);
	it('a ministry with its portfolio and country, a conventional name, a construct chain in English order', () => {
		expect(orgs('وقالت وزارة الخارجية المصرية في بيان إن الوزير سافر.')).toEqual([
			['ministry-of-foreign-affairs-egypt', 'Ministry of Foreign Affairs (Egypt)'],
		]);
		expect(orgs('وأعلنت قوات الدعم السريع سيطرتها على المدينة.')).toEqual([['rapid-support-forces', 'Rapid Support Forces']]);
		expect(orgs('وقالت حركة تحرير السودان إنها ستشارك.')).toEqual([['sudan-liberation-movement', 'Sudan Liberation Movement']]);
		expect(orgs('وانتقد الجيش السوداني القرار.')).toEqual([['army-sudan', 'Army (Sudan)']]);
		expect(one('وأعلنت قوات الدعم السريع (RSF) سيطرتها.').organizations[0]).toMatchObject({source: 'discovered', nameAr: 'قوات الدعم السريع'});
	});

	it("not a country's troops, a part of a known body, or a generic name no body in the article completes", () => {
		expect(orgs('وتقدمت القوات الروسية نحو المدينة.')).toEqual([]);
		expect(orgs('وانسحبت قوات الناتو من المنطقة.')).toEqual([['nato', 'NATO']]);
		expect(orgs('ونقلت الوكالة عن وزارة الخارجية قولها إن الاجتماع تأجل.')).toEqual([]);
		const [, b] = article('وأصدرت وزارة الخارجية الروسية بيانا.', 'ونقلت الوكالة عن وزارة الخارجية قولها إن الاجتماع تأجل.');
		expect(ids(b!.organizations)).toEqual(['russian-foreign-ministry']);
	});
});

describe('places from the world gazetteer', () => {
	const places = (...texts: string[]) => article(...texts).flatMap(r => ids(r.places));
	it('finds capitals and countries the crisis lexicon never listed; the lexicon keeps its ids', () => {
		expect(places('وصل الوفد إلى الخرطوم قادما من القاهرة.')).toEqual(['khartoum', 'cairo']);
		expect(places('اجتمع الوزراء في موسكو وبروكسل.')).toEqual(['moscow', 'brussels']);
		expect(lexicon.places.get('moscow')?.source).toBeUndefined();
		expect(lexicon.places.get('egypt')).toMatchObject({nameEn: 'Egypt', kind: 'country', source: 'gazetteer'});
		// One entry per place: the gazetteer's Russia is the lexicon's.
		expect([...lexicon.places.values()].filter(p => p.nameAr === 'روسيا').map(p => p.id)).toEqual(['russia']);
	});

	it('chooses between places of one name by the country the article names, or not at all', () => {
		expect(places('وصل الوفد الليبي إلى طرابلس.')).toEqual(['tripoli-ly']);
		expect(places('زار الوزير لبنان.', 'ثم توجه إلى طرابلس.')).toEqual(['lebanon', 'tripoli-lb']);
		expect(places('ثم توجه إلى طرابلس.')).toEqual([]);
		expect(places('وقالت تونس إنها ترفض القرار.')).toEqual(['tunisia']);
		expect(places('تظاهر المئات في العاصمة تونس.')).toEqual(['tunis']);
	});

	it('a demonym is not the country, nor a common word a town', () => {
		expect(places('وقالت الحكومة السورية إن دمشق ترفض.')).toEqual(['damascus']);
		expect(places('وأعلنت السعودية دعمها، فيما قالت الخارجية السعودية إن الوزير سافر.')).toEqual(['saudi-arabia']);
		expect(places('وكانت مالي وبوركينا فاسو قد انسحبتا.')).toEqual(['mali', 'burkina-faso']);
		expect(places('وقدمت الدولة دعم مالي للمزارعين.')).toEqual([]);
		expect(places('وتأتي المحادثات في إطار أسبوع دبلوماسي.')).toEqual([]);
		expect(places('وقال السفير إن العديد من القضايا عالقة.')).toEqual([]);
		expect(places('وقالت السفيرة الأمريكية إن واشنطن قلقة.')).toEqual(['washington']);
	});
});

describe('English names as agencies write them', () => {
	const en = (name: string) => transliterateName(name.split(' '), lexicon.names);
	it('from the tables first', () => {
		expect(en('عبد الفتاح السيسي')).toBe('Abdel Fattah el-Sisi');
		expect(en('محمد بن سلمان')).toBe('Mohammed bin Salman');
		expect(en('خليفة حفتر')).toBe('Khalifa Haftar');
		expect(en('عبد الحميد الدبيبة')).toBe('Abdel Hamid Dbeibah');
		expect(en('سامح شكري')).toBe('Sameh Shoukry');
	});

	it('then by the article and the letter scheme', () => {
		expect(en('محمد الحسن')).toBe('Mohammed al-Hassan');
		expect(en('عبد الله الثاني')).toBe('Abdullah II');
		expect(fallbackWord('حفتر')).toBe('haftar');
		expect(fallbackWord('سعد')).toBe('saad');
		expect(fallbackWord('هانس')).toBe('hans');
	});
});

describe('--lexicon adds to the built-in lexicon', () => {
	it('replaces entries by id, adds new ones, unions plain lists, merges objects key by key', () => {
		const base = {
			actors: [
				{id: 'a', nameEn: 'A'},
				{id: 'b', nameEn: 'B'},
			],
			words: ['x', 'y'],
			nested: {k: [1], v: 'old'},
		};
		const user = {
			actors: [
				{id: 'b', nameEn: 'B2'},
				{id: 'c', nameEn: 'C'},
			],
			words: ['y', 'z'],
			nested: {v: 'new'},
		};
		expect(mergeJson(base, user)).toEqual({
			actors: [
				{id: 'a', nameEn: 'A'},
				{id: 'b', nameEn: 'B2'},
				{id: 'c', nameEn: 'C'},
			],
			words: ['x', 'y', 'z'],
			nested: {k: [1], v: 'new'},
		});
		// A full copy of the built-in folder gives it back, not everything twice.
		expect(mergeJson(base, base)).toEqual(base);
	});
});

import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Comparison} from '../../source/compare/index.js';
import {miniDataset, miniIds} from '../fixtures/mini-dataset.js';
import {article, compareIn, dataset, event, type Spec} from './build.js';

const EV = 'nrc';
const STOLT = ['jens-stoltenberg', 'Jens Stoltenberg'] as [string, string];

function rowOf(c: Comparison, sentenceId: string) {
	return c.rows.find(r => Object.values(r.cells).some(ids => ids.includes(sentenceId)));
}

function everySentenceOnce(c: Comparison, expected: string[]) {
	const seen = c.rows.flatMap(r => Object.values(r.cells).flat());
	expect([...seen].sort()).toEqual([...expected].sort());
	for (const r of c.rows) for (const ids of Object.values(r.cells)) expect(ids.length).toBeLessThanOrEqual(1);
}

describe('alignment', () => {
	const a = article('000_a', 'Outlet A', '2022-01-02', [
		{
			text: 'قرر الأمين العام لحلف الناتو ينس ستولتنبرغ عقد اجتماع لمجلس الناتو وروسيا في بروكسل يوم 12 يناير.',
			actors: [[...STOLT, 'ينس ستولتنبرغ']],
			places: [['brussels', 'Brussels', 'بروكسل']],
			dates: [['12 يناير', '2022-01-12']],
			events: [EV],
		},
		{
			text: 'وقال ستولتنبرغ إن التوصل إلى حل وسط لن يكون سهلا.',
			actors: [[...STOLT, 'ستولتنبرغ']],
			said: {speaker: STOLT, verb: 'قال'},
			events: [EV],
		},
	]);
	const b = article('001_b', 'Outlet B', '2022-01-03', [
		{
			text: 'حدد ستولتنبرج موعد لقاء الحلف مع موسكو بتاريخ 12/01/2022.',
			actors: [[...STOLT, 'ستولتنبرج']],
			dates: [['12/01/2022', '2022-01-12']],
			events: [EV],
		},
		{
			text: 'ترأس ستولتنبرج الجلسة التي حضرها نائب وزير الخارجية الروسي.',
			actors: [[...STOLT, 'ستولتنبرج']],
			events: [EV],
		},
	]);
	const ds = dataset([a, b], [event(EV, [a, b], {date: '2022-01-12'})]);
	const c = compareIn(ds, EV);

	it('puts the same fact told in different words on one row, and says why', () => {
		const row = rowOf(c, '000_a:0')!;
		expect(row.cells['001_b']).toEqual(['001_b:0']);
		expect(row.reason).toContain('2022-01-12');
		expect(row.reason).toContain('Jens Stoltenberg');
		expect(row.kind).toBe('date-place');
	});

	it('keeps apart different facts that share only an actor', () => {
		expect(rowOf(c, '000_a:1')).not.toBe(rowOf(c, '001_b:1'));
		expect(rowOf(c, '000_a:1')!.cells['001_b']).toEqual([]);
		expect(rowOf(c, '001_b:1')!.cells['000_a']).toEqual([]);
		expect(rowOf(c, '000_a:1')!.reason).toContain('reported only by Outlet A');
	});

	it('keeps apart different facts sharing a rare actor', () => {
		const x = article('000_x', 'X', '2022-01-01', [
			{text: 'وقال ستولتنبرغ إن الخطر قائم وإن الحلف سيدافع عن أعضائه.', actors: [[...STOLT, 'ستولتنبرغ']], said: {speaker: STOLT, verb: 'قال'}, events: [EV]},
			{text: 'وتوجه بوريل إلى أوكرانيا في رحلة تستغرق يومين.', events: [EV]},
			{text: 'وتريد موسكو ضمانات أمنية ملزمة قانونا.', events: [EV]},
		]);
		const y = article('001_y', 'Y', '2022-01-02', [
			{text: 'ترأس ستولتنبرغ الجلسة في مقر الحلف ببروكسل.', actors: [[...STOLT, 'ستولتنبرغ']], events: [EV]},
			{text: 'وسحبت البعثة الدبلوماسية الروسية في أكتوبر.', events: [EV]},
			{text: 'ويحشد الجيش قواته قرب الحدود.', events: [EV]},
		]);
		const cx = compareIn(dataset([x, y], [event(EV, [x, y])]), EV);
		expect(rowOf(cx, '000_x:0')!.cells['001_y']).toEqual([]);
	});

	it('aligns a close paraphrase on wording when the names shared are everywhere', () => {
		const ru: Spec['places'] = [['russia', 'Russia', 'روسيا']];
		const x = article('000_x', 'X', '2022-01-01', [
			{text: 'وتنفي روسيا ذلك وتقول ان علاقة اوكرانيا المتنامية مع حلف شمال الاطلسي هي التي ادت الى تصاعد المواجهة.', places: ru, events: [EV]},
			{text: 'وأصدرت وزارة الخارجية الروسية مسودة اتفاق بشأن الضمانات الأمنية.', events: [EV]},
		]);
		const y = article('001_y', 'Y', '2022-01-02', [
			{text: 'وتنفي روسيا هذه المزاعم مستشهدة بعلاقات أوكرانيا المتنامية مع حلف شمال الأطلسي.', places: ru, events: [EV]},
			{text: 'وقال هاريس إن واشنطن مستعدة لفرض عقوبات لم ترها روسيا من قبل.', places: ru, events: [EV]},
		]);
		const cx = compareIn(dataset([x, y], [event(EV, [x, y])]), EV);
		expect(rowOf(cx, '000_x:0')!.cells['001_y']).toEqual(['001_y:0']);
		expect(rowOf(cx, '000_x:1')!.cells['001_y']).toEqual([]);
		expect(rowOf(cx, '001_y:1')!.cells['000_x']).toEqual([]);
	});

	it('places each statement of the event in exactly one row, at most one per outlet', () => {
		everySentenceOnce(c, ['000_a:0', '000_a:1', '001_b:0', '001_b:1']);
		const mini = compareIn(miniDataset, miniIds.nrcEvent);
		everySentenceOnce(mini, miniDataset.events.find(e => e.id === miniIds.nrcEvent)!.sentences);
	});

	it('uses only the sentences linked to the event', () => {
		const mini = compareIn(miniDataset, miniIds.genevaEvent);
		everySentenceOnce(mini, ['001_mini:2', '002_mini:3']);
	});

	it('partitions random sentences into rows with at most one sentence per article', () => {
		const words = ['اجتماع', 'الناتو', 'روسيا', 'بروكسل', 'محادثات', 'جنيف', 'عقوبات', 'أوكرانيا', 'موسكو', 'الحوار'];
		const spec = fc.record({
			words: fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 8}),
			actor: fc.boolean(),
			date: fc.constantFrom(null, '2022-01-10', '2022-01-12'),
			linked: fc.boolean(),
		});
		fc.assert(
			fc.property(fc.array(fc.array(spec, {minLength: 1, maxLength: 5}), {minLength: 1, maxLength: 4}), arts => {
				const articles = arts.map((specs, i) =>
					article(
						`00${i}_r`,
						null,
						null,
						specs.map((s): Spec => {
							const text = `${s.words.join(' ')}${s.actor ? ' ستولتنبرغ' : ''}${s.date ? ` ${s.date}` : ''}`;
							return {
								text,
								actors: s.actor ? [[...STOLT, 'ستولتنبرغ']] : [],
								dates: s.date ? [[s.date, s.date]] : [],
								events: s.linked ? [EV] : [],
							};
						}),
					),
				);
				const linked = articles.flatMap(a => a.sentences.filter(s => s.events.includes(EV)).map(s => s.id));
				const cr = compareIn(dataset(articles, [event(EV, articles)]), EV);
				const seen = cr.rows.flatMap(r => Object.values(r.cells).flat());
				expect([...seen].sort()).toEqual([...linked].sort());
				for (const r of cr.rows) for (const ids of Object.values(r.cells)) expect(ids.length).toBeLessThanOrEqual(1);
			}),
			{numRuns: 60},
		);
	});
});

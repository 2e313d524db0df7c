// Every event type of data/lexicon/events.json (PLOVER codes, with STATEMENT
// and DISASTER as extensions), three or more phrasings each, written for this
// test: the type and subtype each sentence is recognised as, and where the
// sentence says them, its status, place, participants, date and numbers.
// The sentences go through the real extraction (tests/ingest/event-lexicon.ts
// adds the places and bodies of other crises to the bundled lexicon).
// Published on Wednesday 10 May 2023, so "يوم الثلاثاء" is the 9th.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {Mention} from '../../source/ingest/events/mentions.js';
import {eventLexicons, mentionsIn} from './event-lexicon.js';

type Expected = {
	text: string;
	type: string;
	status?: Mention['status'];
	/** Place id; null when the sentence places the event nowhere. */
	place?: string | null;
	participants?: string[];
	/** Must not be participants (a topic, an origin, a place). */
	absent?: string[];
	date?: string;
	numbers?: Array<{value: number; counts: string | null; unit?: string}>;
	outcomes?: string[];
};

const cases: Record<string, Expected[]> = {
	CONSULT: [
		{
			text: 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأرميني في يريفان يوم الثلاثاء لبحث الوضع على الحدود',
			type: 'meeting',
			status: 'held',
			place: 'yerevan',
			participants: ['sergey-lavrov'],
			date: '2023-05-09',
		},
		{
			text: 'ستعقد قمة لقادة دول الاتحاد الأفريقي في أديس أبابا يوم 20 مايو',
			type: 'summit',
			status: 'scheduled',
			place: 'addis-ababa',
			participants: ['african-union'],
			date: '2023-05-20',
		},
		{
			text: 'أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان مساء الاثنين',
			type: 'phone-call',
			status: 'held',
			place: null,
			participants: ['emmanuel-macron', 'recep-tayyip-erdogan'],
			date: '2023-05-08',
		},
		{
			text: 'يزور الأمين العام للأمم المتحدة أنطونيو غوتيريش الخرطوم الأسبوع المقبل',
			type: 'visit',
			status: 'scheduled',
			place: 'khartoum',
			participants: ['antonio-guterres'],
		},
	],
	AGREE: [
		{
			text: 'وقعت أرمينيا وأذربيجان اتفاقا لوقف إطلاق النار في موسكو فجر الجمعة',
			type: 'agreement',
			status: 'held',
			place: 'moscow',
			participants: ['armenia', 'azerbaijan'],
			date: '2023-05-05',
		},
		{
			text: 'وقعت أرمينيا وأذربيجان اتفاقا لوقف إطلاق النار في موسكو فجر الجمعة',
			type: 'ceasefire',
			place: 'moscow',
		},
		{
			text: 'أعلن الجيش السوداني وقوات الدعم السريع هدنة لمدة 72 ساعة تبدأ صباح السبت',
			type: 'ceasefire',
			status: 'scheduled',
			participants: ['sudanese-army', 'rsf'],
			numbers: [{value: 72, counts: 'hours'}],
			date: '2023-05-13',
		},
		{
			text: 'اتفق الطرفان على وقف القتال في مدينة الفاشر',
			type: 'ceasefire',
			place: 'el-fasher',
			outcomes: ['agreed'],
		},
	],
	STATEMENT: [
		{
			text: 'ألقى الرئيس الأوكراني فولوديمير زيلينسكي كلمة متلفزة مساء الأحد',
			type: 'speech',
			status: 'held',
			participants: ['volodymyr-zelensky'],
			date: '2023-05-07',
		},
		{
			text: 'قال المتحدث باسم الكرملين دميتري بيسكوف في إحاطة للصحفيين اليوم إن المحادثات متوقفة',
			type: 'briefing',
			place: null,
			participants: ['dmitry-peskov'],
			date: '2023-05-10',
		},
		{
			text: 'وجه الرئيس الأمريكي جو بايدن رسالة إلى الكونغرس يوم الخميس',
			type: 'letter',
			participants: ['joe-biden'],
			date: '2023-05-04',
		},
		{
			text: 'أجرت شبكة سي إن إن مقابلة مع وزير الخارجية الأمريكي أنتوني بلينكن',
			type: 'interview',
			status: 'held',
			participants: ['cnn', 'antony-blinken'],
		},
	],
	REQUEST: [
		{
			text: 'طالب مجلس الأمن الدولي بوقف فوري لإطلاق النار في السودان',
			type: 'demand',
			status: 'held',
			place: null,
			participants: ['un-security-council'],
			absent: ['sudan'],
		},
		{
			text: 'دعت الأمم المتحدة إلى فتح ممرات آمنة لإجلاء المدنيين من الخرطوم',
			type: 'appeal',
			place: null,
			participants: ['un'],
		},
		{
			text: 'طالبت الحكومة الأوكرانية الدول الغربية بمزيد من المساعدات العسكرية',
			type: 'demand',
			status: 'held',
			participants: ['ukrainian-government'],
		},
	],
	REJECT: [
		{text: 'رفضت روسيا المقترح الأوروبي لتمديد الهدنة', type: 'rejection', status: 'held', participants: ['russia']},
		{
			text: 'استخدمت روسيا حق النقض ضد مشروع القرار في مجلس الأمن الدولي',
			type: 'veto',
			place: null,
			participants: ['russia', 'un-security-council'],
		},
		{text: 'ترفض أذربيجان الوساطة الفرنسية في النزاع', type: 'rejection', participants: ['azerbaijan']},
	],
	THREATEN: [
		{text: 'هدد الرئيس الروسي فلاديمير بوتين باستخدام كل الوسائل المتاحة', type: 'threat', status: 'held', participants: ['vladimir-putin']},
		{text: 'وجهت واشنطن إنذارا نهائيا إلى الحكومة السودانية', type: 'threat', participants: ['united-states']},
		{text: 'توعدت قوات الدعم السريع بالرد على أي هجوم على مواقعها', type: 'threat', status: 'held', participants: ['rsf']},
	],
	SANCTION: [
		{
			text: 'فرضت وزارة الخزانة الأمريكية عقوبات على شركتين سودانيتين يوم الخميس',
			type: 'sanctions',
			status: 'held',
			participants: ['us-treasury'],
			date: '2023-05-04',
		},
		{
			text: 'أعلن الاتحاد الأوروبي حزمة جديدة من العقوبات على روسيا تشمل 87 كيانا',
			type: 'sanctions',
			status: 'announced',
			participants: ['european-union', 'russia'],
			numbers: [{value: 87, counts: 'entities'}],
		},
		{text: 'قطعت أذربيجان علاقاتها الدبلوماسية مع إيران', type: 'relations', status: 'held', participants: ['azerbaijan', 'iran']},
	],
	MOBILIZE: [
		{
			text: 'حشدت روسيا أكثر من 100 ألف جندي قرب الحدود الأوكرانية',
			type: 'deployment',
			status: 'held',
			participants: ['russia'],
			numbers: [{value: 100000, counts: 'troops'}],
		},
		{
			text: 'أرسلت الولايات المتحدة تعزيزات عسكرية إلى بولندا الأسبوع الماضي',
			type: 'deployment',
			status: 'held',
			place: 'poland',
			participants: ['united-states'],
			absent: ['poland'],
		},
		{text: 'أعلن الجيش التركي رفع حالة التأهب على الحدود الجنوبية', type: 'alert', status: 'announced'},
		{text: 'بدأت روسيا وبيلاروسيا مناورات عسكرية مشتركة قرب الحدود', type: 'exercise', status: 'held', participants: ['russia', 'belarus']},
	],
	ASSAULT: [
		{text: 'قصفت القوات الروسية مدينة خاركيف بالصواريخ فجر الاثنين', type: 'shelling', status: 'held', place: 'kharkiv', date: '2023-05-08'},
		{
			text: 'اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم',
			type: 'clashes',
			status: 'held',
			place: 'khartoum',
			participants: ['sudanese-army', 'rsf'],
		},
		{
			text: 'شنت طائرات إسرائيلية غارات جوية على غزة أسفرت عن مقتل 12 شخصا وإصابة 30 آخرين',
			type: 'airstrike',
			status: 'held',
			place: 'gaza',
			numbers: [
				{value: 12, counts: 'killed'},
				{value: 30, counts: 'wounded'},
			],
		},
		{text: 'قتل 5 جنود في هجوم على موقع عسكري قرب الحدود', type: 'attack', numbers: [{value: 5, counts: 'troops'}]},
		// A coup and a war (issue 17 part 3): fighting that lasts is dated by when it began.
		{text: 'أعلن ضباط في الجيش الإطاحة بالرئيس وتعليق العمل بالدستور يوم الثلاثاء', type: 'coup', date: '2023-05-09'},
		{text: 'تشهد البلاد منذ 3 مارس حربا بين الجيش والمتمردين', type: 'war', date: '2023-03-03'},
		{text: 'ارتفعت حصيلة المعارك الدائرة في الخرطوم منذ السبت الماضي إلى 40 قتيلا', type: 'clashes', date: '2023-05-06'},
	],
	AID: [
		// An evacuation happens where people leave, not where they are taken.
		{
			text: 'بدأت السعودية عملية إجلاء 150 شخصا من بورتسودان إلى جدة',
			type: 'evacuation',
			status: 'held',
			place: 'port-sudan',
			participants: ['saudi-arabia'],
			numbers: [{value: 150, counts: 'evacuated'}],
		},
		{text: 'فتحت السلطات ممرا إنسانيا في مدينة ماريوبول لخروج المدنيين', type: 'corridor', place: 'mariupol'},
		{text: 'تواصلت عمليات إجلاء المدنيين من مدينة الخرطوم يوم الأحد', type: 'evacuation', place: 'khartoum', absent: ['sudan'], date: '2023-05-07'},
		{text: 'وصلت قافلة مساعدات إنسانية إلى حلب يوم الأحد', type: 'aid', status: 'held', place: 'aleppo', date: '2023-05-07'},
	],
	PROTEST: [
		{
			text: 'تظاهر آلاف الأشخاص في يريفان يوم السبت للمطالبة باستقالة رئيس الوزراء',
			type: 'demonstration',
			status: 'held',
			place: 'yerevan',
			date: '2023-05-06',
		},
		{text: 'نظم عمال الموانئ إضرابا عن العمل في بورتسودان', type: 'demonstration', status: 'held', place: 'port-sudan'},
		{text: 'اندلعت أعمال شغب في ضواحي باريس ليل الجمعة', type: 'riot', status: 'held', place: 'paris', date: '2023-05-05'},
	],
	CONCEDE: [
		{text: 'اعترفت الحكومة البريطانية بدولة فلسطين', type: 'recognition', status: 'held', participants: ['british-government', 'palestine']},
		{
			text: 'أفرجت السلطات الإيرانية عن 3 صحفيين يوم الثلاثاء',
			type: 'release',
			status: 'held',
			numbers: [{value: 3, counts: null, unit: 'صحفيين'}],
			date: '2023-05-09',
		},
		{text: 'تم تبادل الأسرى بين أرمينيا وأذربيجان عند نقطة حدودية', type: 'release', participants: ['armenia', 'azerbaijan']},
	],
	RETREAT: [
		{
			text: 'أعلنت روسيا انسحاب قواتها من مدينة خيرسون',
			type: 'withdrawal',
			status: 'announced',
			place: null,
			participants: ['russia'],
		},
		{text: 'انسحبت القوات الأرمينية من المنطقة الحدودية يوم الجمعة', type: 'withdrawal', status: 'held', date: '2023-05-05'},
		{
			text: 'قدم رئيس الوزراء الأرميني نيكول باشينيان استقالته يوم الأحد',
			type: 'resignation',
			status: 'held',
			participants: ['nikol-pashinyan'],
			date: '2023-05-07',
		},
	],
	COERCE: [
		{text: 'اعتقلت قوات الأمن 40 متظاهرا في طهران', type: 'arrest', status: 'held', place: 'tehran', numbers: [{value: 40, counts: 'arrested'}]},
		{text: 'فرضت السلطات حظر التجول في الخرطوم', type: 'curfew', status: 'held', place: 'khartoum'},
		{
			text: 'أعلنت روسيا ضم أربع مناطق أوكرانية',
			type: 'annexation',
			status: 'announced',
			participants: ['russia'],
			numbers: [{value: 4, counts: null, unit: 'مناطق'}],
		},
	],
	DISASTER: [
		{
			text: 'ضرب زلزال بقوة 7.8 درجات جنوب تركيا فجر الاثنين',
			type: 'earthquake',
			status: 'held',
			place: 'turkey',
			numbers: [{value: 7.8, counts: 'magnitude'}],
			date: '2023-05-08',
		},
		{text: 'ارتفعت حصيلة ضحايا الزلزال في سوريا إلى 3500 قتيل', type: 'earthquake', place: 'syria', numbers: [{value: 3500, counts: 'killed'}]},
		{text: 'اجتاحت السيول عدة قرى في إقليم دارفور', type: 'flood', status: 'held', place: 'darfur'},
		// ولاية الخرطوم is Khartoum State (the gazetteer's region), not the city.
		{text: 'أعلنت منظمة الصحة العالمية تفشي الكوليرا في ولاية الخرطوم', type: 'epidemic', status: 'announced', place: 'khartoum-state', participants: ['who']},
	],
};

function check(e: Expected, plover: string): void {
	const all = mentionsIn(e.text);
	const m = all.find(x => x.type === e.type);
	expect(m, `${e.type} among ${all.map(x => x.type).join(', ') || 'no mentions'}`).toBeDefined();
	expect(m!.plover).toBe(plover);
	if (e.status !== undefined) expect(m!.status, 'status').toBe(e.status);
	if (e.place !== undefined) expect(m!.place, 'place').toBe(e.place);
	if (e.participants) expect(m!.participants, 'participants').toEqual(expect.arrayContaining(e.participants));
	for (const id of e.absent ?? []) expect(m!.participants, `${id} takes no part`).not.toContain(id);
	if (e.date !== undefined) expect(m!.date?.value, 'date').toBe(e.date);
	if (e.numbers) {
		const got = m!.numbers.map(n => ({value: n.value, counts: n.counts, ...(e.numbers!.some(x => x.unit) ? {unit: n.unit} : {})}));
		expect(got, 'numbers').toEqual(e.numbers.map(n => ({value: n.value, counts: n.counts, ...(n.unit ? {unit: n.unit} : {})})));
	}
	if (e.outcomes)
		expect(
			m!.outcomes.map(o => o.kind),
			'outcomes',
		).toEqual(expect.arrayContaining(e.outcomes));
}

describe('event types', () => {
	it('tests every type of the lexicon with three phrasings or more', () => {
		const codes = eventLexicons().lex.events.types.map(t => t.code);
		for (const code of codes) expect(cases[code]?.length ?? 0, code).toBeGreaterThanOrEqual(3);
		expect(Object.keys(cases).sort()).toEqual([...codes].sort());
	});
	for (const [plover, list] of Object.entries(cases)) {
		describe(plover, () => {
			for (const e of list) it(`${e.type}: ${e.text}`, () => check(e, plover));
		});
	}
});

describe('where an event stands and what came of it', () => {
	const first = (text: string, type: string) => mentionsIn(text).find(m => m.type === type);
	it('postponed, cancelled, expired', () => {
		expect(first('تقرر تأجيل القمة العربية إلى موعد لاحق', 'summit')?.status).toBe('postponed');
		expect(first('ألغت الحكومة الألمانية زيارة الوفد الأمريكي', 'visit')?.status).toBe('cancelled');
		// A truce that ends has run out.
		expect(first('انتهت الهدنة منتصف ليل الأحد', 'ceasefire')?.status).toBe('expired');
	});
	it('ended or failed, with the outcome words', () => {
		const ended = first('انتهى الاجتماع دون التوصل إلى اتفاق', 'meeting');
		expect(ended?.status).toBe('ended');
		expect(ended?.outcomes.map(o => o.kind)).toContain('inconclusive');
		const failed = first('فشلت المحادثات بين الطرفين', 'talks');
		expect(failed?.status).toBe('failed');
		expect(failed?.outcomes.map(o => o.kind)).toContain('failed');
	});
	it('gives a status word right before a trigger to that trigger', () => {
		const ms = mentionsIn('عقد اجتماع الأسبوع المقبل بعد انتهاء المناورات');
		expect(ms.find(m => m.type === 'meeting')?.status).toBe('scheduled');
		expect(ms.find(m => m.type === 'exercise')?.status).toBe('ended');
	});
});

describe('what linking reads from a clause', () => {
	const first = (text: string, type: string) => mentionsIn(text).find(m => m.type === type);
	it('dates an event by the one it happens during', () => {
		expect(first('فرض الوزراء عقوبات جديدة خلال اجتماعهم في بروكسل يوم الاثنين', 'sanctions')?.date?.value).toBe('2023-05-08');
		expect(first('أمهل المجلس الطرفين أسبوعا في ختام اجتماع عقده أمس', 'threat')?.date?.value).toBe('2023-05-09');
	});
	it('gives verbs joined by و their subject', () => {
		const threat = first('الاتحاد الأوروبي يفرض عقوبات جديدة ويمهل الحكومة شهرا', 'threat');
		expect(threat?.subject?.id).toBe('european-union');
		expect(threat?.participants).toContain('european-union');
	});
	it('records what a refusal is about', () => {
		expect(first('رفضت الحكومة العقوبات الأوروبية', 'rejection')?.topic).toBe('sanction');
		expect(first('رفضت الحكومة الهدنة', 'rejection')?.topic).toBe('ceasefire');
	});
	it('does not take a coming day for the day of the report', () => {
		const aid = first('قال البرنامج إنه سيبدأ غدا توزيع مساعدات على النازحين', 'aid');
		expect(aid?.date?.value).toBe('2023-05-11');
		expect(aid?.date?.relative).toBe(false);
	});
	it('reads a part of the day before الاثنين as a weekday', () => {
		expect(first('سقطت قذائف على السوق مساء الاثنين', 'shelling')?.date?.value).toBe('2023-05-08');
	});
});

describe('clauses', () => {
	it('takes a trigger after a topic word for what the event is about, not an event', () => {
		expect(mentionsIn('بحث الوزيران وقف إطلاق النار').map(m => m.type)).not.toContain('ceasefire');
		expect(mentionsIn('جرت محادثات بشأن وقف إطلاق النار في غزة').map(m => m.type)).toEqual(['talks']);
	});
	it('takes what follows a demand, a refusal or a threat for its topic', () => {
		expect(mentionsIn('دعت الأمم المتحدة إلى فتح ممرات آمنة لإجلاء المدنيين من الخرطوم').map(m => m.type)).toEqual(['appeal']);
		expect(mentionsIn('رفضت روسيا المقترح الأوروبي لتمديد الهدنة').map(m => m.type)).toEqual(['rejection']);
		// A new clause is a new event.
		expect(mentionsIn('رفضت روسيا المقترح، بينما اندلعت اشتباكات في خاركيف').map(m => m.type)).toEqual(['rejection', 'clashes']);
	});
	it('gives coordinated triggers the parties that follow them', () => {
		const ms = mentionsIn('اجتماع ومباحثات بين روسيا وحلف شمال الأطلسي');
		expect(ms.map(m => m.type)).toEqual(['meeting', 'talks']);
		for (const m of ms) expect(m.parties).toEqual(['russia', 'nato']);
	});
	it('does not take the place a speaker speaks of for where the event is', () => {
		expect(mentionsIn('قال ستولتنبرغ في مؤتمر صحفي: هناك خطر حقيقي في أوروبا')[0]?.place).toBeNull();
	});
});

describe('events.json', () => {
	it('is validated on load, with the file and the path of a mistake', async () => {
		const {validateEventLexicon} = await import('../../source/lexicon/events.js');
		const bundled = JSON.parse(readFileSync('data/lexicon/events.json', 'utf8'));
		expect(() => validateEventLexicon(bundled)).not.toThrow();
		const broken = structuredClone(bundled);
		delete broken.types[1].subtypes[0].triggers;
		expect(() => validateEventLexicon(broken, 'events.json')).toThrow(/events\.json at types\[1\]\.subtypes\[0\]\.triggers/);
		const twice = structuredClone(bundled);
		twice.types[2].subtypes.push({...twice.types[0].subtypes[0]});
		expect(() => validateEventLexicon(twice)).toThrow(/duplicate subtype "meeting"/);
	});
});

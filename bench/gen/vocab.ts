// What the generator writes with: names come from data/lexicon (so the corpus
// exercises the same gazetteer users extend), plus a fixed stock of outlets
// and clause fragments that give sentences varied, news-like wording.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {CalendarJson} from './dates.js';

type LexName = {id: string; nameEn: string; nameAr: string; aliases: string[]};
export type LexActor = LexName & {roles: Array<{titleAr: string[]}>};
export type LexPlace = LexName & {kind: string};

export type Vocab = {
	actors: LexActor[];
	places: LexPlace[];
	organizations: LexName[];
	agencies: LexName[];
	verbs: Array<{lemma: string; forms: string[]}>;
	calendar: CalendarJson;
	boilerplate: {lines: Record<string, string[]>; prefixes: Record<string, string[]>};
	sources: {heads: Array<{ar: string[]}>; qualifiers: Array<{ar: string[]}>};
};

const read = <T>(dir: string, name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

export function loadVocab(dir: string): Vocab {
	return {
		actors: read(dir, 'actors.json'),
		places: read(dir, 'places.json'),
		organizations: read(dir, 'organizations.json'),
		agencies: read(dir, 'agencies.json'),
		verbs: read(dir, 'verbs.json'),
		calendar: read(dir, 'calendar.json'),
		boilerplate: read(dir, 'boilerplate.json'),
		sources: read(dir, 'sources.json'),
	};
}

export const ARABIC = /[\u0600-\u06FF]/;
export const arabicNames = (e: LexName) => [e.nameAr, ...e.aliases].filter(n => ARABIC.test(n));

/** Synthetic outlets (not agencies, so they never collide with cited sources). */
export const OUTLETS = [
	'صحيفة الرائد',
	'موقع المرصد الإخباري',
	'شبكة الأفق',
	'صحيفة النهار الجديد',
	'بوابة الشرق',
	'موقع الحدث اليوم',
	'صحيفة الوطن العربي',
	'قناة المدار',
	'موقع الخبر الدولي',
	'صحيفة البيان الأوروبي',
	'وكالة أنباء الساحل',
	'مجلة السياسة الدولية',
];

/** The outlet whose event dates are one day off (the comparison must flag it). */
export const SLOPPY_OUTLET = 0;

/** Predicates for "X said that <subject> <predicate>". {place}/{country} are filled in. */
export const PREDICATES = [
	'تطالب بضمانات أمنية ملزمة قانونيا',
	'ترفض توسع الحلف شرقا نحو حدودها',
	'تحشد عشرات الآلاف من الجنود قرب الحدود مع {country}',
	'لن تساوم على حق {country} في اختيار طريقها الخاص',
	'تدعو إلى خفض التصعيد والعودة إلى طاولة الحوار',
	'تدرس مسودتي الاتفاقيتين بشأن الضمانات الأمنية',
	'تعرب عن قلقها من المناورات العسكرية في {place}',
	'مستعدة لمواصلة الحوار دون تقديم تنازلات',
	'ستفرض عقوبات اقتصادية غير مسبوقة في حال حدوث أي هجوم',
	'تنفي أي نية لمهاجمة {country}',
	'تتهم الغرب بتجاهل مخاوفها الأمنية',
	'ترى أن نشر الصواريخ في {place} يشكل تهديدا مباشرا',
	'تشدد على مبدأ الباب المفتوح في الحلف',
	'تبحث مع حلفائها خيارات الرد المشترك',
	'تتوقع جولة جديدة من المشاورات خلال الأسابيع المقبلة',
	'تطالب بسحب القوات الأجنبية من {country}',
	'ترحب بالمقترحات الخاصة بالحد من التسلح',
	'تحذر من عواقب وخيمة لأي تصعيد عسكري',
	'تؤكد أن الدبلوماسية ما زالت السبيل الوحيد',
	'تعتبر أن المحادثات لم تحقق أي تقدم ملموس',
	'تسعى إلى تعزيز الجناح الشرقي للحلف في {place}',
	'تنتظر ردا مكتوبا على مقترحاتها',
	'ترفض منح أي طرف حق النقض على قرارات الحلف',
	'تبدي انفتاحا على مناقشة الشفافية في التدريبات العسكرية',
	'تواصل إرسال المساعدات العسكرية إلى {country}',
	'ستعيد النظر في علاقاتها مع الحلف إذا استمر التصعيد',
];

export const ADVERBIALS = [
	'',
	'',
	'في الوقت الراهن',
	'خلال الأسابيع المقبلة',
	'بشكل واضح',
	'على المدى القريب',
	'رغم الخلافات العميقة',
	'وسط توتر متصاعد',
	'بحسب ما هو معلن',
];

export const CONNECTIVES = ['وفي سياق متصل،', 'من جهة أخرى،', 'وفي وقت سابق،', 'إلى ذلك،', 'وبالتوازي مع ذلك،', 'وعلى صعيد آخر،'];

export const QUOTES = [
	'لا يمكننا قبول عودة مناطق النفوذ في أوروبا',
	'الكرة الآن في ملعب الطرف الآخر',
	'نحن مستعدون للاستماع إلى مخاوف الجميع',
	'لن نسمح بأن تفرض علينا شروط من الخارج',
	'الحوار أفضل من المواجهة',
	'هناك خلافات كبيرة لا يمكن تجاوزها بسهولة',
	'نريد ضمانات مكتوبة وليس وعودا شفهية',
	'الوضع خطير ويتطلب ضبط النفس',
	'سنواصل دعم شركائنا بكل الوسائل',
	'ما زال هناك وقت لتجنب الأسوأ',
];

export const CAPTION_CREDITS = ['(رويترز)', '(أ ف ب)', 'صورة أرشيفية', '(Getty Images)'];

export const COOKIE_LINES = [
	'نستخدم ملفات تعريف الارتباط لتحسين تجربتك، اطلع على سياسة الخصوصية',
	'By continuing you agree to our use of cookies',
	'اشترك في النشرة البريدية لتصلك آخر الأخبار',
];

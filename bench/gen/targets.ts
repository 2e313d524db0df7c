// Planted search targets: each benchmark query has a form (a rare spelling, a
// reserved actor, a phrase) written only into a few known articles, so "is the
// planted sentence in the top 3" is a question with a known answer at any size.
// Typing the query still walks through prefixes that match thousands of
// sentences (ستولتنب…), which is what the latency figures are about.

export type PlantSpec = {
	/** Short name for tables. */
	name: string;
	/** What the query tests. */
	kind: string;
	/** Typed, one character per keystroke. */
	query: string;
	/** The text written into the target articles (what a hit must contain). */
	planted: string;
	/** Actor whose names are kept out of the rest of the corpus (null: only `reserve` spellings). */
	actor: string | null;
	/** Spellings never written outside target articles. */
	reserve: string[];
	/** Sentence written into a target article; {x} is the planted text. */
	template: string;
};

export const PLANTS: PlantSpec[] = [
	{
		name: 'stoltenberg-variant',
		kind: 'Arabic name, rare variant spelling',
		query: 'ستولتنبيرغ',
		planted: 'ستولتنبيرغ',
		actor: null,
		reserve: ['ستولتنبيرغ', 'ينس ستولتنبيرغ', 'ستولتنبيرج'],
		template: 'وقال الأمين العام ينس {x} في تصريحات للصحفيين إن الحلف لن يتخلى عن سياسة الباب المفتوح.',
	},
	{
		name: 'geoana-seed',
		kind: 'Arabic name, seed spelling',
		query: 'جيوانا',
		planted: 'ميرسيا جيوانا',
		actor: 'mircea-geoana',
		reserve: [],
		template: 'وأوضح نائب الأمين العام {x} أن الحلفاء متفقون على الرد المشترك.',
	},
	{
		name: 'kortunov-variant',
		kind: 'Arabic name, variant spelling not in the text',
		query: 'اندري كورتونوف',
		planted: 'أندريه كورتونوف',
		actor: 'andrey-kortunov',
		reserve: [],
		template: 'ورأى الخبير الروسي {x} أن فرص التوصل إلى تسوية ما زالت قائمة.',
	},
	{
		name: 'bauer-english',
		kind: 'English name of an Arabic-written actor',
		query: 'Rob Bauer',
		planted: 'روب باور',
		actor: 'rob-bauer',
		reserve: [],
		template: 'وترأس الأدميرال {x} اجتماع رؤساء الأركان في مقر الحلف.',
	},
	{
		name: 'open-skies-phrase',
		kind: 'two-word Arabic phrase',
		query: 'الأجواء المفتوحة',
		planted: 'الأجواء المفتوحة',
		actor: null,
		reserve: ['الأجواء المفتوحة'],
		template: 'وذكّر المتحدث بانسحاب موسكو من معاهدة {x} قبل أشهر.',
	},
	{
		name: 'schmid-seed',
		kind: 'Arabic name, seed spelling with proclitic',
		query: 'وهيلغا شميد',
		planted: 'هيلغا شميد',
		actor: 'helga-schmid',
		reserve: [],
		template: 'ودعت الأمينة العامة لمنظمة الأمن والتعاون في أوروبا {x} إلى حوار شامل حول الأمن الأوروبي.',
	},
];

/** Where each query's targets were planted (written to targets.json). */
export type PlantedTarget = {name: string; kind: string; query: string; planted: string; files: string[]};

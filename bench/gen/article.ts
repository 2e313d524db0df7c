// One generated article: a title, a header naming the outlet, body paragraphs
// built from varied sentence patterns (attributions, quotes, cited agencies,
// anonymous sources, event sentences with every date form), and the page
// furniture that cleaning must drop. Deterministic for a given Rng.
import type {Rng} from '../prng.js';
import {addDays, dayOf, isoOf, type Day, type DateWriter} from './dates.js';
import {ADVERBIALS, ARABIC, arabicNames, CAPTION_CREDITS, CONNECTIVES, COOKIE_LINES, OUTLETS, PREDICATES, QUOTES, type LexActor, type Vocab} from './vocab.js';

export type CorpusEvent = {id: string; type: EventType; day: Day; city: string; org: string; actors: [string, string]};
export type EventType = 'meeting' | 'talks' | 'visit' | 'press-conference' | 'phone-call' | 'exercise';
export const EVENT_TYPES: EventType[] = ['meeting', 'talks', 'visit', 'press-conference', 'phone-call', 'exercise'];

/** Everything an article draws on, compiled once per corpus. */
export type World = {
	vocab: Vocab;
	dates: DateWriter;
	/** Actors free for general use, most prominent first. */
	actors: LexActor[];
	/** Per actor id: the spellings allowed outside target articles. */
	spellings: Map<string, string[]>;
	cities: Array<{id: string; name: string}>;
	countries: string[];
	bodies: string[];
	agencies: Array<{full: string; short: string}>;
	pastVerbs: string[];
	events: CorpusEvent[];
};

export type ArticleSpec = {
	index: number;
	outlet: number;
	event: CorpusEvent;
	second: CorpusEvent;
	published: Day;
	/** Sentences to plant (already filled in), placed at random in the body. */
	plants: string[];
	/** Titles of other articles, for "read also" lines. */
	otherTitle: string;
};

export type Built = {text: string; wrongDate: {event: string; written: string; true: string} | null};

/** Prominence bias: the first names of the lexicon come up most, as in real coverage. */
function actorOf(rng: Rng, w: World): LexActor {
	return w.actors[Math.floor(rng.next() ** 2 * w.actors.length)]!;
}

function nameOf(rng: Rng, w: World, a: LexActor): string {
	const names = w.spellings.get(a.id)!;
	const name = rng.pick(names);
	const titles = a.roles.flatMap(r => r.titleAr);
	// A role title before the name ("وزير الخارجية الروسي سيرغي لافروف").
	if (titles.length > 0 && rng.chance(0.25)) return `${rng.pick(titles)} ${name}`;
	return name;
}

/** Attach a proclitic as Arabic writes it (ل + ال → لل). */
function clitic(p: 'و' | 'ب' | 'ل', word: string): string {
	if (p === 'ل' && word.startsWith('ال')) return `لل${word.slice(2)}`;
	return p + word;
}

function clause(rng: Rng, w: World): string {
	const subject = rng.chance(0.5) ? `روسيا` : rng.chance(0.5) ? rng.pick(w.bodies) : rng.pick(w.countries);
	const pred = rng.pick(PREDICATES).replace('{country}', rng.pick(w.countries)).replace('{place}', rng.pick(w.cities).name);
	const adv = rng.pick(ADVERBIALS);
	const num = rng.chance(0.15) ? ` بعد نشر نحو ${rng.int(2, 175)} ألف جندي` : '';
	return `${subject} ${pred}${num}${adv ? ` ${adv}` : ''}`;
}

function quote(rng: Rng, text: string): string {
	return rng.chance(0.6) ? `«${text}»` : `“${text}”`;
}

function agencyCite(rng: Rng, w: World, body: string, date: string): string {
	const ag = rng.pick(w.agencies);
	switch (rng.int(0, 4)) {
		case 0:
			return `${body}، حسبما ذكرت ${ag.full} ${date}.`;
		case 1:
			return `ونقلت ${ag.full} عن ${nameOf(rng, w, actorOf(rng, w))} قوله ${date} إن ${clause(rng, w)}.`;
		case 2:
			return `وقال ${nameOf(rng, w, actorOf(rng, w))} لـ"${ag.short}" إن ${clause(rng, w)}.`;
		case 3:
			return `${body}، وفقا لما أوردته ${ag.full}.`;
		default:
			return `وأفادت ${ag.full} ${date} بأن ${clause(rng, w)}.`;
	}
}

function anonymous(rng: Rng, w: World): string {
	const head = rng.pick(w.vocab.sources.heads).ar[0]!;
	const qual = rng.pick(w.vocab.sources.qualifiers).ar[0]!;
	return `وقال ${head} ${qual} طلب عدم الكشف عن هويته إن ${clause(rng, w)}.`;
}

function eventSentence(rng: Rng, w: World, e: CorpusEvent, published: Day, shift: number): {text: string; written: string} {
	const day = addDays(e.day, shift);
	const written = w.dates.write(rng, day, published);
	const held = isoOf(e.day) < isoOf(published);
	const city = w.cities.find(c => c.id === e.city)!.name;
	const a = w.actors.find(x => x.id === e.actors[0])!;
	const b = w.actors.find(x => x.id === e.actors[1])!;
	const A = nameOf(rng, w, a);
	const B = nameOf(rng, w, b);
	let text: string;
	switch (e.type) {
		case 'meeting':
			text = held
				? `وعقد ${e.org} اجتماعا في ${city} ${written} بمشاركة ${A} ${clitic('و', B)}`
				: `ومن المقرر أن يعقد ${e.org} اجتماعا في ${city} ${written} يحضره ${A}`;
			break;
		case 'talks':
			text = held
				? `وجرت محادثات بين ${A} ${clitic('و', B)} في ${city} ${written} استمرت عدة ساعات`
				: `وستجري محادثات بين ${A} ${clitic('و', B)} في ${city} ${written}`;
			break;
		case 'visit':
			text = held ? `وزار ${A} ${city} ${written} حيث التقى ${clitic('ب', B)}` : `وسيزور ${A} ${city} ${written} للقاء ${B}`;
			break;
		case 'press-conference':
			text = `وقال ${A} في مؤتمر صحفي ${held ? 'عقده' : 'سيعقده'} في ${city} ${written} إن ${clause(rng, w)}`;
			break;
		case 'phone-call':
			text = `وأجرى ${A} اتصالا هاتفيا ${clitic('ب', B)} ${written} بحثا خلاله ${rng.pick(['الأزمة الأوكرانية', 'الضمانات الأمنية', 'الوضع على الحدود'])}`;
			break;
		default:
			text = `${held ? 'وبدأت' : 'وستبدأ'} القوات الروسية مناورات عسكرية قرب ${city} ${written} بمشاركة آلاف الجنود`;
	}
	return {text: `${text}.`, written};
}

export function eventTitle(rng: Rng, w: World, e: CorpusEvent): string {
	const city = w.cities.find(c => c.id === e.city)!.name;
	const a = w.actors.find(x => x.id === e.actors[0])!;
	const words: Record<EventType, string> = {
		meeting: `${e.org} يجتمع في ${city}`,
		talks: `محادثات في ${city} حول الضمانات الأمنية`,
		visit: `${arabicNames(a)[0]} في ${city}`,
		'press-conference': `${arabicNames(a)[0]}: ${rng.pick(QUOTES)}`,
		'phone-call': `اتصال هاتفي يبحث الأزمة الأوكرانية`,
		exercise: `مناورات عسكرية روسية قرب ${city}`,
	};
	return `${words[e.type]} ${rng.pick(['وسط توتر متصاعد', 'بشأن أوكرانيا', '', 'في ظل الأزمة'])}`.trim();
}

function bodySentence(rng: Rng, w: World, published: Day): string {
	const verb = rng.pick(w.pastVerbs);
	const date = w.dates.write(rng, addDays(published, -rng.int(0, 3)), published);
	switch (rng.int(0, 7)) {
		case 0:
		case 1:
			return `و${verb} ${nameOf(rng, w, actorOf(rng, w))} ${date} إن ${clause(rng, w)}.`;
		case 2:
			return `وأضاف ${nameOf(rng, w, actorOf(rng, w))}: ${quote(rng, rng.pick(QUOTES))}.`;
		case 3:
			return agencyCite(rng, w, clause(rng, w), date);
		case 4:
			return anonymous(rng, w);
		case 5:
			return `${rng.pick(CONNECTIVES)} ${clitic('ل', 'الرد')} على سؤال ${clitic('ل', rng.pick(w.agencies).short)}، ${verb} ${nameOf(rng, w, actorOf(rng, w))} أن ${clause(rng, w)}.`;
		case 6:
			return `${rng.pick(CONNECTIVES)} ${clause(rng, w)}، في إشارة إلى ${rng.pick(w.bodies)}.`;
		default:
			return `وكان ${nameOf(rng, w, actorOf(rng, w))} قد ${verb} ${date} أن ${clause(rng, w)}، مضيفا: ${quote(rng, rng.pick(QUOTES))}.`;
	}
}

function furniture(rng: Rng, w: World, otherTitle: string): string {
	const bp = w.vocab.boilerplate;
	switch (rng.int(0, 4)) {
		case 0:
			return rng.pick(bp.lines.share ?? ['شارك']);
		case 1:
			return `${rng.pick(bp.prefixes.related ?? ['اقرأ أيضا'])}: ${otherTitle}`;
		case 2:
			return rng.pick(bp.lines.widget ?? ['الأكثر قراءة']);
		case 3:
			return rng.pick(bp.lines.advertisement ?? ['إعلان']);
		default:
			return `${nameOf(rng, w, actorOf(rng, w))} في ${rng.pick(w.cities).name} ${rng.pick(CAPTION_CREDITS)}`;
	}
}

/** The article text; `targetBytes` (3–6 KB) decides how many paragraphs it gets. */
export function buildArticle(rng: Rng, w: World, spec: ArticleSpec): Built {
	const {event, published} = spec;
	const outlet = OUTLETS[spec.outlet]!;
	const shift = spec.outlet === 0 ? 1 : 0;
	const targetBytes = rng.int(3000, 6000);
	const lines: string[] = [];
	lines.push(eventTitle(rng, w, event));
	const city = w.cities.find(c => c.id === event.city)!.name;
	const p = isoOf(published).split('-');
	lines.push(rng.chance(0.5) ? `${city} - ${outlet}` : `${outlet} | ${p[2]}/${p[1]}/${p[0]}`);
	if (rng.chance(0.4)) lines.push(rng.pick(w.vocab.boilerplate.lines.share ?? ['شارك']));

	const lead = eventSentence(rng, w, event, published, shift);
	const wrongDate = shift ? {event: event.id, written: lead.written, true: isoOf(event.day)} : null;
	lines.push(`${lead.text} ${bodySentence(rng, w, published)}`);

	const plants = [...spec.plants];
	let bytes = Buffer.byteLength(lines.join('\n'));
	let paragraph = 0;
	while (bytes < targetBytes) {
		paragraph++;
		const n = rng.int(1, 3);
		const sentences: string[] = [];
		for (let i = 0; i < n; i++) sentences.push(bodySentence(rng, w, published));
		if (paragraph === 3) sentences.push(eventSentence(rng, w, spec.second, published, shift).text);
		if (plants.length > 0 && rng.chance(0.4)) sentences.splice(rng.int(0, sentences.length), 0, plants.shift()!);
		lines.push(sentences.join(' '));
		if (rng.chance(0.12)) lines.push(furniture(rng, w, spec.otherTitle));
		bytes += Buffer.byteLength(sentences.join(' ')) + 1;
	}
	for (const plant of plants) lines.push(plant);
	if (rng.chance(0.5)) lines.push(rng.pick(COOKIE_LINES));
	return {text: `${lines.join('\n')}\n`, wrongDate};
}

/** The corpus's event list: dates in Dec 2021 – Mar 2022, bodies, cities and two participants each. */
export function makeEvents(rng: Rng, w: Omit<World, 'events'>, count: number): CorpusEvent[] {
	const start = dayOf('2021-12-01');
	const events: CorpusEvent[] = [];
	for (let i = 0; i < count; i++) {
		const a = actorOf(rng, w as World);
		let b = actorOf(rng, w as World);
		while (b.id === a.id) b = rng.pick(w.actors);
		events.push({
			id: `e${i}`,
			type: rng.pick(EVENT_TYPES),
			day: addDays(start, rng.int(0, 120)),
			city: rng.pick(w.cities).id,
			org: rng.pick(w.bodies),
			actors: [a.id, b.id],
		});
	}
	return events;
}

export {ARABIC};

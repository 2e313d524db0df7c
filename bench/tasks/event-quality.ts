// Event-linking quality against a generated corpus's planted truth:
// `tsx bench/tasks/event-quality.ts CORPUS_DIR DATASET.json`.
//
// The generator picks, per article, a lead event and a second one (paragraph
// 3) from the corpus's event list; both are reproduced here from the seed, so
// every event sentence of the dataset can be labelled with the planted event
// it reports (its type word and city; the actors break a tie). Then:
//
// - mixed: ingested events whose labelled sentences report 2+ planted events
//   (a chain, or two events merged), and the labelled sentences outside each
//   event's majority (impurity);
// - split: planted events whose sentences land in 2+ ingested events, and how
//   many events they are spread over beyond the first;
// - unlinked: planted-event sentences in no ingested event;
// - span: the longest distance between an event's date claims.
import {readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {compileWorld} from '../corpus.js';
import {dayOf, diffDays} from '../gen/dates.js';
import {mulberry32, subSeed} from '../prng.js';

type Sentence = {id: string; text: string; actors: Array<{id: string}>};
type Dataset = {
	articles: Array<{id: string; sentences: Sentence[]}>;
	events: Array<{
		id: string;
		label: string;
		date: string | null;
		sentences: string[];
		dateClaims: Array<{value: string; end: string | null; sentence: string}>;
	}>;
};

const [corpusDir, datasetFile] = process.argv.slice(2) as [string, string];
if (!corpusDir || !datasetFile) {
	process.stderr.write('usage: tsx bench/tasks/event-quality.ts CORPUS_DIR DATASET.json\n');
	process.exit(2);
}
type Planted = {id: string; type: string; date: string; city: string; actors: string[]; articles: string[]};
const truth = JSON.parse(readFileSync(join(corpusDir, 'truth.json'), 'utf8')) as {seed: number; events: Planted[]};
const lexiconDir = fileURLToPath(new URL('../../data/lexicon/', import.meta.url));
// The events themselves come from truth.json: the lexicon may have changed
// since the corpus was written. A draw depends only on the list's length, and
// the current lexicon still names the cities.
const world = compileWorld(lexiconDir, truth.seed, truth.events.length);
const cityName = new Map(world.cities.map(c => [c.id, c.name]));
const events = truth.events;
const leadOf = new Map(events.flatMap(e => e.articles.map(f => [f.replace(/\.txt$/, ''), e.id] as const)));

/** Lead and second planted event of article i, as corpus.ts draws them. */
function drawn(i: number): [Planted, Planted] {
	const rng = mulberry32(subSeed(truth.seed, i + 1));
	const event = rng.pick(events);
	const second = rng.pick(events);
	return [event, second];
}

// The generator's wording of each event sentence (article.ts, eventSentence).
const WORD: Record<string, RegExp> = {
	meeting: /اجتماعا في/,
	talks: /محادثات بين/,
	visit: /(?:^|\s)(?:وزار|وسيزور) /,
	'press-conference': /في مؤتمر صحفي (?:عقده|سيعقده)/,
	'phone-call': /اتصالا هاتفيا/,
	exercise: /القوات الروسية مناورات عسكرية قرب/,
};

function reports(s: Sentence, e: Planted): boolean {
	if (!WORD[e.type]!.test(s.text)) return false;
	return e.type === 'phone-call' || s.text.includes(cityName.get(e.city)!);
}

const ds = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset;
/** Sentence id → planted event id (only sentences that report exactly one). */
const label = new Map<string, string>();
let ambiguous = 0;
for (const a of ds.articles) {
	const i = Number.parseInt(a.id.split('_')[0]!, 10);
	const [lead, second] = drawn(i);
	if (leadOf.get(a.id) !== lead.id) throw new Error(`${a.id}: the lead event drawn is not truth.json's`);
	for (const s of a.sentences) {
		let hits = [lead, second].filter(e => reports(s, e));
		if (hits.length === 2 && hits[0]!.id !== hits[1]!.id) {
			const ids = new Set(s.actors.map(x => x.id));
			const byActor = hits.filter(e => ids.has(e.actors[0]!));
			if (byActor.length === 1) hits = byActor;
		}
		const ids = new Set(hits.map(e => e.id));
		if (ids.size === 1) label.set(s.id, [...ids][0]!);
		else if (ids.size > 1) ambiguous++;
	}
}

const dayNum = (iso: string) => diffDays(dayOf(iso.slice(0, 10)), dayOf('2000-01-01'));
let mixed = 0;
let impurity = 0;
let labelled = 0;
let longest = {span: -1, label: '', mentions: 0};
let wide = 0;
let plantedLongest = {span: -1, label: '', mentions: 0};
let plantedWide = 0;
const placed = new Map<string, Set<string>>();
const linked = new Set<string>();
for (const e of ds.events) {
	const counts = new Map<string, number>();
	for (const s of e.sentences) {
		const t = label.get(s);
		if (!t) continue;
		linked.add(s);
		counts.set(t, (counts.get(t) ?? 0) + 1);
		let set = placed.get(t);
		if (!set) placed.set(t, (set = new Set()));
		set.add(e.id);
	}
	const total = [...counts.values()].reduce((x, y) => x + y, 0);
	labelled += total;
	if (counts.size > 1) {
		mixed++;
		impurity += total - Math.max(...counts.values());
	}
	const days = e.dateClaims.flatMap(c => [c.value, c.end].filter((x): x is string => x !== null && x.length === 10)).map(dayNum);
	if (days.length > 0) {
		const span = Math.max(...days) - Math.min(...days);
		if (span > 7) wide++;
		// Claims of planted-event sentences only: a report date ("said on
		// Monday") before an unrelated trigger is listed too, but is no chain.
		const own = e.dateClaims
			.filter(c => label.has(c.sentence))
			.flatMap(c => [c.value, c.end].filter((x): x is string => x !== null && x.length === 10))
			.map(dayNum);
		if (own.length > 0) {
			const ownSpan = Math.max(...own) - Math.min(...own);
			if (ownSpan > 7) plantedWide++;
			if (ownSpan > plantedLongest.span) plantedLongest = {span: ownSpan, label: e.label, mentions: e.sentences.length};
		}
		if (span > longest.span) longest = {span, label: e.label, mentions: e.sentences.length};
	}
}
const split = [...placed.values()].filter(s => s.size > 1);
const extra = split.reduce((x, s) => x + s.size - 1, 0);
const unlinked = [...label.keys()].filter(s => !linked.has(s)).length;

const result = {
	corpus: basename(corpusDir),
	events: ds.events.length,
	plantedEvents: world.events.length,
	plantedSentences: label.size,
	ambiguousSentences: ambiguous,
	mixedEvents: mixed,
	impureSentences: impurity,
	purity: labelled ? Number((1 - impurity / labelled).toFixed(4)) : null,
	splitPlanted: split.length,
	extraEventsFromSplits: extra,
	unlinkedSentences: unlinked,
	eventsSpanningOver7Days: wide,
	longestSpanDays: longest.span,
	longestSpanEvent: `${longest.label} (${longest.mentions} sentences)`,
	plantedClaimsOver7Days: plantedWide,
	plantedClaimsLongestSpan: plantedLongest.span,
	plantedClaimsLongestEvent: `${plantedLongest.label} (${plantedLongest.mentions} sentences)`,
	largestEvent: Math.max(...ds.events.map(e => e.sentences.length)),
};
process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);

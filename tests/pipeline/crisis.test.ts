// The blind crisis corpus (tests/fixtures/crisis: 16 invented articles on four
// crises the pipeline was not built on, annotated by someone who never saw
// it; conventions in its README). Scores, printed as a table:
//
// - people F1: an extracted actor matches a gold person when one of its Arabic
//   names (normalised, a proclitic و/ب/ل/ف off) equals one of the person's
//   namesAr, or its English name matches loosely (case, accents, al-/el-,
//   hyphens aside; or one name's words all in the other's, two at least).
//   A gold person matched by no actor is a miss, an actor matching no gold
//   person a false hit.
// - places and organisations recall, per (entity, article): the article has a
//   sentence naming an extracted entity that matches the gold one by name.
// - statements: per gold statement (file + line), a sentence on that line has
//   an attribution whose voice matches the gold speaker: the same kind (a role
//   and an anonymous source count as the same: both unnamed, and the gold's
//   "role" is the pipeline's head noun متحدث) and, for a person, the actor
//   matching the gold person; otherwise the same id, the English name of the
//   gold entity, or overlapping text (an unnamed gold source with no id needs
//   only the kind). One attribution per sentence, so a line with two gold
//   speakers can score one at most.
// - cited agencies F1, per (file, line, agency): the sentence's cited agencies
//   without photo credits, an agency matched to the gold one by name.
// - event–article links: each extracted event is assigned to the gold event
//   of its type family with which it shares the most articles (two at least;
//   ties to the earlier gold event). A gold event's reportedIn article is found
//   when an extracted event assigned to it covers that article and another of
//   its articles. Families: the event's PLOVER code in lower case; for an
//   event without one, the type's first segment (assault/coup → assault),
//   with the old lexicon types folded in (meeting, talks, visit, phone-call →
//   consult; press-conference → statement).
//
// The brief gives no numeric goal for these metrics; GOAL below (0.8) is this
// test's. Every metric is asserted at its floor, what the pipeline reached
// when FLOOR was last raised, so it cannot regress; one below the goal is
// listed as such. Raise FLOOR when the pipeline improves.
import {readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import {normalise} from '../../source/arabic/normalise.js';
import type {Dataset, Entity, Voice} from '../../source/dataset/schema.js';
import {ingestFolder} from '../../source/ingest/run.js';

type Named = {id: string; nameEn: string; namesAr: string[]; articles?: string[]};
type GoldSpeaker = {kind: Voice['kind']; id: string | null; text: string};
type Gold = {
	people: Named[];
	organizations: Named[];
	places: Named[];
	agencies: Array<Named & {citedIn: Array<{file: string; line: number}>}>;
	statements: Array<{file: string; line: number; quoteStart: string; speaker: GoldSpeaker}>;
	events: Array<{id: string; type: string; date: string | null; reportedIn: Array<{file: string; lines: number[]}>}>;
};

const GOAL = 0.8;
/**
 * Values first measured (branch i-voices, before the work on discovering
 * unlisted people and places and on event types landed): people F1 0.143,
 * places 0.099 (13/131), organisations 0.143 (13/91), statements 0.301
 * (43/143), cited agencies F1 0.977, event links 0 (0/75). With discovery and
 * the world gazetteer (session 5): people F1 0.833 and places 0.885 (goals
 * met: asserted at the goal), organisations 0.637 (58/91), statements 0.594
 * (85/143), agencies 0.977, event links 0.080 (6/75). Session 6 (branch
 * i-h16: organisations by more heads, organs, national bodies and the
 * article's own country; who speaks when set off, fronted or pointed back
 * to): organisations 0.956 (87/91), statements 0.846 (121/143), both over
 * the goal. Event links scored by the event's PLOVER type (events carry it
 * since issue 17, parts 1–2; the scoring before folded subtype names, so
 * "clashes" never met "assault"): 0.347 (26/75) before the linking work of
 * issue 17 part 3 (branch i-h17a), 0.693 (52/75) after it. The floors sit at
 * what each reaches.
 */
const FLOOR: Floor = {people: 0.833, places: 0.885, organizations: 0.956, statements: 0.846, agencies: 0.976, links: 0.69};
/**
 * tests/fixtures/crisis2 (six articles on floods in Hadramout, annotated
 * before the pipeline first ran on them; no events, so links stay 0). First
 * run, the honest measure: people F1 0.769, places 0.833 (20/24),
 * organisations 0.524 (11/21), statements 0.618 (21/34), agencies 1.000. The
 * general fixes it then showed (Civil Defence as a national body; سلطة and
 * مكتب as heads; activists as an anonymous voice; a ministry's portfolio the
 * table lacks; a surname alone after an office, closed by a verb or قد) give
 * the floors below. Places no gazetteer lists (discover/places.ts: حي فوة،
 * وادي المكلا، في المكلا والشحر) took places from 20/24 to 24/24; on the
 * first corpus they add Adré crossing and lose nothing (116/131).
 */
const FLOOR2: Floor = {people: 0.857, places: 1, organizations: 0.857, statements: 0.823, agencies: 1, links: 0};

/** An Arabic name's forms: normalised, and without a leading و/ب/ل/ف. */
function arabicForms(s: string): string[] {
	const n = normalise(s);
	return /^[وبلف]/.test(n) && n.length > 3 ? [n, n.slice(1)] : [n];
}
const sameArabic = (a: string[], b: string[]) => {
	const set = new Set(b.flatMap(arabicForms));
	return a.flatMap(arabicForms).some(x => set.has(x));
};
const englishWords = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\b(al|el)-/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
function sameEnglish(a: string, b: string): boolean {
	const x = englishWords(a);
	const y = englishWords(b);
	if (x.join(' ') === y.join(' ')) return true;
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	return short.length >= 2 && short.every(w => long.includes(w));
}
const matches = (e: {nameEn: string; nameAr: string; aliases: string[]}, g: Named) =>
	sameArabic([e.nameAr, ...e.aliases], g.namesAr) || sameEnglish(e.nameEn, g.nameEn) || e.aliases.some(a => sameEnglish(a, g.nameEn));

const articleId = (file: string) => file.replace(/\.txt$/, '');
const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const pct = (x: number) => x.toFixed(3);

type Floor = Record<'people' | 'places' | 'organizations' | 'statements' | 'agencies' | 'links', number>;

/** One corpus scored and asserted at its floors. */
function suite(title: string, DIR: string, FLOOR: Floor) {
	const gold = JSON.parse(readFileSync(`${DIR}/gold.json`, 'utf8')) as Gold;
	let dataset: Dataset;
	beforeAll(async () => {
		dataset = (await ingestFolder(DIR, {manifestPath: `${DIR}/manifest.json`})).dataset;
	});

	function people() {
		const actorToGold = new Map<string, string>();
		for (const a of dataset.actors) {
			const g = gold.people.find(p => matches(a, p));
			if (g) actorToGold.set(a.id, g.id);
		}
		const found = new Set(actorToGold.values());
		const fp = dataset.actors.filter(a => !actorToGold.has(a.id)).map(a => a.nameEn);
		const missing = gold.people.filter(p => !found.has(p.id)).map(p => p.nameEn);
		return {actorToGold, tp: found.size, fp: fp.length, fn: missing.length, extra: fp, missing};
	}

	/** Recall of (gold entity, article) pairs among the entities the article's sentences name. */
	function entityRecall(goldList: Named[], table: Entity[], field: 'places' | 'organizations') {
		const byId = new Map(table.map(e => [e.id, e]));
		let hit = 0;
		let total = 0;
		const missing: string[] = [];
		for (const g of goldList) {
			for (const file of g.articles ?? []) {
				total++;
				const art = dataset.articles.find(a => a.id === articleId(file));
				const named = new Set(art?.sentences.flatMap(s => s[field].map(r => r.id)) ?? []);
				if ([...named].some(id => byId.has(id) && matches(byId.get(id)!, g))) hit++;
				else missing.push(`${g.nameEn}@${file.slice(0, 2)}`);
			}
		}
		return {recall: ratio(hit, total), hit, total, missing};
	}

	const UNNAMED = new Set(['role', 'anonymous']);
	function statements(actorToGold: Map<string, string>) {
		const entities = [...gold.organizations, ...gold.places, ...gold.agencies];
		const textOverlap = (a: string, b: string) => {
			const x = normalise(a);
			const y = normalise(b);
			return x.length > 1 && y.length > 1 && (x.includes(y) || y.includes(x));
		};
		let hit = 0;
		const misses: string[] = [];
		for (const st of gold.statements) {
			const art = dataset.articles.find(a => a.id === articleId(st.file));
			const voices = (art?.sentences ?? []).filter(s => s.line === st.line && s.attribution?.voice).map(s => s.attribution!.voice!);
			const g = st.speaker;
			const ok = voices.some(v => {
				const sameKind = v.kind === g.kind || (UNNAMED.has(v.kind) && UNNAMED.has(g.kind));
				if (!sameKind) return false;
				if (g.kind === 'person') return v.id !== null && actorToGold.get(v.id) === g.id;
				if (g.id === null && UNNAMED.has(g.kind)) return true;
				const entity = entities.find(e => e.id === g.id);
				return (
					v.id === g.id || (entity !== undefined && (sameEnglish(v.name, entity.nameEn) || sameArabic([v.text], entity.namesAr))) || textOverlap(v.text, g.text)
				);
			});
			if (ok) hit++;
			else misses.push(`${st.file.slice(0, 2)}:${st.line} ${g.kind} ${g.text} (got ${voices.map(v => `${v.kind} ${v.name}`).join(' | ') || 'none'})`);
		}
		return {recall: ratio(hit, gold.statements.length), hit, total: gold.statements.length, misses};
	}

	function agencies() {
		const want = new Set(gold.agencies.flatMap(a => a.citedIn.map(c => `${c.file}:${c.line}:${a.id}`)));
		const got = new Set<string>();
		for (const art of dataset.articles) {
			for (const s of art.sentences) {
				for (const c of s.citedSources) {
					if (c.kind !== 'agency' || c.photo) continue;
					const id = c.id.replace(/^agency:/, '');
					const g = gold.agencies.find(a => a.id === id || sameEnglish(c.name, a.nameEn) || sameArabic([c.text], a.namesAr));
					got.add(`${art.file}:${s.line}:${g?.id ?? id}`);
				}
			}
		}
		const tp = [...got].filter(x => want.has(x)).length;
		return {
			f1: f1(tp, got.size - tp, want.size - tp),
			tp,
			fp: got.size - tp,
			fn: want.size - tp,
			extra: [...got].filter(x => !want.has(x)),
			missing: [...want].filter(x => !got.has(x)),
		};
	}

	const FOLDED: Record<string, string> = {meeting: 'consult', talks: 'consult', visit: 'consult', 'phone-call': 'consult', 'press-conference': 'statement'};
	const family = (type: string) => {
		const root = type.split('/')[0]!;
		return FOLDED[root] ?? root;
	};

	function links() {
		const goldArticles = new Map(gold.events.map(e => [e.id, new Set(e.reportedIn.map(r => articleId(r.file)))]));
		const assigned = new Map<string, Array<Set<string>>>();
		for (const e of dataset.events) {
			let best: {id: string; overlap: number} | null = null;
			for (const g of gold.events) {
				if ((e.plover ? e.plover.toLowerCase() : family(e.type)) !== g.type) continue;
				const overlap = e.articles.filter(a => goldArticles.get(g.id)!.has(a)).length;
				if (overlap >= 2 && (!best || overlap > best.overlap)) best = {id: g.id, overlap};
			}
			if (best) assigned.set(best.id, [...(assigned.get(best.id) ?? []), new Set(e.articles)]);
		}
		let hit = 0;
		let total = 0;
		for (const g of gold.events) {
			const arts = goldArticles.get(g.id)!;
			for (const a of arts) {
				total++;
				if ((assigned.get(g.id) ?? []).some(covers => covers.has(a) && [...arts].some(o => o !== a && covers.has(o)))) hit++;
			}
		}
		return {recall: ratio(hit, total), hit, total};
	}

	describe(title, () => {
		it('scores people, places, organisations, statements, cited agencies and event links', () => {
			const p = people();
			const pl = entityRecall(gold.places, dataset.places, 'places');
			const org = entityRecall(gold.organizations, dataset.organizations, 'organizations');
			const st = statements(p.actorToGold);
			const ag = agencies();
			const ln = links();
			const rows: Array<[string, number, string, keyof Floor]> = [
				['people F1', f1(p.tp, p.fp, p.fn), `tp ${p.tp} fp ${p.fp} fn ${p.fn}`, 'people'],
				['places recall', pl.recall, `${pl.hit}/${pl.total}`, 'places'],
				['organisations recall', org.recall, `${org.hit}/${org.total}`, 'organizations'],
				['statements to the right speaker', st.recall, `${st.hit}/${st.total}`, 'statements'],
				['cited agencies F1', ag.f1, `tp ${ag.tp} fp ${ag.fp} fn ${ag.fn}`, 'agencies'],
				['event–article links', ln.recall, `${ln.hit}/${ln.total}`, 'links'],
			];
			console.log(
				[
					'metric                            value  counts                 goal',
					...rows.map(([name, v, counts]) => `${name.padEnd(33)} ${pct(v)}  ${counts.padEnd(22)} ${v >= GOAL ? 'met' : `below ${GOAL}`}`),
					`people missing: ${p.missing.join(', ')}`,
					`people extra: ${p.extra.join(', ')}`,
					`organisations missing: ${org.missing.join(', ')}`,
					`agencies extra: ${ag.extra.join(', ')}`,
					`agencies missing: ${ag.missing.join(', ')}`,
					`statements missed:\n  ${st.misses.join('\n  ')}`,
				].join('\n'),
			);
			for (const [name, v, , key] of rows) expect(v, name).toBeGreaterThanOrEqual(FLOOR[key]);
		});
	});
}

suite('blind crisis corpus', 'tests/fixtures/crisis', FLOOR);
suite('second blind corpus: floods in Hadramout', 'tests/fixtures/crisis2', FLOOR2);

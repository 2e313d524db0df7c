// The bound that lets clusterMentions skip exact scores (score-bound.ts) must
// never turn away a candidate that could win: wherever it says VETO joinScore
// vetoes, and wherever it gives a number joinScore scores no more. Checked
// for every pair of a mention and a cluster of a generated corpus, and on
// random clusters and mentions that reach every rule (subjects and their
// parents, strikes, topics, outcomes, ends, malformed and reversed dates).
// The differential test (link.test.ts) checks the links end to end; this one
// names the rule that drifted.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {addMention, type Cluster, clusterMentions, countriesOf, linkWork, MentionFacts, newCluster, scoreWith} from '../../source/ingest/events/cluster.js';
import type {Mention, MentionDate} from '../../source/ingest/events/mentions.js';
import {sentenceMentions} from '../../source/ingest/events/mentions.js';
import {ClusterBounds, MentionBits, VETO} from '../../source/ingest/events/score-bound.js';
import type {EventWorld} from '../../source/ingest/events/types.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {parseArticle} from '../../source/ingest/pipeline.js';
import {readManifest} from '../../source/ingest/run.js';
import {stubMention, stubWorld} from '../ingest/event-world.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'crisis-bound-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

/** Bounds of finished clusters, as clusterMentions keeps them: each mention's facts added in turn (masks only gain members). */
function boundsOf(clusters: Cluster[], world: EventWorld): ClusterBounds {
	const bounds = new ClusterBounds();
	clusters.forEach((c, i) => {
		for (const m of c.mentions) {
			const f = new MentionFacts(m, world);
			bounds.update(i, c, f, new MentionBits(f, m, countriesOf(m, world), bounds.strings));
		}
	});
	return bounds;
}

/** Every (mention, cluster) pair: the bound is a veto only where the score is one, and never below the score. */
function expectSound(mentions: Mention[], clusters: Cluster[], bounds: ClusterBounds, world: EventWorld): {pairs: number; vetoed: number} {
	let pairs = 0;
	let vetoed = 0;
	for (const m of mentions) {
		const f = new MentionFacts(m, world);
		const b = new MentionBits(f, m, countriesOf(m, world), bounds.strings);
		for (let i = 0; i < clusters.length; i++) {
			const score = scoreWith(clusters[i]!, f);
			const bound = bounds.bound(i, f, b);
			pairs++;
			if (bound === VETO) {
				vetoed++;
				if (score !== null) expect({mention: m, cluster: i, score, bound}).toEqual({mention: m, cluster: i, score, bound: 'at least the score'});
			} else if (score !== null && score > bound) {
				expect({mention: m, cluster: i, score, bound}).toEqual({mention: m, cluster: i, score, bound: 'at least the score'});
			}
		}
	}
	return {pairs, vetoed};
}

describe('the bound on joinScore', () => {
	it('is sound on every pair of a generated corpus, and turns most candidates away', () => {
		const lex = loadLexicons(join(root, 'data/lexicon'));
		const dir = join(work, 'gen');
		writeCorpus({articles: 120, out: dir});
		const manifest = readManifest(join(dir, 'manifest.json'));
		const mentions: Mention[] = [];
		let order = 0;
		for (const file of readdirSync(dir)
			.filter(f => f.endsWith('.txt'))
			.sort()) {
			const a = parseArticle({id: file.replace(/\.txt$/, ''), file, text: readFileSync(join(dir, file), 'utf8')}, manifest, lex);
			for (const s of a.sentences) mentions.push(...sentenceMentions(s, {article: a.id, order: order++, published: a.published}, lex.events, lex.world));
		}
		const clusters = clusterMentions(mentions, lex.world);
		expect(clusters.length).toBeGreaterThan(50);
		// Most candidates are settled without their exact score (9 in 10 at 5k articles).
		expect(linkWork.exact).toBeLessThan(linkWork.scored / 3);
		const {pairs, vetoed} = expectSound(mentions, clusters, boundsOf(clusters, lex.world), lex.world);
		expect(vetoed / pairs).toBeGreaterThan(0.5);
	}, 120_000);

	const orgs: Record<string, {parent: string | null}> = {
		nato: {parent: null},
		'nato-russia-council': {parent: 'nato'},
		'nato-military-committee': {parent: 'nato'},
		osce: {parent: null},
		'foreign-ministry': {parent: null},
	};
	const world = stubWorld({
		isBody: id => id in orgs && id !== 'foreign-ministry',
		parentOf: id => orgs[id]?.parent ?? null,
		isGeneric: id => Object.values(orgs).some(o => o.parent === id),
		placeKind: id => (id.startsWith('c-') ? 'city' : 'country'),
		countryOf: id => (id.startsWith('c-') ? `k-${id.slice(2)}` : id),
		actorCountry: id => (id === 'lavrov' ? 'k-moscow' : null),
	});
	const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
	const base = Date.UTC(2022, 0, 1) / 86_400_000;
	const some = <T>(xs: readonly T[]) => fc.subarray([...xs], {maxLength: Math.min(3, xs.length)});
	// A date of any kind, some of them malformed (a day 3x) or ending before they start.
	const date = fc.option(
		fc.record({
			day: fc.integer({min: 0, max: 40}),
			length: fc.constantFrom(0, 0, 0, 1, 3, 70, -2),
			precision: fc.constantFrom<MentionDate['precision']>('day', 'day', 'day', 'month', 'year'),
			qualified: fc.boolean(),
			direct: fc.boolean(),
			relative: fc.boolean(),
			malformed: fc.integer({min: 0, max: 20}),
		}),
		{freq: 3},
	);
	const mention = fc
		.record({
			family: fc.constantFrom('meeting', 'visit'),
			distinctive: fc.boolean(),
			standsAlone: fc.boolean(),
			strikes: fc.boolean(),
			topic: fc.option(fc.constantFrom('sanctions', 'truce'), {nil: undefined}),
			type: fc.constantFrom('meeting', 'talks', 'visit'),
			date,
			city: fc.option(fc.constantFrom('c-geneva', 'c-moscow', 'c-brussels')),
			places: some(['c-geneva', 'c-moscow', 'ukraine', 'russia']),
			orgs: some(Object.keys(orgs)),
			actors: some(['lavrov', 'blinken', 'putin']),
			subject: fc.option(fc.constantFrom('lavrov', 'blinken', 'nato', 'nato-russia-council', 'foreign-ministry')),
			participants: some(['russia', 'ukraine', 'lavrov', 'c-geneva']),
			parties: some(['russia', 'ukraine']),
			status: fc.constantFrom<Mention['status']>('unknown', 'held', 'ended', 'failed', 'expired'),
			outcome: fc.boolean(),
			published: fc.option(fc.integer({min: -20, max: 60})),
		})
		.map(r => {
			let d: MentionDate | null = null;
			if (r.date) {
				const value = r.date.malformed === 0 ? `${iso(base + r.date.day).slice(0, 8)}3x` : iso(base + r.date.day);
				d = {
					value: r.date.precision === 'day' ? value : value.slice(0, r.date.precision === 'month' ? 7 : 4),
					end: r.date.precision === 'day' && r.date.length !== 0 ? iso(base + r.date.day + r.date.length) : null,
					precision: r.date.precision,
					qualified: r.date.qualified,
					direct: r.date.direct,
					relative: r.date.relative,
				};
			}
			return stubMention({
				family: r.family,
				type: r.family === 'visit' ? 'visit' : r.type,
				distinctive: r.distinctive,
				standsAlone: r.standsAlone,
				strikes: r.strikes,
				...(r.topic ? {topic: r.topic} : {}),
				date: d,
				city: r.city,
				places: r.places,
				orgs: r.orgs,
				actors: r.actors,
				subject: r.subject ? {kind: r.subject in orgs ? 'org' : 'actor', id: r.subject} : null,
				participants: r.participants,
				parties: r.parties,
				status: r.status,
				outcomes: r.outcome ? [{kind: 'inconclusive', text: 'دون اتفاق'}] : [],
				published: r.published === null ? null : iso(base + r.published),
			});
		});

	it('is sound on random clusters and mentions', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(mention, {minLength: 1, maxLength: 5}), {minLength: 1, maxLength: 6}),
				fc.array(mention, {minLength: 1, maxLength: 8}),
				(groups, probes) => {
					// Clusters as the mentions make them, whatever their scores: the bound must hold for any cluster.
					const clusters = groups.map(ms => {
						const c = newCluster(ms[0]!, world);
						for (const m of ms.slice(1)) if (m.family === c.family) addMention(c, m, world);
						return c;
					});
					expectSound(probes, clusters, boundsOf(clusters, world), world);
				},
			),
			{numRuns: 400},
		);
	});
});

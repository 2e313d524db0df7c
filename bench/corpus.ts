// The benchmark corpus: `npm run bench:corpus -- --articles N --out DIR [--seed S]`.
// Writes N articles (3–6 KB each) built from data/lexicon, a manifest.json
// ({file: {published, outlet}}), targets.json (the planted search targets) and
// truth.json (events and the deliberately mis-dated reports). Articles are
// written one by one, so memory stays flat at any N.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {mulberry32, subSeed} from './prng.js';
import {buildArticle, eventTitle, makeEvents, type World} from './gen/article.js';
import {addDays, dateWriter, isoOf} from './gen/dates.js';
import {PLANTS, type PlantedTarget} from './gen/targets.js';
import {arabicNames, loadVocab, OUTLETS} from './gen/vocab.js';
import {searchText} from '../source/search/normalise-text.js';

export const DEFAULT_SEED = 20220112;
/** Bumped when the generator changes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 1;

export type CorpusOptions = {articles: number; out: string; seed?: number; lexiconDir?: string};
export type CorpusSummary = {articles: number; bytes: number; files: string[]; targets: PlantedTarget[]; wrongDates: number; seed: number; version: number};

const defaultLexiconDir = () => fileURLToPath(new URL('../data/lexicon/', import.meta.url));

export function compileWorld(lexiconDir: string, seed: number, eventCount: number): World {
	const vocab = loadVocab(lexiconDir);
	const reservedActors = new Set(PLANTS.map(p => p.actor).filter((a): a is string => a !== null));
	const reservedSpellings = PLANTS.flatMap(p => p.reserve).map(searchText);
	const isReserved = (name: string) => reservedSpellings.some(r => searchText(name).includes(r));
	const actors = vocab.actors.filter(a => !reservedActors.has(a.id));
	const spellings = new Map(actors.map(a => [a.id, arabicNames(a).filter(n => !isReserved(n))]));
	const placeName = (p: {nameAr: string}) => p.nameAr;
	const base = {
		vocab,
		dates: dateWriter(vocab.calendar),
		actors: actors.filter(a => spellings.get(a.id)!.length > 0),
		spellings,
		cities: vocab.places.filter(p => p.kind === 'city').map(p => ({id: p.id, name: placeName(p)})),
		countries: vocab.places.filter(p => p.kind === 'country').map(placeName),
		// Bodies of reserved actors' roles stay in; only the reserved names are kept out.
		bodies: vocab.organizations.map(o => o.nameAr),
		agencies: vocab.agencies.map(a => ({full: a.nameAr, short: arabicNames(a).at(-1) ?? a.nameAr})),
		pastVerbs: vocab.verbs.map(v => v.forms[0]!).filter(v => !v.includes(' ')),
	};
	const rng = mulberry32(subSeed(seed, 0xe7e7));
	return {...base, events: makeEvents(rng, base, eventCount)};
}

/** Target articles of each plant: up to 3 distinct articles per query, spread over the corpus. */
export function plantPlan(articles: number, seed: number): Map<number, number[]> {
	const rng = mulberry32(subSeed(seed, 0x9a17));
	const per = articles >= PLANTS.length * 3 ? 3 : 1;
	const used = new Set<number>();
	const plan = new Map<number, number[]>();
	PLANTS.forEach((_, q) => {
		for (let k = 0; k < per && used.size < articles; k++) {
			let i = rng.int(0, articles - 1);
			while (used.has(i)) i = (i + 1) % articles;
			used.add(i);
			plan.set(i, [...(plan.get(i) ?? []), q]);
		}
	});
	return plan;
}

export function fileName(i: number, seed: number): string {
	return `${String(i).padStart(6, '0')}_${subSeed(seed, i).toString(16).padStart(8, '0')}.txt`;
}

export function writeCorpus(options: CorpusOptions): CorpusSummary {
	const seed = options.seed ?? DEFAULT_SEED;
	const n = options.articles;
	const out = resolve(options.out);
	mkdirSync(out, {recursive: true});
	const world = compileWorld(options.lexiconDir ?? defaultLexiconDir(), seed, Math.max(10, Math.round(n / 15)));
	const plan = plantPlan(n, seed);
	const targets: PlantedTarget[] = PLANTS.map(p => ({name: p.name, kind: p.kind, query: p.query, planted: p.planted, files: []}));
	const manifest: Record<string, {published: string; outlet: string}> = {};
	const eventArticles = new Map<string, string[]>();
	const wrong: Array<{file: string; event: string; written: string; true: string}> = [];
	const files: string[] = [];
	let bytes = 0;
	for (let i = 0; i < n; i++) {
		const rng = mulberry32(subSeed(seed, i + 1));
		const file = fileName(i, seed);
		const event = rng.pick(world.events);
		const second = rng.pick(world.events);
		const published = addDays(event.day, rng.int(-5, 3));
		const outlet = rng.int(0, OUTLETS.length - 1);
		const plants = (plan.get(i) ?? []).map(q => {
			targets[q]!.files.push(file);
			return PLANTS[q]!.template.replace('{x}', PLANTS[q]!.planted);
		});
		const built = buildArticle(rng, world, {index: i, outlet, event, second, published, plants, otherTitle: eventTitle(rng, world, second)});
		writeFileSync(join(out, file), built.text);
		bytes += Buffer.byteLength(built.text);
		files.push(file);
		manifest[file] = {published: isoOf(published), outlet: OUTLETS[outlet]!};
		eventArticles.set(event.id, [...(eventArticles.get(event.id) ?? []), file]);
		if (built.wrongDate) wrong.push({file, ...built.wrongDate});
	}
	writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
	writeFileSync(join(out, 'targets.json'), `${JSON.stringify(targets, null, 1)}\n`);
	const events = world.events.map(e => ({
		id: e.id,
		type: e.type,
		date: isoOf(e.day),
		city: e.city,
		org: e.org,
		actors: e.actors,
		articles: eventArticles.get(e.id) ?? [],
	}));
	writeFileSync(join(out, 'truth.json'), `${JSON.stringify({seed, version: GENERATOR_VERSION, events, wronglyDated: wrong}, null, 1)}\n`);
	const summary: CorpusSummary = {articles: n, bytes, files, targets, wrongDates: wrong.length, seed, version: GENERATOR_VERSION};
	writeFileSync(join(out, 'corpus.json'), `${JSON.stringify({articles: n, bytes, seed, version: GENERATOR_VERSION}, null, 1)}\n`);
	return summary;
}

function arg(argv: string[], name: string): string | undefined {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : undefined;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const argv = process.argv.slice(2);
	const articles = Number(arg(argv, 'articles') ?? 1000);
	const out = arg(argv, 'out') ?? join('bench', 'corpus', String(articles));
	if (!Number.isInteger(articles) || articles < 1) {
		process.stderr.write('usage: bench:corpus -- --articles N --out DIR [--seed S] [--lexicon DIR]\n');
		process.exit(2);
	}
	const started = performance.now();
	const s = writeCorpus({articles, out, seed: arg(argv, 'seed') ? Number(arg(argv, 'seed')) : undefined, lexiconDir: arg(argv, 'lexicon')});
	const ms = performance.now() - started;
	process.stdout.write(
		`${s.articles} articles, ${(s.bytes / 1048576).toFixed(1)} MB (${Math.round(s.bytes / s.articles)} B each), ${s.wrongDates} mis-dated by one outlet, in ${(ms / 1000).toFixed(1)} s → ${out}\n`,
	);
}

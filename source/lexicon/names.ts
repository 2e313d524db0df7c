// The name tables of data/gazetteer/ (given-names.json, name-particles.json)
// as lookups: which words are given names, surnames and particles, and how
// agencies spell them in English. Read and built once per process.
import {join} from 'node:path';
import {normalise} from '../arabic/normalise.js';
import type {NameTables} from '../arabic/translit.js';
import {readJson} from '../util/read-json.js';
import {defaultGazetteerDir} from './gazetteer.js';

type GivenJson = Array<{ar: string; variants: string[]; latin: string[]; gender: string | null; origin: string}>;
type ParticlesJson = {
	particles: Array<{ar: string; variants: string[]; latin: string[]}>;
	surnames: Array<{ar: string; variants: string[]; latin: string[]}>;
};

export type NameLexicon = NameTables & {
	/** Normalised particles that build a name with the word after them (بن، أبو، عبد، آل…). */
	linking: Set<string>;
	/** First words of the given names and surnames written as several words (عبد الفتاح، أبو الغيط): only these start one. */
	multiFirst: Set<string>;
	/** Those names word by word from their first word: a name is read by walking the words, not by joining them into a key per length. */
	compounds: Map<string, CompoundName>;
};

/** `cls`: the words so far are a given name (G; a given name and a surname alike read as given), a surname (S), or neither. */
export type CompoundName = {next: Map<string, CompoundName>; cls: 'G' | 'S' | null};

/** Particles that join the next word to a name; the others (الدين، الله…) live inside compound given names. */
const LINKING = ['بن', 'ابن', 'بنت', 'ابنة', 'أبو', 'أبي', 'أبا', 'أم', 'عبد', 'آل', 'ولد', 'أولاد', 'آيت', 'سيدي', 'مولاي'];

const cache = new Map<string, NameLexicon>();

export function loadNameTables(dir: string = defaultGazetteerDir()): NameLexicon {
	let t = cache.get(dir);
	if (!t) {
		t = buildNameTables(
			readJson<GivenJson>(join(dir, 'given-names.json'), 'gazetteer file'),
			readJson<ParticlesJson>(join(dir, 'name-particles.json'), 'gazetteer file'),
		);
		cache.set(dir, t);
	}
	return t;
}

export function buildNameTables(given: GivenJson, particles: ParticlesJson): NameLexicon {
	const key = (s: string) => normalise(s.trim()).replace(/\s+/g, ' ');
	const g = new Map<string, string>();
	let maxTokens = 1;
	for (const n of given) {
		for (const form of [n.ar, ...n.variants]) {
			const k = key(form);
			if (!g.has(k)) g.set(k, n.latin[0]!);
			maxTokens = Math.max(maxTokens, k.split(' ').length);
		}
	}
	const s = new Map<string, string>();
	for (const n of particles.surnames) {
		for (const form of [n.ar, ...n.variants]) {
			const k = key(form);
			if (!s.has(k)) s.set(k, n.latin[0]!);
			maxTokens = Math.max(maxTokens, k.split(' ').length);
		}
	}
	const p = new Map<string, string>();
	const linking = new Set(LINKING.map(key));
	for (const n of particles.particles) {
		for (const form of [n.ar, ...n.variants]) if (linking.has(key(form))) p.set(key(form), n.latin[0]!);
	}
	const multiFirst = new Set([...g.keys(), ...s.keys()].filter(k => k.includes(' ')).map(k => k.slice(0, k.indexOf(' '))));
	const compounds = new Map<string, CompoundName>();
	const addCompound = (key: string, cls: 'G' | 'S') => {
		const [first, ...rest] = key.split(' ');
		let node: CompoundName | undefined = compounds.get(first!);
		if (!node) {
			node = {next: new Map(), cls: null};
			compounds.set(first!, node);
		}
		for (const w of rest) {
			let next: CompoundName | undefined = node.next.get(w);
			if (!next) {
				next = {next: new Map(), cls: null};
				node.next.set(w, next);
			}
			node = next;
		}
		node.cls ??= cls;
	};
	for (const k of g.keys()) if (k.includes(' ')) addCompound(k, 'G');
	for (const k of s.keys()) if (k.includes(' ')) addCompound(k, 'S');
	return {given: g, surnames: s, particles: p, maxTokens, linking, multiFirst, compounds};
}

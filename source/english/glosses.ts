// English glosses of what the dataset keeps as written in Arabic: a reporting
// verb (from the lexicon's verbs.json: lemma, gloss, surface forms) and a
// number's counted noun (events.json's quantities: ساعات → hours). The dataset
// keeps the verb as written (أكدت); the gist and the detail pane show
// "stressed" instead, so a reader of no Arabic never sees the verb mirrored.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {normalise} from '../arabic/normalise.js';
import {packageRoot} from '../dataset/paths.js';

export type VerbEntry = {lemma: string; gloss: string; forms: string[]};

/** The first sense of a gloss ("stressed, confirmed" → "stressed"); a gloss with a parenthesis is cut before it. */
export function shortGloss(gloss: string): string {
	return gloss.split(/[,(]/)[0]!.trim() || gloss.trim();
}

/** A lookup from verbs as written (any proclitic و/ف, any hamza spelling) to their short gloss. */
export function glossLookup(verbs: readonly VerbEntry[]): (verb: string) => string | undefined {
	const table = new Map<string, string>();
	for (const v of verbs) {
		const gloss = shortGloss(v.gloss);
		for (const form of [v.lemma, ...v.forms]) if (!table.has(normalise(form))) table.set(normalise(form), gloss);
	}
	return verb => {
		const n = normalise(verb).trim();
		return table.get(n) ?? (/^[وف]/.test(n) ? table.get(n.slice(1)) : undefined);
	};
}

/** Counted nouns (normalised, with or without the article) → what they count in English. */
export function unitLookup(quantities: ReadonlyArray<{labelEn: string; units: string[]}>): (unit: string) => string | undefined {
	const table = new Map<string, string>();
	for (const q of quantities) for (const u of q.units) if (!table.has(normalise(u))) table.set(normalise(u), shortGloss(q.labelEn));
	return unit => {
		const n = normalise(unit).trim();
		return table.get(n) ?? (n.startsWith('ال') ? table.get(n.slice(2)) : undefined);
	};
}

function readLexicon<T>(name: string, fallback: T): T {
	const root = packageRoot();
	const path = root ? join(root, 'data', 'lexicon', name) : null;
	try {
		if (path && existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as T;
	} catch {
		// A broken lexicon file is reported by ingest; here English without that gloss is enough.
	}
	return fallback;
}

let verbs: ((verb: string) => string | undefined) | undefined;
let units: ((unit: string) => string | undefined) | undefined;

/** A verb's gloss from the package's data/lexicon/verbs.json, read once; none when it cannot be read (the gist then says "is quoted"). */
export function bundledVerbGloss(verb: string): string | undefined {
	if (!verbs) {
		const list = readLexicon<VerbEntry[]>('verbs.json', []);
		verbs = glossLookup(Array.isArray(list) ? list : []);
	}
	return verbs(verb);
}

/** A counted noun's English from the package's data/lexicon/events.json, read once. */
export function bundledUnitGloss(unit: string): string | undefined {
	if (!units) {
		const quantities = readLexicon<{quantities?: Array<{labelEn: string; units: string[]}>}>('events.json', {}).quantities;
		units = unitLookup(Array.isArray(quantities) ? quantities : []);
	}
	return units(unit);
}

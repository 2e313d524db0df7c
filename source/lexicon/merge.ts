// `--lexicon DIR` adds a user's lexicon to the built-in one: each file in DIR is
// merged into the built-in file of the same name, so a folder holding one new
// actor (or the entries `lexicon suggest` wrote) is enough. The rule, one for
// every file:
// - lists of entries with an `id` (or a verb's `lemma`): the user's entry
//   replaces the built-in one with the same id, new ones are added after;
// - other lists (spellings, cue words): the union, built-in first;
// - objects: merged key by key with the same rules; any other value: the user's.
// So a user who copied the whole built-in folder and edited it gets the copy
// back, not everything twice. `--lexicon-only` (ingest) still replaces.
import {existsSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {DataError} from '../errors.js';
import {readFailure, readJson} from '../util/read-json.js';

type Json = unknown;

const keyOf = (x: Json): string | null => {
	if (!x || typeof x !== 'object' || Array.isArray(x)) return null;
	const o = x as Record<string, unknown>;
	if (typeof o.id === 'string') return `id:${o.id}`;
	if (typeof o.lemma === 'string') return `lemma:${o.lemma}`;
	if (typeof o.domain === 'string' && typeof o.nameEn === 'string') return `domain:${o.domain}:${o.path ?? ''}`;
	return null;
};

function mergeLists(base: Json[], user: Json[]): Json[] {
	const keyed = base.length > 0 && base.every(x => keyOf(x) !== null);
	if (keyed || (base.length === 0 && user.length > 0 && user.every(x => keyOf(x) !== null))) {
		const out = new Map<string, Json>();
		for (const x of base) out.set(keyOf(x)!, x);
		for (const x of user) {
			const k = keyOf(x);
			if (k === null) continue;
			out.set(k, x);
		}
		return [...out.values()];
	}
	const seen = new Set(base.map(x => JSON.stringify(x)));
	return [...base, ...user.filter(x => !seen.has(JSON.stringify(x)))];
}

/** A user's lexicon file merged into the built-in one (rules above). Pure. */
export function mergeJson(base: Json, user: Json): Json {
	if (user === undefined) return base;
	if (Array.isArray(base) && Array.isArray(user)) return mergeLists(base, user);
	if (base && user && typeof base === 'object' && typeof user === 'object' && !Array.isArray(base) && !Array.isArray(user)) {
		const out: Record<string, Json> = {...(base as Record<string, Json>)};
		for (const [k, v] of Object.entries(user as Record<string, Json>)) out[k] = k in out ? mergeJson(out[k], v) : v;
		return out;
	}
	return user;
}

/** Where lexicon files come from: the built-in folder, and a user's folder added to it or replacing it. */
export type LexiconSource = {builtIn: string; user?: string; only?: boolean};

/**
 * The content of one lexicon file: the built-in file merged with the user's,
 * the user's alone with `only`, or `fallback` when no folder has the file
 * (undefined: the file must exist). Errors name the file that failed.
 */
export function readLexiconJson<T>(source: LexiconSource, name: string, fallback?: T): T {
	if (source.user) checkFolder(source.user);
	const read = (dir: string) => readJson<T>(join(dir, name), 'lexicon file');
	const userPath = source.user ? join(source.user, name) : null;
	const hasUser = userPath !== null && existsSync(userPath);
	if (source.user && source.only) {
		if (hasUser || fallback === undefined) return read(source.user);
		return fallback;
	}
	const builtInPath = join(source.builtIn, name);
	const base = existsSync(builtInPath) || fallback === undefined ? read(source.builtIn) : fallback;
	return hasUser ? (mergeJson(base, read(source.user!)) as T) : base;
}

/** A user's lexicon folder must exist: a mistyped --lexicon must not quietly mean the built-in lexicon alone. */
function checkFolder(dir: string): void {
	let isDir = false;
	try {
		isDir = statSync(dir).isDirectory();
	} catch (error) {
		throw new DataError(`${dir}: cannot read lexicon files: ${readFailure(error) === 'no such file' ? 'no such directory' : readFailure(error)}`);
	}
	if (!isDir) throw new DataError(`${dir}: cannot read lexicon files: not a directory`);
}

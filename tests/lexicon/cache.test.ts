// The compiled lexicon cache (source/lexicon/cache.ts, written by
// scripts/build.mjs): what it gives back must be the lexicon a compile from
// the source files gives, object for object, and answer every lookup the same;
// and a cache that is not of these very files and this code must never be read.
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {tokenize} from '../../source/arabic/gazetteer.js';
import {matchEntities} from '../../source/ingest/extract/entities.js';
import {buildWorld, builtInDataDirs, compileLexicons, lexiconSource, readLexiconCache, type LexiconData} from '../../source/ingest/lexicons.js';
import {splitSentences} from '../../source/ingest/sentences.js';
import {cacheKey, readCache, writeCache} from '../../source/lexicon/cache.js';
import {cleaned, seeds} from '../ingest/helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'ce-lexcache-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

/**
 * a and b are the same object graph: same prototypes, own keys in the same
 * order, Map and Set entries in the same order, equal primitives, and the
 * same sharing (an object reached twice in a is one object reached twice in
 * b: tries and maps share their targets). Returns the first difference's path.
 */
function sameGraph(a: unknown, b: unknown): string | null {
	const ab = new Map<object, object>();
	const ba = new Map<object, object>();
	const stack: Array<[unknown, unknown, string]> = [[a, b, '$']];
	while (stack.length > 0) {
		const [x, y, path] = stack.pop()!;
		if (typeof x !== typeof y) return `${path}: ${typeof x} vs ${typeof y}`;
		if (x === null || typeof x !== 'object') {
			if (typeof x === 'function') return `${path}: a function`;
			if (!Object.is(x, y)) return `${path}: ${String(x)} vs ${String(y)}`;
			continue;
		}
		const o = x as object;
		const p = y as object;
		if (p === null) return `${path}: object vs null`;
		if (ab.has(o) || ba.has(p)) {
			if (ab.get(o) !== p || ba.get(p) !== o) return `${path}: shared differently`;
			continue;
		}
		ab.set(o, p);
		ba.set(p, o);
		if (Object.getPrototypeOf(o) !== Object.getPrototypeOf(p)) return `${path}: another prototype`;
		if (o instanceof Map) {
			const xs = [...o.entries()];
			const ys = [...(p as Map<unknown, unknown>).entries()];
			if (xs.length !== ys.length) return `${path}: ${xs.length} vs ${ys.length} entries`;
			for (const [i, [k, v]] of xs.entries()) stack.push([k, ys[i]![0], `${path}<key ${i}>`], [v, ys[i]![1], `${path}.get(${String(k)})`]);
		} else if (o instanceof Set) {
			const xs = [...o];
			const ys = [...(p as Set<unknown>)];
			if (xs.length !== ys.length) return `${path}: ${xs.length} vs ${ys.length} members`;
			for (const [i, v] of xs.entries()) stack.push([v, ys[i], `${path}{${i}}`]);
		} else if (o instanceof RegExp) {
			const q = p as RegExp;
			if (o.source !== q.source || o.flags !== q.flags || o.lastIndex !== q.lastIndex) return `${path}: /${o.source}/${o.flags} vs /${q.source}/${q.flags}`;
		} else if (ArrayBuffer.isView(o)) {
			if (
				!Buffer.from(o.buffer, o.byteOffset, o.byteLength).equals(
					Buffer.from((p as ArrayBufferView).buffer, (p as ArrayBufferView).byteOffset, (p as ArrayBufferView).byteLength),
				)
			)
				return `${path}: other bytes`;
			continue;
		}
		const xk = Reflect.ownKeys(o);
		const yk = Reflect.ownKeys(p);
		if (xk.join('\0') !== yk.join('\0')) return `${path}: keys ${xk.map(String).join(',')} vs ${yk.map(String).join(',')}`;
		for (const k of xk) stack.push([(o as Record<PropertyKey, unknown>)[k], (p as Record<PropertyKey, unknown>)[k], `${path}.${String(k)}`]);
	}
	return null;
}

const CODE = 'test-code-key';
const compiled = compileLexicons(lexiconSource());
const path = join(tmp, 'lexicon.cache');
writeCache(path, cacheKey(CODE, builtInDataDirs()), compiled);
const cached = readLexiconCache(path, CODE);

describe('compiled lexicon cache', () => {
	it('gives back the compile of the source files, object for object (sharing, key order, Map order, prototypes)', () => {
		expect(cached).not.toBeNull();
		expect(sameGraph(compiled, cached)).toBeNull();
		// The comparison can fail: one alias more, or a target no longer shared, is a difference.
		const other = readLexiconCache(path, CODE)!;
		other.entities.actors.get('jens-stoltenberg')!.aliases.push('x');
		expect(sameGraph(compiled, other)).toMatch(/aliases/);
		const unshared = readLexiconCache(path, CODE)!;
		const [key, list] = [...unshared.entities.rolesByPhrase][0]!;
		unshared.entities.rolesByPhrase.set(
			key,
			list.map(t => ({...t})),
		);
		expect(sameGraph(compiled, unshared)).toMatch(/shared differently|rolesByPhrase/);
	});

	it('finds the same names in every sentence of the seeds, and in every alias of the lexicon and the gazetteer', () => {
		const lookups = (lex: LexiconData, text: string) => JSON.stringify(matchEntities(tokenize(text), text, lex.entities));
		let found = 0;
		for (const a of seeds()) {
			for (const s of splitSentences(cleaned(a.text))) {
				const m = lookups(compiled, s.text);
				expect(lookups(cached!, s.text), s.text).toBe(m);
				if (m !== '[]') found++;
			}
		}
		expect(found).toBeGreaterThan(50);
		const names = [
			...compiled.entities.files.actors.flatMap(a => [a.nameAr, ...a.aliases]),
			...[...compiled.entities.places.values()].flatMap(p => [p.nameAr, ...p.aliases]),
			...[...compiled.entities.organizations.values()].flatMap(o => [o.nameAr, ...o.aliases]),
		];
		for (const name of names) expect(lookups(cached!, ` ${name} `), name).toBe(lookups(compiled, ` ${name} `));
	});

	it('gives the same world (bodies, seats, capitals) once its functions are made', () => {
		const a = buildWorld(compiled.entities, compiled.worldJson);
		const b = buildWorld(cached!.entities, cached!.worldJson);
		for (const id of compiled.entities.places.keys()) {
			expect([b.placeKind(id), b.placeName(id), b.countryOf(id), b.capitalOf?.(id)]).toEqual([
				a.placeKind(id),
				a.placeName(id),
				a.countryOf(id),
				a.capitalOf?.(id),
			]);
		}
		for (const id of compiled.entities.actors.keys()) expect(b.actorSeat(id, '2022-01-12')).toBe(a.actorSeat(id, '2022-01-12'));
		expect(b.stateNames?.()).toEqual(a.stateNames?.());
	});
});

describe('a cache that is not of these files and this code is not read', () => {
	// A copy of the data folders, so one can be edited.
	const copy = (name: string) => {
		const dir = join(tmp, name);
		const [lexicon, gazetteer] = builtInDataDirs();
		cpSync(lexicon!, join(dir, 'lexicon'), {recursive: true});
		cpSync(gazetteer!, join(dir, 'gazetteer'), {recursive: true});
		return [join(dir, 'lexicon'), join(dir, 'gazetteer')];
	};

	it('is read when code and files are the ones it was made from', () => {
		const dirs = copy('same');
		const file = join(tmp, 'same.cache');
		writeCache(file, cacheKey(CODE, dirs), {n: 1});
		expect(readCache(file, cacheKey(CODE, dirs))).toEqual({n: 1});
	});

	it.each([
		['an edited lexicon file', 'lexicon/actors.json', (s: string) => s.replace('"Jens Stoltenberg"', '"Jens Stoltenberg (edited)"')],
		['an edited gazetteer file', 'gazetteer/places.json', (s: string) => `${s}\n`],
	])('not after %s', (_, file, edit) => {
		const dirs = copy(file.replace(/\W/g, '-'));
		const cache = join(tmp, `${file.replace(/\W/g, '-')}.cache`);
		writeCache(cache, cacheKey(CODE, dirs), {n: 1});
		const target = join(dirs[0]!, '..', file);
		writeFileSync(target, edit(readFileSync(target, 'utf8')));
		expect(readCache(cache, cacheKey(CODE, dirs))).toBeNull();
	});

	it('not after a lexicon file is added or removed', () => {
		const dirs = copy('added');
		const cache = join(tmp, 'added.cache');
		writeCache(cache, cacheKey(CODE, dirs), {n: 1});
		writeFileSync(join(dirs[0]!, 'extra.json'), '{}');
		expect(readCache(cache, cacheKey(CODE, dirs))).toBeNull();
		rmSync(join(dirs[0]!, 'extra.json'));
		expect(readCache(cache, cacheKey(CODE, dirs))).toEqual({n: 1});
		rmSync(join(dirs[0]!, 'titles.json'));
		expect(readCache(cache, cacheKey(CODE, dirs))).toBeNull();
	});

	it('not by other code, and not when missing or damaged', () => {
		const dirs = builtInDataDirs();
		expect(readLexiconCache(path, 'another-build', dirs)).toBeNull();
		expect(readLexiconCache(join(tmp, 'none.cache'), CODE, dirs)).toBeNull();
		const bytes = readFileSync(path);
		const cut = join(tmp, 'cut.cache');
		writeFileSync(cut, bytes.subarray(0, bytes.length - 1000));
		expect(readLexiconCache(cut, CODE, dirs)).toBeNull();
		writeFileSync(cut, bytes.subarray(0, 40));
		expect(readLexiconCache(cut, CODE, dirs)).toBeNull();
		// A data folder gone: no cache (and no exception: the compile says what is missing).
		expect(readLexiconCache(path, CODE, [dirs[0]!, join(tmp, 'no-such-folder')])).toBeNull();
	});
});

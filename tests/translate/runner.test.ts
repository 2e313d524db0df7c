// The runner's parts: the cache (keyed by text, languages, engine and model;
// a torn line skipped), backoff and Retry-After, the token bucket, and the
// bookkeeping (what is skipped, what is sent, what is saved when).
import {appendFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cacheKey, defaultCacheDir, fileCache} from '../../source/translate/cache.js';
import type {Engine, ItemResult, TranslateItem} from '../../source/translate/engine.js';
import {EngineFailure} from '../../source/translate/engine.js';
import {parseRate, tokenBucket} from '../../source/translate/rate.js';
import {backoff, parseRetryAfter, withRetries} from '../../source/translate/retry.js';
import {runTranslate} from '../../source/translate/run.js';
import {memoryCache, memoryStore} from './memory.js';

/** An engine that prefixes "EN: " and remembers every batch it was given. */
function echoEngine(model: string | null = 'm1'): Engine & {batches: TranslateItem[][]} {
	const batches: TranslateItem[][] = [];
	return {
		name: 'test',
		model,
		defaultBatch: 2,
		batches,
		async translate(items): Promise<ItemResult[]> {
			batches.push(items);
			return items.map(i => ({text: `EN: ${i.text}`}));
		},
	};
}

const options = (extra: Partial<Parameters<typeof runTranslate>[3]> = {}) => ({
	to: 'en',
	retryFailed: false,
	retry: {retries: 0, timeoutMs: 1000, backoffMs: 1},
	rate: tokenBucket(undefined),
	saveEveryMs: 60_000,
	...extra,
});

describe('runTranslate', () => {
	it('sends each distinct text once, in batches of the engine default, and saves at the end', async () => {
		const store = memoryStore(['a', 'b', 'a', 'c']);
		const engine = echoEngine();
		const summary = await runTranslate(store, engine, memoryCache(), options());
		expect(engine.batches.map(b => b.map(i => i.text))).toEqual([['a', 'b'], ['c']]);
		expect(store.translations.get('a:2')!.text).toBe('EN: a');
		expect(summary).toMatchObject({sentences: 4, translated: 4, requests: 2});
		expect(store.saves).toBe(1);
	});

	it('skips sentences already in the target language and those already translated', async () => {
		const store = memoryStore(['one', 'two'], 'en');
		const engine = echoEngine();
		const summary = await runTranslate(store, engine, memoryCache(), options());
		expect(engine.batches).toEqual([]);
		expect(summary.sameLanguage).toBe(2);
		const ar = memoryStore(['x']);
		await runTranslate(ar, engine, memoryCache(), options());
		const again = await runTranslate(ar, engine, memoryCache(), options());
		expect(again).toMatchObject({already: 1, requests: 0});
	});

	it('uses the cache only for the same engine and model', async () => {
		const cache = memoryCache();
		await runTranslate(memoryStore(['x', 'y']), echoEngine('m1'), cache, options());
		const same = echoEngine('m1');
		const fresh = memoryStore(['x', 'y']);
		expect(await runTranslate(fresh, same, cache, options())).toMatchObject({fromCache: 2, requests: 0});
		expect(fresh.translations.get('a:0')).toMatchObject({text: 'EN: x', engine: 'test', model: 'm1'});
		const other = echoEngine('m2');
		expect(await runTranslate(memoryStore(['x', 'y']), other, cache, options())).toMatchObject({fromCache: 0, requests: 1});
	});

	it('saves the dataset every saveEveryMs, not every batch', async () => {
		let t = 0;
		const store = memoryStore(['a', 'b', 'c', 'd', 'e', 'f']);
		const engine = echoEngine();
		const slow: Engine = {
			...engine,
			translate: async items => {
				t += 400;
				return engine.translate(items, new AbortController().signal);
			},
		};
		await runTranslate(store, slow, memoryCache(), options({saveEveryMs: 700, batch: 1, now: () => t}));
		// Six batches of 400 ms: saved after the 2nd, 4th and 6th, and once at the end.
		expect(store.saves).toBe(4);
	});

	it('re-sends failed sentences only with retryFailed', async () => {
		const store = memoryStore(['x']);
		const failing: Engine = {name: 'test', model: null, defaultBatch: 1, translate: async () => [{error: 'nope'}]};
		await runTranslate(store, failing, memoryCache(), options());
		expect(store.translations.get('a:0')).toMatchObject({text: null, error: 'nope'});
		const engine = echoEngine(null);
		expect(await runTranslate(store, engine, memoryCache(), options())).toMatchObject({already: 1, requests: 0});
		expect(await runTranslate(store, engine, memoryCache(), options({retryFailed: true}))).toMatchObject({translated: 1});
		expect(store.translations.get('a:0')!.error).toBeUndefined();
	});

	it('stops between batches when told, keeping what was answered', async () => {
		const stop = new AbortController();
		const store = memoryStore(['a', 'b', 'c']);
		const engine = echoEngine();
		const stopping: Engine = {
			...engine,
			defaultBatch: 1,
			translate: async (items, signal) => {
				stop.abort();
				return engine.translate(items, signal);
			},
		};
		const summary = await runTranslate(store, stopping, memoryCache(), options({stop: stop.signal}));
		expect(summary.translated).toBe(1);
		expect(store.saves).toBe(1);
	});
});

describe('file cache', () => {
	it('keeps entries across instances and skips a torn line', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'ce-cache-')), 'translations');
		const key = cacheKey({text: 'نص', from: 'ar', to: 'en', engine: 'command', model: 'x'});
		const a = fileCache(dir);
		a.put(key, {text: 'text', date: '2026-01-01T00:00:00.000Z'});
		a.flush();
		appendFileSync(join(dir, `${key.slice(0, 2)}.ndjson`), '{"k":"torn');
		expect(fileCache(dir).get(key)).toEqual({text: 'text', date: '2026-01-01T00:00:00.000Z'});
		expect(cacheKey({text: 'نص', from: 'ar', to: 'en', engine: 'command', model: 'y'})).not.toBe(key);
		expect(cacheKey({text: 'نص', from: 'ar', to: 'fr', engine: 'command', model: 'x'})).not.toBe(key);
	});

	it('lives under XDG_CACHE_HOME, else ~/.cache', () => {
		expect(defaultCacheDir({XDG_CACHE_HOME: '/x'})).toBe('/x/crisis-explorer/translations');
		expect(defaultCacheDir({HOME: '/home/u'})).toBe('/home/u/.cache/crisis-explorer/translations');
	});
});

describe('retries, backoff, rate', () => {
	it('reads Retry-After as seconds or a date', () => {
		expect(parseRetryAfter('2')).toBe(2000);
		expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
		expect(parseRetryAfter(null)).toBeUndefined();
		expect(parseRetryAfter('soon')).toBeUndefined();
	});

	it('backs off exponentially, with jitter within [half, full]', () => {
		expect(backoff(1, 100, () => 0, 10_000)).toBe(50);
		expect(backoff(1, 100, () => 1, 10_000)).toBe(100);
		expect(backoff(4, 100, () => 1, 10_000)).toBe(800);
		expect(backoff(20, 100, () => 1, 5000)).toBe(5000);
	});

	it('waits what the failure asks, and stops at a failure that cannot pass', async () => {
		const waits: number[] = [];
		let tries = 0;
		const result = await withRetries(
			async () => {
				tries++;
				if (tries === 1) throw new EngineFailure('HTTP 429', true, 1234);
				if (tries === 2) throw new EngineFailure('HTTP 500');
				return 'ok';
			},
			{retries: 3, timeoutMs: 1000, backoffMs: 100, sleep: async ms => void waits.push(ms), random: () => 1},
		);
		expect(result).toBe('ok');
		expect(waits).toEqual([1234, 200]);
		await expect(withRetries(async () => Promise.reject(new EngineFailure('HTTP 400', false)), {retries: 3, timeoutMs: 1000, backoffMs: 1})).rejects.toThrow(
			/^HTTP 400$/,
		);
	});

	it('parses --rate and spaces requests out', async () => {
		expect(parseRate('2')).toBe(2);
		expect(parseRate('2/s')).toBe(2);
		expect(parseRate('30/min')).toBe(0.5);
		expect(() => parseRate('0')).toThrow(/--rate/);
		let t = 0;
		const waited: number[] = [];
		const bucket = tokenBucket(
			2,
			() => t,
			async ms => {
				waited.push(ms);
				t += ms;
			},
		);
		for (let i = 0; i < 4; i++) await bucket.take();
		// Two at once (a second's worth), then one every 500 ms.
		expect(waited).toEqual([500, 500]);
	});
});

// The translate step: every sentence without a translation into `to` (or with
// a failed one, when asked) is looked up in the cache, and the rest go to the
// engine in batches, one request at a time under the rate limit, each with a
// timeout and retries. A sentence the engine fails on gets its error recorded
// and the run goes on. Answers go to the cache after every batch (so a kill
// loses at most the batch in flight: the next run finds the rest there) and
// to the dataset every `saveEveryMs` and at the end.
import type {Translation} from '../dataset/schema.js';
import {brief, EngineFailure, type Engine, type TranslateItem} from './engine.js';
import {cacheKey, type TranslationCache} from './cache.js';
import type {RateLimit} from './rate.js';
import {withRetries, type RetryOptions} from './retry.js';
import type {TranslationStore} from './store.js';

export type RunOptions = {
	to: string;
	batch?: number;
	retryFailed: boolean;
	retry: RetryOptions;
	rate: RateLimit;
	/** Dataset saves at most this often (the cache is written every batch). */
	saveEveryMs: number;
	/** Ends the request in flight (Ctrl-C, SIGTERM): the run stops after saving. */
	stop?: AbortSignal;
	now?: () => number;
	onProgress?: (p: TranslateProgress) => void;
};

export type TranslateProgress = {done: number; total: number; failed: number};

export type TranslateSummary = {
	sentences: number;
	/** Already translated before this run (skipped). */
	already: number;
	/** Written in the target language already (an English article): nothing to send. */
	sameLanguage: number;
	fromCache: number;
	translated: number;
	failed: number;
	/** Requests sent to the engine (retries included in none: one a batch). */
	requests: number;
	/** Distinct reasons of the failures, with how many sentences each. */
	reasons: Map<string, number>;
};

type Group = {key: string; item: TranslateItem; ids: string[]};

export async function runTranslate(store: TranslationStore, engine: Engine, cache: TranslationCache, options: RunOptions): Promise<TranslateSummary> {
	const now = options.now ?? (() => Date.now());
	const summary: TranslateSummary = {sentences: 0, already: 0, sameLanguage: 0, fromCache: 0, translated: 0, failed: 0, requests: 0, reasons: new Map()};
	const make = (fields: Pick<Translation, 'text' | 'date'> & {error?: string}): Translation => ({
		text: fields.text,
		to: options.to,
		engine: engine.name,
		model: engine.model,
		date: fields.date,
		...(fields.error === undefined ? {} : {error: fields.error}),
	});

	// What is left, one group a distinct text (a repeated sentence is sent once).
	const groups = new Map<string, Group>();
	for (const s of store.sentences()) {
		summary.sentences++;
		if (s.from === options.to) {
			summary.sameLanguage++;
			continue;
		}
		const t = s.translation;
		if (t && t.to === options.to && (t.text !== null || !options.retryFailed)) {
			summary.already++;
			continue;
		}
		const key = cacheKey({text: s.text, from: s.from, to: options.to, engine: engine.name, model: engine.model});
		const hit = cache.get(key);
		if (hit) {
			store.set(s.id, make(hit));
			summary.fromCache++;
			continue;
		}
		const group = groups.get(key);
		if (group) group.ids.push(s.id);
		else groups.set(key, {key, item: {id: s.id, text: s.text, from: s.from, to: options.to}, ids: [s.id]});
	}

	const batches = inBatches([...groups.values()], Math.max(1, options.batch ?? engine.defaultBatch));
	const total = batches.reduce((n, b) => n + b.reduce((m, g) => m + g.ids.length, 0), 0);
	let done = 0;
	let saved = now();
	for (const batch of batches) {
		if (options.stop?.aborted) break;
		await options.rate.take();
		if (options.stop?.aborted) break;
		summary.requests++;
		const date = new Date(now()).toISOString();
		let results: Awaited<ReturnType<Engine['translate']>>;
		try {
			results = await withRetries(
				signal =>
					engine.translate(
						batch.map(g => g.item),
						options.stop ? AbortSignal.any([signal, options.stop]) : signal,
					),
				{...options.retry, stop: options.stop},
			);
			if (results.length !== batch.length) throw new EngineFailure(`the engine gave ${results.length} results for ${batch.length} sentences`, false);
		} catch (error) {
			if (options.stop?.aborted) break;
			const reason = error instanceof EngineFailure ? error.message : brief(String((error as Error).message ?? error));
			results = batch.map(() => ({error: reason}));
		}
		// Stopped while this batch was out: keep its answers, but a sentence cut off by the stop has not failed.
		const stopping = options.stop?.aborted === true;
		batch.forEach((group, k) => {
			const result = results[k]!;
			if (stopping && !('text' in result)) return;
			if ('text' in result) {
				cache.put(group.key, {text: result.text, date});
				for (const id of group.ids) store.set(id, make({text: result.text, date}));
				summary.translated += group.ids.length;
			} else {
				for (const id of group.ids) store.set(id, make({text: null, date, error: result.error}));
				summary.failed += group.ids.length;
				summary.reasons.set(result.error, (summary.reasons.get(result.error) ?? 0) + group.ids.length);
			}
			done += group.ids.length;
		});
		cache.flush();
		if (stopping) break;
		options.onProgress?.({done, total, failed: summary.failed});
		if (now() - saved >= options.saveEveryMs) {
			store.save();
			saved = now();
		}
	}
	store.save();
	store.finish?.();
	return summary;
}

/** Batches of `size`, cut where the source language changes (a request has one source language). */
function inBatches(groups: Group[], size: number): Group[][] {
	const out: Group[][] = [];
	let current: Group[] = [];
	for (const group of groups) {
		if (current.length >= size || (current.length > 0 && current[0]!.item.from !== group.item.from)) {
			out.push(current);
			current = [];
		}
		current.push(group);
	}
	if (current.length > 0) out.push(current);
	return out;
}

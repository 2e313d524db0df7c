// Tries a request again after a failure that may pass: exponential backoff
// with jitter (so many clients that failed together do not retry together),
// or exactly what a 429's Retry-After asked for when it asked. Each try gets
// its own timeout through an AbortController, which fetch and the command
// engine both honour.
import {EngineFailure} from './engine.js';

export type RetryOptions = {
	/** Tries after the first. */
	retries: number;
	/** Per try, in ms. */
	timeoutMs: number;
	/** First backoff; doubles each try. */
	backoffMs: number;
	/** Longest wait between tries, Retry-After included. */
	maxWaitMs?: number;
	sleep?: (ms: number) => Promise<void>;
	random?: () => number;
	/** Once aborted, no more tries. */
	stop?: AbortSignal;
};

export const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

/** Retry-After is seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
	if (value === null || value.trim() === '') return undefined;
	if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
	const at = Date.parse(value);
	return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The wait before try `attempt` (1 = the first retry): full backoff halved, plus up to the other half at random. */
export function backoff(attempt: number, base: number, random: () => number, max: number): number {
	const full = Math.min(max, base * 2 ** (attempt - 1));
	return Math.round(full / 2 + (random() * full) / 2);
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the tries are used up.
 * Throws the last EngineFailure, its message saying how many tries it took.
 */
export async function withRetries<T>(run: (signal: AbortSignal) => Promise<T>, options: RetryOptions): Promise<T> {
	const wait = options.sleep ?? sleep;
	const random = options.random ?? Math.random;
	const max = options.maxWaitMs ?? 60_000;
	for (let attempt = 0; ; attempt++) {
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), options.timeoutMs);
		let failure: EngineFailure;
		try {
			return await run(controller.signal);
		} catch (error) {
			if (controller.signal.aborted) failure = new EngineFailure(`timed out after ${options.timeoutMs} ms`);
			else if (error instanceof EngineFailure) failure = error;
			else failure = new EngineFailure((error as Error).message ?? String(error));
		} finally {
			clearTimeout(timer);
		}
		const tries = attempt + 1;
		if (!failure.retryable || attempt >= options.retries || options.stop?.aborted) {
			const detail = tries > 1 ? ` (gave up after ${tries} tries)` : '';
			throw new EngineFailure(`${failure.message}${detail}`, false);
		}
		await wait(Math.min(max, failure.retryAfterMs ?? backoff(tries, options.backoffMs, random, max)));
	}
}

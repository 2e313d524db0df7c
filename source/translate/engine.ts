// What every translation engine is to the runner: a function from a batch of
// sentences to one result per sentence. Whole-batch failures are thrown as
// EngineFailure, which says whether trying again may help (a timeout, a 429,
// a 500) and how long the server asked us to wait; the runner does the
// retrying, the rate limit and the bookkeeping, so an engine stays small.

/** One sentence to translate; `id` is the sentence id, echoed by command engines. */
export type TranslateItem = {id: string; text: string; from: string; to: string};

/** One sentence's outcome: the translation, or why this sentence alone failed. */
export type ItemResult = {text: string} | {error: string};

export interface Engine {
	/** 'command', 'libretranslate', 'openai': recorded as the translation's engine. */
	readonly name: string;
	/** The model or program, recorded with each translation and part of the cache key. */
	readonly model: string | null;
	/** Sentences a request when --batch is not given. */
	readonly defaultBatch: number;
	/** Results in the order of `items`. Honours `signal` (the runner's timeout). */
	translate(items: TranslateItem[], signal: AbortSignal): Promise<ItemResult[]>;
}

/** A failure of a whole request. */
export class EngineFailure extends Error {
	constructor(
		message: string,
		/** False when another try would fail the same way (a 401, a bad request). */
		readonly retryable = true,
		/** What the server's Retry-After asked for, in ms. */
		readonly retryAfterMs?: number,
	) {
		super(message);
		this.name = 'EngineFailure';
	}
}

/** Shortens an engine's own words (a server's error page) for a sentence's `error` and the summary. */
export function brief(text: string, max = 160): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

// POSTing JSON for the built-in HTTP engines, with the failures sorted for
// the runner: 429 and 5xx may pass (429 with the wait its Retry-After asks
// for), other 4xx will not; a network error may pass; an answer that is not
// JSON is malformed (retried: a proxy's error page is often passing).
import {brief, EngineFailure} from '../engine.js';
import {parseRetryAfter} from '../retry.js';

export async function postJson(url: string, body: unknown, headers: Record<string, string>, signal: AbortSignal): Promise<unknown> {
	let response: Response;
	try {
		response = await fetch(url, {method: 'POST', headers: {'content-type': 'application/json', ...headers}, body: JSON.stringify(body), signal});
	} catch (error) {
		if (signal.aborted) throw error;
		const cause = (error as {cause?: {code?: string; message?: string}}).cause;
		throw new EngineFailure(`cannot reach ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
	}
	const text = await response.text();
	if (!response.ok) {
		const status = response.status;
		const retryable = status === 429 || status === 408 || status >= 500;
		const wait = status === 429 || status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
		throw new EngineFailure(`HTTP ${status}${text ? `: ${brief(text, 100)}` : ''}`, retryable, wait);
	}
	try {
		return JSON.parse(text);
	} catch {
		throw new EngineFailure(`malformed answer (not JSON): ${brief(text, 80)}`);
	}
}

/** `base` + `path`, without doubling the slash or the path the user already wrote. */
export function endpoint(base: string, path: string): string {
	const trimmed = base.replace(/\/+$/, '');
	return trimmed.endsWith(path) ? trimmed : `${trimmed}${path}`;
}

// A token bucket: at most `perSecond` requests a second on average, with
// bursts up to one second's worth, so a public LibreTranslate or a shared GPU
// is not flooded. `--rate 2/s`, `--rate 30/min`, `--rate 0.5`.
import {UsageError} from '../errors.js';
import {sleep} from './retry.js';

export type RateLimit = {take(): Promise<void>};

/** `N`, `N/s`, `N/min` (`m`), `N/h` → requests a second; undefined for no limit. */
export function parseRate(value: string | undefined): number | undefined {
	if (value === undefined || value === '') return undefined;
	const m = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(s|sec|second|m|min|minute|h|hour))?\s*$/i.exec(value);
	const n = m ? Number(m[1]) : Number.NaN;
	if (!m || !(n > 0)) throw new UsageError(`--rate takes requests per second, e.g. 2, 2/s or 30/min; got '${value}'`);
	const unit = (m[2] ?? 's').toLowerCase();
	return unit.startsWith('h') ? n / 3600 : unit.startsWith('m') ? n / 60 : n;
}

export function tokenBucket(perSecond: number | undefined, now: () => number = () => performance.now(), wait = sleep): RateLimit {
	if (perSecond === undefined) return {take: async () => {}};
	const capacity = Math.max(1, perSecond);
	let tokens = capacity;
	let last = now();
	return {
		async take() {
			for (;;) {
				const t = now();
				tokens = Math.min(capacity, tokens + ((t - last) / 1000) * perSecond);
				last = t;
				if (tokens >= 1) {
					tokens -= 1;
					return;
				}
				await wait(Math.ceil(((1 - tokens) / perSecond) * 1000));
			}
		},
	};
}

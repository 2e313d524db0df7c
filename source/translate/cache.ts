// Translations already paid for, kept outside any dataset so that a fresh
// ingest of the same articles (a new dataset, no translations) translates
// nothing again. Keyed by a hash of (text, from, to, engine, model): the same
// sentence through another model is another entry. 256 append-only shards
// (by the key's first byte), so a batch's answers are saved with a few
// appends, and a line torn by a kill is skipped when read.
import {appendFileSync, mkdirSync, readFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {CliError} from '../errors.js';

export type CacheKeyParts = {text: string; from: string; to: string; engine: string; model: string | null};
export type CachedTranslation = {text: string; date: string};

export interface TranslationCache {
	get(key: string): CachedTranslation | undefined;
	put(key: string, value: CachedTranslation): void;
	/** Appends what was put since the last flush. */
	flush(): void;
}

export function cacheKey(parts: CacheKeyParts): string {
	return createHash('sha256')
		.update(JSON.stringify([parts.text, parts.from, parts.to, parts.engine, parts.model]))
		.digest('hex');
}

/** `$XDG_CACHE_HOME/crisis-explorer/translations`, else ~/.cache/…. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
	const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
	return join(base, 'crisis-explorer', 'translations');
}

export function fileCache(dir: string): TranslationCache {
	const shards = new Map<string, Map<string, CachedTranslation>>();
	const pending = new Map<string, string[]>();
	const shard = (key: string) => {
		const name = key.slice(0, 2);
		let entries = shards.get(name);
		if (!entries) {
			entries = new Map();
			let text = '';
			try {
				text = readFileSync(join(dir, `${name}.ndjson`), 'utf8');
			} catch {
				// No entries yet.
			}
			for (const line of text.split('\n')) {
				if (!line) continue;
				try {
					const {k, t, d} = JSON.parse(line) as {k?: unknown; t?: unknown; d?: unknown};
					if (typeof k === 'string' && typeof t === 'string' && typeof d === 'string') entries.set(k, {text: t, date: d});
				} catch {
					// A line cut short by a kill: its sentence is translated again.
				}
			}
			shards.set(name, entries);
		}
		return entries;
	};
	return {
		get: key => shard(key).get(key),
		put(key, value) {
			shard(key).set(key, value);
			const name = key.slice(0, 2);
			pending.set(name, [...(pending.get(name) ?? []), `${JSON.stringify({k: key, t: value.text, d: value.date})}\n`]);
		},
		flush() {
			if (pending.size === 0) return;
			try {
				mkdirSync(dir, {recursive: true});
				// A line a write, whole lines only: a torn write loses one entry, never corrupts another.
				for (const [name, lines] of pending) appendFileSync(join(dir, `${name}.ndjson`), lines.join(''));
			} catch (error) {
				throw new CliError(`${dir}: cannot write the translation cache: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
			}
			pending.clear();
		},
	};
}

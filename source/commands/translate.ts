// `translate --data D --engine E`: adds an English version of every title and
// sentence to the dataset, with its provenance (translate/run.ts). The only
// command that sends text anywhere, and only to the engine it is given.
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {isDirectoryDataset} from '../dataset/directory/layout.js';
import {DataError, UsageError} from '../errors.js';
import {defaultCacheDir, fileCache} from '../translate/cache.js';
import {intFlag, makeEngine} from '../translate/options.js';
import type {Engine} from '../translate/engine.js';
import {takeLock} from '../translate/lock.js';
import {parseRate, type RateLimit, tokenBucket} from '../translate/rate.js';
import {runTranslate, type TranslateProgress, type TranslateSummary} from '../translate/run.js';
import {directoryStore} from '../translate/store-directory.js';
import {jsonStore} from '../translate/store-json.js';
import type {Context} from './context.js';

const SAVE_EVERY_MS = 5000;

export async function runTranslateCommand(ctx: Context): Promise<number> {
	const {flags, io} = ctx;
	if (ctx.args.length > 0) throw new UsageError(`translate takes no arguments; unexpected '${ctx.args[0]}' (the dataset is --data)`);
	const to = flags.to ?? 'en';
	if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(to)) throw new UsageError(`--to takes a language code such as en, got '${to}'`);
	const engine = makeEngine(flags, io.env);
	const batch = intFlag('--batch', flags.batch, undefined, 1);
	const timeoutMs = intFlag('--timeout', flags.timeout, 60_000, 1)!;
	const retries = intFlag('--retries', flags.retries, 3, 0)!;
	const rate = tokenBucket(parseRate(flags.rate));
	const directory = isDirectoryDataset(ctx.dataPath);
	// The lock goes beside the file: a missing dataset is named as such, not as a lock that cannot be made.
	if (!directory && !existsSync(ctx.dataPath)) throw new DataError(`${ctx.dataPath}: cannot read dataset: no such file`);
	const release = takeLock(directory ? join(ctx.dataPath, 'translate.lock') : `${ctx.dataPath}.translate.lock`, ctx.dataPath);
	try {
		return await translateLocked(ctx, directory, {to, engine, batch, timeoutMs, retries, rate});
	} finally {
		release();
	}
}

type Settings = {to: string; engine: Engine; batch: number | undefined; timeoutMs: number; retries: number; rate: RateLimit};

async function translateLocked(ctx: Context, directory: boolean, {to, engine, batch, timeoutMs, retries, rate}: Settings): Promise<number> {
	const {flags, io} = ctx;
	const store = directory ? directoryStore(ctx.dataPath) : jsonStore(ctx.dataPath);
	const cacheDir = flags.cache ? resolve(flags.cache) : defaultCacheDir(io.env);
	const cache = fileCache(cacheDir);

	// Ctrl-C or a kill: the request in flight is ended, what was answered is saved.
	const stop = new AbortController();
	const onSignal = (signal: NodeJS.Signals) => {
		if (stop.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143);
		stop.abort();
		stopped = signal;
	};
	let stopped: NodeJS.Signals | undefined;
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	const progress = progressLine(io.stderr);
	const started = Date.now();
	let summary: TranslateSummary;
	try {
		summary = await runTranslate(store, engine, cache, {
			to,
			batch,
			retryFailed: flags.retryFailed ?? false,
			retry: {retries, timeoutMs, backoffMs: 500},
			rate,
			saveEveryMs: SAVE_EVERY_MS,
			stop: stop.signal,
			onProgress: progress.update,
		});
	} finally {
		progress.end();
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
	}
	io.stderr.write(`${summaryLine(summary, engine.name, engine.model, Date.now() - started)}\n`);
	const reasons = [...summary.reasons].sort((a, b) => b[1] - a[1]);
	for (const [reason, count] of reasons.slice(0, 5)) io.stderr.write(`  ${count} failed: ${reason}\n`);
	if (reasons.length > 5) io.stderr.write(`  … and ${reasons.length - 5} other reasons (see each sentence's translation.error)\n`);
	if (stopped) {
		io.stderr.write(`translate: stopped by ${stopped}; what was translated is saved, run it again to go on\n`);
		return stopped === 'SIGINT' ? 130 : 143;
	}
	return summary.failed > 0 ? 3 : 0;
}

function summaryLine(s: TranslateSummary, engine: string, model: string | null, ms: number): string {
	const parts = [`${s.translated} translated`, `${s.fromCache} from the cache`, `${s.already} already done`];
	if (s.sameLanguage > 0) parts.push(`${s.sameLanguage} already in the target language`);
	parts.push(`${s.failed} failed`);
	const requests = `${s.requests} request${s.requests === 1 ? '' : 's'}`;
	return `translate: ${s.sentences} sentences: ${parts.join(', ')} · ${requests} to ${engine}${model ? ` (${model})` : ''} · ${(ms / 1000).toFixed(1)} s`;
}

/** A line redrawn in place on a terminal; nothing on a pipe (the summary line is always written). */
function progressLine(stream: NodeJS.WriteStream): {update(p: TranslateProgress): void; end(): void} {
	if (!stream.isTTY) return {update() {}, end() {}};
	let shown = false;
	return {
		update(p) {
			shown = true;
			const failed = p.failed > 0 ? ` · ${p.failed} failed` : '';
			stream.write(`\rtranslate: ${p.done} of ${p.total} sentences${failed}\u001B[K`);
		},
		end() {
			if (shown) stream.write('\r\u001B[K');
		},
	};
}

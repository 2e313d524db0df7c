// The command engine with the fake program: JSON lines in and out, and a
// missing or malformed answer line is that sentence's error, not the run's.
import {describe, expect, it} from 'vitest';
import {commandEngine} from '../../source/translate/engines/command.js';
import {tokenBucket} from '../../source/translate/rate.js';
import {runTranslate} from '../../source/translate/run.js';
import {writeFake} from './fake-engine.js';
import {memoryCache, memoryStore} from './memory.js';

const TEXTS = ['جملة أولى', 'جملة ثانية', 'جملة ثالثة'];

async function translate(env: NodeJS.ProcessEnv, options: {retries?: number; timeoutMs?: number} = {}) {
	const fake = writeFake();
	const engine = commandEngine({command: fake.command, env: {...process.env, FAKE_LOG: fake.log, ...env}});
	const store = memoryStore(TEXTS);
	const summary = await runTranslate(store, engine, memoryCache(), {
		to: 'en',
		retryFailed: false,
		retry: {retries: options.retries ?? 1, timeoutMs: options.timeoutMs ?? 10_000, backoffMs: 10},
		rate: tokenBucket(undefined),
		saveEveryMs: 0,
	});
	return {fake, store, summary, engine};
}

describe('command engine', () => {
	it('sends {id, text, from, to} lines and takes {id, text} lines back', async () => {
		const {fake, store, engine} = await translate({});
		expect(fake.calls()).toHaveLength(1);
		expect(fake.sent()).toEqual(['a:0', 'a:1', 'a:2']);
		expect([...store.translations.values()].map(t => t.text)).toEqual(TEXTS.map(t => `EN: ${t}`));
		expect(store.translations.get('a:0')).toMatchObject({engine: 'command', model: engine.model, to: 'en'});
		expect(engine.model).toBe(fake.command);
	});

	it('a missing line and a malformed line fail their sentences only', async () => {
		const {store, summary} = await translate({FAKE_DROP: ':1$', FAKE_GARBAGE: ':2$'});
		expect(store.translations.get('a:0')!.text).toBe(`EN: ${TEXTS[0]}`);
		expect(store.translations.get('a:1')).toMatchObject({text: null, error: 'the command gave no answer line for this sentence (1 malformed line)'});
		expect(store.translations.get('a:2')!.text).toBeNull();
		expect(summary).toMatchObject({translated: 1, failed: 2});
	});

	it('a program that fails without answering is retried, then recorded', async () => {
		const {fake, store} = await translate({FAKE_FAIL: '1'}, {retries: 1});
		expect(fake.calls()).toHaveLength(2);
		expect(store.translations.get('a:0')!.error).toBe('the command failed (exit code 1) (gave up after 2 tries)');
	});

	it('a program slower than --timeout is ended', async () => {
		const started = Date.now();
		const {store} = await translate({FAKE_SLEEP_MS: '5000'}, {retries: 0, timeoutMs: 300});
		expect(Date.now() - started).toBeLessThan(4000);
		expect(store.translations.get('a:0')!.error).toBe('timed out after 300 ms');
	});
});

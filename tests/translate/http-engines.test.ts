// Issue 19, acceptance 2: the built-in HTTP clients against a stub server on
// 127.0.0.1 (never a real service): they translate, retry on 429 (waiting
// what Retry-After asks) and on 500, time out, reject malformed answers, and
// give up on a sentence after the retries with the reason recorded on it,
// while the run goes on.
import {afterEach, describe, expect, it} from 'vitest';
import type {Engine} from '../../source/translate/engine.js';
import {libreTranslateEngine} from '../../source/translate/engines/libretranslate.js';
import {openAiEngine, parseNumbered} from '../../source/translate/engines/openai.js';
import {tokenBucket} from '../../source/translate/rate.js';
import {runTranslate} from '../../source/translate/run.js';
import {memoryCache, memoryStore} from './memory.js';
import {chatAnswer, libreAnswer, startStub, type Stub} from './stub-server.js';

const TEXTS = ['قال ستولتنبرغ إن الحلف مستعد للحوار', 'وأكدت زاخاروفا أن موسكو تنتظر ردا مكتوبا', 'عقد الاجتماع في بروكسل'];

type Case = {name: string; make(url: string): Engine; answer: typeof libreAnswer; sent(body: unknown): string[]};
const cases: Case[] = [
	{
		name: 'libretranslate',
		make: url => libreTranslateEngine({url, apiKey: 'k-123'}),
		answer: libreAnswer,
		sent: body => (body as {q: string[]}).q,
	},
	{
		name: 'openai',
		make: url => openAiEngine({url, model: 'test-model', apiKey: 'k-123'}),
		answer: chatAnswer,
		sent: body => [(body as {messages: Array<{role: string; content: string}>}).messages.find(m => m.role === 'user')!.content],
	},
];

let stub: Stub | undefined;
afterEach(async () => {
	await stub?.close();
	stub = undefined;
});

async function translate(engine: Engine, texts: string[], options: {retries?: number; timeoutMs?: number; batch?: number} = {}) {
	const store = memoryStore(texts);
	const summary = await runTranslate(store, engine, memoryCache(), {
		to: 'en',
		batch: options.batch,
		retryFailed: false,
		retry: {retries: options.retries ?? 2, timeoutMs: options.timeoutMs ?? 2000, backoffMs: 10},
		rate: tokenBucket(undefined),
		saveEveryMs: 0,
	});
	return {store, summary};
}

describe.each(cases)('$name client', c => {
	it('translates every sentence and records engine, model and date', async () => {
		stub = await startStub(c.answer);
		const {store, summary} = await translate(c.make(stub.url), TEXTS);
		expect(summary.translated).toBe(3);
		for (const [i, text] of TEXTS.entries()) {
			const t = store.translations.get(`a:${i}`)!;
			expect(t.text).toBe(`EN: ${text}`);
			expect(t.engine).toBe(c.name);
			expect(t.to).toBe('en');
			expect(Date.parse(t.date)).not.toBeNaN();
			expect(t.error).toBeUndefined();
		}
		expect(stub.requests.flatMap(r => c.sent(r.body)).join('\n')).toContain(TEXTS[2]);
	});

	it('waits what a 429 Retry-After asks, then retries', async () => {
		stub = await startStub(c.answer);
		stub.script({status: 429, headers: {'retry-after': '1'}, body: {error: 'slow down'}});
		const {store} = await translate(c.make(stub.url), TEXTS.slice(0, 1));
		expect(stub.requests).toHaveLength(2);
		// The backoff alone is 10 ms: a gap of about a second is the Retry-After.
		expect(stub.requests[1]!.at - stub.requests[0]!.at).toBeGreaterThanOrEqual(900);
		expect(store.translations.get('a:0')!.text).toBe(`EN: ${TEXTS[0]}`);
	});

	it('retries a 500 and a malformed answer', async () => {
		stub = await startStub(c.answer);
		stub.script({status: 500, raw: 'internal error'}, {raw: '<html>proxy error</html>'});
		const {store} = await translate(c.make(stub.url), TEXTS.slice(0, 1));
		expect(stub.requests).toHaveLength(3);
		expect(store.translations.get('a:0')!.text).toBe(`EN: ${TEXTS[0]}`);
	});

	it('times a slow request out and tries again', async () => {
		stub = await startStub(c.answer);
		stub.script(r => ({...c.answer(r), delayMs: 1500}));
		const {store} = await translate(c.make(stub.url), TEXTS.slice(0, 1), {timeoutMs: 300});
		expect(stub.requests).toHaveLength(2);
		expect(store.translations.get('a:0')!.text).toBe(`EN: ${TEXTS[0]}`);
	});

	it('gives up on a sentence after the retries, records why, and goes on', async () => {
		stub = await startStub(c.answer);
		// One sentence a request: the first one's three tries all fail.
		stub.script({status: 500, raw: 'boom'}, {status: 500, raw: 'boom'}, {status: 503, raw: 'boom again'});
		const {store, summary} = await translate(c.make(stub.url), TEXTS, {retries: 2, batch: 1});
		expect(stub.requests).toHaveLength(5);
		const failed = store.translations.get('a:0')!;
		expect(failed.text).toBeNull();
		expect(failed.error).toMatch(/HTTP 503.*boom again.*gave up after 3 tries/);
		expect(failed.engine).toBe(c.name);
		expect(store.translations.get('a:1')!.text).toBe(`EN: ${TEXTS[1]}`);
		expect(store.translations.get('a:2')!.text).toBe(`EN: ${TEXTS[2]}`);
		expect(summary).toMatchObject({translated: 2, failed: 1});
	});

	it('records a timeout that never passes', async () => {
		stub = await startStub(r => ({...c.answer(r), delayMs: 1000}));
		const {store} = await translate(c.make(stub.url), TEXTS.slice(0, 1), {retries: 1, timeoutMs: 150});
		expect(store.translations.get('a:0')!.error).toBe('timed out after 150 ms (gave up after 2 tries)');
	});

	it('does not retry what cannot pass (a 401)', async () => {
		stub = await startStub(() => ({status: 401, body: {error: 'bad key'}}));
		const {store} = await translate(c.make(stub.url), TEXTS.slice(0, 1));
		expect(stub.requests).toHaveLength(1);
		expect(store.translations.get('a:0')!.error).toMatch(/^HTTP 401/);
	});
});

describe('request shapes', () => {
	it('libretranslate: POST /translate with q, source, target, format and api_key', async () => {
		stub = await startStub(libreAnswer);
		await translate(libreTranslateEngine({url: stub.url, apiKey: 'k-123'}), TEXTS);
		expect(stub.requests[0]!.path).toBe('/translate');
		expect(stub.requests[0]!.body).toEqual({q: TEXTS, source: 'ar', target: 'en', format: 'text', api_key: 'k-123'});
	});

	it('openai: POST /v1/chat/completions, a Bearer key, the model, a system prompt for a faithful English translation', async () => {
		stub = await startStub(chatAnswer);
		await translate(openAiEngine({url: stub.url, model: 'test-model', apiKey: 'k-123'}), TEXTS.slice(0, 1));
		const r = stub.requests[0]!;
		expect(r.path).toBe('/v1/chat/completions');
		expect(r.headers.authorization).toBe('Bearer k-123');
		const body = r.body as {model: string; messages: Array<{role: string; content: string}>};
		expect(body.model).toBe('test-model');
		expect(body.messages[0]!.role).toBe('system');
		expect(body.messages[0]!.content).toMatch(/from Arabic into English.*faithfully/);
		expect(body.messages[1]).toEqual({role: 'user', content: TEXTS[0]});
	});

	it('openai with --batch: a numbered list, answered line by line', async () => {
		stub = await startStub(chatAnswer);
		const {store} = await translate(openAiEngine({url: stub.url, model: 'm'}), TEXTS, {batch: 3});
		expect(stub.requests).toHaveLength(1);
		expect(stub.requests[0]!.headers.authorization).toBeUndefined();
		expect(c(stub.requests[0]!.body)).toBe(TEXTS.map((t, i) => `${i + 1}. ${t}`).join('\n'));
		expect([...store.translations.values()].map(t => t.text)).toEqual(TEXTS.map(t => `EN: ${t}`));
		function c(body: unknown) {
			return (body as {messages: Array<{role: string; content: string}>}).messages[1]!.content;
		}
	});

	it('openai with --batch: an answer that drops or repeats a number is malformed, retried, then recorded', async () => {
		stub = await startStub(() => ({body: {choices: [{message: {content: '1. one\n1. one again\n3. three'}}]}}));
		const {store} = await translate(openAiEngine({url: stub.url, model: 'm'}), TEXTS, {batch: 3, retries: 1});
		expect(stub.requests).toHaveLength(2);
		for (const t of store.translations.values()) expect(t.error).toBe('malformed answer: expected lines numbered 1 to 3 (gave up after 2 tries)');
	});

	it('parses numbered answers strictly', () => {
		expect(parseNumbered('1. a\n2) b\n\n3. c', 3)).toEqual(['a', 'b', 'c']);
		expect(parseNumbered('2. b\n1. a', 2)).toEqual(['a', 'b']);
		expect(parseNumbered('1. a\n2. b', 3)).toBeNull();
		expect(parseNumbered('1. a\nb', 1)).toBeNull();
		expect(parseNumbered('1. a\n2.', 2)).toBeNull();
	});
});

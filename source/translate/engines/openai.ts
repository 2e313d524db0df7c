// An OpenAI-compatible chat-completions endpoint (OpenAI itself, or a local
// server: Ollama, llama.cpp's server, vLLM). One sentence a request by
// default; with --batch N the sentences go numbered in one message and the
// answer must give back exactly those numbers, one line each, or the whole
// answer is malformed (and retried): a model that merges or drops lines must
// not shift translations onto the wrong sentences.
import {EngineFailure, type Engine, type ItemResult, type TranslateItem} from '../engine.js';
import {endpoint, postJson} from './http.js';

export type OpenAiOptions = {url: string; model: string; apiKey?: string; batch?: number};

const LANGUAGE: Record<string, string> = {ar: 'Arabic', en: 'English', fr: 'French', de: 'German', es: 'Spanish', ru: 'Russian'};
const languageName = (code: string) => LANGUAGE[code] ?? code;

export function systemPrompt(from: string, to: string, numbered: boolean): string {
	const lines = [
		`You translate news sentences from ${languageName(from)} into ${languageName(to)}.`,
		'Translate faithfully and completely: keep every name, number, date, quotation and attribution; add, explain and summarise nothing.',
		'Answer with the translation only, no notes and no quotation marks around it.',
	];
	if (numbered)
		lines.push('The message holds numbered sentences, one a line ("1. …"). Answer with the same numbers, one line each, in the same order: "1. translation".');
	return lines.join(' ');
}

/** The numbered answer's lines by number; null when it does not give each of 1..n exactly once. */
export function parseNumbered(answer: string, n: number): string[] | null {
	// Filled, not sparse: `every` skips the holes of a sparse array, and a missing line must count.
	const out: Array<string | undefined> = Array.from({length: n}, () => undefined);
	for (const raw of answer.split(/\r?\n/)) {
		const line = raw.trim();
		if (line === '') continue;
		const m = /^(\d+)[.)]\s*(.*)$/.exec(line);
		if (!m) return null;
		const k = Number(m[1]) - 1;
		if (k < 0 || k >= n || out[k] !== undefined || m[2]!.trim() === '') return null;
		out[k] = m[2]!.trim();
	}
	return out.every(line => line !== undefined) ? (out as string[]) : null;
}

function content(answer: unknown): string {
	const choice = (answer as {choices?: Array<{message?: {content?: unknown}}>} | null)?.choices?.[0];
	const text = choice?.message?.content;
	if (typeof text !== 'string') throw new EngineFailure('malformed answer: no choices[0].message.content');
	return text.trim();
}

export function openAiEngine(options: OpenAiOptions): Engine {
	const url = endpoint(options.url, '/v1/chat/completions');
	const headers: Record<string, string> = options.apiKey ? {authorization: `Bearer ${options.apiKey}`} : {};
	return {
		name: 'openai',
		model: options.model,
		defaultBatch: 1,
		async translate(items: TranslateItem[], signal: AbortSignal): Promise<ItemResult[]> {
			const first = items[0];
			if (!first) return [];
			const numbered = items.length > 1;
			const user = numbered ? items.map((item, i) => `${i + 1}. ${item.text.replace(/\s*\n\s*/g, ' ')}`).join('\n') : first.text;
			const body = {
				model: options.model,
				temperature: 0,
				messages: [
					{role: 'system', content: systemPrompt(first.from, first.to, numbered)},
					{role: 'user', content: user},
				],
			};
			const text = content(await postJson(url, body, headers, signal));
			if (!numbered) {
				if (text === '') throw new EngineFailure('malformed answer: empty translation');
				return [{text}];
			}
			const lines = parseNumbered(text, items.length);
			if (!lines) throw new EngineFailure(`malformed answer: expected lines numbered 1 to ${items.length}`);
			return lines.map(line => ({text: line}));
		},
	};
}

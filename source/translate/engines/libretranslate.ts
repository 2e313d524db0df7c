// LibreTranslate's API (POST /translate): a batch is one request whose `q` is
// the list of sentences, answered by `translatedText` as a list in the same
// order. https://libretranslate.com/docs
import {EngineFailure, type Engine, type ItemResult, type TranslateItem} from '../engine.js';
import {endpoint, postJson} from './http.js';

export type LibreOptions = {url: string; apiKey?: string};

export function libreTranslateEngine(options: LibreOptions): Engine {
	const url = endpoint(options.url, '/translate');
	return {
		name: 'libretranslate',
		model: null,
		defaultBatch: 20,
		async translate(items: TranslateItem[], signal: AbortSignal): Promise<ItemResult[]> {
			const first = items[0];
			if (!first) return [];
			const body = {
				q: items.map(item => item.text),
				source: first.from,
				target: first.to,
				format: 'text',
				...(options.apiKey ? {api_key: options.apiKey} : {}),
			};
			const answer = (await postJson(url, body, {}, signal)) as {translatedText?: unknown} | null;
			const translated = answer?.translatedText;
			if (!Array.isArray(translated) || translated.length !== items.length)
				throw new EngineFailure(`malformed answer: expected translatedText with ${items.length} strings`);
			return translated.map(t => (typeof t === 'string' && t.trim() !== '' ? {text: t} : {error: 'the answer had no text for this sentence'}));
		},
	};
}

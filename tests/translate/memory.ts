// An in-memory store and cache for the runner's tests: the sentences a test
// gives, and what the runner set on them.
import type {Translation} from '../../source/dataset/schema.js';
import type {CachedTranslation, TranslationCache} from '../../source/translate/cache.js';
import type {StoredSentence, TranslationStore} from '../../source/translate/store.js';

export function memoryStore(texts: string[], from = 'ar'): TranslationStore & {translations: Map<string, Translation>; saves: number} {
	const sentences: StoredSentence[] = texts.map((text, i) => ({id: `a:${i}`, text, from, translation: undefined}));
	const store = {
		translations: new Map<string, Translation>(),
		saves: 0,
		sentences: () => sentences.map(s => ({...s, translation: store.translations.get(s.id)})),
		set(id: string, t: Translation) {
			store.translations.set(id, t);
		},
		save() {
			store.saves++;
			return true;
		},
	};
	return store;
}

export function memoryCache(): TranslationCache & {entries: Map<string, CachedTranslation>} {
	const entries = new Map<string, CachedTranslation>();
	return {entries, get: k => entries.get(k), put: (k, v) => entries.set(k, v), flush() {}};
}

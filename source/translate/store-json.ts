// A JSON dataset: read and validated whole (it fits in memory by design), its
// sentences' translations set in place, and written back as ingest writes it
// (keys sorted, so only the translations differ), under a temporary name
// renamed over the file.
import type {Sentence, Translation} from '../dataset/schema.js';
import {loadDataset} from '../dataset/load.js';
import {serializeDataset} from '../ingest/pipeline.js';
import {writeFileAtomic} from './atomic.js';
import type {StoredSentence, TranslationStore} from './store.js';

export function jsonStore(path: string): TranslationStore {
	const dataset = loadDataset(path);
	const byId = new Map<string, Sentence>();
	for (const article of dataset.articles) for (const sentence of article.sentences) byId.set(sentence.id, sentence);
	let dirty = false;
	return {
		*sentences(): Iterable<StoredSentence> {
			for (const article of dataset.articles)
				for (const s of article.sentences) yield {id: s.id, text: s.text, from: article.language, translation: s.translation};
		},
		set(id: string, translation: Translation) {
			const sentence = byId.get(id);
			if (!sentence) return;
			sentence.translation = translation;
			dirty = true;
		},
		save() {
			if (!dirty) return false;
			writeFileAtomic(path, serializeDataset(dataset));
			dirty = false;
			return true;
		},
	};
}

// Where translations are read from and written to: the sentences of a dataset,
// either layout. The runner sees only this interface.
import type {Translation} from '../dataset/schema.js';

export type StoredSentence = {id: string; text: string; from: string; translation: Translation | undefined};

export interface TranslationStore {
	/** Every sentence (titles are sentence 0), in dataset order. */
	sentences(): Iterable<StoredSentence>;
	set(id: string, translation: Translation): void;
	/** Writes what was set since the last save, atomically; false when there was nothing. */
	save(): boolean;
	/** After the run's last save: brings files derived from the sentences up to date (a directory's stored search index). */
	finish?(): void;
}

// English names for the ids an event's mentions use (actors, organisations,
// places), read off the sentences' own references; an id no sentence names
// is shown as words (united-states → United States).
import type {Sentence} from '../dataset/schema.js';

export function refNames(sentences: Iterable<Sentence>): (id: string) => string {
	const names = new Map<string, string>();
	for (const s of sentences) for (const r of [...s.actors, ...s.organizations, ...s.places]) if (!names.has(r.id)) names.set(r.id, r.nameEn);
	return id => names.get(id) ?? id.replace(/-/g, ' ').replace(/\b\w/g, ch => ch.toUpperCase());
}

// Mentions read back from JSON (a directory ingest's spill rows) hold a
// string of their own for every value and an array of their own for every
// empty list: JSON.parse shares neither. Linking keeps every mention of the
// corpus until its events are built, so those copies are most of the link
// worker's heap: at 10k generated articles 857 bytes a mention, 621 with the
// values shared (a heap measure after a collection), which at 100k articles
// is ~300 MB less held while linking (1.26M mentions).
import type {Mention} from './mentions.js';

/** The list a mention with none of something holds: one for all, frozen so nothing adds to it. */
const NONE: readonly never[] = Object.freeze([]);

/** Values seen, each kept once: a mention's copies are replaced by the first string equal to them. */
export class MentionPool {
	private readonly strings = new Map<string, string>();

	private one(value: string): string {
		const seen = this.strings.get(value);
		if (seen !== undefined) return seen;
		this.strings.set(value, value);
		return value;
	}

	private maybe(value: string | null): string | null {
		return value === null ? null : this.one(value);
	}

	private ids(list: readonly string[]): readonly string[] {
		if (list.length === 0) return NONE;
		const out = list as string[];
		for (let i = 0; i < out.length; i++) out[i] = this.one(out[i]!);
		return out;
	}

	/**
	 * m, its values shared with the mentions pooled before it (in place; the
	 * same mention, equal field for field). The sentence id is left alone: it
	 * is one sentence's, and pooling it would keep a map entry per sentence.
	 */
	share(m: Mention): Mention {
		m.article = this.one(m.article);
		m.type = this.one(m.type);
		m.plover = this.one(m.plover);
		m.family = this.one(m.family);
		if (m.topic !== undefined) m.topic = this.one(m.topic);
		m.city = this.maybe(m.city);
		m.destination = this.maybe(m.destination);
		m.place = this.maybe(m.place);
		m.published = this.maybe(m.published);
		m.status = this.one(m.status) as Mention['status'];
		m.places = this.ids(m.places);
		m.orgs = this.ids(m.orgs);
		m.actors = this.ids(m.actors);
		m.participants = this.ids(m.participants);
		m.parties = this.ids(m.parties);
		if (m.outcomes.length === 0) m.outcomes = NONE;
		if (m.numbers.length === 0) m.numbers = NONE;
		if (m.subject) m.subject.id = this.one(m.subject.id);
		const d = m.date;
		if (d) {
			d.value = this.one(d.value);
			d.end = this.maybe(d.end);
		}
		return m;
	}
}

// An English gist of a sentence, made only from what extraction found in it:
// who speaks (with their role) and the reporting verb's gloss, the events,
// people, organisations, places, dates, numbers and cited agencies. It is
// never a translation and always says so (GIST_MARK), so a reader of no
// Arabic can see what a sentence is about without being told it says more.
import type {Actor, Article, Event, Sentence} from '../dataset/schema.js';
import {roleOn, latestRole} from '../lexicon/roles.js';

/** Opens every gist: "roughly", so no gist passes for a translation. */
export const GIST_MARK = '≈ ';
const SEP = ' · ';

/** What a gist may look up beyond the sentence: the dataset's facets, and the verbs' glosses. */
export type GistFacts = {
	actor(id: string): Pick<Actor, 'nameEn' | 'roles'> | undefined;
	event(id: string): Pick<Event, 'label' | 'place'> | undefined;
	/** English gloss of a reporting verb as written, or undefined when the lexicon has none. */
	verbGloss(verb: string): string | undefined;
	/** What a number's counted noun counts, in English (ساعات → hours), or undefined. */
	unitGloss?(unit: string): string | undefined;
};

const unique = (xs: string[]) => [...new Set(xs.filter(x => x.trim().length > 0))];

/** An event's name: its label without the place and date the label appends (" · Brussels · 2022-01-12"). */
export function eventName(label: string): string {
	return label.split(' · ')[0]!.trim();
}

/** The speaker with their role, as "Maria Zakharova (Russian Foreign Ministry spokeswoman)". */
function speakerOf(sentence: Sentence, article: Pick<Article, 'published'>, facts: GistFacts): string | null {
	const a = sentence.attribution;
	if (!a) return null;
	if (a.speaker) {
		const actor = facts.actor(a.speaker.id);
		const discovered = sentence.actors.find(r => r.id === a.speaker!.id)?.roleEn;
		const role = actor ? (roleOn(actor.roles, article.published) ?? latestRole(actor.roles))?.titleEn : discovered;
		return role ? `${a.speaker.nameEn} (${role})` : a.speaker.nameEn;
	}
	return a.voice?.name ?? a.role ?? 'an unnamed voice';
}

function dateOf(d: Sentence['dates'][number]): string | null {
	if (!d.value) return null;
	const range = d.rangeEnd ? `${d.value}–${d.rangeEnd}` : d.value;
	return d.qualifier ? `${d.qualifier} ${range}` : range;
}

/** A number with its unit in English; a counted noun the lexicon does not gloss is left out rather than shown in Arabic. */
function numberOf(n: Sentence['numbers'][number], facts: GistFacts): string {
	const value = n.value.toLocaleString('en-US');
	if (!n.unit) return value;
	if (n.unit === '%') return `${value}%`;
	const unit = facts.unitGloss?.(n.unit);
	return unit ? `${value} ${unit}` : value;
}

/**
 * The gist of one sentence, GIST_MARK first. When extraction found nothing,
 * it says so and gives what little is known (the kind of line, the article's
 * date), so every sentence has one.
 */
export function gistOf(sentence: Sentence, article: Pick<Article, 'published'>, facts: GistFacts): string {
	const parts: string[] = [];
	const speaker = speakerOf(sentence, article, facts);
	if (speaker) {
		const gloss = sentence.attribution ? facts.verbGloss(sentence.attribution.verb) : undefined;
		parts.push(`${speaker} ${gloss ?? 'is quoted'}`);
	}
	const events = sentence.events.map(id => facts.event(id)).filter((e): e is NonNullable<typeof e> => e !== undefined);
	parts.push(...unique(events.map(e => eventName(e.label))));
	const speakerId = sentence.attribution?.speaker?.id;
	const people = unique([
		...sentence.actors.filter(r => r.id !== speakerId).map(r => r.nameEn),
		// A role phrase that names no one ("the Russian Deputy Foreign Minister").
		...sentence.roles.map(r => r.roleEn),
	]);
	if (people.length) parts.push(people.join(', '));
	const orgs = unique(sentence.organizations.map(o => o.nameEn));
	if (orgs.length) parts.push(orgs.join(', '));
	const places = unique(sentence.places.map(p => p.nameEn));
	if (places.length) parts.push(places.join(', '));
	const dates = unique(sentence.dates.map(dateOf).filter((d): d is string => d !== null));
	if (dates.length) parts.push(dates.join(', '));
	const numbers = unique(sentence.numbers.map(n => numberOf(n, facts)));
	if (numbers.length) parts.push(numbers.join(', '));
	const cited = unique(sentence.citedSources.filter(c => !c.photo && c.kind === 'agency' && c.name !== speaker).map(c => c.name));
	if (cited.length) parts.push(`cites ${cited.join(', ')}`);
	// An anonymous source that is the speaker is already named as such.
	const anonymous = unique(sentence.citedSources.filter(c => c.kind === 'anonymous' && c.name !== speaker).map(c => c.name));
	if (anonymous.length) parts.push(`cites ${anonymous.join(', ')}`);
	const kind = sentence.kind === 'title' ? 'headline: ' : sentence.kind === 'caption' ? 'photo caption: ' : '';
	if (parts.length === 0) return `${GIST_MARK}${kind}(no entities recognised)${article.published ? `${SEP}${article.published}` : ''}`;
	return `${GIST_MARK}${kind}${parts.join(SEP)}`;
}

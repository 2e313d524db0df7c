// What comparing one event needs, gathered the same way over either layout:
// the event's reporting articles come from its own lists (the articles it
// names and those of its linked sentences), so no layout walks every article.
import type {Actor, Article, Event} from '../dataset/schema.js';
import type {ComparisonInputs} from '../compare/lookup.js';

export type InputLookups = {
	event(id: string): Event | undefined;
	article(id: string): Article | undefined;
	actor(id: string): Actor | undefined;
	/** Position of an article in the dataset (its number), for dataset order. */
	articleOrder(id: string): number | undefined;
};

export function comparisonInputsOf(eventId: string, q: InputLookups): ComparisonInputs | undefined {
	const event = q.event(eventId);
	if (!event) return undefined;
	const ids = new Set(event.articles);
	for (const s of event.sentences) ids.add(s.slice(0, s.lastIndexOf(':')));
	const articles = [...ids]
		.filter(id => q.articleOrder(id) !== undefined)
		.sort((a, b) => q.articleOrder(a)! - q.articleOrder(b)!)
		.map(id => q.article(id)!);
	return {event, articles, eventLabel: id => q.event(id)?.label, actor: id => q.actor(id)};
}

// Where an event stood as each outlet told it, as of the day each one wrote.
// Reports written on different days describe different states of the world:
// "scheduled" on 26 Dec and "held and failed" on 12 Jan is the story
// developing. A contradiction is two claims about the same state that cannot
// both be true: written on the same day and telling incompatible phases, an
// event both held and cancelled, or an event told as still to come after
// another outlet had already reported it over.
import type {Article, Event, EventMention} from '../dataset/schema.js';
import {mentionsIn} from './lookup.js';
import {shortDay} from './timing.js';
import type {ComparisonColumn, StatusStep} from './types.js';

type Phase = 'before' | 'happened' | 'called-off';

const PHASE: Record<string, Phase> = {
	announced: 'before',
	scheduled: 'before',
	postponed: 'before',
	held: 'happened',
	ended: 'happened',
	failed: 'happened',
	expired: 'happened',
	cancelled: 'called-off',
};

/** Strongest last: the status a step is named by. */
const ORDER = ['announced', 'scheduled', 'postponed', 'held', 'ended', 'expired', 'failed', 'cancelled'];
/** Counts that measure how long something lasted: "after 4 hours". */
export const DURATIONS: ReadonlySet<string> = new Set(['hours', 'days', 'weeks', 'months', 'years']);

export function phaseOf(status: string): Phase | null {
	return PHASE[status] ?? null;
}

/** "4 hours", "1,014 killed": a mention's number by what it counts, else its unit as written. */
export function numberText(n: EventMention['numbers'][number]): string {
	return `${n.value.toLocaleString('en-US')} ${n.counts ?? n.unit ?? ''}`.trim();
}

const weighsAlternatives = (m: EventMention) => m.outcomes.some(o => o.kind === 'agreed') && m.outcomes.some(o => o.kind === 'failed');

function describe(statuses: string[], outcomes: string[], numbers: EventMention['numbers']): string {
	const main = statuses.at(-1) ?? 'unknown';
	// A failed or ended meeting was held: say both when the outlet does (or gives how long it lasted).
	const lasted = numbers.filter(n => n.counts && DURATIONS.has(n.counts));
	const held = (statuses.includes('held') || lasted.length > 0) && (main === 'failed' || main === 'ended');
	let text = held ? `held and ${main}` : main;
	if (lasted.length) text += ` after ${lasted.map(numberText).join(', ')}`;
	const others = numbers.filter(n => !lasted.includes(n)).map(numberText);
	if (others.length) text += `, ${others.join(', ')}`;
	// A failure says more than "inconclusive"; other outcomes (agreed…) are told.
	const extra = outcomes.filter(o => o !== main && !(main === 'failed' && o === 'inconclusive'));
	if (extra.length) text += ` (${extra.join(', ')})`;
	return text;
}

/** One step per outlet with a known status, in the columns' (publication) order. */
export function statusTimeline(event: Event, columns: ComparisonColumn[], articles: Article[]): StatusStep[] {
	const byId = new Map(articles.map(a => [a.id, a]));
	const year = event.date?.slice(0, 4);
	const steps: StatusStep[] = [];
	const claimsBy = new Map<string, Event['statusClaims']>();
	for (const c of event.statusClaims) {
		const list = claimsBy.get(c.article);
		if (list) list.push(c);
		else claimsBy.set(c.article, [c]);
	}
	for (const col of columns) {
		if (!byId.has(col.article)) continue;
		const claims = (claimsBy.get(col.article) ?? []).filter(c => c.status !== 'unknown');
		const mentions = mentionsIn(event, col.article);
		const statuses = [...new Set([...claims.map(c => c.status), ...mentions.map(m => m.status)].filter(s => s !== 'unknown'))].sort(
			(x, y) => ORDER.indexOf(x) - ORDER.indexOf(y),
		);
		if (!statuses.length) continue;
		// A clause that says both "reached" and "failed" weighs alternatives ("whether it aims to reach … or
		// fails"): it reports neither, so its outcomes are not told (001:26 of the seeds, a quoted analyst).
		const outcomes = [...new Set(mentions.filter(m => !weighsAlternatives(m)).flatMap(m => m.outcomes.map(o => o.kind)))];
		// Numbers told with a status (how long it lasted, the toll), not every number of the article.
		const told = mentions.filter(m => m.status !== 'unknown' || m.outcomes.length > 0);
		const seen = new Set<string>();
		const numbers = told.flatMap(m => m.numbers).filter(n => !seen.has(numberText(n)) && seen.add(numberText(n)));
		const main = statuses.at(-1)!;
		const sentences = [...new Set([...claims.map(c => c.sentence), ...told.map(m => m.sentence)])];
		steps.push({
			article: col.article,
			label: col.label,
			published: col.published,
			timing: col.timing,
			status: main,
			outcomes,
			numbers: numbers.map(numberText),
			text: `${describe(statuses, outcomes, numbers)}, as of ${shortDay(col.published, year)}`,
			sentences,
		});
	}
	return steps;
}

/**
 * Pairs of steps that cannot both be true. Written the same day, outlets
 * describe one state of the world: different phases contradict (except on the
 * event's own day, when a morning's "to be held" and an evening's "held" are
 * both right). Held and cancelled contradict whenever told; and an event one
 * outlet reported over cannot be still to come in a later report.
 */
export function statusContradictions(steps: StatusStep[], eventDate: string | null): Array<[StatusStep, StatusStep]> {
	const out: Array<[StatusStep, StatusStep]> = [];
	for (let i = 0; i < steps.length; i++) {
		for (let j = i + 1; j < steps.length; j++) {
			const a = steps[i]!;
			const b = steps[j]!;
			const pa = phaseOf(a.status);
			const pb = phaseOf(b.status);
			if (!pa || !pb || pa === pb) continue;
			const phases = new Set([pa, pb]);
			if (phases.has('happened') && phases.has('called-off')) {
				out.push([a, b]);
				continue;
			}
			if (!a.published || !b.published) continue;
			if (a.published === b.published) {
				if (a.published !== eventDate) out.push([a, b]);
				continue;
			}
			const [early, late] = a.published < b.published ? [a, b] : [b, a];
			if (phaseOf(early.status) === 'happened' && phaseOf(late.status) === 'before') out.push([a, b]);
		}
	}
	return out;
}

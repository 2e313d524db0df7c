// A row's heading says what its sentences tell of the event: its outcome,
// who said what, when and where it is to be held, who attends. The kind alone
// ("Date and place") named most rows of a meeting the same.
import type {Event, EventMention, Sentence} from '../dataset/schema.js';
import {refNames} from './names.js';
import {speakerOf} from './voices.js';
import {numberText} from './timeline.js';
import {shortDay} from './timing.js';
import type {RowKind} from './types.js';

const KIND_TITLES: Record<RowKind, string> = {
	'date-place': 'Date and place',
	attendance: 'Who attends',
	statement: 'What was said',
	outcome: 'Outcome',
	numbers: 'Numbers',
	context: 'Context',
};

/** The values most sentences share, most frequent first, at most `n`. */
function top(values: string[], n: number): string[] {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.slice(0, n)
		.map(([v]) => v);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function rowTitle(kind: RowKind, sentences: Sentence[], event: Event): string {
	const ids = new Set(sentences.map(s => s.id));
	const mentions: EventMention[] = (event.mentionDetails ?? []).filter(m => ids.has(m.sentence));
	const name = refNames(sentences);
	const year = event.date?.slice(0, 4);
	const statuses = top(
		mentions.map(m => m.status).filter(s => s !== 'unknown'),
		1,
	);
	const dates = top(
		mentions.map(m => m.date).filter((d): d is string => !!d),
		1,
	).map(d => shortDay(d, year));
	const places = top(
		mentions.map(m => m.place).filter((p): p is string => !!p),
		1,
	).map(name);
	const who = top(
		mentions.flatMap(m => m.participants),
		2,
	).map(name);
	const speakers = top(sentences.map(s => speakerOf(s)?.name ?? '').filter(Boolean), 1);
	const numbers = top(
		mentions.flatMap(m => m.numbers.map(numberText)),
		2,
	);
	const outcomes = top(
		mentions.flatMap(m => m.outcomes.map(o => o.kind)),
		2,
	);
	const join = (parts: string[]) => parts.filter(Boolean).join(' · ');
	switch (kind) {
		case 'outcome':
			return `Outcome: ${join([[...new Set([...statuses, ...outcomes])].join(', '), numbers.join(', ')]) || 'what came of it'}`;
		case 'statement':
			return speakers.length ? `What ${speakers[0]} said` : KIND_TITLES.statement;
		case 'attendance':
			return who.length ? `Who attends: ${who.join(', ')}` : KIND_TITLES.attendance;
		case 'numbers':
			return numbers.length ? `Numbers: ${numbers.join(', ')}` : KIND_TITLES.numbers;
		case 'date-place': {
			const when = join([dates[0] ?? '', places[0] ?? '']);
			const head = statuses.length ? `${capital(statuses[0]!)}${when ? `: ${when}` : ''}` : when ? `When and where: ${when}` : KIND_TITLES['date-place'];
			const by = speakers.length ? `as ${speakers[0]} tells it` : who.length ? who.join(', ') : '';
			return join([head, by]);
		}
		default:
			return who.length ? `Context: ${who.join(', ')}` : KIND_TITLES.context;
	}
}

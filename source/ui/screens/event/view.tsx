// One event: label, date (and each outlet's claim where they differ), place,
// participants, and the articles that report it.

import {Box, Text} from 'ink';
import type {State} from '../../state.js';
import {eventArticleSentences, type EventScreen} from './reducer.js';
import {StyledLine} from '../../components/styled-line.js';
import {useDisplay} from '../../components/context.js';
import {SelectList} from '../../components/select-list.js';
import {fit} from '../../text.js';
import {hintTexts, type Hint} from '../../hints.js';
import {shortArticle} from '../browse/view.js';
import {displayTitleText} from '../../../dataset/display-title.js';
import type {Article} from '../../../dataset/schema.js';
import {sentenceEnglish, showsArabic, showsEnglish} from '../../lang.js';

/** What the keys do here, said under the event's facts. */
const listHints: Hint[] = [
	{actions: ['open'], says: 'opens one'},
	{actions: ['compare'], says: 'compares outlets'},
];

/** An article's title in the explorer's language: the headline's English (translation or gist) in English, both in both. */
function titleIn(state: State, article: Article): string {
	const arabic = displayTitleText(article);
	const title = article.sentences[0];
	if (!showsEnglish(state.lang) || title?.kind !== 'title') return arabic;
	const english = sentenceEnglish(state.query, title.id);
	return showsArabic(state.lang) ? `${arabic} · ${english}` : english;
}

export function EventView({state, screen, height}: {state: State; screen: EventScreen; height: number}) {
	const {shaping} = useDisplay();
	const event = state.query.event(screen.eventId);
	const width = state.columns - 2;
	if (!event) return <Text>Event {screen.eventId} is not in the dataset.</Text>;
	const outlet = (article: string) => state.query.article(article)?.outlet ?? `Unattributed (${shortArticle(article)})`;
	const lines: string[] = [];
	lines.push(`Date: ${event.date ?? 'unknown'}${event.end && event.end !== event.date ? ` – ${event.end}` : ''}`);
	const claims = [...new Set(event.dateClaims.map(c => c.value))];
	if (claims.length > 1) {
		lines.push(`Outlets disagree on the date: ${event.dateClaims.map(c => `${outlet(c.article)} ${c.value}`).join(' · ')}`);
	}
	const statuses = [...new Set(event.statusClaims.map(c => c.status))];
	if (statuses.length > 0) lines.push(`Status: ${event.statusClaims.map(c => `${outlet(c.article)} ${c.status}`).join(' · ')}`);
	lines.push(`Place: ${event.place ? (state.query.place(event.place)?.nameEn ?? event.place) : 'unknown'}`);
	lines.push(
		`Participants: ${event.participants.map(p => state.query.actor(p)?.nameEn ?? state.query.organization(p)?.nameEn ?? state.query.place(p)?.nameEn ?? p).join(', ') || 'none found'}`,
	);
	lines.push(`Reported by ${event.articles.length} articles, ${event.sentences.length} sentences — ${hintTexts(listHints, 'event').join(', ')}`);
	const listHeight = Math.max(1, height - lines.length - 3);
	return (
		<Box flexDirection="column" height={height}>
			<StyledLine line={fit(`${event.label}  ${event.labelAr}`, width, shaping, [], 'left')} base={{bold: true}} />
			<StyledLine line={fit(`${event.type} · ${event.id}`, width, shaping, [], 'left')} base={{dimColor: true}} />
			{lines.map((line, i) => (
				<StyledLine key={i} line={fit(line, width, shaping, [], 'left')} />
			))}
			<Text> </Text>
			<SelectList
				length={event.articles.length}
				cursor={screen.cursor}
				limit={listHeight}
				renderRow={(i, selected) => {
					const id = event.articles[i]!;
					const article = state.query.article(id);
					const ids = eventArticleSentences(state, event.id, id);
					const marked = ids.length > 0 && ids.every(s => state.marks.includes(s));
					const text = `${marked ? '●' : ' '} ${shortArticle(id)} · ${article?.outlet ?? 'Unattributed'} · ${article?.published ?? 'undated'} · ${ids.length} sentences · ${article ? titleIn(state, article) : ''}`;
					return <StyledLine line={fit(text, width - 2, shaping, [], 'left')} base={{bold: selected}} />;
				}}
			/>
		</Box>
	);
}

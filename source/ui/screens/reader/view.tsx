// The article reader: the cleaned article, scrolled so the current sentence is
// in view and drawn highlighted; `b` shows removed boilerplate inline, dimmed;
// `B` shows logical (unreordered) text for this view.

import {Box, Text} from 'ink';
import type {State} from '../../state.js';
import type {ReaderScreen} from './reducer.js';
import {StyledLine} from '../../components/styled-line.js';
import {useDisplay} from '../../components/context.js';
import {fit, layout, logical, type Line} from '../../text.js';
import {entityHighlights} from '../../spans.js';
import {keyIn} from '../../hints.js';
import {DERIVED_TITLE_MARK, displayTitle} from '../../../dataset/display-title.js';
import {sentenceEnglish, showsArabic, showsEnglish} from '../../lang.js';

type Block = {kind: 'sentence'; index: number; line: number; text: string; id: string} | {kind: 'boilerplate'; line: number; text: string; reason: string};

export function readerBlocks(state: State, screen: ReaderScreen): Block[] {
	const article = state.query.article(screen.articleId);
	if (!article) return [];
	const blocks: Block[] = article.sentences.map((s, index) => ({kind: 'sentence', index, line: s.line, text: s.text, id: s.id}));
	if (screen.boilerplate) {
		blocks.push(...article.boilerplate.map(b => ({kind: 'boilerplate' as const, line: b.line, text: b.text, reason: b.reason})));
		// Stable sort keeps sentences of one line in order; boilerplate lines stand between.
		blocks.sort((a, b) => a.line - b.line);
	}
	return blocks;
}

export function ReaderView({state, screen, height}: {state: State; screen: ReaderScreen; height: number}) {
	const display = useDisplay();
	const shaping = screen.bidiOff ? logical : display.shaping;
	const article = state.query.article(screen.articleId);
	if (!article) return <Text>Article {screen.articleId} is not in the dataset.</Text>;
	const width = Math.max(10, state.columns - 4);
	const rows: Array<{line: Line; gutter: string; current: boolean; dim: boolean}> = [];
	let currentTop = 0;
	for (const block of readerBlocks(state, screen)) {
		if (block.kind === 'boilerplate') {
			for (const line of layout(block.text, width, shaping, [{start: 0, end: block.text.length, style: 'dim'}]))
				rows.push({line, gutter: '  ', current: false, dim: true});
			continue;
		}
		const sentence = article.sentences[block.index]!;
		const current = block.index === screen.cursor;
		if (current) currentTop = rows.length;
		const marked = state.marks.includes(block.id);
		const lines = [
			...(showsArabic(state.lang) ? layout(block.text, width, shaping, entityHighlights(sentence)) : []),
			// The English under the Arabic (or instead of it): left-aligned, as English reads.
			...(showsEnglish(state.lang) ? layout(sentenceEnglish(state.query, block.id), width, shaping, [], 'left') : []),
		];
		lines.forEach((line, i) => {
			rows.push({line, gutter: `${current && i === 0 ? '›' : ' '}${marked && i === 0 ? '●' : ' '}`, current, dim: false});
		});
		rows.push({line: fit('', width, shaping), gutter: '  ', current: false, dim: false});
	}
	const bodyHeight = Math.max(1, height - 2);
	const start = Math.max(0, Math.min(currentTop - Math.floor(bodyHeight / 3), rows.length - bodyHeight));
	const visible = rows.slice(start, start + bodyHeight);
	const title = displayTitle(article);
	const header = `${article.outlet ?? 'Unattributed'} · ${article.published ?? 'undated'} · ${article.file}${screen.bidiOff ? ` · bidi off (${keyIn('toggleBidi', 'reader')})` : ''}${screen.boilerplate ? ` · boilerplate shown (${keyIn('boilerplate', 'reader')})` : ''}`;
	return (
		<Box flexDirection="column" height={height}>
			{title.derived ? (
				// No headline on the page: its first sentence, dim and marked, so nobody takes it for one.
				<Text dimColor italic>
					{`${DERIVED_TITLE_MARK} `}
					<StyledLine
						line={fit(title.text, Math.max(1, state.columns - 3 - DERIVED_TITLE_MARK.length), shaping, [], 'auto')}
						base={{dimColor: true, italic: true}}
					/>
				</Text>
			) : (
				<StyledLine line={fit(title.text, state.columns - 2, shaping, [], 'auto')} base={{bold: true}} />
			)}
			<StyledLine line={fit(header, state.columns - 2, logical)} base={{dimColor: true}} />
			{visible.map((row, i) => (
				<Text key={i}>
					<Text bold>{row.gutter}</Text>
					<StyledLine
						line={row.line}
						base={{bold: row.current, inverse: row.current && !display.color, dimColor: row.dim || (!row.current && display.color)}}
					/>
				</Text>
			))}
		</Box>
	);
}

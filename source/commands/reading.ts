// `show ARTICLE` on a terminal: the article to read, as the explorer's reader
// shows it: title, outlet and date, then the paragraphs (the sentences of one
// raw line make one paragraph), wrapped to the terminal and laid out for it.
import type {Article} from '../dataset/schema.js';
import type {ShapingMode} from '../text/clusters.js';
import {layoutBlock} from '../text/document.js';
import {displayTitleText} from '../dataset/display-title.js';

/** Sentences grouped by the raw line they come from; captions stand apart. */
export function paragraphs(article: Article): {kind: string; text: string}[] {
	const out: {kind: string; text: string; line: number}[] = [];
	for (const sentence of article.sentences) {
		if (sentence.kind === 'title') continue;
		const last = out.at(-1);
		if (last && last.line === sentence.line && last.kind === sentence.kind) last.text += ` ${sentence.text}`;
		else out.push({kind: sentence.kind, text: sentence.text, line: sentence.line});
	}
	return out.map(({kind, text}) => ({kind, text}));
}

export function articleReading(article: Article, columns: number, mode: ShapingMode): string {
	// A margin keeps wrapped right-aligned lines off the terminal's last column (no auto-wrap surprises).
	const width = Math.max(20, Math.min(columns - 1, 100));
	const rule = '─'.repeat(width);
	const meta = [article.outlet ?? 'Unattributed', article.published ?? 'undated', article.id].join(' · ');
	const lines: string[] = [];
	// A page without a headline shows its first sentence, marked as such (never passed off as a title).
	lines.push(...layoutBlock(displayTitleText(article), width, mode));
	lines.push(...layoutBlock(meta, width, mode, 'left'), rule);
	for (const paragraph of paragraphs(article)) {
		lines.push('');
		lines.push(...layoutBlock(paragraph.kind === 'caption' ? `[${paragraph.text}]` : paragraph.text, width, mode));
	}
	return `${lines.join('\n')}\n`;
}

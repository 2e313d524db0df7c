// The dataset builder's finish turns each event's sentences into the
// sentences' own lists of events (Built.sentenceEvents: per article, pairs of
// sentence index and event number, by sentence, then in event order), however
// the events list their sentences.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createDatasetBuilder, type NumberedEvent} from '../../source/dataset/build/builder.js';
import type {Article} from '../../source/dataset/schema.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {builderDeps, parseArticle} from '../../source/ingest/pipeline.js';
import {readArticle} from '../../source/ingest/read.js';
import {listArticleFiles} from '../../source/ingest/run.js';

const lex = loadLexicons();
const articles: Article[] = listArticleFiles('data/raw')
	.filter(f => f.endsWith('.txt'))
	.map(f => {
		const read = readArticle(join('data/raw', f), f);
		if (!read.ok) throw new Error(f);
		return parseArticle(read.article, {}, lex);
	})
	.sort((a, b) => a.id.localeCompare(b.id));

/** An event over the given sentence ids (the rest of it as little as finish reads). */
const event = (id: string, sentences: string[]): NumberedEvent =>
	({id, label: id, date: null, end: null, sentences, articles: [...new Set(sentences.map(s => s.slice(0, s.lastIndexOf(':'))))]}) as unknown as NumberedEvent;

function sentenceEvents(events: NumberedEvent[]): Map<number, number[]> {
	const builder = createDatasetBuilder(builderDeps(lex));
	for (const a of articles) builder.add(a, []);
	return builder.finish(events).sentenceEvents;
}

describe("the events of an article's sentences", () => {
	it('come by sentence, then in event order, whatever order the events name the sentences in', () => {
		const [a, b] = articles;
		const s = (x: Article, i: number) => `${x.id}:${i}`;
		const got = sentenceEvents([event('e0', [s(a!, 3), s(b!, 2)]), event('e1', [s(a!, 1), s(a!, 3)]), event('e2', [s(a!, 5), s(a!, 1), s(b!, 2)])]);
		expect(got.get(0)).toEqual([1, 1, 1, 2, 3, 0, 3, 1, 5, 2]);
		expect(got.get(1)).toEqual([2, 0, 2, 2]);
		// Already in order: as they came.
		const inOrder = sentenceEvents([event('e0', [s(a!, 1), s(a!, 2)]), event('e1', [s(a!, 2), s(a!, 4)])]);
		expect(inOrder.get(0)).toEqual([1, 0, 2, 0, 2, 1, 4, 1]);
	});
});

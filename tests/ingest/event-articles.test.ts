// Five short articles about crises unlike the seeds (fighting and a truce in
// Khartoum, evacuations, a summit, sanctions, an earthquake), written for this
// test, with the events each reports annotated by hand in
// tests/fixtures/events/expected.json. Each article is ingested alone: every
// annotated event must come out of it with its type, and its date and place
// where the annotation gives them.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {assembleDataset, parseArticle} from '../../source/ingest/pipeline.js';
import {eventLexicons} from './event-lexicon.js';

const dir = 'tests/fixtures/events';
type Expected = {plover: string; type: string; date?: string; place?: string};
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).articles as Record<string, Expected[]>;
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

function eventsOf(file: string) {
	const {lex} = eventLexicons();
	const text = readFileSync(join(dir, file), 'utf8');
	const article = parseArticle({id: file.replace(/\.txt$/, ''), file, text}, manifest, lex);
	return assembleDataset([article], lex).events;
}

describe('events detected per article', () => {
	const files = readdirSync(dir)
		.filter(f => f.endsWith('.txt'))
		.sort();
	it('has an annotation for every article', () => {
		expect(files.map(f => f.replace(/\.txt$/, ''))).toEqual(Object.keys(expected).sort());
	});
	for (const file of files) {
		it(file, () => {
			const events = eventsOf(file);
			const found = events.map(e => `${e.plover}/${e.type} ${e.date ?? '-'} ${e.place ?? '-'}`);
			for (const x of expected[file.replace(/\.txt$/, '')]!) {
				const match = events.find(
					e => e.type === x.type && e.plover === x.plover && (x.date === undefined || e.date === x.date) && (x.place === undefined || e.place === x.place),
				);
				expect(match, `${x.plover}/${x.type} ${x.date ?? ''} ${x.place ?? ''} among: ${found.join('; ')}`).toBeDefined();
			}
		});
	}
});

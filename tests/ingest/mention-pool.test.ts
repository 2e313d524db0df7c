// MentionPool shares a mention's values with the mentions pooled before it
// (the link worker and a directory ingest's second pass keep every mention of
// the corpus, read from JSON). A pooled mention must be the same mention:
// equal field for field, and linked into the same events.
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {linkMentions} from '../../source/ingest/events/link.js';
import {MentionPool} from '../../source/ingest/events/mention-pool.js';
import type {Mention} from '../../source/ingest/events/mentions.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {mention, world} from '../perf/link-random.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lex = loadLexicons(join(root, 'data/lexicon'));

/** As a spill row gives them back: every value a copy of its own. */
const fromJson = (ms: Mention[]): Mention[] => JSON.parse(JSON.stringify(ms)) as Mention[];

describe('MentionPool', () => {
	it('gives back each mention equal field for field, its empty lists one frozen list', () => {
		fc.assert(
			fc.property(fc.array(mention, {minLength: 1, maxLength: 40}), mentions => {
				const read = fromJson(mentions);
				const pool = new MentionPool();
				const shared = read.map(m => pool.share(m));
				// In place: the same objects.
				for (let i = 0; i < read.length; i++) expect(shared[i]).toBe(read[i]);
				expect(JSON.stringify(shared)).toBe(JSON.stringify(mentions));
				const empties = shared.flatMap(m => [m.places, m.orgs, m.actors, m.participants, m.parties, m.outcomes, m.numbers].filter(l => l.length === 0));
				for (const list of empties) {
					expect(list).toBe(empties[0]);
					expect(Object.isFrozen(list)).toBe(true);
				}
			}),
			{numRuns: 200},
		);
	});

	it('changes nothing the linker makes of the mentions', () => {
		fc.assert(
			fc.property(fc.array(mention, {minLength: 1, maxLength: 60}), mentions => {
				const sorted = [...mentions].sort((a, b) => a.order - b.order || a.at - b.at);
				const plain = linkMentions(fromJson(sorted), lex.events, world);
				const pool = new MentionPool();
				const pooled = linkMentions(
					fromJson(sorted).map(m => pool.share(m)),
					lex.events,
					world,
				);
				expect(JSON.stringify(pooled.events)).toBe(JSON.stringify(plain.events));
				expect([...pooled.sentenceEvents]).toEqual([...plain.sentenceEvents]);
			}),
			{numRuns: 100},
		);
	}, 60_000);
});

// Greedy clustering of an event's sentences into rows: the best-scoring pair
// of sentences from different articles joins first, and two groups merge
// only if they hold no article in common, so a row has at most one sentence
// per outlet and every sentence lands in exactly one row.
import type {Event} from '../dataset/schema.js';
import {KIND_ORDER, rowKind, sentenceKind} from './kinds.js';
import type {Located} from './lookup.js';
import {rowTitle} from './row-title.js';
import {alignScore, type Features, sentenceFeatures, shared, type Shared} from './similarity.js';
import type {AlignedRow, RowKind} from './types.js';

export type Names = {event: (id: string) => string; column: (article: string) => string};

/** Entities in at least 60% (and at least 3) of the sentences: shared by nearly everything. */
function ubiquitousIds(features: Features[]): Set<string> {
	const df = new Map<string, number>();
	for (const f of features) {
		for (const id of new Set([...f.actors.keys(), ...f.orgs.keys(), ...f.places.keys()])) df.set(id, (df.get(id) ?? 0) + 1);
	}
	const limit = Math.max(3, Math.ceil(features.length * 0.6));
	return new Set([...df].filter(([, n]) => n >= limit).map(([id]) => id));
}

function describe(pairs: Array<{a: Features; b: Features; s: Shared}>, names: Names): string {
	const collect = (pick: (p: {a: Features; b: Features; s: Shared}) => string[]) => [...new Set(pairs.flatMap(pick))].sort();
	const nameOf = (id: string, p: {a: Features}, map: 'actors' | 'orgs' | 'places') => p.a[map].get(id) ?? id;
	const parts: string[] = [];
	const dates = collect(p => p.s.dates);
	const numbers = collect(p => p.s.numbers);
	const events = collect(p => p.s.events);
	const actors = collect(p => p.s.actors.map(id => nameOf(id, p, 'actors')));
	const places = collect(p => p.s.places.map(id => nameOf(id, p, 'places')));
	const orgs = collect(p => p.s.orgs.map(id => nameOf(id, p, 'orgs')));
	if (dates.length) parts.push(`same date ${dates.join(', ')}`);
	if (numbers.length) parts.push(`same numbers ${numbers.join(', ')}`);
	if (events.length) parts.push(`also linked to ${events.map(names.event).join(', ')}`);
	if (actors.length) parts.push(`same actors ${actors.join(', ')}`);
	if (places.length) parts.push(`same places ${places.join(', ')}`);
	if (orgs.length) parts.push(`same organisations ${orgs.join(', ')}`);
	const text = Math.max(...pairs.map(p => p.s.text));
	if (text >= 0.15) parts.push(`similar wording (${text.toFixed(2)})`);
	return parts.join('; ');
}

/**
 * Align the event's sentences. `sentences` holds each column's sentences in
 * article order; `columns` the article ids in display order.
 */
export function alignSentences(event: Event, columns: string[], sentences: Map<string, Located[]>, names: Names): AlignedRow[] {
	const features: Features[] = [];
	const byId = new Map([...sentences.values()].flat().map(l => [l.sentence.id, l.sentence]));
	const position = new Map<string, number>();
	const kinds = new Map<string, RowKind>();
	for (const article of columns) {
		const list = sentences.get(article) ?? [];
		list.forEach((l, i) => {
			features.push(sentenceFeatures(l.sentence, article, event.id));
			// Relative place in the article's coverage of the event, for row order.
			position.set(l.sentence.id, list.length > 1 ? i / (list.length - 1) : 0);
			kinds.set(l.sentence.id, sentenceKind(l.sentence, event));
		});
	}
	const ubiquitous = ubiquitousIds(features);

	const pairs: Array<{a: Features; b: Features; s: Shared; score: number}> = [];
	for (let i = 0; i < features.length; i++) {
		for (let j = i + 1; j < features.length; j++) {
			const a = features[i]!;
			const b = features[j]!;
			if (a.article === b.article) continue;
			const s = shared(a, b, ubiquitous);
			const score = alignScore(s);
			if (score !== null) pairs.push({a, b, s, score});
		}
	}
	// Deterministic: best score first, then sentence ids.
	pairs.sort((x, y) => y.score - x.score || (x.a.id + x.b.id < y.a.id + y.b.id ? -1 : 1));

	const group = new Map<string, number>(features.map((f, i) => [f.id, i]));
	const members = new Map<number, Features[]>(features.map((f, i) => [i, [f]]));
	const links = new Map<number, Array<{a: Features; b: Features; s: Shared}>>();
	for (const p of pairs) {
		const ga = group.get(p.a.id)!;
		const gb = group.get(p.b.id)!;
		if (ga === gb) {
			links.get(ga)?.push(p);
			continue;
		}
		const ma = members.get(ga)!;
		const mb = members.get(gb)!;
		const articles = new Set(ma.map(f => f.article));
		if (mb.some(f => articles.has(f.article))) continue;
		for (const f of mb) group.set(f.id, ga);
		members.set(ga, [...ma, ...mb]);
		members.delete(gb);
		links.set(ga, [...(links.get(ga) ?? []), ...(links.get(gb) ?? []), p]);
		links.delete(gb);
	}

	const rows = [...members.entries()].map(([g, fs]) => {
		const cells: Record<string, string[]> = {};
		for (const c of columns) cells[c] = [];
		for (const f of fs) cells[f.article]!.push(f.id);
		const kind = rowKind(fs.map(f => kinds.get(f.id)!));
		const reason = fs.length === 1 ? `reported only by ${names.column(fs[0]!.article)}` : describe(links.get(g) ?? [], names) || 'aligned';
		const pos = fs.reduce((sum, f) => sum + position.get(f.id)!, 0) / fs.length;
		const first = Math.min(...fs.map(f => features.indexOf(f)));
		const title = rowTitle(
			kind,
			fs.map(f => byId.get(f.id)!),
			event,
		);
		return {kind, title, reason, cells, pos, first, size: fs.length};
	});
	// Grouped by kind; within a kind, where the outlets tell it; shared rows first on ties.
	rows.sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || x.pos - y.pos || y.size - x.size || x.first - y.first);
	return rows.map((r, i) => ({id: `row-${i + 1}`, kind: r.kind, title: r.title, reason: r.reason, cells: r.cells}));
}

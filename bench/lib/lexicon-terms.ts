// Every Arabic name and word the project's data lists (data/lexicon and
// data/gazetteer: actors, organisations, places, triggers, calendar words,
// reporting verbs, source cues…), normalised and deduplicated: the dictionary
// the bench's reference programs scan for. Read generically (every short string
// with an Arabic letter), so a new lexicon file counts without a change here.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {normalise} from '../../source/arabic/normalise.js';

const ARABIC = /[\u0600-\u06FF]/;

export function lexiconTerms(root: string): string[] {
	const terms = new Set<string>();
	const walk = (v: unknown) => {
		if (typeof v === 'string') {
			if (v.length <= 60 && ARABIC.test(v)) {
				const n = normalise(v).trim();
				if (n.length >= 2) terms.add(n);
			}
		} else if (Array.isArray(v)) for (const x of v) walk(x);
		else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
	};
	for (const sub of ['data/lexicon', 'data/gazetteer']) {
		const dir = join(root, sub);
		for (const f of readdirSync(dir)
			.filter(f => f.endsWith('.json'))
			.sort())
			walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
	}
	return [...terms].sort();
}

/** Month names (every calendar) from calendar.json, normalised: the skeleton's gate for its date scanner. */
export function monthWords(root: string): string[] {
	const cal = JSON.parse(readFileSync(join(root, 'data', 'lexicon', 'calendar.json'), 'utf8')) as {months: Array<{names: string[]}>};
	return [...new Set(cal.months.flatMap(m => m.names).map(n => normalise(n).trim()))].filter(n => ARABIC.test(n)).sort();
}

// Title phrases before a name: an office, rank or honorific (titles.json)
// and what completes it — a portfolio (وزير الخارجية), a country's demonym
// (المصري), an organisation or place (قائد قوات الدعم السريع، محافظ الخرطوم,
// also after ل / إلى / في / لدى / باسم), modifiers (الخاص، الأممي، السابق).
// The phrase gives the person's role in English and, from a demonym or a
// country named in construct (سفير مصر), the country they speak for.
import type {Lexicon} from '../../../lexicon/load.js';
import type {CountryRef} from '../../../lexicon/gazetteer.js';
import {matchAt, type Token} from '../../../arabic/gazetteer.js';
import {normalise} from '../../../arabic/normalise.js';
import {bareStem, HARD, type SentenceParts} from './sentence.js';
import {SURNAME, TITLE_START, TITLE_WORD, wordFacts, type WordFacts} from './words.js';

export type TitlePhrase = {
	from: number;
	/** One past the phrase's last token: where the name may start. */
	to: number;
	start: number;
	end: number;
	/** The office's phrase as written (in a chain of titles, the first office's). */
	text: string;
	/** English role (Foreign Minister (Egypt)); null for an honorific alone (السيد، الدكتور). */
	en: string | null;
	country: CountryRef | null;
};

/** An organisation found in the sentence, for titles that name one (قائد قوات الدعم السريع). */
export type OrgSpan = {from: number; to: number; en: string};

const PREPOSITIONS = new Set(['الى', 'في', 'لدي', 'عن'].map(normalise));
const BY_NAME = normalise('باسم');
const MINISTER = new Set(['Minister', 'Deputy Minister']);

/** A demonym at token k (المصري، السودانية), or null. */
export function adjectiveAt(tok: Token, lexicon: Lexicon): CountryRef | null {
	return wordFacts(tok, lexicon).adjective;
}

/** A word of a ministry's portfolio the table lacks: definite (or و + definite), no name, demonym, title or head noun. */
function unknownPortfolioWord(tok: Token, w: WordFacts, lexicon: Lexicon): boolean {
	const {stem, definite} = bareStem(tok);
	const d = lexicon.discovery;
	return (
		definite &&
		stem.length >= 3 &&
		!lexicon.names.given.has(stem) &&
		!(w.flags & SURNAME) &&
		!w.adjective &&
		!(w.flags & TITLE_WORD) &&
		!d.heads.has(stem) &&
		!d.notNames.has(stem)
	);
}

export function titleAt(parts: SentenceParts, i: number, lexicon: Lexicon, orgs: readonly OrgSpan[]): TitlePhrase | null {
	const {tokens, text, words} = parts;
	const d = lexicon.discovery;
	// Asked at every token: most start no title, and the bit says so without the trie.
	if (i >= tokens.length || !(words[i]!.flags & TITLE_START) || parts.entityAt[i]) return null;
	const m = matchAt(tokens, i, d.titleTrie, text);
	if (!m) return null;
	const head = m.targets[0]!;
	let en: string | null = head.honorific ? null : head.en;
	let k = m.to;
	let country: CountryRef | null = null;
	let of: string | null = null;
	let where: string | null = null;
	const mods: string[] = [];
	const open = (j: number) => j < tokens.length && !HARD.test(tokens[j]!.gap);
	if (en && MINISTER.has(en) && open(k)) {
		const p = matchAt(tokens, k, d.portfolioTrie, text);
		if (p) {
			en = en === 'Minister' ? p.targets[0]!.minister : `Deputy ${p.targets[0]!.minister}`;
			k = p.to;
		} else {
			// A portfolio the table lacks (وزير الإدارة المحلية، وزير التخطيط والتعاون الدولي): definite words up to a name's first word.
			let q = k;
			while (q < tokens.length && q - k < 3 && (q === k || open(q)) && unknownPortfolioWord(tokens[q]!, words[q]!, lexicon)) q++;
			if (q > k) k = q;
		}
	}
	for (let steps = 0; steps < 6 && open(k); steps++) {
		const tok = tokens[k]!;
		const adj: CountryRef | null = country ? null : words[k]!.adjective;
		if (adj) {
			country = adj;
			k++;
			continue;
		}
		const mod = d.modifiers.get(tok.norm);
		if (mod) {
			if (!mods.includes(mod)) mods.push(mod);
			k++;
			continue;
		}
		// What the office is of: an organisation or place, maybe after a preposition or باسم.
		let at = k;
		if ((PREPOSITIONS.has(tok.norm) || tok.norm === BY_NAME) && open(k + 1)) at = k + 1;
		const org = orgs.find(o => o.from === at);
		const ent = parts.entities.find(e => e.from === at);
		const target = ent?.targets.find(t => t.kind === 'org' || t.kind === 'place' || t.kind === 'agency');
		if (org || target) {
			const name = org
				? org.en
				: target!.kind === 'place'
					? lexicon.places.get(target!.id)?.nameEn
					: (lexicon.organizations.get(target!.id) ?? lexicon.agencies.get(target!.id))?.nameEn;
			const place = target?.kind === 'place' && !org ? lexicon.places.get(target.id) : undefined;
			const prep = at !== k ? tokens[k]!.norm : (ent?.prefix.replace(/^[وف]/, '') ?? '');
			if (name && place?.kind === 'country' && (prep === '' || prep === 'ل' || prep === 'لل') && !country) country = {id: place.id, nameEn: place.nameEn};
			else if (name && (prep === 'الي' || prep === 'في' || prep === 'لدي')) where = `${prep === 'الي' ? 'to' : 'in'} ${name}`;
			else if (name) of = name;
			k = org ? org.to : ent!.to;
			continue;
		}
		// A bare definite head noun (قائد الجيش، المتحدث باسم الحكومة).
		const {stem, definite} = bareStem(tok);
		const bare = definite ? d.heads.get(stem) : undefined;
		if (bare) {
			of = bare.en
				.replace('{x}', '')
				.replace(/\bof\s*$/, '')
				.trim();
			k++;
			continue;
		}
		break;
	}
	const start = m.start;
	const end = tokens[k - 1]!.end;
	let role = en;
	if (role) {
		role = [...mods.filter(x => !role!.includes(x)), role].join(' ');
		if (of) role += ` of ${of.replace(/^the /, '')}`;
		if (where) role += ` ${where}`;
		if (country) role += ` (${country.nameEn})`;
	}
	return {from: i, to: k, start, end, text: text.slice(start, end), en: role, country};
}

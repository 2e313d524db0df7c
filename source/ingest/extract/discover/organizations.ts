// Organisations the lexicon and the gazetteer do not list, by their head noun
// and its complement (organization-heads.json): وزارة الخارجية المصرية، قوات
// الدعم السريع، حركة العدل والمساواة، مجلس السيادة الانتقالي، الجيش السوداني.
// An indefinite head (قوات، وزارة) needs a complement in construct (a
// definite word, a known place or body, a portfolio); a definite head
// (الجيش، المجلس) needs an adjective after it (السوداني، الرئاسي). The
// complement runs to the first word that cannot be part of a name: a
// preposition, a verb, a number, a title, punctuation.
//
// English: a conventional name when the phrase has one (قوات الدعم السريع →
// Rapid Support Forces); else the head's pattern with the complement in
// English, construct chains reversed as English compounds them (حركة تحرير
// السودان → Sudan Liberation Movement), adjectives before their noun, words
// the file lacks transliterated, and the country of a demonym in brackets
// (وزارة الخارجية المصرية → Ministry of Foreign Affairs (Egypt)). Latin
// acronyms are organisations too (RSF), tied to the name they follow in
// brackets.
import type {Lexicon} from '../../../lexicon/load.js';
import type {CountryRef} from '../../../lexicon/gazetteer.js';
import {idOf} from './ids.js';
import {matchAt, CONJUNCTION_ONLY, type Token} from '../../../arabic/gazetteer.js';
import {transliterateName} from '../../../arabic/translit.js';
import {hasArabic, normalise} from '../../../arabic/normalise.js';
import {bareStem, type SentenceParts} from './sentence.js';
import {DEFINITE_START, NAME_START, PORTFOLIO_START, TITLE_WORD, VERB_START, WORD_START} from './words.js';

export type OrgMention = {
	sentence: number;
	from: number;
	to: number;
	/** Offsets of the name in the sentence (a proclitic on the head left outside). */
	start: number;
	end: number;
	text: string;
	/** The body's name as written, without the head's proclitics. */
	nameAr: string;
	/** Normalised words with the head's proclitics stripped (the article kept): the merging key. */
	norms: string[];
	en: string;
	id: string;
	/** Other names the article may use for it once named: the table's short forms, an acronym in brackets. */
	short: string[][];
	acronym: string | null;
	/**
	 * Names no particular body without its country (وزارة الخارجية، التحالف
	 * العسكري): it stands for a body the article names in full (article.ts),
	 * or for none.
	 */
	generic: boolean;
	/** The known body an organ's name holds (مفوضية إيكواس: ECOWAS), also named by it. */
	parent?: string;
};

const HARAKAT = /[\u064B-\u0655\u0670\u0640]/g;
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
const joined = (tokens: Token[], k: number) => /^\s+$/.test(tokens[k]!.gap);

type Item = {en: string; pos: 'noun' | 'adj'; and?: boolean};

/** English of a complement: adjectives before the noun they follow, construct chains reversed. */
function complementEn(items: Item[], headAdjs: string[]): {x: string; adjs: string[]} {
	const groups: string[][] = [];
	const adjs = [...headAdjs];
	for (const it of items) {
		if (it.pos === 'adj') {
			if (groups.length === 0) adjs.unshift(it.en);
			else groups.at(-1)!.unshift(it.en);
		} else if (it.and && groups.length > 0) groups.at(-1)!.push('and', it.en);
		else groups.push([it.en]);
	}
	return {
		x: groups
			.reverse()
			.map(g => g.join(' '))
			.join(' '),
		adjs,
	};
}

export function findOrganizations(parts: SentenceParts, lexicon: Lexicon): OrgMention[] {
	const {tokens, text, index} = parts;
	const d = lexicon.discovery;
	const out: OrgMention[] = [];
	const words = parts.words;
	for (let i = 0; i < tokens.length; i++) {
		// orgAt's own first tests without the call: a body's name, a head noun or a portfolio starts here (most words start none).
		const f = words[i]!.flags;
		if (!(f & NAME_START) && !words[i]!.head && (f & PORTFOLIO_AT) !== PORTFOLIO_AT) continue;
		if (parts.entityAt[i]) continue;
		const found = orgAt(i, parts, lexicon);
		if (!found) continue;
		out.push(found);
		i = found.to - 1;
	}
	// Latin capitals in Arabic text: an acronym after a name in brackets belongs to it, else it is a body of
	// its own (in English text capitals are headlines and datelines: KHARTOUM).
	// Asked per sentence, not per token: Arabic text with a word starting with a Latin capital (most sentences have none).
	const arabic = parts.capital && hasArabic(text);
	for (let k = 0; k < tokens.length && arabic; k++) {
		const raw = tokens[k]!.text;
		const c = raw.charCodeAt(0);
		if (c < 0x41 || c > 0x5a) continue; // ACRONYM starts with a Latin capital: most words are not one
		if (!ACRONYM.test(raw) || d.acronymStops.has(raw) || parts.entityAt[k] || out.some(o => o.from <= k && k < o.to)) continue;
		const before = out.find(o => o.to === k && tokens[k]!.gap.includes('('));
		if (before) {
			before.acronym = raw;
			continue;
		}
		out.push({
			sentence: index,
			from: k,
			to: k + 1,
			start: tokens[k]!.start,
			end: tokens[k]!.end,
			text: raw,
			nameAr: raw,
			norms: [tokens[k]!.norm],
			en: raw,
			id: idOf(raw),
			short: [],
			acronym: null,
			generic: false,
		});
	}
	return out.sort((a, b) => a.from - b.from);
}

function orgAt(i: number, parts: SentenceParts, lexicon: Lexicon): OrgMention | null {
	const {tokens, text, index} = parts;
	const d = lexicon.discovery;
	const first = tokens[i]!;
	const words = parts.words;
	// A conventional name as a whole (الحشد الشعبي), with or without a head.
	const named = words[i]!.flags & NAME_START ? matchAt(tokens, i, d.nameTrie, text) : null;
	const found = words[i]!.head;
	if (!found && !named) return portfolioAlone(i, parts, lexicon);
	const head = found?.head;
	const definite = found?.definite ?? false;
	const headPrefix = found?.prefix ?? ''; // the conjunction or preposition before the head, left outside the name
	const headKey = found?.key ?? first.norm;
	const items: Item[] = [];
	const headAdjs: string[] = [];
	let country: CountryRef | null = null;
	let portfolio: string | null = null;
	let anchored = false; // a definite word, a known body or place, a portfolio: the complement names something
	let proper = false; // a place, or a word no table has: the name is this body's own
	let partOf: string | null = null; // a known body in the complement (كتائب الناتو): a part of it, not another body
	let k = i + 1;
	while (head && k < tokens.length && k - i <= 5 && joined(tokens, k)) {
		const tok = tokens[k]!;
		if (head.ministry && portfolio === null && items.length === 0) {
			const p = words[k]!.flags & PORTFOLIO_START ? matchAt(tokens, k, d.portfolioTrie, text) : null;
			if (p && p.prefix === '') {
				portfolio = p.targets[0]!.ministry;
				anchored = true;
				k = p.to;
				continue;
			}
		}
		const adj: CountryRef | null = country ? null : words[k]!.adjective;
		if (adj) {
			// A demonym agrees in definiteness with what it follows, and ends the name but for a complement with لـ (الاتحاد العام التونسي للشغل).
			if (bareStem(tok).definite !== (definite || items.length > 0 || portfolio !== null)) break;
			country = adj;
			anchored = true;
			k++;
			const next = tokens[k];
			if (!next || !joined(tokens, k) || !next.readings.proclitic.some(x => x.prefix === 'لل')) break;
			continue;
		}
		if (country && !tok.readings.proclitic.some(x => x.prefix === 'لل')) break;
		const ent = parts.entityAt[k];
		if (ent) {
			const t = ent.targets.find(x => x.kind === 'place' || x.kind === 'org');
			const prefix = ent.prefix.replace(/ال$/, '').replace(/لل$/, 'ل');
			const e =
				t && !t.guarded && ent.from === k && (prefix === '' || prefix === 'ل' || prefix === 'و')
					? t.kind === 'place'
						? lexicon.places.get(t.id)
						: lexicon.organizations.get(t.id)
					: undefined;
			if (!e) break;
			items.push({en: e.nameEn, pos: 'noun', and: prefix === 'و'});
			anchored = true;
			if (t!.kind === 'place') proper = true;
			else partOf = t!.id;
			k = ent.to;
			continue;
		}
		// A conventional name inside the complement (جمعية الهلال الأحمر الجزائري): one noun of it.
		const inner = k > i && words[k]!.flags & NAME_START ? matchAt(tokens, k, d.nameTrie, text) : null;
		if (inner && inner.prefix === '') {
			items.push({en: inner.targets[0]!.en, pos: 'noun'});
			anchored = true;
			proper = true;
			k = inner.to;
			continue;
		}
		const w = words[k]!.flags & WORD_START ? matchAt(tokens, k, d.wordTrie, text) : null;
		if (w && (w.prefix === '' || w.prefix === 'و' || w.prefix === 'ل' || w.prefix === 'لل')) {
			const word = w.targets[0]!;
			if (word.pos === 'adj' && items.length === 0 && !portfolio) headAdjs.push(word.en);
			else items.push({en: word.en, pos: word.pos, and: w.prefix === 'و'});
			if (bareStem(tok).definite || tok.norm.startsWith('ال') || w.prefix === 'لل') anchored = true;
			k = w.to;
			continue;
		}
		const {stem, definite: def, prefix} = bareStem(tok);
		// Another head, definite, inside the complement (حزب القوات اللبنانية): a noun of the name.
		const innerHead = def && prefix === 'ال' ? d.heads.get(stem) : undefined;
		if (innerHead && !definite) {
			items.push({en: innerHead.en.replace(/\{x\}|\bof\b/g, '').trim(), pos: 'noun'});
			anchored = true;
			k++;
			continue;
		}
		// A definite word the file lacks, transliterated; never a given name (a person after the body) or a word that starts a phrase of its own.
		if (
			def &&
			prefix === 'ال' &&
			!definite &&
			stem.length >= 3 &&
			!lexicon.names.given.has(stem) &&
			!d.notNames.has(stem) &&
			!(words[k]!.flags & TITLE_WORD) &&
			!d.heads.has(stem) &&
			!(words[k]!.flags & VERB_START && matchAt(tokens, k, lexicon.verbTrie, text, CONJUNCTION_ONLY))
		) {
			items.push({en: transliterateName([tok.text.replace(HARAKAT, '')], lexicon.names), pos: 'noun'});
			anchored = true;
			proper = true;
			k++;
			continue;
		}
		break;
	}
	// An office of a state (الرئاسة الكينية) is named by its demonym alone: رئاسة المجلس is a chairmanship,
	// الحكومة المركزية a description.
	const ok =
		head !== undefined &&
		(head.office || (head.state && definite)
			? definite && country !== null && items.length === 0
			: head.named
				? items.length > 0 || headAdjs.length > 0
				: definite
					? headAdjs.length > 0 || country !== null
					: anchored);
	if (!ok && !named) return null;
	let to = ok ? k : i + 1;
	let en: string;
	let short: string[][] = [];
	let generic = false;
	const key = (end: number) => [headKey, ...tokens.slice(i + 1, end).map(t => t.norm)].join(' ');
	const lessCountry = ok ? d.names.get(key(country ? to - 1 : to)) : undefined;
	// A conventional name is the whole name (قوات الدعم السريع الاتهامات: the body, then the clause's object).
	// A national body's name is the head of a longer one (الجيش الوطني الشعبي): the longer reading.
	const nationalHead = named !== null && named.targets[0]!.national && ok && k > named.to;
	if (named && !nationalHead) {
		to = named.to;
		en = named.targets[0]!.en;
		short = named.targets[0]!.short.map(x => x.split(/\s+/));
		country = null;
		// One such body per country (الحماية المدنية التونسية): its demonym is part of the name.
		const adj = named.targets[0]!.national && to < tokens.length && joined(tokens, to) ? words[to]!.adjective : null;
		if (adj && bareStem(tokens[to]!).definite) {
			country = adj;
			en = `${en} (${adj.nameEn})`;
			to++;
		}
		generic = named.targets[0]!.national && country === null;
		// …but not when a description we cannot read follows it (الجيش الفيدرالي: "the federal army", no name).
		if (generic && to < tokens.length && joined(tokens, to) && /^ال.+(?:ي|يه)$/.test(tokens[to]!.norm) && !d.wordTrie.children.has(tokens[to]!.norm))
			return null;
	} else if (lessCountry) {
		if (partOf && !head!.organ) return null;
		en = lessCountry.en + (country ? ` (${country.nameEn})` : '');
		short = lessCountry.short.map(x => x.split(/\s+/));
	} else {
		// A part of a known body (قوات الناتو، كتائب الناتو) is that body's, not one of its own; an organ (مفوضية إيكواس) is its own.
		if (partOf && !head!.organ) return null;
		generic = !country && !proper && !partOf;
		const {x, adjs} = complementEn(items, headAdjs);
		const pattern = head!.en
			.replace('{x}', portfolio ? [portfolio, x].filter(Boolean).join(' ') : x)
			.replace(/\s+/g, ' ')
			.trim();
		en = [...adjs, pattern].join(' ') + (country ? ` (${country.nameEn})` : '');
	}
	const start = named ? named.start : first.start + (headPrefix ? (first.map[headPrefix.length] ?? 0) : 0);
	const end = tokens[to - 1]!.end;
	const norms = [headKey, ...tokens.slice(i + 1, to).map(t => t.norm)];
	// The name as a body's name is written: ل + ال contracted (للقوات) gets its article back.
	let nameAr = text.slice(start, end).replace(HARAKAT, '');
	if (definite && /^[وف]?لل/.test(first.norm)) nameAr = `ال${nameAr.replace(/^ل+/, '')}`;
	return {
		sentence: index,
		from: i,
		to,
		start,
		end,
		text: text.slice(start, end),
		nameAr,
		norms,
		en,
		id: idOf(en),
		short,
		acronym: null,
		generic,
		...(partOf && !named ? {parent: partOf} : {}),
	};
}

/** A portfolio named without its ministry (الخارجية السودانية) is written with its article and starts in the portfolio table. */
const PORTFOLIO_AT = DEFINITE_START | PORTFOLIO_START;
const PORTFOLIO_AFTER = new Set(['في', 'من', 'عن', 'مع', 'الى', 'إلى', 'أن', 'إن', 'ان', 'بين', 'باسم', 'لدى', 'و', 'بحسب', 'حسب', 'وفق'].map(normalise));

/**
 * A ministry named by its portfolio and the country's demonym, the head left
 * out (الخارجية السودانية، الداخلية الفرنسية): the adjective is feminine,
 * agreeing with the unwritten وزارة. Not after a title (وزيرة الخارجية
 * السودانية is the minister).
 */
function portfolioAlone(i: number, parts: SentenceParts, lexicon: Lexicon): OrgMention | null {
	const {tokens, text, index} = parts;
	const d = lexicon.discovery;
	// Asked of every token that is no head: a portfolio is written with its article (cheap to test), then the demonym after it
	// (a memoised lookup), the trie only then.
	const words = parts.words;
	if ((words[i]!.flags & PORTFOLIO_AT) !== PORTFOLIO_AT) return null;
	const near = tokens[i + 1];
	if (!near || !(words[i + 1]!.adjective || (tokens[i + 2] && words[i + 2]!.adjective))) return null;
	const p = matchAt(tokens, i, d.portfolioTrie, text);
	// The portfolios are written with their article (الخارجية): the prefix is what stands before it.
	if (!p || !/^[وف]?[بل]?$/.test(p.prefix) || (!tokens[i]!.norm.slice(p.prefix.length).startsWith('ال') && !p.prefix.endsWith('ل'))) return null;
	if (p.to >= tokens.length || !joined(tokens, p.to)) return null;
	// Only where a name can stand on its own: a clause's start, after a verb or a preposition (قالت الخارجية الروسية، باسم الخارجية
	// الأمريكية); after a noun it is that noun's complement (مقترحات الدفاع الروسية: Russia's defence proposals).
	const before = tokens[i - 1];
	if (
		before &&
		joined(tokens, i) &&
		p.prefix === '' &&
		!PORTFOLIO_AFTER.has(before.norm) &&
		!(words[i - 1]!.flags & VERB_START && matchAt(tokens, i - 1, lexicon.verbTrie, text, CONJUNCTION_ONLY))
	)
		return null;
	const adjTok = tokens[p.to]!;
	const country = words[p.to]!.adjective;
	if (!country || !bareStem(adjTok).definite || !/[ةه]$/.test(adjTok.norm)) return null;
	const ministry = [...d.heads.values()].find(h => h.ministry);
	if (!ministry) return null;
	const en = `${ministry.en.replace('{x}', p.targets[0]!.ministry)} (${country.nameEn})`;
	const start = p.start;
	const end = adjTok.end;
	let nameAr = text.slice(start, end).replace(HARAKAT, '');
	if (!nameAr.startsWith('ال')) nameAr = `ا${nameAr}`; // ل + ال written لل
	let first = tokens[i]!.norm.slice(p.prefix.length);
	if (!first.startsWith('ال')) first = `ا${first}`;
	const norms = [first, ...tokens.slice(i + 1, p.to + 1).map(t => t.norm)];
	return {
		sentence: index,
		from: i,
		to: p.to + 1,
		start,
		end,
		text: text.slice(start, end),
		nameAr,
		norms,
		en,
		id: idOf(en),
		short: [],
		acronym: null,
		generic: false,
	};
}

// Names in Latin script: the lexicon's English names (nameEn) and Latin
// aliases of actors, organisations, places and agencies, found in an English
// or French sentence. Case does not matter (KHARTOUM in a dateline is
// Khartoum) except that a one-word name must be capitalised in the text, so
// that "turkey" or "chad" as common words are not countries. Whole words only,
// longest name first; a possessive ('s) is part of the mention, not the name.
import type {Lexicon} from '../../../lexicon/load.js';

export type LatinKind = 'actor' | 'org' | 'place' | 'agency';
export type LatinTarget = {kind: LatinKind; id: string};
export type LatinMention = LatinTarget & {text: string; start: number; end: number};

type Index = {byName: Map<string, LatinTarget>; longest: number};

const ARABIC = /[\u0600-\u06FF]/;
const indexes = new WeakMap<Lexicon, Index>();

/** A name's comparison form: lower case, one space, no accents, dashes as spaces. */
export function latinKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[‐-―-]/g, ' ')
		.replace(/[’]/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every Latin name of the lexicon → what it names; built once per lexicon. */
export function latinIndex(lexicon: Lexicon): Index {
	let index = indexes.get(lexicon);
	if (index) return index;
	const byName = new Map<string, LatinTarget>();
	const add = (name: string, target: LatinTarget) => {
		if (ARABIC.test(name) || !/[A-Za-z]/.test(name)) return;
		const key = latinKey(name);
		// The first entry wins: actors, then organisations, places, agencies, as listed below.
		if (key.length >= 2 && !byName.has(key)) byName.set(key, target);
	};
	const kinds: Array<[Map<string, {id: string; nameEn: string; aliases: string[]}>, LatinKind]> = [
		[lexicon.actors, 'actor'],
		[lexicon.organizations, 'org'],
		[lexicon.places, 'place'],
		[lexicon.agencies, 'agency'],
	];
	for (const [map, kind] of kinds) for (const e of map.values()) for (const name of [e.nameEn, ...e.aliases]) add(name, {kind, id: e.id});
	let longest = 1;
	for (const key of byName.keys()) longest = Math.max(longest, key.split(' ').length);
	index = {byName, longest};
	indexes.set(lexicon, index);
	return index;
}

/** Words with their offsets: letters and digits, with inner dots, apostrophes and hyphens (U.N., O'Brien, Al-Sisi). */
const WORD = /[\p{L}\p{N}]+(?:[.'’\-‐][\p{L}\p{N}]+)*\.?/gu;
const POSSESSIVE = /['’]s$/u;

/** Every known name in the text, longest first where they overlap, in reading order. */
export function findLatinNames(text: string, lexicon: Lexicon): LatinMention[] {
	const {byName, longest} = latinIndex(lexicon);
	const words = [...text.matchAll(WORD)].map(m => ({text: m[0], start: m.index!, end: m.index! + m[0].length}));
	const out: LatinMention[] = [];
	for (let i = 0; i < words.length; ) {
		let hit: LatinMention | null = null;
		for (let n = Math.min(longest, words.length - i); n >= 1 && !hit; n--) {
			const span = words.slice(i, i + n);
			// The words must stand together: one space or a hyphen between them, not a comma.
			if (span.some((w, k) => k > 0 && !/^[\s\-‐]+$/u.test(text.slice(span[k - 1]!.end, w.start)))) continue;
			const last = span[n - 1]!;
			let end = last.end;
			let raw = text.slice(span[0]!.start, end);
			// "Stoltenberg's": the name without its possessive; "U.N." keeps its dots, "Moscow." loses the stop.
			for (const candidate of [raw, raw.replace(POSSESSIVE, ''), raw.replace(/\.$/, '')]) {
				const target = byName.get(latinKey(candidate));
				if (!target) continue;
				if (n === 1 && !/^\p{Lu}/u.test(candidate)) continue;
				end = span[0]!.start + candidate.length;
				raw = candidate;
				hit = {...target, text: raw, start: span[0]!.start, end};
				break;
			}
			if (hit) i += n;
		}
		if (hit) out.push(hit);
		else i++;
	}
	return out;
}

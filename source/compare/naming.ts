// Naming discrepancies: one outlet names another organisation in the place
// where the others name the event's body. The place is the construct after
// the event's own word (اجتماع مجلس …، اجتماعا لمجلس …، باجتماع مجلس …): the
// organisation there is whose meeting, talks or visit it is. When one outlet
// puts a different organisation there (a headline's "مجلس الأمن الروسي" for
// the NATO–Russia Council), that is a discrepancy in naming, shown as such,
// and that organisation does not take part in the event for this outlet.
import type {Article, Event, Sentence} from '../dataset/schema.js';
import {tokenKey} from './tokens.js';
import type {NamingDiscrepancy} from './types.js';

/** A word's stem for matching the event's word: no article, no ب/ل before it, no tanween alif after it. */
export function eventWordStem(word: string): string {
	let k = tokenKey(word);
	if ((k.startsWith('ب') || k.startsWith('ل')) && k.length >= 5) k = tokenKey(k.slice(1));
	if (k.endsWith('ا') && k.length >= 5) k = k.slice(0, -1);
	return k;
}

function sameStem(a: string, b: string): boolean {
	if (a.length < 3 || b.length < 3) return false;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	// اجتماع / اجتماعات / اجتماعه: one word, another ending.
	return long.startsWith(short) && long.length - short.length <= 2;
}

/** The word just before an organisation's name, with a ل or ب glued to the name set aside. */
function wordBefore(sentence: Sentence, start: number): string | null {
	let before = sentence.text.slice(0, start);
	if (/[لب]$/u.test(before)) before = before.slice(0, -1);
	const m = /([\p{L}\p{M}]+)[\s\u200c\u200f]*$/u.exec(before);
	return m ? m[1]! : null;
}

type BodyMention = {article: string; sentence: string; id: string; name: string; text: string};

/**
 * Organisations in the body's place in the event's sentences. The event's word
 * is its Arabic label's first word (ingest composes the label as the type's
 * word, then the body or parties): what an outlet writes before the body.
 */
export function bodyMentions(event: Event, articles: Article[]): BodyMention[] {
	const head = event.labelAr.split(/\s+/)[0] ?? '';
	const stem = eventWordStem(head);
	const ids = new Set(event.sentences);
	const out: BodyMention[] = [];
	for (const a of articles) {
		for (const s of a.sentences) {
			if (!ids.has(s.id) && !s.events.includes(event.id)) continue;
			for (const o of s.organizations) {
				const w = wordBefore(s, o.start);
				if (w && sameStem(eventWordStem(w), stem)) out.push({article: a.id, sentence: s.id, id: o.id, name: o.nameEn, text: o.text});
			}
		}
	}
	return out;
}

/**
 * The body most outlets name in the body's place; any other organisation one
 * outlet names there, that no other outlet names anywhere in its report of the
 * event, is a discrepancy (NATO for "the NATO meeting" is not: every outlet
 * names NATO, a party to the meeting). Nothing is
 * said when no two outlets agree on a body (a single outlet is no majority).
 */
export function namingDiscrepancies(event: Event, articles: Article[]): NamingDiscrepancy[] {
	const mentions = bodyMentions(event, articles);
	const outlets = new Map<string, Set<string>>();
	for (const m of mentions) outlets.set(m.id, (outlets.get(m.id) ?? new Set()).add(m.article));
	const ranked = [...outlets].sort((x, y) => y[1].size - x[1].size || (x[0] < y[0] ? -1 : 1));
	const body = ranked[0];
	if (!body || body[1].size < 2) return [];
	const bodyName = mentions.find(m => m.id === body[0])!.name;
	const ids = new Set(event.sentences);
	const namedBy = (org: string) =>
		new Set(
			articles
				.filter(
					a =>
						a.sentences.some(s => (ids.has(s.id) || s.events.includes(event.id)) && s.organizations.some(o => o.id === org)) ||
						(event.mentionDetails ?? []).some(x => x.article === a.id && x.participants.includes(org)),
				)
				.map(a => a.id),
		);
	const out: NamingDiscrepancy[] = [];
	for (const m of mentions) {
		if (m.id === body[0] || namedBy(m.id).size > 1) continue;
		const others = [...body[1]].filter(a => a !== m.article);
		if (!others.length) continue;
		if (out.some(d => d.sentence === m.sentence && d.named.id === m.id)) continue;
		out.push({article: m.article, sentence: m.sentence, named: {id: m.id, name: m.name, text: m.text}, body: {id: body[0], name: bodyName, articles: others}});
	}
	return out;
}

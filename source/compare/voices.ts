// Whose statements each outlet carries, whom it credits, and which reporting
// verbs it uses for each speaker. Counted over the outlet's whole article,
// not only the event's sentences: an article about a meeting quotes people
// on the surrounding talks too, and who gets a voice is a property of the
// coverage as a whole (a reader sees all of it side by side).
import type {Actor, Affiliation, Article, Sentence} from '../dataset/schema.js';
import {normalise} from '../arabic/normalise.js';
import type {Citation, SpeakerVerbs, Voice, VoiceAffiliation} from './types.js';

const KEPT: ReadonlySet<Affiliation> = new Set(['NATO', 'Russia', 'United States', 'EU']);

/** Affiliation of a named speaker who is not in the actor list (an organisation), from its English name. */
function affiliationFromName(name: string): VoiceAffiliation {
	if (/\b(nato|north atlantic|alliance)\b/i.test(name)) return 'NATO';
	if (/\b(russia|russian|kremlin|moscow)\b/i.test(name)) return 'Russia';
	if (/\b(united states|u\.s\.|us|american|white house|washington|state department|pentagon)\b/i.test(name)) return 'United States';
	if (/\b(eu|european union|european commission)\b/i.test(name)) return 'EU';
	return 'other';
}

export function voiceAffiliation(actor: Actor | undefined, name: string): VoiceAffiliation {
	if (actor) return KEPT.has(actor.affiliation) ? (actor.affiliation as VoiceAffiliation) : 'other';
	return affiliationFromName(name);
}

type SpeakerId = {speaker: string; name: string; named: boolean};

/** A role phrase names no one, so such speakers count as anonymous (grouped by their role phrase). */
export function speakerOf(s: Sentence): SpeakerId | null {
	const a = s.attribution;
	if (!a) return null;
	if (a.speaker) return {speaker: a.speaker.id, name: a.speaker.nameEn, named: true};
	const role = a.role?.trim();
	return role ? {speaker: role, name: role, named: false} : {speaker: 'anonymous', name: 'anonymous', named: false};
}

function byCountThenName<T extends {count: number; name: string}>(a: T, b: T): number {
	return b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

export function articleVoices(article: Article, actors: {get(id: string): Actor | undefined}): Voice[] {
	const m = new Map<string, Voice>();
	for (const s of article.sentences) {
		const sp = speakerOf(s);
		if (!sp) continue;
		const v = m.get(sp.speaker) ?? {
			speaker: sp.speaker,
			name: sp.name,
			affiliation: sp.named ? voiceAffiliation(actors.get(sp.speaker), sp.name) : 'anonymous',
			count: 0,
		};
		v.count++;
		m.set(sp.speaker, v);
	}
	return [...m.values()].sort(byCountThenName);
}

export function articleCitations(article: Article): Citation[] {
	const m = new Map<string, Citation>();
	for (const s of article.sentences) {
		// One sentence crediting the same agency twice is still one credit.
		for (const id of new Set(s.citedSources.map(c => c.id))) {
			const ref = s.citedSources.find(c => c.id === id)!;
			const c = m.get(id) ?? {id, name: ref.name, kind: ref.kind, count: 0};
			c.count++;
			m.set(id, c);
		}
	}
	return [...m.values()].sort(byCountThenName);
}

export function articleVerbs(article: Article): SpeakerVerbs[] {
	const m = new Map<string, {name: string; verbs: string[]; keys: Set<string>}>();
	for (const s of article.sentences) {
		const sp = speakerOf(s);
		if (!sp || !s.attribution) continue;
		const e = m.get(sp.speaker) ?? {name: sp.name, verbs: [], keys: new Set<string>()};
		const verb = s.attribution.verb.trim();
		const key = normalise(verb);
		if (verb && !e.keys.has(key)) {
			e.keys.add(key);
			e.verbs.push(verb);
		}
		m.set(sp.speaker, e);
	}
	return [...m].map(([speaker, e]) => ({speaker, name: e.name, verbs: e.verbs}));
}

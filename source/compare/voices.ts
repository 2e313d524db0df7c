// Whose statements each outlet carries, whom it credits, and which reporting
// verbs it uses for each speaker, with the kind of each voice (a person, a
// role, an institution, a government, an agency, an anonymous source: the
// attribution's voice; older datasets without it count a named speaker as a
// person and the rest as anonymous). Photo credits are not citations.
// Counted over the outlet's whole article,
// not only the event's sentences: an article about a meeting quotes people
// on the surrounding talks too, and who gets a voice is a property of the
// coverage as a whole (a reader sees all of it side by side).
import type {Actor, Affiliation, Article, Sentence, VoiceKind} from '../dataset/schema.js';
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

type SpeakerId = {speaker: string; name: string; named: boolean; kind: VoiceKind};

/**
 * Who speaks, keyed so one voice is one row: a person or a body by its id, a
 * role or an anonymous source by its phrase. Without a recorded voice (older
 * datasets) a role phrase names no one and counts as anonymous.
 */
export function speakerOf(s: Sentence): SpeakerId | null {
	const a = s.attribution;
	if (!a) return null;
	const v = a.voice;
	if (v?.kind === 'person' && a.speaker) return {speaker: a.speaker.id, name: a.speaker.nameEn, named: true, kind: 'person'};
	if (v && v.kind !== 'person') {
		const keyed = v.kind === 'institution' || v.kind === 'government' || v.kind === 'agency';
		return {speaker: keyed && v.id ? v.id : v.name, name: v.name, named: false, kind: v.kind};
	}
	if (a.speaker) return {speaker: a.speaker.id, name: a.speaker.nameEn, named: true, kind: 'person'};
	const role = a.role?.trim();
	return role ? {speaker: role, name: role, named: false, kind: 'anonymous'} : {speaker: 'anonymous', name: 'anonymous', named: false, kind: 'anonymous'};
}

/** A person by their actor's affiliation; an anonymous source as anonymous; a role, body or government by its English name. */
function affiliationOf(sp: SpeakerId, actors: {get(id: string): Actor | undefined}): VoiceAffiliation {
	if (sp.kind === 'person') return voiceAffiliation(actors.get(sp.speaker), sp.name);
	if (sp.kind === 'anonymous') return 'anonymous';
	return affiliationFromName(sp.name);
}

function byCountThenName<T extends {count: number; name: string}>(a: T, b: T): number {
	return b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

export function articleVoices(article: Article, actors: {get(id: string): Actor | undefined}): Voice[] {
	const m = new Map<string, Voice>();
	for (const s of article.sentences) {
		const sp = speakerOf(s);
		if (!sp) continue;
		const v = m.get(sp.speaker) ?? {speaker: sp.speaker, name: sp.name, affiliation: affiliationOf(sp, actors), kind: sp.kind, count: 0};
		v.count++;
		m.set(sp.speaker, v);
	}
	return [...m.values()].sort(byCountThenName);
}

export function articleCitations(article: Article): Citation[] {
	const m = new Map<string, Citation>();
	for (const s of article.sentences) {
		// One sentence crediting the same agency twice is still one credit; a photo credit is none.
		const cited = s.citedSources.filter(c => !c.photo);
		for (const id of new Set(cited.map(c => c.id))) {
			const ref = cited.find(c => c.id === id)!;
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

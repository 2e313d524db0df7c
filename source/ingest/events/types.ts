// What event linking needs to know about the world, as plain lookups built from
// the lexicon, so the clustering code stays a pure function testable with stubs.
import type {EventLexiconJson} from '../../lexicon/events.js';

/** data/lexicon/events.json as written (validated by lexicon/events.ts; compiled once per object by triggers.ts). */
export type EventLexicon = EventLexiconJson;

export type EventWorld = {
	/** 'city' for cities and capitals, 'country', 'region' … */
	placeKind(id: string): string | null;
	placeName(id: string): string;
	placeNameAr(id: string): string;
	/** The country a city belongs to, or the place itself when it is a country. */
	countryOf(id: string): string | null;
	/** A body that meets (a council, committee, organisation with sessions), as opposed to a state organ. */
	isBody(orgId: string): boolean;
	/** Broader organisation a body belongs to (NATO–Russia Council → NATO), else null. */
	parentOf(orgId: string): string | null;
	/**
	 * A body others belong to (NATO, the EU, the UN): a text naming it may mean
	 * any of its bodies, so it agrees with them; two specific bodies never do.
	 */
	isGeneric(orgId: string): boolean;
	orgName(id: string): string;
	orgNameAr(id: string): string;
	/** Where an organisation sits (Russian Foreign Ministry → Moscow), else null. */
	seatOf(orgId: string): string | null;
	actorName(id: string): string;
	actorNameAr(id: string): string;
	/** Seat of the organisation of the actor's role on a date (Putin → Kremlin → Moscow), else null. */
	actorSeat(id: string, date: string | null): string | null;
	actorCountry(id: string): string | null;
	/**
	 * Countries and capitals with their names, so that a sentence's parties
	 * are found wherever they stand: the sentence's places keep the principal
	 * parties (روسيا) only where they are locations, but a party to a meeting
	 * or a target of sanctions takes part. Optional: without it, participants
	 * come from the places extraction found.
	 */
	stateNames?(): ReadonlyArray<{id: string; names: readonly string[]}>;
	/** The country whose capital a city is (Moscow → Russia), else null: a capital named as an actor stands for its government. */
	capitalOf?(cityId: string): string | null;
};

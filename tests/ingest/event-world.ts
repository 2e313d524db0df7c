// A stand-in for the lexicon's world in event tests: every place a city, names
// are their ids, nothing is a body or has a seat, unless a test says otherwise.
import type {Mention, MentionDate} from '../../source/ingest/events/mentions.js';
import type {EventWorld} from '../../source/ingest/events/types.js';

export function stubWorld(overrides: Partial<EventWorld> = {}): EventWorld {
	return {
		placeKind: () => 'city',
		placeName: id => id,
		placeNameAr: id => id,
		countryOf: () => null,
		isBody: () => false,
		parentOf: () => null,
		isGeneric: () => false,
		orgName: id => id,
		orgNameAr: id => id,
		seatOf: () => null,
		actorName: id => id,
		actorNameAr: id => id,
		actorSeat: () => null,
		actorCountry: () => null,
		...overrides,
	};
}

let mentions = 0;
/** A mention in an article of its own (numbered in creation order), with the given fields over neutral defaults. */
export function stubMention(fields: Partial<Mention>): Mention {
	const n = mentions++;
	return {
		article: `a${n}`,
		sentence: `a${n}:0`,
		order: n,
		type: 'meeting',
		plover: 'CONSULT',
		family: 'meeting',
		distinctive: false,
		at: 0,
		date: null,
		city: null,
		places: [],
		orgs: [],
		actors: [],
		subject: null,
		destination: null,
		place: null,
		participants: [],
		parties: [],
		status: 'unknown',
		outcomes: [],
		numbers: [],
		published: null,
		...fields,
	};
}

/** "Putin's visit": a distinctive mention with its subject, dated or not. */
export function putinVisit(date: MentionDate | null, published: string | null): Mention {
	return stubMention({type: 'visit', family: 'visit', distinctive: true, date, actors: ['putin'], subject: {kind: 'actor', id: 'putin'}, published});
}

// A stand-in for the lexicon's world in event tests: every place a city, names
// are their ids, nothing is a body or has a seat, unless a test says otherwise.
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

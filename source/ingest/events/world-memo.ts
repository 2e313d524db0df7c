// The world's answers about one id, asked once per clustering. Clustering
// asks them of every mention (is this organisation a body, its parent, its
// root, the country of a place, of a seat, of a person), and the world
// answers each from the lexicon's records: a keyed lookup in a large
// dictionary object, which first internalises the id string, and an empty
// object for an id it does not know. At 1k articles those lookups were a
// twentieth of linking; the ids are a few hundred, the mentions 12k.
import type {EventWorld} from './types.js';

/** What clustering reads of an organisation. One shape. */
export class OrgFacts {
	constructor(
		readonly body: boolean,
		readonly generic: boolean,
		readonly parent: string | null,
		/** The root of its chain of parents (rootOf): the key a body is filed under. */
		readonly root: string,
		/** The country of its seat, null without (countriesOf). */
		readonly seatCountry: string | null,
	) {}
}

/** How far up a chain of parents rootOf looks. */
const MAX_DEPTH = 8;

export class WorldMemo {
	private readonly orgs = new Map<string, OrgFacts>();
	private readonly countries = new Map<string, string | null>();
	private readonly placeCountries = new Map<string, string | null>();
	private readonly actorCountries = new Map<string, string | null>();

	constructor(readonly world: EventWorld) {}

	org(id: string): OrgFacts {
		let o = this.orgs.get(id);
		if (o === undefined) {
			const w = this.world;
			const seat = w.seatOf(id);
			o = new OrgFacts(w.isBody(id), w.isGeneric(id), w.parentOf(id), rootOf(id, w), seat ? w.countryOf(seat) : null);
			this.orgs.set(id, o);
		}
		return o;
	}

	/** world.countryOf(place). */
	countryOf(place: string): string | null {
		return this.remembered(this.countries, place, countryOfPlace);
	}

	/** The country of a participant that is a place (placeKind not null), else null. */
	placeCountry(id: string): string | null {
		return this.remembered(this.placeCountries, id, countryIfPlace);
	}

	/** world.actorCountry(id). */
	actorCountry(id: string): string | null {
		return this.remembered(this.actorCountries, id, countryOfActor);
	}

	/** The world's answer for `id`, asked once (answers are module functions: no closure per call). */
	private remembered(memo: Map<string, string | null>, id: string, answer: (world: EventWorld, id: string) => string | null): string | null {
		let k = memo.get(id);
		if (k === undefined) {
			k = answer(this.world, id);
			memo.set(id, k);
		}
		return k;
	}
}

const countryOfPlace = (world: EventWorld, id: string) => world.countryOf(id);
const countryIfPlace = (world: EventWorld, id: string) => (world.placeKind(id) !== null ? world.countryOf(id) : null);
const countryOfActor = (world: EventWorld, id: string) => world.actorCountry(id);

/** The body at the top of a body's chain of parents (at most MAX_DEPTH up). */
export function rootOf(body: string, world: EventWorld): string {
	let b = body;
	for (let i = 0; i < MAX_DEPTH; i++) {
		const parent = world.parentOf(b);
		if (!parent) return b;
		b = parent;
	}
	return b;
}

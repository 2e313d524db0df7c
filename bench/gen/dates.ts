// Every way the seeds (and real coverage) write a date, built from the
// calendar lexicon so the generator exercises what the extractor must read.
import type {Rng} from '../prng.js';

export type CalendarJson = {
	months: Array<{month: number; names: string[]}>;
	weekdays: Array<{day: number; names: string[]}>;
	ordinalDays: Record<string, number>;
	today: string[];
	yesterday: string[];
	tomorrow: string[];
	next: string[];
	previous: string[];
};

const ARABIC = /[\u0600-\u06FF]/;
const INDIC = '٠١٢٣٤٥٦٧٨٩';

export type Day = {y: number; m: number; d: number};

export function dayOf(iso: string): Day {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return {y, m, d};
}

export function isoOf(t: Day): string {
	return `${t.y}-${String(t.m).padStart(2, '0')}-${String(t.d).padStart(2, '0')}`;
}

export function addDays(t: Day, n: number): Day {
	const x = new Date(Date.UTC(t.y, t.m - 1, t.d + n));
	return {y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate()};
}

export function diffDays(a: Day, b: Day): number {
	return Math.round((Date.UTC(a.y, a.m - 1, a.d) - Date.UTC(b.y, b.m - 1, b.d)) / 86_400_000);
}

function weekday(t: Day): number {
	return new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
}

export function indic(n: number | string): string {
	return String(n).replace(/\d/g, c => INDIC[Number(c)]!);
}

export type DateWriter = {
	/** A date as an article would print it, relative to the publication day when it says so. */
	write(rng: Rng, when: Day, published: Day): string;
	/** A date written with an explicit day and month (never relative). */
	absolute(rng: Rng, when: Day): string;
	weekdayName(t: Day): string;
	monthName(rng: Rng, m: number): string;
};

export function dateWriter(cal: CalendarJson): DateWriter {
	const monthNames = new Map(cal.months.map(m => [m.month, m.names.filter(n => ARABIC.test(n))]));
	const weekdays = new Map(cal.weekdays.map(w => [w.day, w.names[0]!]));
	const ordinals = new Map(Object.entries(cal.ordinalDays).map(([w, n]) => [n, w]));
	const main = (m: number) => monthNames.get(m)![0]!;
	const alt = (rng: Rng, m: number) => {
		const names = monthNames.get(m)!;
		return names.length > 1 ? rng.pick(names.slice(1)) : names[0]!;
	};
	const weekdayName = (t: Day) => weekdays.get(weekday(t))!;

	const absolute = (rng: Rng, t: Day): string => {
		const dd = String(t.d).padStart(2, '0');
		const mm = String(t.m).padStart(2, '0');
		switch (rng.int(0, 8)) {
			case 0:
				return `${t.d} ${alt(rng, t.m)}/${main(t.m)}`;
			case 1:
				return `${dd}/${mm}/${t.y}`;
			case 2:
				return `يوم ${weekdayName(t)} (${t.d} ${main(t.m)})`;
			case 3: {
				const next = addDays(t, 1);
				return next.m === t.m ? `يومي ${t.d} و${next.d} ${main(t.m)}` : `${t.d} ${main(t.m)}`;
			}
			case 4:
				return `${indic(t.d)} ${main(t.m)} ${indic(t.y)}`;
			case 5:
				return `${ordinals.get(t.d) ?? t.d} من ${alt(rng, t.m)}`;
			case 6:
				return `يوم ${weekdayName(t)} ${dd}/${mm}/${t.y}`;
			case 7:
				return `${t.d} ${main(t.m)} ${t.y}`;
			default:
				return `${t.d} ${alt(rng, t.m)}`;
		}
	};

	return {
		absolute,
		weekdayName,
		monthName: (rng, m) => (rng.chance(0.7) ? main(m) : alt(rng, m)),
		write(rng, when, published) {
			const gap = diffDays(when, published);
			// Relative forms are how most articles date their own news.
			if (rng.chance(0.35)) {
				if (gap === 0) return rng.pick(cal.today);
				if (gap === -1) return rng.pick(cal.yesterday);
				if (gap === 1) return rng.pick(cal.tomorrow);
				if (gap >= -6 && gap <= 6) return `يوم ${weekdayName(when)}${gap > 0 && rng.chance(0.5) ? ` ${rng.pick(cal.next)}` : ''}`;
			}
			return absolute(rng, when);
		},
	};
}

// The link worker's mentions, kept on disk one family at a time. Linking
// clusters each family of events on its own (link.ts familyGroups), but the
// order it takes mentions in is the whole corpus's (cluster.ts bySpecificity:
// most specific date first, then corpus order), and so is the dating of
// yearless dates (the corpus's median publication day). Held as objects until
// their family's turn, the mentions were the largest part of the link
// worker's memory: 583 MB at 100k generated articles (1.26M mentions), the
// worker 1.74 GB at its peak, linking alone from the spill.
//
// Here each mention is written, as JSON, to its family's file as the spill is
// read, and only the few numbers the corpus-wide order needs are kept (its
// family, specificity, order and offset, ~30 bytes a mention). Each family's
// mentions are read back when it is linked, dated and placed exactly as
// familyGroups would place them, and let go with its clusters.
import {rmSync} from 'node:fs';
import {join} from 'node:path';
import type {Calendar} from './calendar.js';
import {specificity, specificityOrder} from './events/cluster.js';
import type {FamilyMentions} from './events/link.js';
import {addPublishedDay, yearlessDating} from './events/link.js';
import type {Mention} from './events/mentions.js';
import {MentionPool} from './events/mention-pool.js';
import {readLineBytes} from '../util/read-lines.js';
import {NewFile} from '../util/write-all.js';
import type {MentionRecord} from './mention-records.js';

/** A family's file: its name, the writer while mentions come, how many it holds, its number. */
type FamilyFile = {family: string; out: NewFile; count: number; number: number};

/** Each family file's write buffer: a dozen families are written at once, each mention a few hundred bytes (1 MB each held 13 MB). */
const BUFFER = 1 << 16;

/**
 * Growable numbers (a mention each), in a typed array of the kind they need:
 * five lists of doubles were 84 MB of the link worker at 100k articles (1.26M
 * mentions, capacity 2M), held beside the main thread's second pass.
 */
class Numbers<T extends Float64Array | Uint32Array | Uint8Array> {
	length = 0;
	constructor(
		private buf: T,
		private readonly make: (n: number) => T,
	) {}
	push(v: number): void {
		if (this.length === this.buf.length) {
			const next = this.make(this.buf.length * 2);
			next.set(this.buf);
			this.buf = next;
		}
		this.buf[this.length++] = v;
	}
	view(): T {
		return this.buf.subarray(0, this.length) as T;
	}
}

const doubles = (n: number) => new Float64Array(n);
const whole = (n: number) => new Uint32Array(n);
const bytes = (n: number) => new Uint8Array(n);

export class FamilyFiles {
	private readonly files: FamilyFile[] = [];
	private readonly byFamily = new Map<string, number>();
	// For each mention, in corpus order: its family's number, its place in its family's file, and what the order reads.
	// Family numbers and places in a file are counts; specificity is 0-4; order and offset are the mention's own numbers, kept exact.
	private readonly family = new Numbers(whole(1024), whole);
	private readonly local = new Numbers(whole(1024), whole);
	private readonly rank = new Numbers(bytes(1024), bytes);
	private readonly order = new Numbers(doubles(1024), doubles);
	private readonly at = new Numbers(doubles(1024), doubles);
	/** Mentions with a yearless date, by number: dated once the corpus's days are known. */
	private readonly yearless = new Map<number, Pick<Mention, 'yearless'>>();
	private readonly days = new Set<string>();

	/** `dir`: where the files go (names `${prefix}${k}`); removed by remove(). */
	constructor(
		private readonly dir: string,
		private readonly prefix: string,
	) {}

	get count(): number {
		return this.family.length;
	}

	/** Adds one mention (in corpus order, `order` already the corpus's). */
	add(m: Mention): void {
		const file = this.fileOf(m.family);
		file.out.writeText(`${JSON.stringify(m)}\n`);
		if (m.yearless) this.yearless.set(this.family.length, {yearless: m.yearless});
		addPublishedDay(this.days, m);
		this.push(file, specificity(m), m.order, m.at);
	}

	/**
	 * Adds one mention from its record in a spill row (mention-records.ts),
	 * its JSON copied as it is: `order` is the corpus's (the record's is the
	 * article's, and read() puts the corpus's in its place); `published` is
	 * its article's.
	 */
	addRecord(buf: Buffer, r: MentionRecord, order: number, published: string | null): void {
		const file = this.fileOf(r.family);
		file.out.write(buf.subarray(r.start, r.end));
		file.out.writeText('\n');
		if (r.yearless) {
			const m = JSON.parse(buf.toString('utf8', r.start, r.end)) as Mention;
			if (m.yearless) this.yearless.set(this.family.length, {yearless: m.yearless});
		}
		addPublishedDay(this.days, {published});
		this.push(file, r.rank, order, r.at);
	}

	private fileOf(family: string): FamilyFile {
		let f = this.byFamily.get(family);
		if (f === undefined) {
			f = this.files.length;
			const path = join(this.dir, `${this.prefix}${f}`);
			this.files.push({family, out: new NewFile(path, BUFFER), count: 0, number: f});
			this.byFamily.set(family, f);
		}
		return this.files[f]!;
	}

	private push(file: FamilyFile, rank: number, order: number, at: number): void {
		this.family.push(file.number);
		this.local.push(file.count++);
		this.rank.push(rank);
		this.order.push(order);
		this.at.push(at);
	}

	/**
	 * The families, one at a time, each with its mentions in linking order and
	 * their places in the corpus's (what familyGroups gives), the largest
	 * family first (then as familyGroups orders them: first seen in linking
	 * order). A family's file is read when its turn comes and removed once read.
	 *
	 * Largest first because families are linked apart (their events are
	 * numbered once all have come, numberEvents), so the order changes
	 * nothing in the dataset, but the link worker's heap is at its largest
	 * while the largest family is linked: done first, that is while the
	 * second pass is still building its indexes, not at its end, when the
	 * main thread holds the most (the ingest's peak of memory).
	 */
	*families(calendar?: Calendar): Generator<FamilyMentions> {
		for (const file of this.files) file.out.close();
		const n = this.family.length;
		// withCorpusYears, a mention at a time: a yearless date read against the corpus's median day.
		const dated = calendar && this.yearless.size > 0 ? yearlessDating(this.days, calendar) : null;
		// A copy: yearless mentions get their rank once dated, below.
		const rank = Uint8Array.from(this.rank.view());
		if (dated)
			for (const [k, m] of this.yearless) {
				// Dated, it is a new mention (its date read against the median day); else it keeps its own, and its rank.
				const probe = {yearless: m.yearless} as Mention;
				const out = dated(probe);
				if (out !== probe) rank[k] = specificity(out);
			}
		const ordered = specificityOrder(rank, this.order.view(), this.at.view());
		// Each family's mentions (by number) in linking order, and their places in it.
		const family = this.family.view();
		const lists = this.files.map(() => ({numbers: [] as number[], places: [] as number[]}));
		const turn: number[] = [];
		for (let place = 0; place < n; place++) {
			const k = ordered[place]!;
			const f = family[k]!;
			if (lists[f]!.numbers.length === 0) turn.push(f);
			lists[f]!.numbers.push(k);
			lists[f]!.places.push(place);
		}
		// Stable: equal sizes keep their turn.
		turn.sort((a, b) => lists[b]!.numbers.length - lists[a]!.numbers.length);
		const local = this.local.view();
		const orders = this.order.view();
		for (const f of turn) {
			const {numbers, places} = lists[f]!;
			lists[f] = {numbers: [], places: []};
			// Read in a call of its own: the file's mentions as read are not held in this suspended
			// frame, so once the caller lets the group go (link-worker.ts linkSpill), they are garbage.
			yield {family: this.files[f]!.family, mentions: this.read(this.files[f]!, numbers, local, orders, dated), places};
		}
	}

	/**
	 * A family's mentions from its file, in the order of `numbers` (mention numbers; `local`: each one's place in
	 * its file), each with its corpus order (`orders`; a record's JSON holds its article's, addRecord).
	 */
	private read(file: FamilyFile, numbers: readonly number[], local: Uint32Array, orders: Float64Array, dated: ((m: Mention) => Mention) | null): Mention[] {
		// Read from JSON, each with copies of its values: shared, they are held once while linking.
		const pool = new MentionPool();
		const read: Mention[] = new Array(file.count);
		let i = 0;
		for (const line of readLineBytes(file.out.path)) {
			const m = pool.share(JSON.parse(line.buf.toString('utf8', line.start, line.end)) as Mention);
			read[i++] = dated ? dated(m) : m;
		}
		if (i !== file.count) throw new Error(`the ${file.family} mentions' file holds ${i} of its ${file.count}`);
		rmSync(file.out.path, {force: true});
		return numbers.map(k => {
			const m = read[local[k]!]!;
			// A whole number as JSON.parse gives it (a small integer), not a double from the array: the linker reads
			// every mention's fields, and a field that holds doubles in some mentions and integers in others changes their shape.
			const order = orders[k]!;
			m.order = order === (order | 0) ? order | 0 : order;
			return m;
		});
	}

	/** Closes and removes every file (after families(), or when linking failed). */
	remove(): void {
		for (const file of this.files) {
			file.out.abandon();
			rmSync(file.out.path, {force: true});
		}
	}
}

// JSON of records with their keys in sorted order, written as UTF-8 straight
// from the records by a walk of the schema's plan (schema-order.ts), each
// object kind's keys sorted once, when the plan is made, never at run time.
// It replaces "copy each record with its keys sorted, JSON.stringify the copy,
// keep the text, let the sink turn it into UTF-8 in 64 KB pieces": the copies
// were 170k objects at 1k articles made to be read once, and the text 58 MB of
// UTF-16. 1k dataset, one process, old and new interleaved, CPU ms (machine
// under load ~10): serialise 250-295 and sink 43-57 before; 200-250 and 0 after.
//
// The bytes are JSON.stringify's for the sorted copy, for any value: what the
// compiled path does not expect (an object with a key its kind does not list,
// or one set to undefined, a class instance, an object where the schema has a
// string, a function) is written by that very copy and JSON.stringify
// (`generic`), the bytes written for the record so far taken back first.
// A string goes between quotes as it is, encoded here, unless it holds a
// quote, a backslash, a control character or a surrogate half: those are
// JSON.stringify's (which escapes lone surrogates and keeps pairs).
// tests/perf/serialise.test.ts compares every path with the old serializer.
import type {Plan} from './schema-order.js';

/**
 * Longer strings (sentence texts) are checked by one RegExp test and encoded
 * by Node's UTF-8 writer; shorter ones (ids, names, enums) by the loop below,
 * where a native call costs more than the characters (1k dataset, same
 * process: all by the loop 250-260 ms with the rest of the writer, this split
 * 220-240).
 */
const LONG = 32;
/** Needs JSON.stringify's escaping: a quote, a backslash, a control character, a surrogate half (paired or not). */
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;
/** Output slabs: large enough that a write is one system call, small enough to write between yields. */
const SLAB = 1 << 20;
/**
 * Bytes up to this long (the bits of a worker's article between its spliced
 * events) are copied into the slab; longer ones (most of an article) stay the
 * worker's buffer, a chunk of their own, not copied: 290 MB at 5k articles.
 */
const COPY_MAX = 1 << 12;

/**
 * UTF-8 output in slabs. A record (`begin()` to the next) is never split
 * between two slabs, so a writer can take back what it wrote of the record
 * (`mark`/`back`), and every chunk is whole UTF-8.
 */
export class JsonOut {
	private readonly chunks: Uint8Array[] = [];
	buf: Buffer = Buffer.allocUnsafeSlow(SLAB);
	pos = 0;
	/** Where the current record starts: bytes before it are final. */
	private start = 0;

	/** A record starts here (what was written before it is final). */
	begin(): void {
		if (this.pos >= SLAB) this.close();
		this.start = this.pos;
	}

	/** Room for n more bytes; the record so far moves to a new slab when the current one is full. */
	room(n: number): void {
		if (this.pos + n <= this.buf.length) return;
		const kept = this.pos - this.start;
		const next = Buffer.allocUnsafeSlow(Math.max(SLAB, 2 * (kept + n)));
		this.buf.copy(next, 0, this.start, this.pos);
		if (this.start > 0) this.chunks.push(this.buf.subarray(0, this.start));
		this.buf = next;
		this.start = 0;
		this.pos = kept;
	}

	/** Where the record stands, to come back to (valid until the next begin()). */
	mark(): number {
		return this.pos - this.start;
	}

	back(mark: number): void {
		this.pos = this.start + mark;
	}

	byte(c: number): void {
		this.room(1);
		this.buf[this.pos++] = c;
	}

	/** ASCII bytes (punctuation, `"key":`), copied byte by byte: they are short. */
	ascii(bytes: Uint8Array): void {
		const n = bytes.length;
		this.room(n);
		const b = this.buf;
		let p = this.pos;
		for (let i = 0; i < n; i++) b[p++] = bytes[i]!;
		this.pos = p;
	}

	/** Any text, as UTF-8 (the generic path's JSON). */
	text(s: string): void {
		this.room(s.length * 3);
		this.pos += this.buf.write(s, this.pos);
	}

	/** A JSON string. */
	string(s: string): void {
		const n = s.length;
		if (n > LONG) {
			if (NEEDS_ESCAPE.test(s)) {
				this.text(JSON.stringify(s));
				return;
			}
			this.room(3 * n + 2);
			const b = this.buf;
			b[this.pos++] = 34;
			this.pos += b.write(s, this.pos);
			b[this.pos++] = 34;
			return;
		}
		// A UTF-16 unit is at most three bytes (a surrogate pair, two units, is four); two quotes.
		this.room(3 * n + 2);
		const b = this.buf;
		let p = this.pos;
		b[p++] = 34;
		for (let i = 0; i < n; i++) {
			const c = s.charCodeAt(i);
			if (c < 0x80) {
				if (c < 0x20 || c === 34 || c === 92) {
					this.text(JSON.stringify(s));
					return;
				}
				b[p++] = c;
			} else if (c < 0x800) {
				b[p++] = 0xc0 | (c >> 6);
				b[p++] = 0x80 | (c & 63);
			} else if (c >= 0xd800 && c <= 0xdfff) {
				this.text(JSON.stringify(s));
				return;
			} else {
				b[p++] = 0xe0 | (c >> 12);
				b[p++] = 0x80 | ((c >> 6) & 63);
				b[p++] = 0x80 | (c & 63);
			}
		}
		b[p++] = 34;
		this.pos = p;
	}

	/** A JSON number: ToString's for a finite one (digits written here for small whole ones), null otherwise. */
	number(v: number): void {
		if (v >= 0 && v < 0x40000000 && (v | 0) === v) {
			this.room(10);
			const b = this.buf;
			if (v < 10) {
				b[this.pos++] = 48 + v;
				return;
			}
			let digits = 1;
			for (let x = v; x >= 10; x = (x / 10) | 0) digits++;
			let p = this.pos + digits;
			this.pos = p;
			for (let x = v; x > 0; x = (x / 10) | 0) b[--p] = 48 + (x % 10);
			return;
		}
		this.text(Number.isFinite(v) ? `${v}` : 'null');
	}

	/** Bytes as they are (a parse worker's article): a small piece copied, a large one its own chunk. */
	bytes(piece: Uint8Array): void {
		if (piece.length <= COPY_MAX) {
			this.room(piece.length);
			this.buf.set(piece, this.pos);
			this.pos += piece.length;
			return;
		}
		this.close();
		this.chunks.push(piece);
	}

	/** What is written ends a chunk; the rest of the slab is written on. */
	private close(): void {
		if (this.pos > 0) this.chunks.push(this.buf.subarray(0, this.pos));
		this.buf = this.buf.length - this.pos >= SLAB / 4 ? this.buf.subarray(this.pos) : Buffer.allocUnsafeSlow(SLAB);
		this.pos = 0;
		this.start = 0;
	}

	/** Every chunk, in order. */
	done(): Uint8Array[] {
		this.close();
		return this.chunks;
	}
}

/** Writes a value's JSON; false, having written nothing, where JSON.stringify writes nothing (undefined, a function, a symbol). */
export type Write = (out: JsonOut, value: unknown) => boolean;

/** The generic sorted copy, for what the compiled writers do not fit: one sort per distinct key list. */
export function withSortedKeys(value: unknown, orders: Map<string, string[]> = new Map()): unknown {
	if (typeof value !== 'object' || value === null) return value;
	if (Array.isArray(value)) return value.map(v => withSortedKeys(v, orders));
	const record = value as Record<string, unknown>;
	const keys = Object.keys(record);
	// JSON of the list, not a join: no separator can tell ['a\u0000b'] from ['a', 'b'], nor [''] from [].
	const shape = JSON.stringify(keys);
	let sorted = orders.get(shape);
	if (!sorted) orders.set(shape, (sorted = keys.sort()));
	const out: Record<string, unknown> = {};
	for (const k of sorted) out[k] = withSortedKeys(record[k], orders);
	return out;
}

/** JSON.stringify of the sorted copy: what every writer's output is, for any value. */
export const writeGeneric: Write = (out, value) => {
	const text = JSON.stringify(withSortedKeys(value));
	if (text === undefined) return false;
	out.text(text);
	return true;
};

const NULL = Buffer.from('null');
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');

/** Any value where the schema has a string, number, enum, literal: primitives here, anything else generically. */
export const writeLeaf: Write = (out, value) => {
	switch (typeof value) {
		case 'string':
			out.string(value);
			return true;
		case 'number':
			out.number(value);
			return true;
		case 'boolean':
			out.ascii(value ? TRUE : FALSE);
			return true;
		default:
			if (value !== null) return writeGeneric(out, value);
			out.ascii(NULL);
			return true;
	}
};

/**
 * A plan made ready to write by: an object's keys sorted, with their
 * `"key":` bytes. One class, so every node has one shape.
 */
class Node {
	constructor(
		/** 0: a leaf, 1: a list, 2: an object. */
		readonly kind: 0 | 1 | 2,
		readonly item: Node | null,
		readonly keys: string[],
		readonly heads: Uint8Array[],
		readonly commaHeads: Uint8Array[],
		readonly fields: Node[],
	) {}
}

const LEAF_NODE = new Node(0, null, [], [], [], []);

function nodeOf(plan: Plan): Node {
	if (plan.kind === 'leaf') return LEAF_NODE;
	if (plan.kind === 'array') return new Node(1, nodeOf(plan.item), [], [], [], []);
	const fields = [...plan.fields].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const keys = fields.map(f => f.key);
	return new Node(
		2,
		null,
		keys,
		keys.map(k => Buffer.from(`${JSON.stringify(k)}:`)),
		keys.map(k => Buffer.from(`,${JSON.stringify(k)}:`)),
		fields.map(f => nodeOf(f.plan)),
	);
}

// The writer walks the plan instead of being generated from it: a function per
// record kind (what the copiers were) costs V8 a compilation each, in a run
// that writes the dataset once; on the 1k corpus generated writers spent more
// time unoptimised, waiting for 100-300 ms compilations, than these few small
// functions spend reading keys whatever the object's shape.

/** Any value as `node` says: primitives as they are, wherever they stand; an object or a list the plan does not expect, generically. */
function writeValue(out: JsonOut, v: unknown, node: Node): boolean {
	if (typeof v === 'string') {
		out.string(v);
		return true;
	}
	if (typeof v === 'number') {
		out.number(v);
		return true;
	}
	if (typeof v !== 'object' || v === null) return writeLeaf(out, v);
	if (node.kind === 2)
		return Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype ? writeGeneric(out, v) : writeObject(out, v as Record<string, unknown>, node);
	if (node.kind === 1 && Array.isArray(v)) return writeList(out, v, node.item!);
	return writeGeneric(out, v);
}

function writeList(out: JsonOut, list: unknown[], item: Node): boolean {
	const n = list.length;
	out.byte(91);
	for (let i = 0; i < n; i++) {
		if (i > 0) out.byte(44);
		// An element JSON cannot write (undefined, a hole, a function) is null, as JSON.stringify has it.
		if (!writeValue(out, list[i], item)) out.ascii(NULL);
	}
	out.byte(93);
	return true;
}

/**
 * The keys in sorted order, each read once. An own key the kind does not
 * list, or one set to undefined (the count of own keys is not the count
 * written), or a value JSON leaves out (a function): what was written is taken
 * back and the sorted copy written instead, as the old serializer wrote it.
 */
function writeObject(out: JsonOut, o: Record<string, unknown>, node: Node): boolean {
	const {keys, fields} = node;
	const at = out.mark();
	out.byte(123);
	let written = 0;
	for (let i = 0; i < keys.length; i++) {
		const v = o[keys[i]!];
		if (v === undefined) continue;
		out.ascii(written === 0 ? node.heads[i]! : node.commaHeads[i]!);
		written++;
		if (!writeValue(out, v, fields[i]!)) {
			out.back(at);
			return writeGeneric(out, o);
		}
	}
	let own = 0;
	for (const _ in o) own++;
	if (own !== written) {
		out.back(at);
		return writeGeneric(out, o);
	}
	out.byte(125);
	return true;
}

/** The writer of a plan (schema-order.ts): objects' keys in sorted order. */
export function writerOf(plan: Plan): Write {
	const node = nodeOf(plan);
	return (out, value) => writeValue(out, value, node);
}

/** One value's JSON text through a writer (for callers that want a string: a worker's article, tests). */
export function jsonText(write: Write, value: unknown): string | undefined {
	const out = new JsonOut();
	out.begin();
	if (!write(out, value)) return undefined;
	return Buffer.concat(out.done()).toString('utf8');
}

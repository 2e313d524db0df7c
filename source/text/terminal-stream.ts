// The output layer's guard: every text written to a stream a person reads
// passes through the display sanitiser, whoever wrote it (a table, an id list,
// CSV on a terminal, a did-you-mean suggestion that quotes a crafted id, a
// parse error that quotes a file). Making it a property of the stream, not of
// each caller, is what keeps a new message or format from forgetting it.
//
// - stdout is guarded when it is a terminal; on a pipe or in a file the bytes
//   are data (CSV, ids for `--ids -`) and stay exact. JSON and NDJSON escape
//   controls themselves (export/json-text.ts), so they are safe either way.
// - stderr is guarded always: it holds messages, and a log that replays an
//   escape sequence on `cat` is an injection too.
// - The tool's own control sequences (the progress line's \r and erase) go
//   through writeControl(), the one way around the guard.
import {sanitizeLines} from './sanitize.js';

const raw = Symbol('unguarded write');

type Writable = {write(chunk: string | Uint8Array, ...rest: unknown[]): unknown};

/** A view of `stream` whose text writes are sanitised (line feeds kept). Bytes pass unchanged. */
export function guardTerminal<T extends Writable>(stream: T, options: {always?: boolean} = {}): T {
	if ((stream as {[raw]?: unknown})[raw]) return stream;
	const guarded = options.always || Boolean((stream as {isTTY?: boolean}).isTTY);
	if (!guarded) return stream;
	const write = (chunk: string | Uint8Array, ...rest: unknown[]) => stream.write(typeof chunk === 'string' ? sanitizeLines(chunk) : chunk, ...rest);
	return new Proxy(stream, {
		get(target, key) {
			if (key === 'write') return write;
			if (key === raw) return (text: string) => target.write(text);
			const value = Reflect.get(target, key, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
}

/** Writes the tool's own control sequence (never text from input) past the guard. */
export function writeControl(stream: {write(chunk: string): unknown}, sequence: string): void {
	const unguarded = (stream as {[raw]?: (text: string) => unknown})[raw];
	if (unguarded) unguarded(sequence);
	else stream.write(sequence);
}

// Bracketed paste: with mode 2004 on, the terminal wraps pasted text in
// ESC[200~ … ESC[201~. Pasted text must never act as keys (a pasted "q" would
// quit), so it is taken out of the stream before Ink parses keys, and handed
// to the app as text, which only the search line and the export prompt accept.
import {EventEmitter} from 'node:events';
import {PassThrough} from 'node:stream';

export const PASTE_ON = '\u001B[?2004h';
export const PASTE_OFF = '\u001B[?2004l';
const START = '\u001B[200~';
const END = '\u001B[201~';

/**
 * Splits a stream of terminal input into keys and pastes. Stateful across
 * chunks: a paste (or its markers) may be split over several reads. Pure
 * apart from its own buffer, so it is tested on its own.
 */
export class PasteSplitter {
	private pasting = false;
	private pending = '';

	/** Feed one chunk; returns the key input to pass on and the pastes completed. */
	push(chunk: string): {keys: string; pastes: string[]} {
		let text = this.pending + chunk;
		this.pending = '';
		let keys = '';
		const pastes: string[] = [];
		for (;;) {
			const marker = this.pasting ? END : START;
			const at = text.indexOf(marker);
			if (at < 0) {
				// Keep a possible partial marker at the end for the next chunk.
				const keep = partialSuffix(text, marker);
				const body = text.slice(0, text.length - keep);
				if (this.pasting) this.pending = text;
				else {
					keys += body;
					this.pending = text.slice(body.length);
				}
				break;
			}
			if (this.pasting) {
				pastes.push(text.slice(0, at));
				this.pasting = false;
			} else {
				keys += text.slice(0, at);
				this.pasting = true;
			}
			text = text.slice(at + marker.length);
		}
		return {keys, pastes};
	}

	/**
	 * Key input held back as a possible start of a paste marker. A lone Esc is
	 * such a start: the caller flushes it when no more input follows at once.
	 */
	flush(): string {
		if (this.pasting) return '';
		const held = this.pending;
		this.pending = '';
		return held;
	}
}

function partialSuffix(text: string, marker: string): number {
	for (let n = Math.min(marker.length - 1, text.length); n > 0; n--) {
		if (marker.startsWith(text.slice(text.length - n))) return n;
	}
	return 0;
}

/**
 * A stand-in for process.stdin that Ink reads keys from, with pastes removed
 * and emitted as 'paste' events instead. Raw mode and ref counting go to the
 * real terminal.
 */
export function pasteFilteredStdin(stdin: NodeJS.ReadStream): {stream: NodeJS.ReadStream; pastes: EventEmitter; detach(): void} {
	const splitter = new PasteSplitter();
	const pastes = new EventEmitter();
	const stream = new PassThrough({encoding: 'utf8'}) as unknown as NodeJS.ReadStream & PassThrough;
	Object.assign(stream, {
		isTTY: stdin.isTTY,
		setRawMode(mode: boolean) {
			stdin.setRawMode?.(mode);
			return stream;
		},
		ref() {
			stdin.ref();
			return stream;
		},
		unref() {
			stdin.unref();
			return stream;
		},
	});
	let timer: NodeJS.Timeout | undefined;
	const onData = (data: Buffer | string) => {
		clearTimeout(timer);
		const {keys, pastes: done} = splitter.push(typeof data === 'string' ? data : data.toString('utf8'));
		if (keys) stream.write(keys);
		for (const p of done) pastes.emit('paste', p);
		// A marker's bytes come in one write; what is held back after 30 ms is a key (Esc).
		timer = setTimeout(() => {
			const held = splitter.flush();
			if (held) stream.write(held);
		}, 30);
	};
	stdin.on('data', onData);
	return {
		stream,
		pastes,
		detach() {
			clearTimeout(timer);
			stdin.off('data', onData);
			// A flowing stdin keeps the process alive after the explorer has ended.
			stdin.pause();
			stream.end();
		},
	};
}

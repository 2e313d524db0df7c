// Runs the CLI in this process (runMain, the function the binary calls) with
// captured streams, so the hostile property test can afford 100,000 cases: a
// spawned node costs ~150 ms, a call here well under a millisecond for a
// small dataset. `tty` makes the captured stdout and stderr claim to be a
// terminal, which is what decides table vs json and the terminal guard.
import {Readable, Writable} from 'node:stream';
import {runMain} from '../../source/commands/run.js';
import type {Io} from '../../source/commands/context.js';

export type Captured = {code: number; stdout: string; stderr: string; threw?: unknown};

class Capture extends Writable {
	text = '';
	isTTY: boolean;
	columns: number | undefined;
	rows: number | undefined;
	constructor(tty: boolean) {
		super({decodeStrings: false});
		this.isTTY = tty;
		this.columns = tty ? 100 : undefined;
		this.rows = tty ? 30 : undefined;
	}
	override _write(chunk: unknown, _encoding: BufferEncoding, done: () => void) {
		this.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
		done();
	}
}

/** The CLI's whole run (argv as after `crisis-explorer`), never throwing: a throw is reported in `threw`. */
export async function runInProcess(args: string[], options: {tty?: boolean; stdin?: string; env?: NodeJS.ProcessEnv} = {}): Promise<Captured> {
	const stdout = new Capture(Boolean(options.tty));
	const stderr = new Capture(Boolean(options.tty));
	const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) as unknown as NodeJS.ReadStream;
	const io: Io = {
		stdin,
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: stderr as unknown as NodeJS.WriteStream,
		env: {NO_COLOR: '1', ...options.env},
	};
	try {
		const code = await runMain(args, io, import.meta);
		return {code, stdout: stdout.text, stderr: stderr.text};
	} catch (threw) {
		return {code: -1, stdout: stdout.text, stderr: stderr.text, threw};
	}
}

// Runs the built CLI in a pseudo-terminal and reads its screen through a
// headless xterm, the way a person would see it. Raw output bytes are kept
// too, so tests can assert on escape sequences (alternate screen, cursor,
// and the absence of OSC 52 / OSC 8 from untrusted text).
import {spawn, type IPty} from 'node-pty';
import xterm from '@xterm/headless';

const {Terminal} = xterm;

export type PtyOptions = {
	cols?: number;
	rows?: number;
	cwd?: string;
	env?: Record<string, string | undefined>;
	command?: string /** Script run by node; default dist/cli.js. */;
	script?: string;
};

export type PtySession = {
	pty: IPty;
	/** Everything the program wrote, as received. */
	raw(): string;
	screenLines(): string[];
	screen(): string;
	/** Screen rows the terminal wrapped onto from the row above (a frame line wider than the terminal). */
	wrappedRows(): number[];
	/** Each screen row as its cells' characters, one entry per column ('' for the right half of a wide character). */
	cellRows(): string[][];
	waitForText(text: string | RegExp, timeout?: number): Promise<void>;
	waitForExit(timeout?: number): Promise<number>;
	sendKeys(...keys: string[]): Promise<void>;
	resize(cols: number, rows: number): Promise<void>;
	exitCode(): number | null;
	kill(signal?: string): void;
};

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	backspace: '\u007F',
	ctrlC: '\u0003',
	pageDown: '\u001B[6~',
};

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

export function startCli(args: string[], options: PtyOptions = {}): PtySession {
	const cols = options.cols ?? 100;
	const rows = options.rows ?? 30;
	// Ink draws only the last frame when CI is set: the app under test must not see
	// the runner's (the bundle turns CI mode off; a test that wants CI passes it).
	const env: Record<string, string> = {};
	for (const [k, v] of Object.entries({...process.env, TERM: 'xterm-256color'})) {
		if (v !== undefined && k !== 'CI' && !k.startsWith('VITEST') && k !== 'GITHUB_ACTIONS') env[k] = v;
	}
	for (const [k, v] of Object.entries(options.env ?? {})) {
		if (v === undefined) delete env[k];
		else env[k] = v;
	}
	const term = new Terminal({cols, rows, allowProposedApi: true});
	const pty = spawn(options.command ?? process.execPath, options.command ? args : [options.script ?? 'dist/cli.js', ...args], {
		name: env.TERM,
		cols,
		rows,
		cwd: options.cwd ?? process.cwd(),
		env,
	});
	let raw = '';
	let code: number | null = null;
	let pending = Promise.resolve();
	pty.onData(data => {
		raw += data;
		pending = pending.then(() => new Promise<void>(resolve => term.write(data, resolve)));
	});
	const exited = new Promise<number>(resolve => {
		pty.onExit(({exitCode}) => {
			code = exitCode;
			resolve(exitCode);
		});
	});

	const screenLines = () => {
		const buffer = term.buffer.active;
		const lines: string[] = [];
		for (let i = 0; i < term.rows; i++) lines.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
		return lines;
	};

	const session: PtySession = {
		pty,
		raw: () => raw,
		screenLines,
		screen: () => screenLines().join('\n'),
		cellRows() {
			const buffer = term.buffer.active;
			const rows: string[][] = [];
			for (let i = 0; i < term.rows; i++) {
				const line = buffer.getLine(buffer.viewportY + i);
				const cells: string[] = [];
				for (let x = 0; x < term.cols; x++) cells.push(line?.getCell(x)?.getChars() ?? '');
				rows.push(cells);
			}
			return rows;
		},
		wrappedRows() {
			const buffer = term.buffer.active;
			const rows: number[] = [];
			for (let i = 0; i < term.rows; i++) if (buffer.getLine(buffer.viewportY + i)?.isWrapped) rows.push(i);
			return rows;
		},
		async waitForText(text, timeout = 5000) {
			const deadline = Date.now() + timeout;
			for (;;) {
				await pending;
				const screen = screenLines().join('\n');
				if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return;
				if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen:\n${screen}`);
				await sleep(40);
			}
		},
		async waitForExit(timeout = 5000) {
			const result = await Promise.race([exited, sleep(timeout).then(() => null)]);
			if (result === null) throw new Error(`process did not exit; screen:\n${screenLines().join('\n')}`);
			await pending;
			return result;
		},
		async sendKeys(...sequence) {
			for (const key of sequence) {
				pty.write(key);
				await sleep(60);
			}
			await pending;
		},
		async resize(newCols, newRows) {
			pty.resize(newCols, newRows);
			term.resize(newCols, newRows);
			await sleep(150);
			await pending;
		},
		exitCode: () => code,
		kill(signal) {
			if (code === null) pty.kill(signal);
		},
	};
	return session;
}

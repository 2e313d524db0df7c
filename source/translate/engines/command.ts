// Any program as an engine: it is started once a batch (through the shell, so
// `--command 'python3 argos.py --quiet'` works), gets one JSON line
// {id, text, from, to} a sentence on standard input, closed after the last,
// and writes one {id, text} line a sentence on standard output, in any order.
// A sentence whose line is missing or malformed fails alone; a program that
// answers nothing at all and exits non-zero fails the batch (retried).
import {spawn} from 'node:child_process';
import {brief, EngineFailure, type Engine, type ItemResult, type TranslateItem} from '../engine.js';

export type CommandOptions = {command: string; model?: string | null; env?: NodeJS.ProcessEnv};

type Outcome = {stdout: string; stderr: string; code: number | null; signal: NodeJS.Signals | null};

function run(command: string, input: string, signal: AbortSignal, env: NodeJS.ProcessEnv | undefined): Promise<Outcome> {
	return new Promise((resolve, reject) => {
		// Its own process group, so a timeout ends a shell's children too.
		const child = spawn(command, {shell: true, stdio: ['pipe', 'pipe', 'pipe'], env, detached: process.platform !== 'win32'});
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		let errBytes = 0;
		const kill = () => {
			try {
				if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGTERM');
				else child.kill('SIGTERM');
			} catch {
				// Already gone.
			}
		};
		signal.addEventListener('abort', kill, {once: true});
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => {
			// Only the start of a chatty program's log is kept for the message.
			if (errBytes < 4096) err.push(chunk);
			errBytes += chunk.length;
		});
		// A program that exits without reading everything closes the pipe: its answer (or exit code) says what happened.
		child.stdin.on('error', () => {});
		child.on('error', error => {
			signal.removeEventListener('abort', kill);
			reject(new EngineFailure(`cannot run the command: ${error.message}`, false));
		});
		child.on('close', (code, sig) => {
			signal.removeEventListener('abort', kill);
			resolve({stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code, signal: sig});
		});
		child.stdin.end(input);
	});
}

/** {id, text} lines by id; lines that are not such objects are counted, not thrown. */
export function parseAnswerLines(stdout: string): {byId: Map<string, string>; malformed: number} {
	const byId = new Map<string, string>();
	let malformed = 0;
	for (const line of stdout.split(/\r?\n/)) {
		if (line.trim() === '') continue;
		try {
			const value = JSON.parse(line) as {id?: unknown; text?: unknown};
			if (typeof value?.id === 'string' && typeof value.text === 'string' && value.text.trim() !== '') byId.set(value.id, value.text);
			else malformed++;
		} catch {
			malformed++;
		}
	}
	return {byId, malformed};
}

export function commandEngine(options: CommandOptions): Engine {
	return {
		name: 'command',
		model: options.model ?? options.command,
		defaultBatch: 50,
		async translate(items: TranslateItem[], signal: AbortSignal): Promise<ItemResult[]> {
			const input = items.map(({id, text, from, to}) => `${JSON.stringify({id, text, from, to})}\n`).join('');
			const outcome = await run(options.command, input, signal, options.env);
			const {byId, malformed} = parseAnswerLines(outcome.stdout);
			// Ended by a timeout or a stop: an answer that came whole before the end still counts.
			if (signal.aborted && byId.size < items.length) throw new EngineFailure('aborted');
			const exit = outcome.code === 0 ? '' : outcome.signal ? `killed by ${outcome.signal}` : `exit code ${outcome.code}`;
			const why = [exit, brief(outcome.stderr, 100)].filter(Boolean).join(': ');
			if (byId.size === 0 && exit) throw new EngineFailure(`the command failed (${why})`);
			return items.map(item => {
				const text = byId.get(item.id);
				if (text !== undefined) return {text};
				const reasons = [malformed > 0 ? `${malformed} malformed line${malformed === 1 ? '' : 's'}` : '', exit].filter(Boolean).join(', ');
				return {error: `the command gave no answer line for this sentence${reasons ? ` (${reasons})` : ''}`};
			});
		},
	};
}

// `npx tsx bench/tasks/explorer-walk.ts DATA`: issue 7's acceptance check 2 as a
// person would do it, in a pseudo-terminal on the bundled CLI: the first frame,
// `/` and ستولتنبرج typed a key at a time (80 ms apart) until the results name
// Jens Stoltenberg, then Esc, the Sources tab, Enter on the first outlet and 200
// cursor moves through its sentences. Prints one JSON line with the timings.
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {spawn} from 'node-pty';
import {cleanEnv} from '../lib/pty.js';
import {percentile} from '../lib/stats.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const data = process.argv[2] ?? join(root, 'data', 'dataset.json');
const cli = join(root, 'dist', 'cli.js');
const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

const started = performance.now();
const child = spawn(process.execPath, [cli, '--data', data], {name: 'xterm-256color', cols: 120, rows: 40, cwd: root, env: cleanEnv()});
let out = '';
child.onData(d => {
	out += d;
});
const screen = () => out.replace(ANSI, '');
async function waitFor(re: RegExp, timeout = 120_000): Promise<RegExpExecArray> {
	const start = performance.now();
	for (;;) {
		const m = re.exec(screen());
		if (m) return m;
		if (performance.now() - start > timeout) throw new Error(`no ${re} within ${timeout} ms: ${screen().slice(-400)}`);
		await sleep(1);
	}
}

try {
	await waitFor(/Days/);
	const firstFrameMs = performance.now() - started;
	out = '';
	child.write('/');
	await waitFor(/Search —/);
	const typedAt = performance.now();
	let lastKeyAt = 0;
	const name = [...'ستولتنبرج'];
	for (const [i, ch] of name.entries()) {
		// Only frames drawn after the last key count as its results.
		if (i === name.length - 1) out = '';
		lastKeyAt = performance.now();
		child.write(ch);
		await sleep(80);
	}
	const found = await waitFor(/(\d[\d,]*(?: shown of (?:up to )?[\d,]+)?) matches: ([^\n—]*)[^\n]*[\s\S]*Jens Stoltenberg/, 30_000);
	const searchMs = performance.now() - typedAt;
	const afterLastKeyMs = performance.now() - lastKeyAt;
	child.write('\u001B');
	await sleep(300);
	out = '';
	child.write('3');
	await waitFor(/Sources › /);
	await sleep(200);
	out = '';
	child.write('\r');
	const total = Number((await waitFor(/ 1\/(\d+)\s*$/m))[1]);
	const moves: number[] = [];
	for (let i = 2; i <= Math.min(201, total); i++) {
		out = '';
		const a = performance.now();
		child.write('j');
		await waitFor(new RegExp(` ${i}/${total}\\b`), 10_000);
		moves.push(performance.now() - a);
	}
	console.log(
		JSON.stringify({
			data,
			firstFrameMs: Math.round(firstFrameMs),
			search: {typedMs: Math.round(searchMs), afterLastKeyMs: Math.round(afterLastKeyMs), summary: `${found[1]} matches: ${found[2]!.trim()}`},
			cursor: {
				items: total,
				moves: moves.length,
				p50: Math.round(percentile(moves, 50)),
				p95: Math.round(percentile(moves, 95)),
				max: Math.round(Math.max(...moves)),
			},
		}),
	);
} finally {
	child.kill();
}
process.exit(0);

// Writes tests/e2e/browse-capture.txt: the browse screen at 100×30 as a new
// user first sees it, for the README. Run after building:
//   npx tsx tests/e2e/capture-browse.ts [--data FILE] [--script dist/cli.js]
import {writeFileSync} from 'node:fs';
import {startCli} from './pty-harness.js';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const session = startCli(['--data', option('--data', 'data/dataset.json') ?? 'data/dataset.json', '--bidi', 'on'], {
	cols: 100,
	rows: 30,
	script: option('--script', 'dist/cli.js') ?? 'dist/cli.js',
});
try {
	await session.waitForText('Actors ›', 10_000);
	const lines = session.screenLines().map(line => line.trimEnd());
	writeFileSync('tests/e2e/browse-capture.txt', `${lines.join('\n').trimEnd()}\n`);
	console.log(lines.join('\n'));
} finally {
	session.kill();
}
process.exit(0);

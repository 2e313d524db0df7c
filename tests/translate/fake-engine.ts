// A fake translation program the tests write and run through --command: it
// answers each {id, text} line with "EN: " + text (or FAKE_PREFIX + text), and logs every call (the
// ids it received, then "done" when it has answered) so a test can count
// what was sent. FAKE_SLEEP_MS makes it slow (to kill a run half-way);
// FAKE_DROP and FAKE_GARBAGE (regexes of ids) leave a sentence's line out or
// answer it with a line that is not JSON; FAKE_FAIL exits 1 without a word.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const SCRIPT = `
const fs = require('node:fs');
const log = process.env.FAKE_LOG;
const input = fs.readFileSync(0, 'utf8').split('\\n').filter(Boolean).map(l => JSON.parse(l));
const call = Date.now() + '-' + process.pid;
if (log) fs.appendFileSync(log, JSON.stringify({call, ids: input.map(i => i.id)}) + '\\n');
if (process.env.FAKE_FAIL) process.exit(1);
const drop = process.env.FAKE_DROP ? new RegExp(process.env.FAKE_DROP) : null;
const garbage = process.env.FAKE_GARBAGE ? new RegExp(process.env.FAKE_GARBAGE) : null;
setTimeout(() => {
  let out = '';
  for (const item of input) {
    if (drop && drop.test(item.id)) continue;
    if (garbage && garbage.test(item.id)) { out += 'not json for ' + item.id + '\\n'; continue; }
    out += JSON.stringify({id: item.id, text: (process.env.FAKE_PREFIX || 'EN: ') + item.text}) + '\\n';
  }
  process.stdout.write(out, () => {
    if (log) fs.appendFileSync(log, JSON.stringify({call, done: true}) + '\\n');
  });
}, Number(process.env.FAKE_SLEEP_MS || 0));
`;

export type Fake = {dir: string; script: string; log: string; command: string; calls(): Array<{ids: string[]; done: boolean}>; sent(): string[]};

export function writeFake(): Fake {
	const dir = mkdtempSync(join(tmpdir(), 'ce-fake-engine-'));
	const script = join(dir, 'fake-translate.cjs');
	writeFileSync(script, SCRIPT);
	const log = join(dir, 'calls.ndjson');
	const calls = () => {
		let text = '';
		try {
			text = readFileSync(log, 'utf8');
		} catch {
			return [];
		}
		const byCall = new Map<string, {ids: string[]; done: boolean}>();
		for (const line of text.split('\n').filter(Boolean)) {
			const entry = JSON.parse(line) as {call: string; ids?: string[]; done?: boolean};
			const c = byCall.get(entry.call) ?? {ids: [], done: false};
			if (entry.ids) c.ids = entry.ids;
			if (entry.done) c.done = true;
			byCall.set(entry.call, c);
		}
		return [...byCall.values()];
	};
	return {
		dir,
		script,
		log, // Unquoted: meow (yargs-parser) strips a value that starts and ends with a quote.
		command: `${process.execPath} ${script}`,
		calls,
		sent: () => calls().flatMap(c => c.ids),
	};
}

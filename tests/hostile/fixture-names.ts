// A dataset whose article file name is an attack (issue 18, point 6): the
// hostile fixture's text (ESC[2J, OSC 52, OSC 8, RLO …) saved under a name
// that sets the terminal's title and clears the screen, beside one seed, and
// ingested in-process.
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {root} from '../cli/helpers.js';
import {hostileDir, hostileFile} from './helpers.js';
import {runInProcess} from './in-process.js';

export const hostileName = 'esc\u001B]0;FNAME\u0007\u001B[2J';

/** Raw controls a terminal would obey (LF, tab and a CR before LF excepted: line structure, CSV's CRLF). */
export const rawControl = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/;

export async function hostileNamedDataset(): Promise<{dir: string; data: string; id: string}> {
	const dir = mkdtempSync(join(tmpdir(), 'ce-h18-names-'));
	const input = join(dir, 'in');
	mkdirSync(input);
	copyFileSync(join(hostileDir, hostileFile), join(input, `${hostileName}.txt`));
	const seed = readdirSync(join(root, 'data', 'raw'))
		.filter(f => f.endsWith('.txt'))
		.sort()[0]!;
	copyFileSync(join(root, 'data', 'raw', seed), join(input, seed));
	const data = join(dir, 'd.json');
	const result = await runInProcess(['ingest', input, '--out', data, '--jobs', '1']);
	if (result.code !== 0) throw new Error(`ingest failed (${result.code}): ${result.stderr}`);
	// The id is the file name made line-safe (issue 18, point 15: control characters as %XX); the file keeps its name.
	const articles = (JSON.parse(readFileSync(data, 'utf8')) as {articles: Array<{id: string; file: string}>}).articles;
	const id = articles.find(a => a.file === `${hostileName}.txt`)?.id;
	if (!id) throw new Error('the hostile article was not ingested');
	return {dir, data, id};
}

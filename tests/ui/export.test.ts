// The explorer's export prompt picks the format from the file name through the
// same registry as --out: every registered extension writes its format, the
// command line the prompt shows writes the same bytes, and a name that picks
// no format is refused with the list of formats.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {FORMAT_NAMES, FORMATS} from '../../source/export/formats/index.js';
import {buildQuery} from '../../source/query/build.js';
import {exportMarked} from '../../source/ui/export.js';
import {readBack} from '../export/format-checks.js';
import {buildCli, cliPath, writeFixture} from '../cli/helpers.js';

let fx: ReturnType<typeof writeFixture>;
let dir: string;
let ids: string[];
beforeAll(() => {
	buildCli();
	fx = writeFixture();
	dir = mkdtempSync(join(tmpdir(), 'ce-prompt-'));
	const [first, , last] = fx.dataset.articles;
	ids = [first!.sentences[1]!.id, ...last!.sentences.map(s => s.id)];
});

const byExtension = FORMATS.flatMap(format => format.extensions.map(extension => [format.name, extension] as const));

describe.each(byExtension)('the prompt with a %s name (%s)', (name, extension) => {
	it('writes that format, the same bytes as the command line it shows', async () => {
		const path = join(dir, `marked-${name}${extension}`);
		const result = await exportMarked({query: buildQuery(fx.dataset), ids, path, filters: {}, dataPath: fx.data});
		expect(result.format).toBe(name);
		expect(result.count).toBe(ids.length);
		expect(await readBack[name](path)).toEqual(ids);
		// Run the shown command (to another file) and compare.
		const again = join(dir, `again-${name}${extension}`);
		expect(result.command).toContain(` --out ${path}`);
		const command = result.command.replace(/^crisis-explorer /, `${process.execPath} ${cliPath} `).replace(` --out ${path}`, ` --out ${again}`);
		const ran = spawnSync('bash', ['-c', command], {encoding: 'utf8'});
		expect(ran.stderr).toBe('');
		expect(readFileSync(again).equals(readFileSync(path))).toBe(true);
	});
});

describe('a name that picks no format', () => {
	it('is refused in one line that lists the formats, and nothing is written', async () => {
		const path = join(dir, 'marked.xlsx');
		const error = await exportMarked({query: buildQuery(fx.dataset), ids, path, filters: {}}).catch((e: Error) => e);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toContain("unknown extension '.xlsx'");
		for (const name of FORMAT_NAMES) expect((error as Error).message).toContain(name);
		expect(existsSync(path)).toBe(false);
	});
});

// The files the build writes beside the bundle for the package: the man page
// (package.json "man") and the dataset's JSON Schema, both generated from the
// code the CLI runs.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {COMMANDS} from '../../source/commands/flags.js';
import {helpText} from '../../source/commands/help.js';
import {manPage} from '../../scripts/man.js';
import {datasetJsonSchema} from '../../scripts/schema.js';
import {buildCli, root} from '../cli/helpers.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {name: string; version: string; man: string[]; exports: Record<string, string>};
const hasMan = spawnSync('man', ['--version']).status === 0;

beforeAll(() => buildCli(), 120_000);

describe('man page', () => {
	it('is where package.json says (an array: npm links only that form on a global install), and is the page made from the current help', () => {
		expect(readFileSync(join(root, pkg.man[0]!), 'utf8')).toBe(manPage(pkg));
	});

	it('has a section for every command and the environment, in roff that does not start a line with a control character', () => {
		const page = manPage({...pkg, description: '.starts with a dot'});
		for (const command of COMMANDS.filter(c => c !== 'help')) expect(page).toContain(`.SS ${command}\n`);
		expect(page).toMatch(/^\.SH SYNOPSIS$/m);
		expect(page).toMatch(/^\.SH ENVIRONMENT$/m);
		expect(page).toContain('\\&.starts with a dot');
		// Minus signs are escaped, so flags copy as ASCII hyphen-minus.
		expect(page).toContain('\\-\\-data');
	});

	it.skipIf(!hasMan)('renders with man(1) to the help text', () => {
		const r = spawnSync('man', ['-l', join(root, pkg.man[0]!)], {
			encoding: 'utf8',
			env: {...process.env, MANWIDTH: '100', MAN_KEEP_FORMATTING: '', PAGER: 'cat'},
		});
		expect(r.status).toBe(0);
		const text = r.stdout.replace(/.\x08/g, '');
		for (const heading of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'COMMANDS', 'ENVIRONMENT', 'EXAMPLES'])
			expect(text).toMatch(new RegExp(`^${heading}$`, 'm'));
		// Every usage line of the help, as the help prints it.
		const usage = helpText()
			.split('\n')
			.filter(line => line.startsWith('  crisis-explorer'));
		for (const line of usage) expect(text).toContain(line.trim());
		expect(text).toContain('CRISIS_EXPLORER_DATA');
	});
});

describe('dataset.schema.json', () => {
	const shipped = () => JSON.parse(readFileSync(join(root, 'dist/dataset.schema.json'), 'utf8')) as Record<string, unknown>;

	it('is exported by the package and is the schema generated from source/dataset/schema.ts', () => {
		expect(pkg.exports['./dataset.schema.json']).toBe('./dist/dataset.schema.json');
		expect(shipped()).toEqual(datasetJsonSchema(pkg));
	});

	it('names the parts of a dataset and requires every top-level key', () => {
		const schema = shipped() as {$schema: string; required: string[]; $defs: Record<string, unknown>; properties: {version: {const: number}}};
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.required).toEqual(['version', 'articles', 'actors', 'organizations', 'places', 'sources', 'events', 'days', 'unresolved']);
		expect(schema.properties.version.const).toBe(1);
		expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Article', 'Sentence', 'Actor', 'Event', 'Day', 'DateRef']));
	});
});

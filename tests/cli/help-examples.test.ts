// Every example the help prints must run: help that lies is worse than none.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildCli, cliPath, root} from './helpers.js';

const commands = ['', 'ingest', 'list', 'show', 'search', 'export', 'compare', 'lexicon', 'translate', 'completion', 'version'];

function examples(command: string): string[] {
	const help = execFileSync(process.execPath, [cliPath, ...(command ? ['help', command] : ['--help'])], {encoding: 'utf8'});
	const section = help.split(/^Examples\s*$/m)[1] ?? '';
	return section
		.split('\n')
		.map(l => l.trim())
		.filter(l => l.startsWith('crisis-explorer '));
}

describe('help examples', () => {
	let nrc = '';
	beforeAll(() => {
		buildCli();
		const events = JSON.parse(execFileSync(process.execPath, [cliPath, 'list', 'events', '--format', 'json'], {encoding: 'utf8'})) as Array<{
			id: string;
			label: string;
		}>;
		nrc = events.find(e => /NATO.Russia Council/.test(e.label))!.id;
	});

	it.each(commands)('every example of `help %s` runs and exits 0', command => {
		const list = examples(command);
		expect(list.length).toBeGreaterThan(0);
		const cwd = mkdtempSync(join(tmpdir(), 'ce-help-'));
		for (const example of list) {
			const line = example
				.replaceAll('<event-id>', nrc)
				.replaceAll('/tmp/', `${cwd}/`)
				.replaceAll('data/raw', join(root, 'data/raw'))
				.replaceAll('crisis-explorer ', `node ${cliPath} `);
			const r = spawnSync('bash', ['-c', line], {cwd, encoding: 'utf8'});
			expect({example, code: r.status, stderr: r.stderr}).toEqual({
				example,
				code: 0,
				stderr: r.stderr.includes('ingested') || r.stderr.startsWith('translate: ') ? r.stderr : '',
			});
		}
	});
});

// `crisis-explorer completion bash|zsh|fish`. The bash script is loaded into a
// real bash and asked what a TAB would offer, the way bash asks it: COMP_LINE,
// COMP_POINT, COMP_WORDS and COMP_CWORD set, then the function registered with
// `complete -F` called. zsh and fish, where installed, check their scripts' syntax.
import {spawnSync} from 'node:child_process';
import {chmodSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {completionScript, completionSpec, shortDescription} from '../../source/commands/completion.js';
import {COMMAND_FLAGS, COMMANDS, FLAG_DEFS, flagLabel} from '../../source/commands/flags.js';
import {buildCli, cliPath, root, run, writeFixture} from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'ce-completion-'));
const bin = join(work, 'bin');
afterAll(() => rmSync(work, {recursive: true, force: true}));

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

beforeAll(() => {
	buildCli();
	// `crisis-explorer` on PATH, for the ids the script asks the tool for.
	spawnSync('mkdir', ['-p', bin]);
	writeFileSync(join(bin, 'crisis-explorer'), `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`);
	chmodSync(join(bin, 'crisis-explorer'), 0o755);
	const r = run(['completion', 'bash']);
	expect(r.code).toBe(0);
	writeFileSync(join(work, 'completion.bash'), r.stdout);
}, 120_000);

/** What bash offers for TAB at the end of `line`, one candidate a line, sorted. */
function bashComplete(line: string): string[] {
	const script = `
source ${JSON.stringify(join(work, 'completion.bash'))}
spec=$(complete -p crisis-explorer) || exit 9
fn=$(sed -E 's/.*-F ([^ ]+).*/\\1/' <<<"$spec")
COMP_LINE=$1
COMP_POINT=\${#COMP_LINE}
# COMP_WORDS as bash splits them (on blanks and COMP_WORDBREAKS' = and :), the cursor in the last.
read -ra COMP_WORDS <<<"$(sed -E 's/([=:])/ \\1 /g' <<<"$COMP_LINE")"
[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')
COMP_CWORD=$((\${#COMP_WORDS[@]} - 1))
COMPREPLY=()
"$fn" crisis-explorer "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\\n' "\${COMPREPLY[@]}"
`;
	const r = spawnSync('bash', ['-c', script, 'complete', line], {cwd: root, encoding: 'utf8', env: {...process.env, PATH: `${bin}:${process.env.PATH}`}});
	expect(r.stderr).toBe('');
	expect(r.status).toBe(0);
	return r.stdout.split('\n').filter(Boolean).sort();
}

describe('bash completion', () => {
	it('completes `crisis-explorer li` to list', () => {
		expect(bashComplete('crisis-explorer li')).toEqual(['list']);
	});

	it('offers every command, and the flags of the command on the line', () => {
		expect(bashComplete('crisis-explorer ')).toEqual([...COMMANDS].sort());
		expect(bashComplete('crisis-explorer export --a')).toEqual(['--actor', '--article']);
		expect(bashComplete('crisis-explorer ingest --m')).toEqual(['--manifest']);
		// --unit belongs to export, not list.
		expect(bashComplete('crisis-explorer list --u')).toEqual([]);
		expect(bashComplete('crisis-explorer --no-')).toEqual(['--no-color', '--no-shape']);
	});

	it('completes values: kinds, formats, units, shells, and after --flag= too', () => {
		expect(bashComplete('crisis-explorer list e')).toEqual(['events']);
		expect(bashComplete('crisis-explorer list events --format n')).toEqual(['ndjson']);
		expect(bashComplete('crisis-explorer export --format=c')).toEqual(['csv']);
		expect(bashComplete('crisis-explorer export --unit ')).toEqual(['article', 'event', 'sentence']);
		expect(bashComplete('crisis-explorer completion ')).toEqual(['bash', 'fish', 'zsh']);
		expect(bashComplete('crisis-explorer search x --type a')).toEqual(['actor', 'article']);
		// Only a command's first argument completes.
		expect(bashComplete('crisis-explorer list events e')).toEqual([]);
	});

	it('completes the dataset’s ids, from the --data on the line, colons and all', () => {
		expect(bashComplete('crisis-explorer export --actor jens-st')).toEqual(['jens-stoltenberg']);
		// Bash replaces only what follows the colon (a word break): the candidates are the rest.
		expect(bashComplete('crisis-explorer export --source agency:reu')).toEqual(['reuters']);
		const fixture = writeFixture();
		const ids = JSON.parse(run(['list', 'events', '--data', fixture.data, '--format', 'json']).stdout)
			.map((e: {id: string}) => e.id)
			.sort();
		expect(ids.length).toBeGreaterThan(0);
		expect(bashComplete(`crisis-explorer --data ${fixture.data} compare `)).toEqual(ids);
	});

	it('completes file names for --data', () => {
		expect(bashComplete('crisis-explorer --data data/data')).toEqual(['data/dataset.json']);
	});
});

describe('the scripts follow the tables', () => {
	const spec = completionSpec();

	it('every command has its help text’s description, and every flag it takes', () => {
		for (const name of COMMANDS) {
			const command = spec.commands.find(c => c.name === name)!;
			expect(command.description, name).not.toBe('');
			for (const flag of COMMAND_FLAGS[name])
				expect(
					command.flags.some(f => f.names[0] === flagLabel(flag)),
					`${name} --${flag}`,
				).toBe(true);
		}
		expect(spec.commands.find(c => c.name === 'ingest')!.description).toBe('build a dataset from articles (.txt, .html, .ndjson, .csv)');
	});

	it('names every flag in each shell’s script', () => {
		for (const shell of ['bash', 'zsh', 'fish'] as const) {
			const script = completionScript(shell, spec);
			for (const [name, def] of Object.entries(FLAG_DEFS)) {
				// As typed on the command line: kebab-case (--lexicon-only), not the parser's camelCase.
				const label = flagLabel(name).slice(2);
				const typed = def.type === 'boolean' && 'default' in def && def.default === true ? `no-${label}` : label;
				expect(script, `${shell}: ${typed}`).toContain(shell === 'fish' ? `-l ${typed}` : `--${typed}`);
			}
			for (const name of COMMANDS) expect(script, `${shell}: ${name}`).toMatch(new RegExp(`\\b${name}\\b`));
		}
	});

	it('shortens help descriptions to a clause', () => {
		expect(shortDescription('write to FILE atomically (refuses to overwrite without --force)')).toBe('write to FILE atomically');
		expect(shortDescription('parse with N worker threads; 1 parses in the main thread (default:\nevery core)')).toBe('parse with N worker threads');
		expect(shortDescription('with events: only events whose outlets disagree on a fact')).toBe('with events: only events whose outlets disagree on a fact');
	});

	it.skipIf(!has('zsh'))('zsh parses its script', () => {
		const file = join(work, '_crisis-explorer');
		writeFileSync(file, completionScript('zsh', spec));
		const r = spawnSync('zsh', ['-n', file], {encoding: 'utf8'});
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
	});

	it.skipIf(!has('fish'))('fish parses its script and completes from it', () => {
		const file = join(work, 'crisis-explorer.fish');
		writeFileSync(file, completionScript('fish', spec));
		const parse = spawnSync('fish', ['--no-execute', file], {encoding: 'utf8'});
		expect(parse.stderr).toBe('');
		expect(parse.status).toBe(0);
		// fish's own `complete -C`: what a TAB would offer, one "candidate<TAB>description" a line.
		const offered = (line: string) => {
			const r = spawnSync('fish', ['-c', `source ${file}; complete -C ${JSON.stringify(line)}`], {
				cwd: root,
				encoding: 'utf8',
				env: {...process.env, PATH: `${bin}:${process.env.PATH}`},
			});
			expect(r.stderr).toBe('');
			return r.stdout
				.split('\n')
				.filter(Boolean)
				.map(l => l.split('\t')[0])
				.sort();
		};
		expect(offered('crisis-explorer li')).toEqual(['list']);
		expect(offered('crisis-explorer export --a')).toEqual(['--actor', '--article']);
		expect(offered('crisis-explorer list --format n')).toEqual(['ndjson']);
		expect(offered('crisis-explorer export --actor jens-st')).toEqual(['jens-stoltenberg']);
	});
});

describe('crisis-explorer completion', () => {
	it('refuses a shell it does not know, with the nearest one', () => {
		const r = run(['completion', 'bsh']);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/unknown shell 'bsh'; did you mean 'bash'\?/);
		expect(run(['completion']).code).toBe(2);
	});
});

// The published package: `npm pack`, installed into an empty folder, must run
// on its own — the CLI is bundled and the dataset ships inside, so the install
// needs no registry — carry its licence and notices, and install without npm
// asking anyone to approve scripts. And a clone, which has no dist/ until
// something builds it, must still open with `npx crisis-explorer`.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildCli} from './helpers.js';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'ce-pack-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

// npm with a cache of its own (nothing in it: offline proves no registry is
// needed), and none of the npm_* variables an outer `npm test` sets: they would
// point the inner npm at this project, or warn about unknown config.
const npmEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
Object.assign(npmEnv, {npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false'});

let tarball = '';
const local = () => JSON.parse(execFileSync('node', [join(root, 'dist/cli.js'), 'list', 'events', '--format', 'json'], {encoding: 'utf8'}));

beforeAll(() => {
	buildCli();
	// --ignore-scripts: prepack would rebuild dist/ under the other test files' feet.
	execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], {cwd: root, env: npmEnv, stdio: 'pipe'});
	tarball = join(work, readdirSync(work).find(f => f.endsWith('.tgz'))!);
}, 120_000);

describe('npm pack', () => {
	it('holds the bundle, the launcher, the licence, the notices, the schema and the man page, and no sources', () => {
		const files = execFileSync('tar', ['-tzf', tarball], {encoding: 'utf8'})
			.split('\n')
			.filter(Boolean)
			.map(f => f.replace(/^package\//, ''));
		for (const file of [
			'LICENSE',
			'README.md',
			'package.json',
			'bin/crisis-explorer.js',
			'dist/cli.js',
			'dist/THIRD-PARTY-NOTICES.md',
			'dist/dataset.schema.json',
			'dist/crisis-explorer.1',
			// The compiled built-in lexicon (scripts/build.mjs): an installed ingest does not compile it.
			'dist/lexicon.cache',
			// The bundled dataset's seal (source/dataset/seal.ts): an installed explorer opens it without zod.
			'dist/bundled-dataset.seal.json',
			'data/NOTICE.md',
			'data/dataset.json',
		]) {
			expect(files, file).toContain(file);
		}
		expect(files.filter(f => /^(source|scripts|tests|bench)\/|^dist\/\.inputs$/.test(f))).toEqual([]);
	});

	it('has no install-time script: nothing for npm to ask approval of', () => {
		const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {encoding: 'utf8'})) as {
			scripts: Record<string, string>;
			bin: Record<string, string>;
		};
		expect(Object.keys(manifest.scripts).filter(s => /^(pre|post)?(install|prepare)$/.test(s))).toEqual([]);
		expect(manifest.scripts.prepack).toBe('node scripts/build.mjs');
		expect(manifest.bin['crisis-explorer']).toBe('bin/crisis-explorer.js');
	});

	it('installs into an empty folder offline without a warning, and `npx crisis-explorer list events` runs', () => {
		const app = join(work, 'app');
		mkdirSync(app);
		writeFileSync(join(app, 'package.json'), '{"name":"ce-pack-test","version":"1.0.0","private":true}\n');
		const install = spawnSync('npm', ['install', '--offline', tarball], {cwd: app, env: npmEnv, encoding: 'utf8'});
		expect(install.status, install.stderr).toBe(0);
		expect(`${install.stdout}${install.stderr}`).not.toMatch(/warn|install-scripts|allowScripts/i);
		const installed = JSON.parse(
			execFileSync('npx', ['--offline', 'crisis-explorer', 'list', 'events', '--format', 'json'], {cwd: app, env: npmEnv, encoding: 'utf8'}),
		);
		expect(installed.length).toBeGreaterThan(0);
		expect(installed).toEqual(local());
		// The schema is reachable by name for other tools.
		const schema = execFileSync('node', ['-p', "require.resolve('crisis-explorer/dataset.schema.json')"], {cwd: app, encoding: 'utf8'}).trim();
		expect(existsSync(schema)).toBe(true);
	}, 120_000);

	it('installs globally with its command and its man page', () => {
		const prefix = join(work, 'global');
		const install = spawnSync('npm', ['install', '--global', '--offline', '--prefix', prefix, tarball], {env: npmEnv, encoding: 'utf8'});
		expect(install.status, install.stderr).toBe(0);
		expect(existsSync(join(prefix, 'share/man/man1/crisis-explorer.1'))).toBe(true);
		const version = spawnSync(join(prefix, 'bin/crisis-explorer'), ['-V'], {encoding: 'utf8'});
		expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
	}, 120_000);

	it('runs with `npx --package=<tarball> crisis-explorer` in an empty folder, offline', () => {
		const empty = join(work, 'empty');
		mkdirSync(empty);
		const r = spawnSync('npx', ['--yes', '--offline', `--package=${tarball}`, 'crisis-explorer', 'list', 'events', '--format', 'json'], {
			cwd: empty,
			env: npmEnv,
			encoding: 'utf8',
		});
		expect(r.status, r.stderr).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual(local());
	}, 120_000);
});

describe('a clone', () => {
	it('builds dist/ on the first `npx crisis-explorer`, then just runs', () => {
		// The committed files, as `git clone` gives them, with the installed dependencies.
		const clone = join(work, 'clone');
		mkdirSync(clone);
		const files = execFileSync('git', ['ls-files', '-z'], {cwd: root, encoding: 'utf8'})
			.split('\0')
			.filter(f => f && existsSync(join(root, f)));
		execFileSync('tar', ['-cf', join(work, 'clone.tar'), '--null', '-T', '-'], {cwd: root, input: files.join('\0')});
		execFileSync('tar', ['-xf', join(work, 'clone.tar')], {cwd: clone});
		symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'));
		expect(existsSync(join(clone, 'dist'))).toBe(false);

		const first = spawnSync('npx', ['--offline', 'crisis-explorer', 'list', 'events', '--format', 'json'], {cwd: clone, env: npmEnv, encoding: 'utf8'});
		expect(first.status, first.stderr).toBe(0);
		expect(first.stderr).toMatch(/building dist\//);
		expect(JSON.parse(first.stdout)).toEqual(local());

		const second = spawnSync('npx', ['--offline', 'crisis-explorer', '-V'], {cwd: clone, env: npmEnv, encoding: 'utf8'});
		expect(second.stderr).toBe('');
		expect(second.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
	}, 120_000);
});

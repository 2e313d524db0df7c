// The published package: `npm pack`, installed into an empty folder with
// production dependencies only, must run on its own — the CLI is one bundled
// file and the dataset ships inside, so the install needs no registry.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'ce-pack-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

describe('npm pack', () => {
	it('installs into an empty folder with --omit=dev and runs `npx crisis-explorer list events`', () => {
		const env = {...process.env, npm_config_loglevel: 'error', npm_config_update_notifier: 'false'};
		execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], {cwd: root, env, stdio: 'pipe'});
		const tarball = readdirSync(work).find(f => f.endsWith('.tgz'));
		expect(tarball).toBeDefined();
		const app = join(work, 'app');
		execFileSync('mkdir', ['-p', app]);
		writeFileSync(join(app, 'package.json'), '{"name":"ce-pack-test","version":"1.0.0","private":true}\n');
		execFileSync('npm', ['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', join(work, tarball!)], {cwd: app, env, stdio: 'pipe'});
		const installed = JSON.parse(execFileSync('npx', ['--offline', 'crisis-explorer', 'list', 'events', '--format', 'json'], {cwd: app, env, encoding: 'utf8'}));
		const local = JSON.parse(execFileSync('node', [join(root, 'dist/cli.js'), 'list', 'events', '--format', 'json'], {encoding: 'utf8'}));
		expect(installed.length).toBeGreaterThan(0);
		expect(installed).toEqual(local);
	}, 120_000);
});

#!/usr/bin/env node
// The command users run (package.json "bin"). Installed from the registry or a
// tarball, the package holds a built dist/ and this only imports it. In a
// clone, dist/ does not exist until something builds it: this builds it on the
// first run, so `npm install && npx crisis-explorer` works.
//
// Why here and not in a `prepare` script: npm 11 lists every dependency that
// has install scripts (prepare included) after each install of it, and asks the
// user to approve them, even though a tarball's prepare never runs. A launcher
// gives a clone its build and a tarball install no warning. `npm pack` builds
// dist/ afresh (prepack), and `npm run build` rebuilds a clone after a change.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = new URL('..', import.meta.url);
const bundle = new URL('dist/cli.js', root);

if (!existsSync(bundle)) {
	const isClone = existsSync(new URL('scripts/build.mjs', root)) && existsSync(new URL('source', root));
	if (!isClone) {
		process.stderr.write(`crisis-explorer: ${fileURLToPath(bundle)} is missing; reinstall the package\n`);
		process.exit(1);
	}
	process.stderr.write('crisis-explorer: building dist/ (first run in a clone; `npm run build` rebuilds it)…\n');
	// stdout stays clean: the command's output may be piped.
	const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: fileURLToPath(root), stdio: ['ignore', 2, 2]});
	if (built.status !== 0) {
		process.stderr.write('crisis-explorer: the build failed (is `npm install` done?)\n');
		process.exit(1);
	}
}

await import(bundle.href);

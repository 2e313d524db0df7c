// Where the bundled dataset lives. The running script is dist/cli.js when
// bundled (or installed from a tarball) and source/dataset/paths.ts under tsx;
// both sit below the package root, so walk up to the package.json that names us.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const PACKAGE_NAME = 'crisis-explorer';

/** The package root above `fromDir`, or null when there is none. */
export function findPackageRoot(fromDir: string): string | null {
	let dir = fromDir;
	for (;;) {
		const manifest = join(dir, 'package.json');
		if (existsSync(manifest)) {
			try {
				const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {name?: string};
				if (pkg.name === PACKAGE_NAME) return dir;
			} catch {
				// An unreadable package.json above us is not ours; keep walking.
			}
		}
		const parent = dirname(dir);
		if (parent === dir) return null;
		dir = parent;
	}
}

/** The package root of the running code. */
export function packageRoot(): string | null {
	return findPackageRoot(dirname(fileURLToPath(import.meta.url)));
}

/** data/dataset.json in the package (whether or not it exists yet). */
export function defaultDataPath(): string {
	const root = packageRoot() ?? process.cwd();
	return join(root, 'data', 'dataset.json');
}

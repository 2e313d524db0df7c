// Bundles bench/reference/bare-ink.tsx as scripts/build.mjs bundles the CLI
// (one ESM file, React's production build, a require shim for CommonJS
// dependencies), so the two first frames differ only in what the explorer adds.
import {build} from 'esbuild';
import {join} from 'node:path';

export async function buildBareInk(root: string, outDir: string): Promise<string> {
	const outfile = join(outDir, 'bare-ink.mjs');
	await build({
		entryPoints: [join(root, 'bench', 'reference', 'bare-ink.tsx')],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		jsx: 'automatic',
		define: {'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"'},
		banner: {js: "import {createRequire as __ceCreateRequire} from 'node:module';\nconst require = __ceCreateRequire(import.meta.url);"},
		// As in scripts/build.mjs: Ink's React DevTools bridge only loads with DEV=true.
		plugins: [
			{
				name: 'ink-without-devtools',
				setup(b) {
					b.onResolve({filter: /^\.\/devtools\.js$/}, () => ({path: 'devtools', namespace: 'stub'}));
					b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export {};', loader: 'js'}));
				},
			},
		],
		logLevel: 'error',
	});
	return outfile;
}

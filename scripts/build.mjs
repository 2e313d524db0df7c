// Bundles the CLI: importing unbundled Ink costs ~0.6 s of CommonJS lexing at
// start-up, an ESM bundle a fraction of that. The bundle is split (dist/cli.js
// plus dist/chunks/) so each command parses and initialises only the code it
// runs: the explorer's first frame does not wait for ingest or export code, and
// `--help` not for React. dist/ is rebuilt from scratch so no stale chunk ships.
import {build} from 'esbuild';
import {chmodSync, readFileSync, realpathSync, rmSync} from 'node:fs';
import {resolve} from 'node:path';

const {name, version} = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', {recursive: true, force: true});
await build({
	// The CLI's entry sits behind a switch that makes the same file a parse
	// worker (source/ingest/parallel-entry.ts); parallel.ts starts dist/cli.js.
	entryPoints: {cli: 'source/ingest/parallel-entry.ts'},
	outdir: 'dist',
	entryNames: '[name]',
	chunkNames: 'chunks/[name]-[hash]',
	splitting: true,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	minify: false,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"', __CE_PACKAGE__: JSON.stringify({name, version})},
	// Ink imports react-devtools-core only when DEV=true (never, see define), but
	// esbuild still emits the static import of its devtools module: an external
	// import would be resolved at start-up and fail where the package is absent,
	// so give it an empty module instead.
	plugins: [
		{
			// string-width, as Ink and its helpers import it, goes through a memo
			// (source/text/string-width-memo.ts says why). Only the top-level copy:
			// packages with their own older string-width keep it.
			name: 'memo-string-width',
			setup(b) {
				const memo = resolve('source/text/string-width-memo.ts');
				const real = realpathSync('node_modules/string-width/index.js');
				b.onResolve({filter: /^string-width$/}, async args => {
					if (args.importer === memo || args.pluginData === 'memo-string-width') return undefined;
					const found = await b.resolve(args.path, {kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'memo-string-width'});
					return found.path === real ? {path: memo} : found;
				});
			},
		},
		{
			name: 'no-devtools',
			setup(b) {
				b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'no-devtools'}));
				b.onLoad({filter: /.*/, namespace: 'no-devtools'}, () => ({contents: 'export default {};', loader: 'js'}));
			},
		},
	],
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __ceCreateRequire} from 'node:module';\nconst require = __ceCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);

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
			// Ink rasterises every frame anew: each line of text is tokenised into
			// styled characters (ANSI parsing per character), with caches that live
			// for one frame. A cursor move changes two or three lines of forty, so
			// the caches are kept across frames (bounded): unchanged lines cost a
			// lookup. The cached arrays are only read by Ink, never changed.
			name: 'ink-output-caches-across-frames',
			setup(b) {
				const output = realpathSync('node_modules/ink/build/output.js');
				b.onLoad({filter: /ink[\\/]build[\\/]output\.js$/}, async args => {
					if (realpathSync(args.path) !== output) return undefined;
					const source = readFileSync(args.path, 'utf8');
					const patched = source
						.replace('class OutputCaches {', 'const CE_CACHE_LIMIT = 20000;\nclass OutputCaches {')
						.replace('caches = new OutputCaches();', 'caches = ceSharedCaches();')
						.replace('return sliceAnsi(line, from, to);', 'return ceSlice(line, from, to);')
						.replace(/(const generatedOutput = output\s*)\.map\(line => \{/, '$1.map((line, ceRow) => {')
						.replace('return styledCharsToString(lineWithoutEmptyItems).trimEnd();', 'return ceRowString(ceRow, lineWithoutEmptyItems);');
					if (!patched.includes('caches = ceSharedCaches();') || !patched.includes('return ceSlice(line, from, to);') || !patched.includes('return ceRowString(ceRow, lineWithoutEmptyItems);')) throw new Error('ink/build/output.js changed: review the ink-output-caches-across-frames plugin');
					// Clipped lines too (every line of a pane with overflow hidden): slice-ansi segments graphemes on each call.
					const shared = `\nlet ceCaches;\nfunction ceSharedCaches() {\n\tif (!ceCaches || ceCaches.styledChars.size + ceCaches.widths.size + ceCaches.blockWidths.size > CE_CACHE_LIMIT) ceCaches = new OutputCaches();\n\treturn ceCaches;\n}\nlet ceSlices = new Map();\nfunction ceSlice(line, from, to) {\n\tconst key = from + ':' + to + ':' + line;\n\tlet out = ceSlices.get(key);\n\tif (out === undefined) {\n\t\tif (ceSlices.size > CE_CACHE_LIMIT) ceSlices = new Map();\n\t\tout = sliceAnsi(line, from, to);\n\t\tceSlices.set(key, out);\n\t}\n\treturn out;\n}\n` +
						// A row made of the very same styled characters as last frame's row (the caches above hand out the same objects for unchanged text) is the same string.
						`let ceRows = [];\nfunction ceRowString(row, chars) {\n\tconst prev = ceRows[row];\n\tif (prev && prev.chars.length === chars.length) {\n\t\tlet same = true;\n\t\tfor (let i = 0; i < chars.length; i++) if (prev.chars[i] !== chars[i]) { same = false; break; }\n\t\tif (same) return prev.text;\n\t}\n\tconst text = styledCharsToString(chars).trimEnd();\n\tceRows[row] = {chars, text};\n\treturn text;\n}\n`;
					return {contents: patched.replace('export default class Output', `${shared}export default class Output`), loader: 'js', resolveDir: resolve(args.path, '..')};
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

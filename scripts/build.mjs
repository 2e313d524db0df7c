// Bundles the CLI: importing unbundled Ink costs ~0.6 s of CommonJS lexing at
// start-up, an ESM bundle a fraction of that. The bundle is split (dist/cli.js
// plus dist/chunks/) so each command parses and initialises only the code it
// runs: the explorer's first frame does not wait for ingest or export code, and
// `--help` not for React. dist/ is rebuilt from scratch so no stale chunk ships.
import {build} from 'esbuild';
import {createHash} from 'node:crypto';
import {chmodSync, existsSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

const {name, version} = JSON.parse(readFileSync('package.json', 'utf8'));

// `--if-stale` (npm test's pretest) skips the build when dist/ was built from
// exactly these inputs: CI installs with `npm ci`, whose prepare step has just
// built it, and building twice cost ~6 s of every run.
const STAMP = 'dist/.inputs';
function inputsHash() {
	const hash = createHash('sha256');
	const walk = dir => {
		for (const entry of readdirSync(dir).sort()) {
			const path = join(dir, entry);
			if (statSync(path).isDirectory()) walk(path);
			else hash.update(path).update('\0').update(readFileSync(path));
		}
	};
	walk('source');
	for (const file of ['scripts/build.mjs', 'package.json', 'package-lock.json']) hash.update(file).update('\0').update(readFileSync(file));
	return hash.digest('hex');
}
const inputs = inputsHash();
if (process.argv.includes('--if-stale') && existsSync('dist/cli.js') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === inputs) process.exit(0);

rmSync('dist', {recursive: true, force: true});
await build({
	// The CLI's entry sits behind a switch that makes the same file a parse
	// worker (source/main.ts); ingest/parallel.ts starts dist/cli.js.
	entryPoints: {cli: 'source/main.ts'},
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
			// Ink's Output rasterises every frame into a grid of cell objects; a cursor
			// move changes three rows of forty. source/ui/ink-output.ts says how its
			// replacement keeps what repeats across frames.
			name: 'ink-output-by-rows',
			setup(b) {
				const inkBuild = resolve(realpathSync('node_modules/ink/build/output.js'), '..');
				// The replacement implements the Output of this Ink version.
				const source = readFileSync(resolve(inkBuild, 'output.js'), 'utf8');
				for (const part of ['write(x, y, text, options)', 'clip(clip)', 'unclip()', 'get()', 'styledCharsToString(lineWithoutEmptyItems).trimEnd()']) {
					if (!source.includes(part)) throw new Error(`ink/build/output.js changed (${part}): review source/ui/ink-output.ts`);
				}
				b.onResolve({filter: /^\.\/output\.js$/}, args => (realpathSync(args.resolveDir) === inkBuild ? {path: resolve('source/ui/ink-output.ts')} : undefined));
			},
		},
		{
			// Two start-up costs of dependencies, paid before the first frame for nothing:
			// yoga fetches its own wasm from a data: URL, which loads Node's whole fetch
			// stack (undici, ~30 ms) to decode base64 it can decode itself; meow's bundled
			// normalize-package-data builds its SPDX tables at import (~15 ms) though meow
			// only normalises package.json when asked for it (lazily, since meow 13).
			name: 'start-up-without-dead-weight',
			setup(b) {
				const real = path => realpathSync(path);
				const stringWidth = real('node_modules/string-width/index.js');
				// Each: which file, and what to change. A change whose text is gone throws:
				// a dependency update must be reviewed, not silently unpatched.
				const changes = [
					{file: real('node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js'), from: 'function ya(){return w||"function"!=typeof fetch?', to: 'function ya(){return true?'},
					{file: real('node_modules/meow/build/dependencies.js'), from: 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);', to: 'const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);'},
					// string-width compiles its Unicode-property patterns at import, the emoji
					// one alone ~27 ms; the memo answers most widths without them (simple-width.ts).
					...['visibleCharacterRegex', 'spacingMarkRegex', 'rgiEmojiRegex', 'extendedPictographicRegex'].map(name => ({file: stringWidth, lazy: name, declaration: new RegExp(`const ${name} = (/.+/[a-z]+);`)})),
					// The first Intl.Segmenter loads ICU's break data (~20 ms). Four modules make
					// one at import; the text the explorer draws mostly needs none (one code
					// point per cell, see simple-width.ts), so each is made on first use.
					...[
						[stringWidth, 'segmenter'],
						[real('node_modules/wrap-ansi/node_modules/string-width/index.js'), 'segmenter'],
						[real('node_modules/@alcalzone/ansi-tokenize/build/tokenize.js'), 'segmenter'],
						[real('node_modules/slice-ansi/tokenize-ansi.js'), 'GRAPHEME_SEGMENTER'],
					].map(([file, name]) => ({file, lazy: name, declaration: new RegExp(`const ${name} = (new Intl\\.Segmenter\\([^)]*\\));`)})),
				];
				const files = new Set(changes.map(c => c.file));
				b.onLoad({filter: /node_modules[\\/].*\.js$/}, async args => {
					const file = real(args.path);
					if (!files.has(file)) return undefined;
					let source = readFileSync(file, 'utf8');
					for (const change of changes.filter(c => c.file === file)) {
						const found = change.declaration ? change.declaration.test(source) : source.includes(change.from);
						if (!found) throw new Error(`${file} changed (${change.lazy ?? change.from.slice(0, 40)}): review the start-up-without-dead-weight plugin`);
						if (change.from) source = source.replace(change.from, change.to);
						else
							source = source
								.replace(change.declaration, `let ${change.lazy}_;\nconst ${change.lazy} = () => (${change.lazy}_ ??= $1);`)
								.replace(new RegExp(`\\b${change.lazy}\\b(?!_| = \\(\\) =>)`, 'g'), `${change.lazy}()`);
					}
					return {contents: source, loader: 'js', resolveDir: resolve(file, '..')};
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
writeFileSync(STAMP, inputs);

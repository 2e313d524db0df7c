// Bundles the CLI: importing unbundled Ink costs ~0.6 s of CommonJS lexing at
// start-up, an ESM bundle a fraction of that. The bundle is split (dist/cli.js
// plus dist/chunks/) so each command parses and initialises only the code it
// runs: the explorer's first frame does not wait for ingest or export code, and
// `--help` not for React. dist/ is rebuilt from scratch so no stale chunk ships.
// Beside the bundle it writes what the published package carries: the notices
// of the bundled packages, the man page and the dataset's JSON Schema.
import {build} from 'esbuild';
import {createHash} from 'node:crypto';
import {chmodSync, existsSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {createRequire} from 'node:module';
import {dirname, join, resolve} from 'node:path';
import {thirdPartyNotices} from './notices.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const {name, version} = pkg;

// `--if-stale` (npm test's pretest) skips the build when dist/ was built from
// exactly these inputs: a clone's first `npx crisis-explorer` (bin/crisis-explorer.js)
// or an earlier test run has built it, and building twice cost ~6 s of every run.
const STAMP = 'dist/.inputs';
const BUNDLED = 'data/dataset.json';
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
	// The data the compiled lexicon cache is made from (dist/lexicon.cache): an edit rebuilds it.
	walk('data/lexicon');
	walk('data/gazetteer');
	for (const file of ['scripts/build.mjs', 'scripts/notices.mjs', 'scripts/man.ts', 'scripts/schema.ts', 'package.json', 'package-lock.json'])
		hash.update(file).update('\0').update(readFileSync(file));
	// The bundled dataset, whose seal the build writes (below): a new ingest of it seals it again.
	if (existsSync(BUNDLED)) hash.update(BUNDLED).update('\0').update(readFileSync(BUNDLED));
	return hash.digest('hex');
}
const inputs = inputsHash();
if (process.argv.includes('--if-stale') && existsSync('dist/cli.js') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === inputs) process.exit(0);

/**
 * The directory of package `name` as the file `from` imports it: Node's
 * node_modules lookup from that file, symlinks resolved. The patches below find
 * the files they change this way, through the package that imports them, so a
 * copy nested under another package (or hoisted differently after an upgrade)
 * is the one patched, and a missing one fails the build.
 */
function packageDir(name, from) {
	for (const dir of createRequire(from).resolve.paths(name) ?? []) {
		const manifest = join(dir, name, 'package.json');
		if (existsSync(manifest)) return realpathSync(dirname(manifest));
	}
	throw new Error(`${name}, imported by ${from}, is not installed: run npm install`);
}
function packageFile(name, from, file) {
	const path = join(packageDir(name, from), file);
	if (!existsSync(path)) throw new Error(`${path} is gone (${name} changed): review scripts/build.mjs`);
	return path;
}
// Our own importers: the explorer's Ink output (ink-output.ts imports
// ansi-tokenize, slice-ansi and string-width) and the CLI (meow, Ink).
const ours = resolve('source/ui/ink-output.ts');
const ink = packageDir('ink', resolve('source/ui/run.tsx'));
const inkBuild = join(ink, 'build');
const inkFile = join(inkBuild, 'ink.js');
const wrapAnsi = packageFile('wrap-ansi', inkFile, 'index.js');
const files = {
	inkOutput: join(inkBuild, 'output.js'),
	stringWidth: packageFile('string-width', join(inkBuild, 'output.js'), 'index.js'),
	wrapAnsiStringWidth: packageFile('string-width', wrapAnsi, 'index.js'),
	yogaWasm: packageFile('yoga-layout', inkFile, 'dist/binaries/yoga-wasm-base64-esm.js'),
	meowDependencies: packageFile('meow', resolve('source/commands/run.ts'), 'build/dependencies.js'),
	ansiTokenize: packageFile('@alcalzone/ansi-tokenize', ours, 'build/tokenize.js'),
	sliceAnsi: packageFile('slice-ansi', ours, 'tokenize-ansi.js'),
	inkSanitizeAnsi: join(inkBuild, 'sanitize-ansi.js'),
};
if (realpathSync(packageFile('string-width', ours, 'index.js')) !== files.stringWidth) {
	throw new Error('source/ and Ink import different copies of string-width: the memo (source/text/string-width-memo.ts) would serve only one');
}

rmSync('dist', {recursive: true, force: true});
const result = await build({
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
	// Which package put code into the bundle, for THIRD-PARTY-NOTICES.md.
	metafile: true,
	// __CE_CODE_KEY__: which build this bundle is; it reads only the lexicon cache of the same build (below).
	define: {
		'process.env.NODE_ENV': '"production"',
		'process.env.DEV': '"false"',
		__CE_PACKAGE__: JSON.stringify({name, version}),
		__CE_CODE_KEY__: JSON.stringify(inputs),
	},
	plugins: [
		{
			// string-width, as Ink and its helpers import it, goes through a memo
			// (source/text/string-width-memo.ts says why). Only the top-level copy:
			// packages with their own older string-width keep it.
			name: 'memo-string-width',
			setup(b) {
				const memo = resolve('source/text/string-width-memo.ts');
				const real = files.stringWidth;
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
				// The replacement implements the Output of this Ink version.
				const source = readFileSync(files.inkOutput, 'utf8');
				for (const part of ['write(x, y, text, options)', 'clip(clip)', 'unclip()', 'get()', 'styledCharsToString(lineWithoutEmptyItems).trimEnd()']) {
					if (!source.includes(part)) throw new Error(`ink/build/output.js changed (${part}): review source/ui/ink-output.ts`);
				}
				b.onResolve({filter: /^\.\/output\.js$/}, args =>
					realpathSync(args.resolveDir) === inkBuild ? {path: resolve('source/ui/ink-output.ts')} : undefined,
				);
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
				const stringWidth = files.stringWidth;
				// Each: which file, and what to change. A change whose text is gone throws:
				// a dependency update must be reviewed, not silently unpatched.
				const changes = [
					{file: files.yogaWasm, from: 'function ya(){return w||"function"!=typeof fetch?', to: 'function ya(){return true?'},
					{
						file: files.meowDependencies,
						from: 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
						to: 'const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);',
					},
					// string-width compiles its Unicode-property patterns at import, the emoji
					// one alone ~27 ms; the memo answers most widths without them (simple-width.ts).
					...['visibleCharacterRegex', 'spacingMarkRegex', 'rgiEmojiRegex', 'extendedPictographicRegex'].map(name => ({
						file: stringWidth,
						lazy: name,
						declaration: new RegExp(`const ${name} = (/.+/[a-z]+);`),
					})),
					// The first Intl.Segmenter loads ICU's break data (~20 ms). Four modules make
					// one at import; the text the explorer draws mostly needs none (one code
					// point per cell, see simple-width.ts), so each is made on first use.
					...[
						[stringWidth, 'segmenter'],
						[files.wrapAnsiStringWidth, 'segmenter'],
						[files.ansiTokenize, 'segmenter'],
						[files.sliceAnsi, 'GRAPHEME_SEGMENTER'],
					].map(([file, name]) => ({file, lazy: name, declaration: new RegExp(`const ${name} = (new Intl\\.Segmenter\\([^)]*\\));`)})),
				];
				const changed = new Set(changes.map(c => c.file));
				b.onLoad({filter: /node_modules[\\/].*\.js$/}, async args => {
					const file = real(args.path);
					if (!changed.has(file)) return undefined;
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
			// Ink strips escape codes other than colours from every text node on every
			// frame (squash-text-nodes.js → sanitize-ansi.js), tokenising each styled
			// line (a grapheme segmentation per character) although the same lines come
			// back frame after frame: ~0.25 ms of a cursor move. The answer depends on
			// the string alone, so it is remembered (bounded, dropped whole when full).
			name: 'ink-sanitize-ansi-memo',
			setup(b) {
				const from = 'export default sanitizeAnsi;';
				const to = `const sanitizedMemo = new Map();
const sanitizeAnsiMemo = (text) => {
    let out = sanitizedMemo.get(text);
    if (out === undefined) {
        if (sanitizedMemo.size >= 20000) sanitizedMemo.clear();
        out = sanitizeAnsi(text);
        sanitizedMemo.set(text, out);
    }
    return out;
};
export default sanitizeAnsiMemo;`;
				b.onLoad({filter: /sanitize-ansi\.js$/}, args => {
					if (realpathSync(args.path) !== realpathSync(files.inkSanitizeAnsi)) return undefined;
					const source = readFileSync(files.inkSanitizeAnsi, 'utf8');
					if (!source.includes(from)) throw new Error(`${files.inkSanitizeAnsi} changed (${from}): review the ink-sanitize-ansi-memo plugin`);
					return {contents: source.replace(from, to), loader: 'js', resolveDir: inkBuild};
				});
			},
		},
		{
			// Two of Ink's modules that only matter where the explorer never runs.
			// - devtools.js (React DevTools over a WebSocket: ws and react-devtools-core,
			//   131 KB) is imported only when DEV=true, which the define above rules out;
			//   esbuild still emitted it as a chunk, so it becomes an empty module.
			// - is-in-ci: with CI set (CI=1 is common in shells and containers) Ink draws
			//   only the last frame, on exit: a blank explorer. The explorer runs only on a
			//   terminal (commands/explore.ts), where CI mode has nothing to offer.
			name: 'ink-without-devtools-or-ci-mode',
			setup(b) {
				const fromInk = args => args.importer !== '' && realpathSync(args.resolveDir).startsWith(ink);
				b.onResolve({filter: /^\.\/devtools\.js$/}, args => (fromInk(args) ? {path: 'devtools', namespace: 'ink-stub'} : undefined));
				b.onResolve({filter: /^is-in-ci$/}, args => (fromInk(args) ? {path: 'is-in-ci', namespace: 'ink-stub'} : undefined));
				b.onLoad({filter: /.*/, namespace: 'ink-stub'}, args => ({contents: args.path === 'is-in-ci' ? 'export default false;' : 'export {};', loader: 'js'}));
			},
		},
	],
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __ceCreateRequire} from 'node:module';\nconst require = __ceCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);

// What the package ships beside the bundle.
writeFileSync('dist/THIRD-PARTY-NOTICES.md', thirdPartyNotices(result.metafile, {name, version}));
// The man page and the JSON Schema come from the TypeScript the CLI runs (the
// help text, the zod schema): their two generators are bundled in memory and run.
const generators = await build({
	stdin: {
		contents:
			"export {manPage} from './scripts/man.ts';\nexport {datasetJsonSchema} from './scripts/schema.ts';\nexport {validateDataset} from './source/dataset/load.ts';\nexport {Dataset} from './source/dataset/schema.ts';\nexport {planOf} from './source/dataset/build/schema-order.ts';\n",
		resolveDir: resolve('.'),
		loader: 'ts',
		sourcefile: 'generators.ts',
	},
	bundle: true,
	write: false,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	logLevel: 'warning',
});
const {manPage, datasetJsonSchema, validateDataset, Dataset, planOf} = await import(
	`data:text/javascript;base64,${Buffer.from(generators.outputFiles[0].contents).toString('base64')}`
);
writeFileSync('dist/crisis-explorer.1', manPage(pkg));
writeFileSync('dist/dataset.schema.json', `${JSON.stringify(datasetJsonSchema(pkg), null, '\t')}\n`);

// The bundled dataset's seal (source/dataset/seal.ts): validated here, once, with
// the schema the CLI validates with, and its bytes' SHA-256 recorded with the
// schema's key plan, so the explorer opens these bytes without loading zod. Not
// valid, not sealed: the explorer then validates it at start and reports the
// problem itself.
if (existsSync(BUNDLED)) {
	try {
		const bytes = readFileSync(BUNDLED);
		validateDataset(JSON.parse(bytes.toString('utf8')), BUNDLED);
		const seal = {sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, plan: planOf(Dataset).plan};
		writeFileSync('dist/bundled-dataset.seal.json', `${JSON.stringify(seal)}\n`);
	} catch (error) {
		console.warn(`build: ${BUNDLED} is not sealed (the explorer validates it at start): ${error?.message ?? error}`);
	}
}

// The built-in lexicon and gazetteer compiled once, here, instead of in every
// ingest and every parse worker (source/lexicon/cache.ts says why and when it
// is used). The compiling code is bundled from source like the generators
// above, but run from a file under dist/: the lexicon finds data/ through the
// package root above the running file. A lexicon that does not compile writes
// no cache (a warning here; ingest reports the error itself).
const cacheWriter = 'dist/.lexicon-cache-writer.mjs';
await build({
	stdin: {contents: "export {writeLexiconCache} from './source/ingest/lexicons.ts';\n", resolveDir: resolve('.'), loader: 'ts', sourcefile: 'lexicon-cache.ts'},
	outfile: cacheWriter,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	banner: {js: "import {createRequire as __ceCreateRequire} from 'node:module';\nconst require = __ceCreateRequire(import.meta.url);"},
	logLevel: 'warning',
});
try {
	const {writeLexiconCache} = await import(pathToFileURL(resolve(cacheWriter)).href);
	writeLexiconCache(resolve('dist/lexicon.cache'), inputs);
} catch (error) {
	console.warn(`build: no compiled lexicon cache (ingest compiles the lexicon at start): ${error?.message ?? error}`);
} finally {
	rmSync(cacheWriter, {force: true});
}
writeFileSync(STAMP, inputs);

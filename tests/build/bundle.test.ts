// What scripts/build.mjs promises about dist/: each change it makes to a
// dependency is in the bundle (found by the module comments esbuild writes
// before each module's code), the dead devtools chunk is gone, and the
// notices cover every package whose code the bundle carries.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildCli, root} from '../cli/helpers.js';

const dist = join(root, 'dist');
/** Module path (as esbuild prints it) → its code in the bundle, all its pieces joined. */
const modules = new Map<string, string>();
let chunks: Array<{name: string; size: number}> = [];

beforeAll(() => {
	buildCli();
	const files = ['cli.js', ...readdirSync(join(dist, 'chunks')).map(f => `chunks/${f}`)];
	chunks = files.map(name => ({name, size: readFileSync(join(dist, name)).length}));
	for (const file of files) {
		let current = '';
		for (const line of readFileSync(join(dist, file), 'utf8').split('\n')) {
			const comment = /^\/\/ (\S+\.(?:[cm]?js|tsx?)|[\w-]+:[\w-]+)$/.exec(line);
			if (comment) current = comment[1]!;
			else if (current) modules.set(current, `${modules.get(current) ?? ''}${line}\n`);
		}
	}
}, 120_000);

/** The bundled modules whose path ends with `/suffix` (several copies of a package: several entries). */
const nested = (suffix: string) => [...modules].filter(([path]) => path.endsWith(`/${suffix}`)).map(([path, text]) => ({path, text}));
const code = (suffix: string) => nested(suffix).map(m => m.text);

describe('the bundle', () => {
	it('was split into modules the test can read', () => {
		expect(modules.size).toBeGreaterThan(100);
		expect(code('ink/build/ink.js')).toHaveLength(1);
	});

	it('draws through source/ui/ink-output.ts, never Ink’s own Output', () => {
		expect([...modules.keys()].some(p => p.endsWith('source/ui/ink-output.ts'))).toBe(true);
		expect([...modules.keys()].filter(p => p.endsWith('ink/build/output.js'))).toEqual([]);
	});

	it('measures through the string-width memo', () => {
		expect([...modules.keys()].some(p => p.endsWith('source/text/string-width-memo.ts'))).toBe(true);
	});

	it('makes every Intl.Segmenter and string-width pattern on first use', () => {
		const copies = nested('string-width/index.js');
		// Ink's copy (8.x) and wrap-ansi's own (7.x).
		expect(copies.length).toBe(2);
		for (const {path, text} of copies) {
			expect(text, path).toMatch(/segmenter\w* = \(\) => segmenter_\w* \?\?= new Intl\.Segmenter/);
			expect(text, path).not.toMatch(/(const|let|var) segmenter\w* = new Intl\.Segmenter/);
		}
		const top = copies.find(c => !c.path.includes('wrap-ansi/node_modules'))!;
		for (const name of ['visibleCharacterRegex', 'spacingMarkRegex', 'rgiEmojiRegex', 'extendedPictographicRegex']) {
			expect(top.text).toMatch(new RegExp(`${name}\\w* = \\(\\) => ${name}_\\w* \\?\\?= `));
		}
		expect(code('@alcalzone/ansi-tokenize/build/tokenize.js').join('')).toMatch(/segmenter\w* = \(\) => segmenter_\w* \?\?= new Intl\.Segmenter/);
		expect(code('slice-ansi/tokenize-ansi.js').join('')).toMatch(/GRAPHEME_SEGMENTER\w* = \(\) => GRAPHEME_SEGMENTER_\w* \?\?= new Intl\.Segmenter/);
	});

	it('decodes yoga’s WebAssembly without fetch', () => {
		const yoga = code('yoga-layout/dist/binaries/yoga-wasm-base64-esm.js').join('');
		expect(yoga).toMatch(/function ya\(\) \{\s*return true \?/);
		expect(yoga).not.toMatch(/function ya\(\) \{\s*return w \|\|/);
	});

	it('loads meow’s package normaliser only when used', () => {
		const meow = code('meow/build/dependencies.js').join('');
		expect(meow).toContain('normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args)');
		expect(meow).not.toMatch(/var normalizeExports = requireNormalize\(\);/);
	});

	it('carries no React DevTools (ws, react-devtools-core) and no CI mode', () => {
		const paths = [...modules.keys()];
		expect(paths.filter(p => /node_modules\/(ws|react-devtools-core|is-in-ci)\//.test(p))).toEqual([]);
		expect(modules.get('ink-stub:is-in-ci')).toMatch(/= false/);
		// What is left of Ink's devtools import: an empty module.
		for (const chunk of chunks.filter(c => c.name.includes('devtools'))) expect(chunk.size, chunk.name).toBeLessThan(1024);
	});
});

describe('dist/THIRD-PARTY-NOTICES.md', () => {
	const notices = () => readFileSync(join(dist, 'THIRD-PARTY-NOTICES.md'), 'utf8');
	/** Packages whose modules are in the bundle, read from the module comments (not from the metafile the notices came from). */
	const bundled = () => {
		const names = new Set<string>();
		for (const path of modules.keys()) {
			const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path);
			if (m) names.add(m[1]!);
		}
		return names;
	};

	it('has a section, with its licence text, for every package in the bundle', () => {
		const text = notices();
		const names = bundled();
		expect(names.size).toBeGreaterThan(30);
		for (const name of names) {
			const section = text.split(/^## /m).find(s => s.startsWith(`${name} `));
			expect(section, name).toBeDefined();
			expect(section, name).toMatch(/^License: \S+/m);
			// A licence text or, for a package shipping none, the notice from its sources.
			expect(section, name).toMatch(/Permission|Licensed under|Apache License|THE SOFTWARE IS PROVIDED|licensed under the MIT license|Redistribution and use/i);
		}
	});

	it('keeps the Apache-2.0 and ISC texts, and meow’s own notices of what it bundles', () => {
		const text = notices();
		expect(text.split(/^## /m).find(s => s.startsWith('fuse.js '))).toMatch(/Apache License\s+Version 2\.0/);
		expect(text.split(/^## /m).find(s => s.startsWith('signal-exit '))).toMatch(/^License: ISC/m);
		expect(text.split(/^## /m).find(s => s.startsWith('meow '))).toMatch(/Name: yargs-parser/);
	});
});

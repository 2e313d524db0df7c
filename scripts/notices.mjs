// THIRD-PARTY-NOTICES.md for the bundle. esbuild drops every licence comment
// (legalComments: 'none' keeps the chunks small), and the tarball has no
// node_modules, so the notices the MIT, ISC and Apache licences ask us to ship
// travel in this file instead: one section per package whose code is in the
// bundle (read off esbuild's metafile, so a package only imported by dead code
// is not listed), with its version, licence and the text of its licence files.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, resolve} from 'node:path';

const LICENCE_FILE = /^(licen[cs]e|copying)([-_.][\w.-]*)?$/i;
const NOTICE_FILE = /^notice(\.(md|txt))?$/i;
// Packages that bundle others (meow) ship those packages' licences in a file of
// their own; it is carried over whole.
const BUNDLED_LICENCES = /^(licenses|third[-_]party[-_]notices?)\.(md|txt)$/i;

/** The package directory and name of a bundled file, or null for our own sources. */
export function packageOf(input) {
	const path = input.replace(/\\/g, '/');
	const at = path.lastIndexOf('node_modules/');
	if (at < 0 || path.includes(':')) return null;
	const rest = path.slice(at + 'node_modules/'.length).split('/');
	const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
	return {name, dir: path.slice(0, at + 'node_modules/'.length) + name};
}

/** Directories (relative to `cwd`) of the packages that put code into any output. */
export function bundledPackages(metafile) {
	const dirs = new Map();
	for (const output of Object.values(metafile.outputs)) {
		for (const [input, {bytesInOutput}] of Object.entries(output.inputs)) {
			if (!bytesInOutput) continue;
			const pkg = packageOf(input);
			if (pkg) dirs.set(pkg.dir, pkg.name);
		}
	}
	return [...dirs.keys()];
}

function licenceOf(manifest) {
	if (typeof manifest.license === 'string') return manifest.license;
	if (manifest.license?.type) return manifest.license.type;
	if (Array.isArray(manifest.licenses)) return manifest.licenses.map(l => l.type ?? l).join(' OR ');
	return 'UNKNOWN';
}

function repositoryOf(manifest) {
	const repo = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
	if (!repo) return manifest.homepage ?? null;
	if (/^(github:)?[\w.-]+\/[\w.-]+$/.test(repo)) return `https://github.com/${repo.replace(/^github:/, '')}`;
	return repo
		.replace(/^git\+/, '')
		.replace(/^git@([^:]+):/, 'https://$1/')
		.replace(/^(git|ssh):\/\/(git@)?/, 'https://')
		.replace(/\.git$/, '');
}

/** The first comment of the package's entry file, for packages without a licence file. */
function headerNotice(dir, manifest) {
	const entry = typeof manifest.exports === 'object' ? (manifest.exports['.'] ?? manifest.exports) : manifest.main;
	const file = [typeof entry === 'string' ? entry : (entry?.default ?? entry?.import), manifest.main, 'index.js'].find(
		f => typeof f === 'string' && existsSync(join(dir, f)),
	);
	if (!file) return null;
	const comment = /^\s*\/\*\*?([\s\S]*?)\*\//.exec(readFileSync(join(dir, file), 'utf8'));
	return comment && /copyright/i.test(comment[1]) ? comment[1].replace(/^[ \t]*\* ?/gm, '').trim() : null;
}

function fence(text) {
	const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(run => run.length));
	const ticks = '`'.repeat(longest + 1);
	return `${ticks}text\n${text.trim()}\n${ticks}`;
}

/** One package's section: heading, licence, where it comes from, and its licence texts. */
function section(dir) {
	const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	const files = readdirSync(dir).sort();
	const lines = [`## ${manifest.name} ${manifest.version}`, '', `License: ${licenceOf(manifest)}`];
	const repo = repositoryOf(manifest);
	if (repo) lines.push(`Source: ${repo}`);
	const licences = files.filter(f => LICENCE_FILE.test(f) && statSync(join(dir, f)).isFile());
	for (const file of licences) lines.push('', fence(readFileSync(join(dir, file), 'utf8')));
	if (licences.length === 0) {
		const header = headerNotice(dir, manifest);
		lines.push('', `The package ships no licence file; its package.json says ${licenceOf(manifest)}.${header ? ' The notice in its source files:' : ''}`);
		if (header) lines.push('', fence(header));
	}
	for (const file of files.filter(f => NOTICE_FILE.test(f))) lines.push('', `${file}:`, '', fence(readFileSync(join(dir, file), 'utf8')));
	for (const sub of ['', 'build', 'dist']) {
		const where = join(dir, sub);
		if (!existsSync(where) || !statSync(where).isDirectory()) continue;
		for (const file of readdirSync(where).filter(f => BUNDLED_LICENCES.test(f))) {
			lines.push(
				'',
				`${manifest.name} bundles other packages; their licences as it ships them (${join(sub, file)}):`,
				'',
				fence(readFileSync(join(where, file), 'utf8')),
			);
		}
	}
	return {name: manifest.name, version: manifest.version, licence: licenceOf(manifest), text: lines.join('\n')};
}

/** The notices file for a build's metafile; `cwd` is the directory esbuild ran in. */
export function thirdPartyNotices(metafile, {cwd = process.cwd(), name, version} = {}) {
	const sections = bundledPackages(metafile)
		.map(dir => section(resolve(cwd, dir)))
		.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'));
	const head = [
		'# Third-party notices',
		'',
		`${name ?? 'This package'}${version ? ` ${version}` : ''} ships its dependencies bundled into \`dist/\`; the bundle keeps no licence comments,`,
		'so the licences of the code it carries are collected here, one section per package (generated by',
		'`scripts/notices.mjs` when the bundle is built). The project itself is under the MIT licence (`LICENSE`);',
		'the bundled news texts are described in `data/NOTICE.md`.',
		'',
		'| package | version | licence |',
		'| --- | --- | --- |',
		...sections.map(s => `| ${s.name} | ${s.version} | ${s.licence} |`),
	];
	return `${[head.join('\n'), ...sections.map(s => s.text)].join('\n\n')}\n`;
}

#!/usr/bin/env node
// Regenerates the bidi fixtures under tests/fixtures/bidi/. Needs GNU FriBidi's
// command-line tool and the Unicode data files, from Debian:
//   apt-get install -y libfribidi-bin unicode-data
// `npm test` does not: it reads the committed fixtures.
//
//   node tests/scripts/fribidi-fixtures.mjs
//
// 1. fribidi-seeds.json: the first four lines of each article in data/raw,
//    each with `fribidi --nopad --nobreak` output (FriBidi shapes Arabic by
//    default and has no switch to stop it; it writes U+FEFF after a lam-alef
//    ligature to keep the string length) and the same with --reordernsm
//    (harakat after their base, as a terminal needs them).
// 2. BidiCharacterTest.sample.txt: a deterministic sample of Unicode's
//    BidiCharacterTest.txt, a few dozen lines from each kind of content.
import {execFileSync} from 'node:child_process';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'tests', 'fixtures', 'bidi');

function fribidi(line, extra = []) {
	return execFileSync('fribidi', ['--nopad', '--nobreak', ...extra], {input: line + '\n', encoding: 'utf8'}).replace(/\n$/, '');
}

const version = execFileSync('fribidi', ['--version'], {encoding: 'utf8'}).split('\n')[0];
const raw = join(root, 'data', 'raw');
const seeds = [];
for (const file of readdirSync(raw)
	.filter(f => f.endsWith('.txt'))
	.sort()) {
	const lines = readFileSync(join(raw, file), 'utf8').split(/\r?\n/);
	let taken = 0;
	for (let i = 0; i < lines.length && taken < 4; i++) {
		const logical = lines[i].trim();
		if (!/[\u0600-\u06FF]/.test(logical)) continue;
		seeds.push({
			source: `${file}:${i + 1}`,
			logical,
			fribidi: fribidi(logical),
			fribidiReorderNsm: fribidi(logical, ['--reordernsm']),
		});
		taken++;
	}
}
writeFileSync(join(out, 'fribidi-seeds.json'), JSON.stringify({generator: `${version}: fribidi --nopad --nobreak [--reordernsm]`, seeds}, null, '\t') + '\n');

// 3. reader-rows.json: the first body sentence of article 000 as the article
//    reader shows it at 100 columns (a 96-column text area after the 2-column
//    gutter and margin), wrapped greedily at spaces in logical order, and each
//    line's visual order from FriBidi. The app under test runs with --no-shape,
//    so FriBidi's shaping is undone: each visual position takes the logical
//    character FriBidi's visual-to-logical map (--vtol) points at, except where
//    FriBidi mirrored a bracket, whose mirrored form is kept.
const presentationForm = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;
function fribidiUnshaped(line) {
	const chars = Array.from(line);
	const [visualLine, vtolLine] = execFileSync('fribidi', ['--nopad', '--nobreak', '--vtol'], {input: line + '\n', encoding: 'utf8'}).split('\n');
	const visual = Array.from(visualLine);
	const vtol = vtolLine.trim().split(/\s+/).map(Number);
	if (vtol.length !== chars.length || visual.length !== chars.length) throw new Error(`fribidi map length differs for: ${line}`);
	return vtol.map((from, i) => (presentationForm.test(visual[i]) ? chars[from] : visual[i])).join('');
}
const columnsOf = text => Array.from(text).filter(c => !/\p{Mn}/u.test(c)).length;
function greedyWrap(text, width) {
	const lines = [];
	let line = '';
	for (const word of text.split(/ +/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (columnsOf(next) <= width || !line) line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}
const dataset = JSON.parse(readFileSync(join(root, 'data', 'dataset.json'), 'utf8'));
const article = dataset.articles.find(a => a.id.startsWith('000'));
const sentence = article.sentences.find(s => s.kind === 'body');
const readerWidth = 96;
const logicalLines = greedyWrap(sentence.text, readerWidth);
writeFileSync(
	join(out, 'reader-rows.json'),
	JSON.stringify(
		{
			generator: `${version}: fribidi --nopad --nobreak --vtol, shaping undone`,
			columns: 100,
			rows: 30,
			readerWidth,
			sentence: sentence.id,
			lines: logicalLines.map(logical => ({logical, fribidi: fribidiUnshaped(logical)})),
		},
		null,
		'\t',
	) + '\n',
);

const testFile = '/usr/share/unicode/BidiCharacterTest.txt';
const all = readFileSync(testFile, 'utf8').split('\n');
const header = all.find(l => l.startsWith('# BidiCharacterTest-')) ?? '# BidiCharacterTest';
const data = all.filter(l => l && !l.startsWith('#'));
const has = (line, re) =>
	line
		.split(';')[0]
		.split(' ')
		.some(cp => re.test(String.fromCodePoint(parseInt(cp, 16))));
const buckets = [
	['auto paragraph direction', l => l.split(';')[1] === '2'],
	['arabic letters (AL)', l => has(l, /[\u0600-\u06FF]/)],
	['arabic-indic digits (AN)', l => has(l, /[\u0660-\u0669]/)],
	['hebrew (R)', l => has(l, /[\u05D0-\u05EA]/)],
	['european digits (EN)', l => has(l, /[0-9]/)],
	['marks (NSM)', l => has(l, /\p{Mn}/u)],
	['brackets', l => has(l, /[()[\]{}\u2329\u232A\u3008\u3009]/)],
	['other neutrals (ON)', l => has(l, /[!"&'*;<=>?@\\^_`|~]/)],
	['anything else', () => true],
];
const perBucket = 50;
const chosen = new Set();
for (const [, test] of buckets) {
	const matching = data.filter(l => !chosen.has(l) && test(l));
	const step = Math.max(1, Math.floor(matching.length / perBucket));
	for (let i = 0; i < matching.length && i / step < perBucket; i += step) chosen.add(matching[i]);
}
const sample = data.filter(l => chosen.has(l));
writeFileSync(
	join(out, 'BidiCharacterTest.sample.txt'),
	[
		`# A deterministic sample (${sample.length} of ${data.length} lines) of the Unicode Character Database's`,
		'# BidiCharacterTest.txt, taken from /usr/share/unicode/BidiCharacterTest.txt (Debian package',
		'# unicode-data) by tests/scripts/fribidi-fixtures.mjs. Format and licence as in the original:',
		'# https://www.unicode.org/Public/UCD/latest/ucd/BidiCharacterTest.txt, © Unicode, Inc., Unicode licence.',
		header,
		'# Fields: code points; paragraph direction (0 LTR, 1 RTL, 2 auto); resolved paragraph level;',
		'# resolved levels (x = removed by X9); visual order, left to right, of the kept characters.',
		...sample,
		'',
	].join('\n'),
);
console.log(`wrote ${seeds.length} FriBidi seeds and ${sample.length} BidiCharacterTest lines to ${out}`);

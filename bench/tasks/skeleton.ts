// Child process: issue 21's lean skeleton of the ingest pipeline, the second
// reference for the ingest rate. Per article: read, normalise once, split into
// sentences, one Aho–Corasick scan (lexicon terms at word boundaries, with one
// proclitic letter allowed), a date pattern tried only in sentences holding a
// digit or a month word, and one compact JSON line written. What a pipeline
// that does the same kinds of work in one pass costs.
// argv: corpusDir outFile [passes]. One JSON line: articles, ms (median pass).
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {normalise} from '../../source/arabic/normalise.js';
import {buildAutomaton, scan} from '../lib/aho-corasick.js';
import {lexiconTerms, monthWords} from '../lib/lexicon-terms.js';
import {median, peakRssMb} from '../lib/stats.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [dir, outFile, passesArg] = process.argv.slice(2) as [string, string, string | undefined];
const files = readdirSync(dir)
	.filter(f => f.endsWith('.txt'))
	.sort();
const months = monthWords(root);
const terms = [...new Set([...lexiconTerms(root), ...months])].sort();
const monthIds = new Set(months.map(m => terms.indexOf(m)));
const automaton = buildAutomaton(terms);
const monthAlt = months.map(m => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const DATE = new RegExp(`(\\d{1,2})(?:\\s*(?:-|و)\\s*\\d{1,2})?\\s+(?:من\\s+)?(${monthAlt})(?:\\s+(\\d{4}))?|(\\d{1,2})/(\\d{1,2})/(\\d{4})`, 'g');
const isLetter = (c: number) => (c >= 0x621 && c <= 0x64a) || (c >= 0x61 && c <= 0x7a);
const PROCLITIC = new Set([...'وفبكل'].map(c => c.charCodeAt(0)));

function article(file: string): string {
	const text = normalise(readFileSync(join(dir, file), 'utf8'));
	const sentences: Array<{s: number; e: number; hits: number[]; dates: string[]}> = [];
	const split = /[.!?؟\n]+/g;
	let start = 0;
	const one = (s: number, e: number) => {
		if (e - s < 2) return;
		const sentence = text.slice(s, e);
		const hits: number[] = [];
		let gated = false;
		scan(automaton, sentence, (term, a, b) => {
			const before = a > 0 ? sentence.charCodeAt(a - 1) : 32;
			const startOk = !isLetter(before) || (PROCLITIC.has(before) && (a < 2 || !isLetter(sentence.charCodeAt(a - 2))));
			if (!startOk || (b < sentence.length && isLetter(sentence.charCodeAt(b)))) return;
			if (monthIds.has(term)) gated = true;
			hits.push(term, a, b);
		});
		const dates: string[] = [];
		if (gated || /[0-9]/.test(sentence)) {
			DATE.lastIndex = 0;
			for (let m = DATE.exec(sentence); m; m = DATE.exec(sentence)) dates.push(m[0]);
		}
		sentences.push({s, e, hits, dates});
	};
	for (let m = split.exec(text); m; m = split.exec(text)) {
		one(start, m.index);
		start = m.index + m[0].length;
	}
	one(start, text.length);
	return JSON.stringify({id: file.slice(0, -4), sentences});
}

const times: number[] = [];
let bytes = 0;
for (let pass = 0; pass < Number(passesArg ?? 3); pass++) {
	const t = performance.now();
	const lines: string[] = [];
	for (const f of files) lines.push(article(f));
	const text = `${lines.join('\n')}\n`;
	writeFileSync(outFile, text);
	bytes = text.length;
	times.push(performance.now() - t);
}
const ms = median(times);
process.stdout.write(
	`${JSON.stringify({articles: files.length, ms, articlesPerSecond: files.length / (ms / 1000), passes: times.length, outChars: bytes, peakRssMb: peakRssMb()})}\n`,
);

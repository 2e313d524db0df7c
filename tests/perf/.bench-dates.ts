import {readFileSync, readdirSync} from 'node:fs';
import {clean} from '../../source/ingest/clean.js';
import {splitSentences} from '../../source/ingest/sentences.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {normaliseWithMap} from '../../source/arabic/normalise.js';
import {extractDates} from '../../source/ingest/extract/dates.js';
import * as ref from './dates-reference.js';
const {calendar, boilerplate} = loadLexicons('data/lexicon');
const files = readdirSync('/tmp/c1k').filter(f => f.endsWith('.txt')).sort();
const sents: string[] = [];
for (const f of files) for (const s of splitSentences(clean({id: f, file: f, text: readFileSync('/tmp/c1k/' + f, 'utf8')}, boilerplate))) sents.push(s.text);
const norms = sents.map(s => normaliseWithMap(s));
console.log('sentences', sents.length);
const which = process.argv[2] ?? 'both';
for (let r = 0; r < (process.env.ROUNDS ? +process.env.ROUNDS : 8); r++) {
	for (const [name, fn] of [['new', extractDates], ['old', ref.extractDates]] as const) {
		if (which !== 'both' && which !== name) continue;
		const t0 = process.cpuUsage();
		let k = 0;
		for (let i = 0; i < sents.length; i++) k += fn(sents[i]!, '2022-01-12', calendar, {normalised: norms[i]}).length;
		const u = process.cpuUsage(t0);
		console.log(name, ((u.user + u.system) / 1000).toFixed(0), 'ms cpu', k);
	}
}

// Rebuilds meta.json, events.ndjson and postings.bin of a dataset directory
// from its articles.ndjson, without parsing the raw texts again (a dataset
// directory's articles are the parsed ones). argv: DIR [--no-events]
// --no-events skips event linking (events come out empty): only for
// measuring the explorer when linking a corpus takes too long; the figures
// must then say so.
import {closeSync, openSync, readSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import type {Article} from '../../source/dataset/schema.js';
import {ARTICLES_FILE, EVENTS_FILE, POSTINGS_FILE} from '../../source/dataset/directory/layout.js';
import {createDirectoryBuilder, writeDirectoryIndex} from '../../source/ingest/directory.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {directoryRow, prepareDirectoryArticle} from '../../source/ingest/directory-prepare.js';
import {peakRssMb} from '../lib/stats.js';
import {SEARCH_FILE} from '../../source/search/stored-index.js';

const [dir, flag] = process.argv.slice(2) as [string, string | undefined];
const lex = loadLexicons();
const events = flag === '--no-events' ? {...lex.events, types: []} : lex.events;
const builder = createDirectoryBuilder({...lex, events});
const started = performance.now();
const fd = openSync(join(dir, ARTICLES_FILE), 'r');
const chunk = Buffer.alloc(16 * 1024 * 1024);
let carry = Buffer.alloc(0);
let offset = 0;
// Where each line really is: the builder's re-serialised line may differ in length.
const positions: Array<[number, number]> = [];
let at = 0;
for (;;) {
	const n = readSync(fd, chunk, 0, chunk.length, offset);
	if (n === 0) break;
	offset += n;
	// Split on newline bytes, so a character cut by the chunk boundary is never decoded in halves.
	const data = Buffer.concat([carry, chunk.subarray(0, n)]);
	let start = 0;
	for (let nl = data.indexOf(10, start); nl >= 0; nl = data.indexOf(10, start)) {
		if (nl > start) {
			builder.add(directoryRow(prepareDirectoryArticle(JSON.parse(data.toString('utf8', start, nl)) as Article, {...lex, events})));
			positions.push([at, nl + 1 - start]);
		}
		at += nl + 1 - start;
		start = nl + 1;
	}
	carry = Buffer.from(data.subarray(start));
}
closeSync(fd);
const parsedMs = performance.now() - started;
// Written again, as new files, by finish.
rmSync(join(dir, EVENTS_FILE), {force: true});
rmSync(join(dir, POSTINGS_FILE), {force: true});
rmSync(join(dir, SEARCH_FILE), {force: true});
const {meta, eventSpans, summary, search} = builder.finish(dir);
meta.articles.forEach((h, n) => {
	[h.offset, h.length] = positions[n]!;
});
writeDirectoryIndex(dir, meta, eventSpans, search);
console.log(JSON.stringify({summary, parsedMs, totalMs: performance.now() - started, peakRssMb: peakRssMb(), events: flag !== '--no-events'}));

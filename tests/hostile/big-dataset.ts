// A large JSON dataset for the tests that must catch a write in progress
// (a signal, a full disk): the bundled dataset's articles copied under new ids.
// The copies are not linked to facets; a dataset does not require that.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {root} from '../cli/helpers.js';

type Sentence = {id: string};
type Article = {id: string; file: string; sentences: Sentence[]};

/** Writes `copies` copies of every bundled article into `path`; returns its size in bytes. */
export function writeBigDataset(path: string, copies: number): number {
	const dataset = JSON.parse(readFileSync(join(root, 'data', 'dataset.json'), 'utf8')) as {articles: Article[]};
	const articles: Article[] = [...dataset.articles];
	for (let c = 1; c < copies; c++) {
		for (const a of dataset.articles) {
			const id = `${a.id}-copy${c}`;
			articles.push({...a, id, file: `${id}.txt`, sentences: a.sentences.map(s => ({...s, id: `${id}:${s.id.slice(s.id.lastIndexOf(':') + 1)}`}))});
		}
	}
	articles.sort((a, b) => (a.id < b.id ? -1 : 1));
	const text = JSON.stringify({...dataset, articles});
	writeFileSync(path, text);
	return Buffer.byteLength(text);
}

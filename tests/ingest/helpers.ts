// Shared loading for the ingest tests: seeds, gold annotations, lexicons.
import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {join} from 'node:path';
import {clean} from '../../source/ingest/clean.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import type {RawArticle} from '../../source/ingest/types.js';
import type {GoldArticle} from '../pipeline/scoring.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const lexiconDir = join(root, 'data/lexicon');
export const {calendar, boilerplate} = loadLexicons(lexiconDir);

export type {GoldArticle};
export const gold: GoldArticle[] = JSON.parse(readFileSync(join(root, 'tests/fixtures/seeds-gold.json'), 'utf8')).articles;

export function seeds(): RawArticle[] {
	const dir = join(root, 'data/raw');
	return readdirSync(dir)
		.filter(f => f.endsWith('.txt'))
		.sort()
		.map(file => ({
			id: file.replace(/\.txt$/, ''),
			file,
			text: readFileSync(join(dir, file), 'utf8')
				.replace(/^\uFEFF/, '')
				.replace(/\r\n?/g, '\n'),
		}));
}

export function goldFor(file: string): GoldArticle {
	const g = gold.find(a => a.file === file);
	if (!g) throw new Error(`no gold for ${file}`);
	return g;
}

export const raw = (text: string, id = 'x'): RawArticle => ({id, file: `${id}.txt`, text});
export const cleaned = (text: string) => clean(raw(text), boilerplate);

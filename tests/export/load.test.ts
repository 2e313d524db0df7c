import {describe, expect, it} from 'vitest';
import {parseDataset} from '../../source/dataset/load.js';
import {DataError} from '../../source/errors.js';
import {miniDataset} from '../fixtures/mini-dataset.js';

const clone = () => JSON.parse(JSON.stringify(miniDataset));

describe('loadDataset', () => {
	it('accepts the mini dataset', () => {
		expect(parseDataset(JSON.stringify(miniDataset), 'x.json').articles.length).toBe(miniDataset.articles.length);
	});
	it('names the JSON path and the bad value', () => {
		const data = clone();
		data.events[1].date = '12 يناير';
		expect(() => parseDataset(JSON.stringify(data), 'data/x.json')).toThrow(/^data\/x\.json: events\[1\]\.date: expected an ISO date.*got '12 يناير'$/);
	});
	it('reports a truncated file', () => {
		const text = JSON.stringify(miniDataset);
		expect(() => parseDataset(text.slice(0, text.length / 2), 'x.json')).toThrow(/x\.json: truncated or not valid JSON/);
	});
	it('reports another schema version', () => {
		const data = clone();
		data.version = 2;
		expect(() => parseDataset(JSON.stringify(data), 'x.json')).toThrow(/x\.json: dataset schema version 2, this tool reads version 1/);
	});
	it('reports a missing array with its path', () => {
		const data = clone();
		delete data.articles[0].sentences;
		expect(() => parseDataset(JSON.stringify(data), 'x.json')).toThrow(/x\.json: articles\[0\]\.sentences: /);
	});
	it('throws DataError (exit 1)', () => {
		try {
			parseDataset('nope', 'x.json');
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(DataError);
			expect((error as DataError).exitCode).toBe(1);
		}
	});
});

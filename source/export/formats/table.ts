// An aligned table for reading: the only format that needs every row before
// it writes, to size its columns.
import {flatRow} from '../flatten.js';
import {renderTable} from '../table.js';
import {defineFormat} from './types.js';

export const table = defineFormat({
	name: 'table',
	extensions: ['.txt'],
	description: 'aligned columns fitted to the terminal, Arabic laid out for it (in a file: full width, stored order)',
	// Twenty columns never fit a terminal: a few that identify the record. `--fields` overrides.
	defaultFields: {
		sentence: ['id', 'outlet', 'published', 'line', 'speaker', 'text'],
		article: ['id', 'outlet', 'published', 'sentences', 'title'],
		// The label already says what, where and when; ids and dates are never cut, so
		// at 80 columns the label keeps room only if place and articles stay out.
		event: ['id', 'date', 'disputed', 'label'],
		actor: ['id', 'nameEn', 'nameAr', 'affiliation', 'source', 'mentions', 'roles'],
		source: ['id', 'kind', 'name', 'nameAr', 'mentions', 'articles'],
		hit: ['kind', 'id', 'score', 'match', 'label'],
	},
	async write(records, sink, {fields, table: options}) {
		const rows: string[][] = [];
		for (const record of records) rows.push(flatRow(record, fields));
		await sink.write(`${renderTable(fields, rows, options).join('\n')}\n`);
		return rows.length;
	},
});

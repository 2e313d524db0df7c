// Markdown: a pipe table, to paste into notes and reports.
import {flatRow} from '../flatten.js';
import {mdHeader, mdRow} from '../markdown.js';
import {defineFormat} from './types.js';

export const markdown = defineFormat({
	name: 'md',
	extensions: ['.md', '.markdown'],
	description: 'a Markdown table (or, for `compare`, a report) with `file:line` provenance',
	async write(records, sink, {fields}) {
		let count = 0;
		await sink.write(mdHeader(fields));
		for (const record of records) {
			await sink.write(mdRow(flatRow(record, fields)));
			count++;
		}
		return count;
	},
});

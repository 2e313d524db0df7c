// CSV for spreadsheets and data frames: a header row, then one row a record.
import {csvLine} from '../csv.js';
import {flatRow} from '../flatten.js';
import {defineFormat} from './types.js';

export const csv = defineFormat({
	name: 'csv',
	extensions: ['.csv'],
	description: 'RFC 4180: header row, CRLF, UTF-8 (`--bom` adds a byte-order mark); arrays joined with `;`',
	async write(records, sink, {fields, bom}) {
		let count = 0;
		await sink.write((bom ? '\uFEFF' : '') + csvLine(fields));
		for (const record of records) {
			await sink.write(csvLine(flatRow(record, fields)));
			count++;
		}
		return count;
	},
});

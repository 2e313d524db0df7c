// JSON: one array, written record by record so a large export streams.
import {pick} from '../flatten.js';
import {defineFormat} from './types.js';
import {jsonText} from '../json-text.js';

function indent(text: string, prefix: string): string {
	return text.replaceAll('\n', `\n${prefix}`);
}

export const json = defineFormat({
	name: 'json',
	extensions: ['.json'],
	description: 'an array (pretty on a terminal and in files, compact on a pipe); `show` and `compare` print one object',
	async write(records, sink, {fields, pretty}) {
		let count = 0;
		// The bracket goes out with the first record, not before it: a dataset found
		// damaged while reading that record must leave nothing on stdout.
		for (const record of records) {
			const body = pretty ? `\n  ${indent(jsonText(pick(record, fields), 2), '  ')}` : jsonText(pick(record, fields));
			await sink.write(count === 0 ? `[${body}` : `,${body}`);
			count++;
		}
		await sink.write(count === 0 ? '[]\n' : pretty ? '\n]\n' : ']\n');
		return count;
	},
});

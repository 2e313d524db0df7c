// Ids only, one a line: what `--ids -` reads back.
import {recordId} from '../records.js';
import {defineFormat} from './types.js';

export const ids = defineFormat({
	name: 'ids',
	extensions: ['.ids'],
	description: 'one id a line, for `--ids -`',
	async write(records, sink) {
		let count = 0;
		for (const record of records) {
			await sink.write(`${recordId(record)}\n`);
			count++;
		}
		return count;
	},
});

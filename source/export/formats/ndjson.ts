// NDJSON (JSON Lines): one record a line, for streaming tools such as jq.
import {pick} from '../flatten.js';
import {defineFormat} from './types.js';
import {jsonText} from '../json-text.js';

export const ndjson = defineFormat({
	name: 'ndjson',
	extensions: ['.ndjson', '.jsonl'],
	description: 'one record a line, streamed',
	async write(records, sink, {fields}) {
		let count = 0;
		for (const record of records) {
			await sink.write(`${jsonText(pick(record, fields))}\n`);
			count++;
		}
		return count;
	},
});

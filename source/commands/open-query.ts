// The query over a dataset file or directory, for the commands that read one.
// Its own module so that run.ts can load it only for them (commands/run.ts).
// Validation (zod, and the directory reader that uses it) is imported when a
// dataset needs it: the bundled dataset, sealed by the build (dataset/seal.ts),
// opens without it.
import {parseDatasetJson, readDatasetBytes} from '../dataset/dataset-file.js';
import {isSealed, sealedDataset} from '../dataset/seal.js';
import {buildQuery} from '../query/build.js';
import {isDirectoryDataset} from '../dataset/directory/layout.js';
import type {Query} from '../query/types.js';

/** A directory is the layout for large corpora (see dataset/directory/layout.ts). */
export async function openQuery(dataPath: string): Promise<Query> {
	if (isDirectoryDataset(dataPath)) {
		const [{buildDirectoryQuery}, {openDirectoryDataset}] = await Promise.all([import('../query/directory.js'), import('../dataset/directory/open.js')]);
		return buildDirectoryQuery(openDirectoryDataset(dataPath));
	}
	const bytes = readDatasetBytes(dataPath);
	const json = parseDatasetJson(bytes.toString('utf8'), dataPath);
	if (isSealed(bytes)) return buildQuery(sealedDataset(json));
	const {validateDataset} = await import('../dataset/load.js');
	return buildQuery(validateDataset(json, dataPath));
}

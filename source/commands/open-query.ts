// The query over a dataset file or directory, for the commands that read one.
// Its own module so that run.ts can load it only for them (commands/run.ts).
import {loadDataset} from '../dataset/load.js';
import {buildQuery} from '../query/build.js';
import {buildDirectoryQuery} from '../query/directory.js';
import {isDirectoryDataset} from '../dataset/directory/layout.js';
import {openDirectoryDataset} from '../dataset/directory/open.js';
import type {Query} from '../query/types.js';

/** A directory is the layout for large corpora (see dataset/directory/layout.ts). */
export function openQuery(dataPath: string): Query {
	return isDirectoryDataset(dataPath) ? buildDirectoryQuery(openDirectoryDataset(dataPath)) : buildQuery(loadDataset(dataPath));
}

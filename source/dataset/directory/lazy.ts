// Datasets whose article sentences are read from disk on demand (a dataset
// directory). Code that would walk every sentence asks first, and takes the
// indexed way instead.
import type {Dataset} from '../schema.js';

const lazy = new WeakSet<Dataset>();

export function markLazy(dataset: Dataset): Dataset {
	lazy.add(dataset);
	return dataset;
}

export function isLazyDataset(dataset: Dataset): boolean {
	return lazy.has(dataset);
}

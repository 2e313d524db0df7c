// How the dataset names things it finds by name (outlets, events): stable ids
// from text, so the same name gives the same id in every ingest.
import {normalise} from '../arabic/normalise.js';

/**
 * An id from a name: Latin letters lower-cased and stripped of accents, Arabic
 * letters kept in their matching form (an Arabic outlet name must not collapse
 * to an empty id), everything else a hyphen.
 */
export function slug(text: string): string {
	return normalise(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
		.replace(/[^a-z0-9\u0621-\u064a]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

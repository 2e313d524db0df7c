// The bundled dataset's seal: the build validates data/dataset.json against the
// dataset schema once and writes the SHA-256 of its bytes, with the schema's
// key plan (dataset/build/schema-order.ts), to dist/bundled-dataset.seal.json
// (scripts/build.mjs). A dataset file whose bytes have that digest is those
// bytes, already found valid, so opening it needs JSON.parse and a copy along
// the plan (the keys in the order, and the defaults, zod's parse gives), not
// zod itself, whose loading and schema set-up were ~45 ms of the explorer's
// first frame. Any other file, or the bundled one edited, is validated as
// before. Validity is a property of the bytes, so the seal is sound wherever
// the file lives.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {packageRoot} from './paths.js';
import {copy, type Plan} from './build/schema-order.js';
import type {Dataset} from './schema.js';

export const SEAL_FILE = 'bundled-dataset.seal.json';

/** `size`: the bytes' length, compared first, so another dataset is not hashed (29 MB at 1k articles: 20–35 ms). */
export type Seal = {sha256: string; size: number; plan: Plan};

let seal: Seal | null | undefined;

/** The seal the build wrote, or null (no build, or it sealed nothing). */
function recordedSeal(): Seal | null {
	if (seal !== undefined) return seal;
	seal = null;
	const root = packageRoot();
	try {
		const read = root ? (JSON.parse(readFileSync(join(root, 'dist', SEAL_FILE), 'utf8')) as Partial<Seal>) : null;
		if (read && typeof read.sha256 === 'string' && /^[0-9a-f]{64}$/.test(read.sha256) && Number.isSafeInteger(read.size) && read.plan?.kind === 'object')
			seal = read as Seal;
	} catch {
		// No seal, or not one this code wrote: the dataset is validated.
	}
	return seal;
}

export function sha256(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Are these the bytes the build validated? */
export function isSealed(bytes: Uint8Array): boolean {
	const recorded = recordedSeal();
	return recorded !== null && bytes.byteLength === recorded.size && sha256(bytes) === recorded.sha256;
}

/** The sealed bytes' parsed JSON as zod's parse gives it (call only when isSealed). */
export function sealedDataset(json: unknown): Dataset {
	return copy(json, recordedSeal()!.plan) as Dataset;
}

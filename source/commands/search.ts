// `search QUERY`: the explorer's ranked search, with score and matched span.
import {UsageError} from '../errors.js';
import type {SearchKind} from '../query/types.js';
import {hitRecord} from '../export/records.js';
import type {Context} from './context.js';
import {didYouMean} from '../util/did-you-mean.js';
import {emitRecords} from './output.js';

export const TYPES: SearchKind[] = ['article', 'sentence', 'actor', 'event', 'source'];

export function parseLimit(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--limit expects a positive whole number, got '${value}'`);
	return Number(value);
}

export async function runSearch(ctx: Context): Promise<number> {
	const text = ctx.args.join(' ').trim();
	if (!text) throw new UsageError('search needs a query, e.g. crisis-explorer search stoltenberg');
	let type: SearchKind | undefined;
	if (ctx.flags.type !== undefined) {
		if (!(TYPES as string[]).includes(ctx.flags.type)) {
			throw new UsageError(`unknown search type '${ctx.flags.type}'${didYouMean(ctx.flags.type, TYPES)} (valid: ${TYPES.join(', ')})`);
		}
		type = ctx.flags.type as SearchKind;
	}
	const limit = parseLimit(ctx.flags.limit);
	const query = await ctx.query();
	const hits = query.search(text, {type, limit});
	await emitRecords(
		ctx,
		'hit',
		hits.map(hit => hitRecord(hit, query)),
	);
	return 0;
}

// `export`: filtered sentences (default), articles or events with provenance.
// Every filter value is checked first, so a typo is a usage error with a
// suggestion rather than an empty file.
import {UsageError} from '../errors.js';
import type {Filters, Query} from '../query/types.js';
import {exportRecords} from '../export/select.js';
import type {Context} from './context.js';
import {listValues} from './flags.js';
import {didYouMean} from '../util/did-you-mean.js';
import {emitRecords} from './output.js';

import {UNITS, type Unit} from '../export/select.js';

export {UNITS, type Unit};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function checkDay(value: string): string {
	const match = ISO_DAY.exec(value);
	const valid =
		match &&
		(() => {
			const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
			return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
		})();
	if (!valid) throw new UsageError(`malformed date '${value}' for --day; expected YYYY-MM-DD, e.g. 2022-01-12`);
	return value;
}

/** Reads ids from stdin, one a line (blank lines and surrounding spaces ignored). */
export async function readIds(stdin: NodeJS.ReadStream): Promise<string[]> {
	if (stdin.isTTY) throw new UsageError('--ids - reads ids from stdin, but stdin is a terminal; pipe ids in, e.g. from --format ids');
	let text = '';
	stdin.setEncoding('utf8');
	for await (const chunk of stdin) text += chunk as string;
	return text
		.split(/\r?\n/)
		.map(line => line.trim())
		.filter(Boolean);
}

function checkIds(values: string[], exists: (id: string) => boolean, label: string, candidates: () => string[]): string[] {
	for (const value of values) {
		if (!exists(value)) throw new UsageError(`unknown ${label} '${value}'${didYouMean(value, candidates())}`);
	}
	return values;
}

export async function buildFilters(ctx: Context, query: Query, unit: Unit): Promise<{filters: Filters; ids: string[]}> {
	const {flags} = ctx;
	const filters: Filters = {};
	const day = listValues(flags.day).map(checkDay);
	if (day.length) filters.day = day;
	const actor = checkIds(
		listValues(flags.actor),
		id => Boolean(query.actor(id)),
		'actor',
		() => query.ids('actors'),
	);
	if (actor.length) filters.actor = actor;
	const source = checkIds(
		listValues(flags.source),
		id => Boolean(query.source(id)),
		'source',
		() => query.ids('sources'),
	);
	if (source.length) filters.source = source;
	const event = checkIds(
		listValues(flags.event),
		id => Boolean(query.event(id)),
		'event',
		() => query.ids('events'),
	);
	if (event.length) filters.event = event;
	const article = checkIds(
		listValues(flags.article),
		id => Boolean(query.article(id)),
		'article',
		() => query.ids('articles'),
	);
	if (article.length) filters.article = article;
	// Queries are free text: keep commas inside them.
	const texts = flags.query.map(q => q.trim()).filter(Boolean);
	if (texts.length) filters.query = texts;

	let ids = listValues(flags.ids.filter(value => value !== '-'));
	if (flags.ids.includes('-')) ids = [...ids, ...(await readIds(ctx.io.stdin))];
	if (flags.ids.length > 0) {
		if (unit === 'sentence')
			checkIds(
				ids,
				id => Boolean(query.sentence(id)),
				'sentence id',
				() => query.ids('sentences'),
			);
		else if (unit === 'article')
			checkIds(
				ids,
				id => Boolean(query.article(id)),
				'article',
				() => query.ids('articles'),
			);
		else
			checkIds(
				ids,
				id => Boolean(query.event(id)),
				'event',
				() => query.ids('events'),
			);
	}
	return {filters, ids};
}

export async function runExport(ctx: Context): Promise<number> {
	if (ctx.args.length > 0)
		throw new UsageError(`export takes no arguments; unexpected '${ctx.args[0]}' (filters are flags, e.g. --query ${JSON.stringify(ctx.args[0])})`);
	const unitFlag = ctx.flags.unit ?? 'sentence';
	if (!(UNITS as readonly string[]).includes(unitFlag))
		throw new UsageError(`unknown unit '${unitFlag}'${didYouMean(unitFlag, UNITS)} (valid: ${UNITS.join(', ')})`);
	const unit = unitFlag as Unit;
	const query = await ctx.query();
	const {filters, ids} = await buildFilters(ctx, query, unit);
	const idFilter = ctx.flags.ids.length > 0 ? ids : null;
	await emitRecords(ctx, unit, exportRecords(query, unit, filters, idFilter));
	return 0;
}

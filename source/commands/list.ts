// `list KIND`: every article, actor, organisation, place, source, event or day.
import {UsageError} from '../errors.js';
import type {Actor, Article, Day, Entity, Event, Source} from '../dataset/schema.js';
import type {ListKind} from '../query/types.js';
import type {ExportRecord, RecordKind} from '../export/fields.js';
import {actorRecord, articleRecord, dayRecord, entityRecord, eventRecord, sourceRecord} from '../export/records.js';
import {listConflicts} from '../compare/index.js';
import type {Context} from './context.js';
import {didYouMean} from '../util/did-you-mean.js';
import {emitRecords, resolveFormat} from './output.js';
import {displayTitleText} from '../dataset/display-title.js';

export const LIST_KINDS: ListKind[] = ['articles', 'actors', 'organizations', 'places', 'sources', 'events', 'days'];

const RECORD_KIND: Record<ListKind, RecordKind> = {
	articles: 'article',
	actors: 'actor',
	organizations: 'organization',
	places: 'place',
	sources: 'source',
	events: 'event',
	days: 'day',
};

export async function runList(ctx: Context): Promise<number> {
	const [kind, ...extra] = ctx.args;
	if (!kind) throw new UsageError(`list needs a kind: ${LIST_KINDS.join(', ')}`);
	// "organisations" is how half the world spells it.
	const normalised = kind === 'organisations' ? 'organizations' : kind;
	if (!(LIST_KINDS as string[]).includes(normalised)) {
		throw new UsageError(`unknown list '${kind}'${didYouMean(kind, LIST_KINDS)} (valid: ${LIST_KINDS.join(', ')})`);
	}
	if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}' after 'list ${kind}'`);
	const listKind = normalised as ListKind;
	if (ctx.flags.conflicts && listKind !== 'events') throw new UsageError(`--conflicts applies to 'list events', not 'list ${kind}'`);
	const query = await ctx.query();
	let items = query.list(listKind);
	if (ctx.flags.conflicts) {
		const events = query.ids('events').map(id => query.comparisonInputs(id)!);
		const conflicting = new Set(listConflicts(events).map(c => c.eventId));
		items = items.filter(item => conflicting.has((item as Event).id));
	}
	const format = resolveFormat(ctx);
	const records = (function* (): Generator<ExportRecord> {
		for (const item of items) {
			switch (listKind) {
				case 'articles': {
					// The aligned table is for reading: an article without a headline
					// shows its first sentence, marked. The data formats keep null.
					const record = articleRecord(item as Article);
					if (format === 'table' && record.title === null) record.title = displayTitleText(item as Article);
					yield record;
					break;
				}
				case 'actors':
					yield actorRecord(item as Actor);
					break;
				case 'organizations':
				case 'places':
					yield entityRecord(item as Entity);
					break;
				case 'sources':
					yield sourceRecord(item as Source);
					break;
				case 'events':
					yield eventRecord(item as Event, query);
					break;
				case 'days':
					yield dayRecord(item as Day);
					break;
			}
		}
	})();
	await emitRecords(ctx, RECORD_KIND[listKind], records, {format});
	return 0;
}

// Which column (CSV) or key (NDJSON) holds which field of an article. The
// defaults are the names archive exports use (Media Cloud's publish_date and
// media_name, GDELT-style url/title, text/content/body); `--columns
// text=story,published=pubdate` names others, tried first: a file without the
// named column falls back to the defaults, so one --columns serves a folder
// that mixes exports.
import {UsageError} from '../../errors.js';
import {sanitize} from '../../text/sanitize.js';

export const FIELDS = ['id', 'url', 'title', 'text', 'html', 'published', 'outlet', 'language'] as const;
export type Field = (typeof FIELDS)[number];
/** Field → the column name --columns gives it. */
export type ColumnMap = Partial<Record<Field, string>>;

/** Candidate names, in order of preference, compared without case. */
export const DEFAULT_NAMES: Record<Field, string[]> = {
	id: ['id', 'stories_id', 'story_id', 'guid'],
	url: ['url', 'link', 'canonical_url'],
	title: ['title', 'headline'],
	text: ['text', 'content', 'body', 'story_text', 'article_text'],
	html: ['html', 'raw_html'],
	published: ['published', 'publish_date', 'published_at', 'date', 'publication_date'],
	outlet: ['outlet', 'media_name', 'source', 'site_name', 'publisher'],
	language: ['language', 'lang'],
};

/** `text=story,published=pubdate` → {text: 'story', published: 'pubdate'}; a usage error names what is wrong. */
export function parseColumns(value: string | undefined): ColumnMap {
	const map: ColumnMap = {};
	if (value === undefined) return map;
	for (const pair of value.split(',')) {
		if (!pair.trim()) continue;
		const eq = pair.indexOf('=');
		const field = (eq < 0 ? pair : pair.slice(0, eq)).trim();
		const column = eq < 0 ? '' : pair.slice(eq + 1).trim();
		if (!(FIELDS as readonly string[]).includes(field)) {
			throw new UsageError(`--columns: unknown field '${sanitize(field.slice(0, 40))}' (fields: ${FIELDS.join(', ')})`);
		}
		if (!column) throw new UsageError(`--columns: ${field}= needs a column name, e.g. --columns ${field}=story`);
		map[field as Field] = column;
	}
	return map;
}

/** A field's candidate names: the one --columns gives, then the defaults (a folder may mix exports). */
function namesFor(field: Field, columns: ColumnMap): string[] {
	const named = columns[field];
	return named === undefined ? DEFAULT_NAMES[field] : [named, ...DEFAULT_NAMES[field].filter(n => n !== named.toLowerCase())];
}

/**
 * For each field, the index of its column in `header`: the one --columns
 * names, else the first default name present. A file without a text (or
 * html) column cannot be read: the reason lists what was looked for.
 */
export function resolveColumns(header: readonly string[], columns: ColumnMap): {ok: true; index: Partial<Record<Field, number>>} | {ok: false; reason: string} {
	const lower = header.map(h => h.trim().toLowerCase());
	const index: Partial<Record<Field, number>> = {};
	for (const field of FIELDS) {
		for (const name of namesFor(field, columns)) {
			const at = lower.indexOf(name.toLowerCase());
			if (at >= 0) {
				index[field] = at;
				break;
			}
		}
	}
	if (index.text === undefined && index.html === undefined) {
		return {
			ok: false,
			reason: `no text column (looked for ${namesFor('text', columns).join(', ')}); the columns are ${listColumns(header)}; name it with --columns text=COLUMN`,
		};
	}
	return {ok: true, index};
}

function listColumns(header: readonly string[]): string {
	const shown = header.slice(0, 12).map(h => h.trim() || '(blank)');
	return `${shown.join(', ')}${header.length > 12 ? ', …' : ''}`;
}

/** An NDJSON record's key for a field: as --columns or the defaults name it, as written, else without case. */
export function keyFor(record: Record<string, unknown>, field: Field, columns: ColumnMap): string | undefined {
	const names = namesFor(field, columns);
	for (const name of names) if (name in record) return name;
	const keys = Object.keys(record);
	for (const name of names) {
		const hit = keys.find(k => k.toLowerCase() === name.toLowerCase());
		if (hit) return hit;
	}
	return undefined;
}

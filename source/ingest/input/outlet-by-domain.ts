// The outlet a URL's domain names, from data/lexicon/outlets.json:
// {"outlets": [{"domain", "aliases"?, "path"?, "nameEn", "nameAr", "country", "kind", "initials"?}]}.
// A subdomain finds its site (arabic.example.com → example.com) unless it has
// its own entry; an entry with a `path` (a section of a larger site, e.g. a
// broadcaster's Arabic service at /arabic) wins for URLs under that path.
// Aliases that are domains (a dot, no spaces) are looked up too; other aliases
// are names, for the cleaner's use. No table, no lookup: the outlet stays as the
// page or record gives it.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {DataError} from '../../errors.js';
import {parseUrl} from './url.js';
import type {OutletEntry} from '../../lexicon/outlet-agencies.js';

export type {OutletEntry};
export type OutletsJson = {outlets: OutletEntry[]};
/** Domain (lower case, without `www.`) → its entries, longest path first. */
export type OutletTable = Map<string, OutletEntry[]>;

const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

export function normaliseHost(host: string): string {
	return host
		.trim()
		.toLowerCase()
		.replace(/\.$/, '')
		.replace(/^(?:www\d?|m|amp|mobile)\./, '');
}

export function buildOutletTable(json: OutletsJson): OutletTable {
	const table: OutletTable = new Map();
	for (const entry of json.outlets ?? []) {
		const domains = [entry.domain, ...(entry.aliases ?? [])].map(d => normaliseHost(d)).filter(d => DOMAIN.test(d));
		for (const domain of new Set(domains)) {
			const list = table.get(domain) ?? [];
			list.push(entry);
			table.set(domain, list);
		}
	}
	for (const list of table.values()) list.sort((a, b) => (b.path ?? '').length - (a.path ?? '').length);
	return table;
}

/** data/lexicon/outlets.json of `dir`, or an empty table when the folder has none. */
export function readOutletTable(dir: string): OutletTable {
	const path = join(dir, 'outlets.json');
	if (!existsSync(path)) return new Map();
	let json: OutletsJson;
	try {
		json = JSON.parse(readFileSync(path, 'utf8')) as OutletsJson;
	} catch (error) {
		throw new DataError(`${path}: not valid JSON (${(error as Error).message})`);
	}
	if (!json || !Array.isArray(json.outlets)) throw new DataError(`${path}: expected {"outlets": [...]}`);
	return buildOutletTable(json);
}

/** The entry for a host and path: the host, then each parent domain (news.example.co.uk → example.co.uk). */
export function outletFor(table: OutletTable, host: string, pathname = '/'): OutletEntry | null {
	if (table.size === 0) return null;
	const labels = normaliseHost(host).split('.');
	const path = pathname.toLowerCase();
	for (let i = 0; i < labels.length - 1; i++) {
		const list = table.get(labels.slice(i).join('.'));
		if (!list) continue;
		const hit = list.find(e => !e.path || underPath(path, e.path.toLowerCase()));
		if (hit) return hit;
	}
	return null;
}

function underPath(path: string, prefix: string): boolean {
	const p = `/${prefix.replace(/^\/+|\/+$/g, '')}`;
	if (p === '/') return true;
	return path === p || path.startsWith(`${p}/`);
}

export function outletForUrl(table: OutletTable, url: string | null | undefined): OutletEntry | null {
	const u = parseUrl(url);
	return u ? outletFor(table, u.hostname, u.pathname) : null;
}

/** A record's outlet written as a bare domain (archives' media_name often is): the table's name for it. */
export function outletForDomainName(table: OutletTable, name: string): OutletEntry | null {
	const host = normaliseHost(name);
	return DOMAIN.test(host) ? outletFor(table, host) : null;
}

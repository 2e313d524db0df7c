// The outlet table (data/lexicon/outlets.json): Arabic-language news sites keyed
// by domain, so that ingest can name an article's outlet from its URL. These
// checks keep hand edits honest: shape, uniqueness, codes and sort order.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const KINDS = new Set(['newspaper', 'broadcaster', 'agency', 'state-media', 'aggregator', 'portal']);
const KEYS = new Set(['domain', 'path', 'aliases', 'nameEn', 'nameAr', 'country', 'kind', 'initials']);
const DOMAIN = /^[a-z0-9.-]+\.[a-z]{2,}$/;
const ARABIC_LETTER = /[\u0621-\u064A]/;

type Outlet = Record<string, unknown>;

const table = JSON.parse(readFileSync(join(process.cwd(), 'data/lexicon/outlets.json'), 'utf8')) as {
	README: unknown;
	outlets: Outlet[];
};
const outlets = table.outlets;

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(item => typeof item === 'string' && item.length > 0);

describe('outlets table', () => {
	it('has a README and at least 300 outlets', () => {
		expect(typeof table.README).toBe('string');
		expect((table.README as string).length).toBeGreaterThan(0);
		expect(Array.isArray(outlets)).toBe(true);
		expect(outlets.length).toBeGreaterThanOrEqual(300);
	});

	it('gives every field the right type and no unknown fields', () => {
		for (const outlet of outlets) {
			const where = String(outlet.domain);
			expect(
				Object.keys(outlet).filter(key => !KEYS.has(key)),
				where,
			).toEqual([]);
			expect(typeof outlet.domain, where).toBe('string');
			expect(typeof outlet.nameEn, where).toBe('string');
			expect((outlet.nameEn as string).trim().length, where).toBeGreaterThan(0);
			expect(typeof outlet.nameAr, where).toBe('string');
			expect(typeof outlet.country, where).toBe('string');
			expect(typeof outlet.kind, where).toBe('string');
			if (outlet.aliases !== undefined) {
				expect(isStringArray(outlet.aliases), where).toBe(true);
				expect((outlet.aliases as string[]).length, where).toBeGreaterThan(0);
			}
			if (outlet.initials !== undefined) {
				expect(isStringArray(outlet.initials), where).toBe(true);
			}
			if (outlet.path !== undefined) {
				expect(typeof outlet.path, where).toBe('string');
				expect(outlet.path as string, where).toMatch(/^\/[a-z]+$/);
			}
		}
	});

	it('writes every domain and alias as a bare lowercase host, without www.', () => {
		for (const outlet of outlets) {
			for (const host of [outlet.domain as string, ...((outlet.aliases as string[] | undefined) ?? [])]) {
				expect(host, String(outlet.domain)).toMatch(DOMAIN);
				expect(host.startsWith('www.'), host).toBe(false);
			}
		}
	});

	it('lists each domain once, aliases included, ignoring case', () => {
		const seen = new Map<string, string>();
		const duplicates: string[] = [];
		for (const outlet of outlets) {
			for (const host of [outlet.domain as string, ...((outlet.aliases as string[] | undefined) ?? [])]) {
				const key = host.toLowerCase();
				if (seen.has(key)) duplicates.push(`${host} (${seen.get(key)} and ${String(outlet.domain)})`);
				else seen.set(key, String(outlet.domain));
			}
		}
		expect(duplicates).toEqual([]);
	});

	it('uses an allowed kind and a two-letter country code', () => {
		for (const outlet of outlets) {
			const where = String(outlet.domain);
			expect(KINDS.has(outlet.kind as string), `${where}: ${String(outlet.kind)}`).toBe(true);
			expect(outlet.country as string, where).toMatch(/^[A-Z]{2}$/);
		}
	});

	it('writes every Arabic name with Arabic letters', () => {
		for (const outlet of outlets) {
			expect(outlet.nameAr as string, String(outlet.domain)).toMatch(ARABIC_LETTER);
		}
	});

	it('has at least 15 news agencies', () => {
		expect(outlets.filter(outlet => outlet.kind === 'agency').length).toBeGreaterThanOrEqual(15);
	});

	it('is sorted by domain', () => {
		const domains = outlets.map(outlet => outlet.domain as string);
		expect(domains).toEqual([...domains].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
	});
});

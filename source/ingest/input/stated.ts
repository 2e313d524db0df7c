// What is stated about an article outside its text, ranked: the manifest
// (the user's word), then the record's fields or the page's metadata, then the
// URL. The pipeline puts the text's own evidence between the stated facts and
// the URL's: a date or outlet the page states in its text beats one guessed
// from where it was found.
import type {ManifestEntry, RawArticle, StatedFrom} from '../types.js';
import {dayOf} from './day.js';
import {type OutletTable, outletForDomainName, outletForUrl} from './outlet-by-domain.js';
import {dateFromUrl} from './url.js';

export type FactFrom = 'manifest' | Exclude<StatedFrom, 'url'>;

export type StatedFacts = {
	published: {date: string; from: FactFrom} | null;
	/** The day in the URL's path, for when nothing else gives one. */
	urlDate: string | null;
	outlet: {name: string; from: FactFrom} | null;
	/** The outlet the URL's domain names in the outlets table. */
	urlOutlet: string | null;
	url: string | null;
	language: string;
	title: string | null;
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function statedFacts(raw: RawArticle, entry: ManifestEntry, outlets: OutletTable): StatedFacts {
	const url = entry.url ?? raw.url?.value ?? null;
	let published: StatedFacts['published'] = null;
	if (entry.published && ISO_DAY.test(entry.published)) published = {date: entry.published, from: 'manifest'};
	else if (raw.published && raw.published.from !== 'url') {
		const date = dayOf(raw.published.value);
		if (date) published = {date, from: raw.published.from};
	}
	let outlet: StatedFacts['outlet'] = null;
	if (entry.outlet) outlet = {name: entry.outlet, from: 'manifest'};
	else if (raw.outlet && raw.outlet.from !== 'url') {
		// Archives often name the outlet by its domain (media_name: example.com): the table knows its name.
		const name = outletForDomainName(outlets, raw.outlet.value)?.nameEn ?? raw.outlet.value;
		outlet = {name, from: raw.outlet.from};
	}
	return {
		published,
		urlDate: dateFromUrl(url),
		outlet,
		urlOutlet: outletForUrl(outlets, url)?.nameEn ?? null,
		url,
		language: entry.language ?? raw.language?.value ?? 'ar',
		title: raw.title?.value ?? null,
	};
}

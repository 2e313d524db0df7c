// Saved web pages: the main text, extracted by Mozilla's Readability (Firefox's
// reader view) over linkedom's DOM, and what the page's metadata states.
// Loaded only when an HTML file or record is met (input/read-unit.ts imports
// it dynamically), so neither the CLI's start-up nor a folder of .txt files
// pays for the DOM; in a parallel ingest it runs in the parse workers.
//
// The text is kept as lines: each paragraph, heading, list item or <br>-ended
// run is one line, with a blank line between blocks, as in a saved .txt. Line
// numbers (the provenance of every sentence) therefore refer to this extracted
// text, not to the HTML source.
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';

export type PageFacts = {title?: string; outlet?: string; published?: string; url?: string; language?: string};
export type ExtractedPage = {text: string; facts: PageFacts; fallback: boolean};

type El = {
	nodeType: number;
	tagName?: string;
	childNodes: ArrayLike<El>;
	textContent: string | null;
	getAttribute?(name: string): string | null;
};
type Doc = {
	documentElement: El | null;
	body: El | null;
	querySelectorAll(selector: string): ArrayLike<El & {getAttribute(name: string): string | null}>;
	querySelector(selector: string): (El & {getAttribute(name: string): string | null}) | null;
};

export function extractPage(page: string): ExtractedPage {
	// A record's html is often the article's fragment alone: a document around it gives it a body.
	const html = /<(?:html|body)[\s>]/i.test(page) ? page : `<!doctype html><html><body>${page}</body></html>`;
	const {document} = parseHTML(html) as unknown as {document: Doc};
	// Metadata first: Readability edits the document as it works (scripts go).
	const facts = pageFacts(document);
	// Readability drops the footer; on a page whose metadata names no site, its
	// copyright line is where the page names itself: kept, for the cleaner to
	// read (and list as furniture), as it would in a page saved as text.
	const copyright = facts.outlet ? undefined : copyrightLine(document);
	let lines: string[] = [];
	let title: string | null | undefined;
	try {
		const article = new Readability(document as never, {serializer: (el: unknown) => el}).parse();
		title = article?.title;
		if (article?.content) lines = blockLines(article.content as El);
	} catch {
		// A page Readability cannot walk is read as body text below.
	}
	let fallback = false;
	if (!lines.some(l => /\p{L}/u.test(l))) {
		// Nothing readable found: the whole body, from a fresh parse (Readability took the first apart).
		const fresh = (parseHTML(html) as unknown as {document: Doc}).document;
		const root = fresh.body ?? fresh.documentElement;
		lines = root ? blockLines(root) : [];
		fallback = true;
	}
	if (copyright && !lines.includes(copyright)) lines.push(copyright);
	facts.title ??= clean(title);
	if (!facts.title) delete facts.title;
	return {text: lines.join('\n\n'), facts, fallback};
}

const COPYRIGHT = /©|\(c\)|جميع الحقوق|حقوق النشر|حقوق الطبع|all rights reserved|copyright/iu;

/** The page's last short line that reads like a copyright notice, if any. */
function copyrightLine(document: Doc): string | undefined {
	const root = document.body ?? document.documentElement;
	if (!root) return undefined;
	return blockLines(root)
		.filter(l => l.length <= 120 && COPYRIGHT.test(l))
		.at(-1);
}

const clean = (s: string | null | undefined) => (s ? s.replace(/\s+/g, ' ').trim() : undefined) || undefined;

const BLOCK = new Set(
	'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
		' ',
	),
);
const SKIP = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME BUTTON SELECT TEXTAREA OBJECT CANVAS HEAD TITLE'.split(' '));

/**
 * A DOM subtree as lines of text: a line per block (paragraph, heading, list
 * item, table cell) and per <br>, spaces collapsed, <pre> lines kept. Walked
 * with a stack, not recursion: scraped pages nest thousands deep.
 */
export function blockLines(root: El): string[] {
	const lines: string[] = [];
	let current = '';
	let pre = 0;
	const flush = () => {
		const parts = pre > 0 ? current.split('\n') : [current];
		for (const part of parts) {
			const t = part.replace(/\s+/g, ' ').trim();
			if (t) lines.push(t);
		}
		current = '';
	};
	// Entries: a node to enter, or a marker to leave a block.
	const stack: Array<El | {leave: string}> = [];
	const push = (node: El) => {
		for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
	};
	push(root);
	while (stack.length > 0) {
		const item = stack.pop()!;
		if ('leave' in item) {
			flush();
			if (item.leave === 'PRE') pre--;
			continue;
		}
		if (item.nodeType === 3) {
			current += item.textContent ?? '';
			continue;
		}
		if (item.nodeType !== 1) continue;
		const tag = (item.tagName ?? '').toUpperCase();
		if (SKIP.has(tag)) continue;
		if (tag === 'BR') {
			flush();
			continue;
		}
		if (BLOCK.has(tag)) {
			flush();
			if (tag === 'PRE') pre++;
			stack.push({leave: tag});
		}
		push(item);
	}
	flush();
	return lines;
}

type Json = unknown;
type JsonObject = Record<string, Json>;

/** og:, article:, JSON-LD NewsArticle, canonical link and <html lang>, each when present. */
export function pageFacts(document: Doc): PageFacts {
	const meta = new Map<string, string>();
	const metas = document.querySelectorAll('meta');
	for (let i = 0; i < metas.length; i++) {
		const m = metas[i]!;
		const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
		const content = clean(m.getAttribute('content'));
		if (key && content && !meta.has(key)) meta.set(key, content);
	}
	const ld = newsArticle(document);
	const canonical = clean(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'));
	const facts: PageFacts = {};
	const set = (key: keyof PageFacts, ...values: Array<string | undefined>) => {
		const v = values.find(x => x);
		if (v) facts[key] = v;
	};
	set('title', text(ld?.headline), text(ld?.name), meta.get('og:title'), meta.get('twitter:title'));
	set('outlet', publisherName(ld?.publisher, ld?.graph), meta.get('og:site_name'));
	set(
		'published',
		text(ld?.datePublished),
		meta.get('article:published_time'),
		meta.get('og:published_time'),
		meta.get('datepublished'),
		meta.get('pubdate'),
		meta.get('publishdate'),
		meta.get('publish-date'),
		meta.get('date'),
	);
	set('url', absolute(canonical), absolute(meta.get('og:url')), absolute(text(ld?.url)));
	set('language', clean(document.documentElement?.getAttribute?.('lang')), meta.get('og:locale'));
	return facts;
}

const text = (v: Json): string | undefined => (typeof v === 'string' ? clean(v) : undefined);
const absolute = (v: string | undefined) => (v && /^https?:\/\//i.test(v) ? v : undefined);

const ARTICLE_TYPES = [
	'NewsArticle',
	'ReportageNewsArticle',
	'AnalysisNewsArticle',
	'BackgroundNewsArticle',
	'OpinionNewsArticle',
	'Article',
	'BlogPosting',
	'Report',
];

/** The page's JSON-LD article: a block may hold one object, an array, or an @graph of them. */
function newsArticle(document: Doc): (JsonObject & {graph: JsonObject[]}) | null {
	const objects: JsonObject[] = [];
	const scripts = document.querySelectorAll('script[type="application/ld+json"]');
	for (let i = 0; i < scripts.length; i++) {
		const body = (scripts[i]!.textContent ?? '').replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '');
		let parsed: Json;
		try {
			parsed = JSON.parse(body);
		} catch {
			continue;
		}
		collect(parsed, objects, 0);
	}
	let best: JsonObject | null = null;
	let rank = ARTICLE_TYPES.length;
	for (const o of objects) {
		const types = ([] as Json[]).concat(o['@type'] ?? []);
		for (const t of types) {
			const r = typeof t === 'string' ? ARTICLE_TYPES.indexOf(t) : -1;
			if (r >= 0 && r < rank) {
				best = o;
				rank = r;
			}
		}
	}
	return best ? {...best, graph: objects} : null;
}

function collect(value: Json, out: JsonObject[], depth: number): void {
	if (depth > 6 || !value || typeof value !== 'object') return;
	if (Array.isArray(value)) {
		for (const v of value) collect(v, out, depth + 1);
		return;
	}
	const o = value as JsonObject;
	out.push(o);
	if (o['@graph']) collect(o['@graph'], out, depth + 1);
}

/** publisher.name; the publisher may be a string, an array, or an {@id} pointing into the @graph. */
function publisherName(publisher: Json, graph: JsonObject[] | undefined): string | undefined {
	const first = Array.isArray(publisher) ? publisher[0] : publisher;
	if (typeof first === 'string') return clean(first);
	if (!first || typeof first !== 'object') return undefined;
	const p = first as JsonObject;
	const named = text(p.name);
	if (named) return named;
	const ref = p['@id'];
	const target = typeof ref === 'string' ? graph?.find(o => o['@id'] === ref) : undefined;
	return target ? text(target.name) : undefined;
}

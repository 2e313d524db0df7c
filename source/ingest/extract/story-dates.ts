// Which of a sentence's date expressions the story mentions. Two kinds of
// date-shaped text are the page's, not the story's: the dateline glued to the
// lede ("KHARTOUM, May 20 – Sudan's army…", "19:07 - 20 مايو 2023قالت…"),
// which dates the article (published.ts reads it) rather than an event; and
// "today" closing a quoted name (لـ"المشرق اليوم", "Russia Today"), which is
// a title. Both languages, by the shape of the text around the date.
import type {DateRef} from '../../dataset/schema.js';

/** What may stand before a dateline's date: a clock, dashes, a place in capitals and its comma; no lower-case word. */
const DATELINE_BEFORE = /^[\s\d٠-٩:.,|()\-–—/\p{Lu}'’]*$/u;
/** What follows it: a dash, a colon or a bar, or the story glued on without a space. */
const DATELINE_AFTER = /^(?:\s*[-–—:|]|[\p{L}])/u;
const OPEN_QUOTE = /["“«„']/u;
const CLOSE_QUOTE = /^["”»']/u;

/** The dates of a sentence that the story mentions; `lede`: the article's first story sentence. */
export function storyDates(text: string, dates: DateRef[], lede: boolean): DateRef[] {
	return dates.filter(d => !(lede && inDateline(text, d)) && !closesQuotedName(text, d));
}

function inDateline(text: string, d: DateRef): boolean {
	return d.start <= 40 && DATELINE_BEFORE.test(text.slice(0, d.start)) && DATELINE_AFTER.test(text.slice(d.end)) && /\d/.test(d.text);
}

/** A one-word relative day right before a closing quote whose opening quote is a few words back. */
function closesQuotedName(text: string, d: DateRef): boolean {
	if (d.resolution !== 'relative' || /\s/.test(d.text.trim()) || !CLOSE_QUOTE.test(text.slice(d.end))) return false;
	const before = text.slice(Math.max(0, d.start - 40), d.start);
	const open = Math.max(...[...before].map((c, i) => (OPEN_QUOTE.test(c) ? i : -1)));
	return open >= 0 && !/["”»]/u.test(before.slice(open + 1)) && before.slice(open + 1).trim().length > 0;
}

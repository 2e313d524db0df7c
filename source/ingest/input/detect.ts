// What kind of input a file is, by its extension and, where the extension is
// not enough, by its first bytes. Every kind ingest cannot read gets a reason
// naming it, so a folder's .docx or .pdf is listed as skipped, never dropped
// in silence.
import {extname} from 'node:path';

/** text: one article a file; html: a saved page; ndjson / csv: one article a record. */
export type InputKind = 'text' | 'html' | 'ndjson' | 'csv' | 'tsv';

const BY_EXTENSION: Record<string, InputKind> = {
	'.txt': 'text',
	'.html': 'html',
	'.htm': 'html',
	'.xhtml': 'html',
	'.ndjson': 'ndjson',
	'.jsonl': 'ndjson',
	'.csv': 'csv',
	'.tsv': 'tsv',
};

/** Kinds people keep next to their articles, named so the reason says what the file is. */
const KNOWN_OTHERS: Record<string, string> = {
	'.doc': 'a Word document',
	'.docx': 'a Word document',
	'.odt': 'an OpenDocument text',
	'.rtf': 'an RTF document',
	'.pdf': 'a PDF document',
	'.epub': 'an EPUB book',
	'.xls': 'a spreadsheet',
	'.xlsx': 'a spreadsheet',
	'.ods': 'a spreadsheet',
	'.json': 'a JSON document (records go in .ndjson or .jsonl, one object a line)',
	'.xml': 'an XML document',
	'.md': 'a Markdown file',
	'.zip': 'a ZIP archive',
	'.gz': 'a compressed file',
	'.tar': 'a tar archive',
	'.7z': 'a 7-Zip archive',
	'.rar': 'a RAR archive',
	'.png': 'an image',
	'.jpg': 'an image',
	'.jpeg': 'an image',
	'.gif': 'an image',
	'.webp': 'an image',
	'.svg': 'an image',
	'.mp3': 'an audio file',
	'.mp4': 'a video',
	'.css': 'a style sheet',
	'.js': 'a script',
};

export const SUPPORTED = '.txt, .html/.htm, .ndjson/.jsonl, .csv/.tsv';

export function kindByName(file: string): InputKind | null {
	return BY_EXTENSION[extname(file).toLowerCase()] ?? null;
}

/** Files that hold many articles: split into records in the main thread (input/units.ts). */
export function isRecordFile(file: string): boolean {
	const kind = kindByName(file);
	return kind === 'ndjson' || kind === 'csv' || kind === 'tsv';
}

/** Why a file of no supported kind is skipped. */
export function unsupportedReason(file: string): string {
	const ext = extname(file).toLowerCase();
	const what = KNOWN_OTHERS[ext] ?? (ext ? `a ${ext} file` : 'a file without an extension');
	return `unsupported kind: ${what}; ingest reads ${SUPPORTED}`;
}

/** Signatures of binary formats that also come with the wrong extension. */
const MAGIC: Array<[number[], string]> = [
	[[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
	[[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a .docx, .xlsx or .epub is one)'],
	[[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document'],
	[[0x89, 0x50, 0x4e, 0x47], 'an image'],
	[[0xff, 0xd8, 0xff], 'an image'],
	[[0x47, 0x49, 0x46, 0x38], 'an image'],
	[[0x1f, 0x8b], 'a compressed file'],
];

/** One decoder for every file's head (a call without {stream: true} starts afresh): one was made per file. */
const headDecoder = new TextDecoder();

/**
 * By content, for a file whose extension promised text: a known binary format
 * (named, so "a PDF document" is said rather than "binary file"), or a saved
 * web page under a .txt name. Null: read it as its extension says.
 */
export function sniff(bytes: Uint8Array): {kind: 'html'} | {unsupported: string} | null {
	for (const [magic, what] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return {unsupported: `${what}, not text`};
	if (looksLikeHtml(headDecoder.decode(bytes.subarray(0, 512)))) return {kind: 'html'};
	return null;
}

/** A page starts with a doctype or an <html> tag (after a BOM, blanks or a comment). */
export function looksLikeHtml(head: string): boolean {
	return /^(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(head);
}

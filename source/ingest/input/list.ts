// The files of an input folder, subfolders included, as paths relative to it
// (`/`-separated on every system: they are the articles' provenance and ids).
// Every file is listed, whatever its kind: one ingest cannot read is skipped
// later with its reason. Left out, on purpose:
// - manifest.json, which describes the .txt files (--manifest) and is not an article;
// - hidden files and folders (.git, .DS_Store): tool state, not articles;
// - a saved page's assets folder (`page_files` beside `page.html`), which a
//   browser writes with "Save page as…": its scripts and images are the page's, not articles.
// A folder named like an article (`x.txt`) is listed as an entry and skipped
// as "not a regular file" rather than walked: its name says it should be a file.
// A symbolic link to a folder is walked once (a loop of links ends there);
// a broken link is listed, so the reader names the problem. A link that leads
// out of the input folder (to /etc/passwd, to someone's home) is not read
// unless `followLinks` (--follow-links) says so: it is skipped with that reason.
import {readdirSync, realpathSync, statSync, type Dirent} from 'node:fs';
import {join, sep} from 'node:path';
import {kindByName} from './detect.js';

export type ListOptions = {
	/** Read links that lead out of the input folder (--follow-links). */
	followLinks?: boolean;
	/** Receives each link left out, with the reason. */
	onSkip?: (file: string, reason: string) => void;
};

export const OUTSIDE_LINK = 'a symbolic link out of the input folder (give --follow-links to read it)';

export function listInputFiles(dir: string, options: ListOptions = {}): string[] {
	const out: string[] = [];
	const seen = new Set<string>();
	let rootReal: string | undefined;
	const inside = (real: string) => {
		rootReal ??= realpathSync(dir);
		return real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
	};
	const walk = (abs: string, rel: string, top: boolean) => {
		let entries: Dirent[];
		try {
			const real = realpathSync(abs);
			if (seen.has(real)) return;
			seen.add(real);
			entries = readdirSync(abs, {withFileTypes: true});
		} catch (error) {
			// The folder asked for must be readable; a subfolder that is not is listed, and skipped with its reason.
			if (top) throw error;
			out.push(rel);
			return;
		}
		const names = new Set(entries.map(e => e.name));
		for (const entry of entries) {
			const name = entry.name;
			if (name.startsWith('.')) continue;
			const path = rel ? `${rel}/${name}` : name;
			if (name.toLowerCase() === 'manifest.json') continue;
			let isDir = entry.isDirectory();
			if (entry.isSymbolicLink()) {
				let real: string | undefined;
				try {
					real = realpathSync(join(abs, name));
					isDir = statSync(real).isDirectory();
				} catch {
					// A broken link or a loop: listed, the reader names it.
					isDir = false;
				}
				if (real !== undefined && !options.followLinks && !inside(real)) {
					options.onSkip?.(path, OUTSIDE_LINK);
					continue;
				}
			}
			if (isDir && kindByName(name) === null) {
				if (isPageAssets(name, names)) continue;
				walk(join(abs, name), path, false);
			} else out.push(path);
		}
	};
	walk(dir, '', true);
	return out.sort();
}

/** `page_files` next to `page.html` / `page.htm`. */
function isPageAssets(name: string, siblings: Set<string>): boolean {
	const m = /^(.*)_files$/.exec(name);
	if (!m) return false;
	return ['.html', '.htm', '.xhtml'].some(ext => siblings.has(`${m[1]}${ext}`));
}

// Fills the generated blocks of README.md: the key table (from the keymap), the
// export field and format tables (from source/export/fields.ts and
// source/export/formats/), the browse screen capture (tests/e2e/browse-capture.txt)
// and the hostile-input table (docs/hostile-input.md).
// Run: npm run docs   (node --import tsx scripts/docs.mjs)
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {replaceKeyTable} from '../source/ui/keymap-doc.ts';
import {screens} from '../source/ui/screens/index.ts';
import {fieldsMarkdown} from '../source/export/fields.ts';
import {formatsMarkdown} from '../source/export/formats/index.ts';

function fill(text, name, body) {
	const start = `<!-- ${name}:start -->`;
	const end = `<!-- ${name}:end -->`;
	const a = text.indexOf(start);
	const b = text.indexOf(end);
	if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} block`);
	return `${text.slice(0, a + start.length)}\n${body.trimEnd()}\n${text.slice(b)}`;
}

let readme = readFileSync('README.md', 'utf8');
readme = replaceKeyTable(readme, screens) ?? readme;
readme = fill(readme, 'fields', fieldsMarkdown());
readme = fill(readme, 'formats', formatsMarkdown());
if (existsSync('tests/e2e/browse-capture.txt')) readme = fill(readme, 'capture', readFileSync('tests/e2e/browse-capture.txt', 'utf8'));
if (existsSync('docs/hostile-input.md')) readme = fill(readme, 'hostile', readFileSync('docs/hostile-input.md', 'utf8').replace(/^#.*\n+/, ''));
writeFileSync('README.md', readme);

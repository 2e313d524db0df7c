// Prints the README key table generated from source/ui/keymap.ts, or with
// --write replaces the block between <!-- keys:start --> and <!-- keys:end -->.
// Run: node --import tsx scripts/keys-md.mjs [--write]
import {readFileSync, writeFileSync} from 'node:fs';
import {keyTableBlock, replaceKeyTable} from '../source/ui/keymap-doc.ts';
import {screens} from '../source/ui/screens/index.ts';

if (process.argv.includes('--write')) {
	const readme = readFileSync('README.md', 'utf8');
	const next = replaceKeyTable(readme, screens);
	if (next === null) {
		console.error('README.md has no <!-- keys:start --> / <!-- keys:end --> markers');
		process.exit(1);
	}
	writeFileSync('README.md', next);
} else {
	console.log(keyTableBlock(screens));
}

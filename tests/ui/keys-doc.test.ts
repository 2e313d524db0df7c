// The README's key table and the help screen both come from the keymap.
import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {keymap, keyLabel} from '../../source/ui/keymap.js';
import {extractKeyTable, keyTableMarkdown} from '../../source/ui/keymap-doc.js';
import {helpLines} from '../../source/ui/screens/help/view.js';
import {screens} from '../../source/ui/screens/index.js';

describe('key documentation', () => {
	test('the generated table has a row for every keymap entry', () => {
		const table = keyTableMarkdown(screens);
		for (const entry of keymap) {
			expect(table).toContain(entry.description);
			for (const key of entry.keys) expect(table).toContain('`' + keyLabel(key).replaceAll('|', '\\|') + '`');
		}
	});

	test('the help screen lists every keymap entry', () => {
		const text = helpLines({mode: 'on', reason: 'x'}, screens)
			.map(l => l.text)
			.join('\n');
		for (const entry of keymap) expect(text).toContain(entry.description);
	});

	test('no key is bound twice in one mode', () => {
		const seen = new Set<string>();
		for (const entry of keymap) {
			for (const key of entry.keys) {
				for (const mode of entry.modes) {
					expect(seen.has(`${mode} ${key}`), `${key} twice in ${mode}`).toBe(false);
					seen.add(`${mode} ${key}`);
				}
			}
		}
	});

	const readme = existsSync('README.md') ? readFileSync('README.md', 'utf8') : '';
	const documented = extractKeyTable(readme);
	test('README.md has the key table markers', () => {
		expect(documented, 'README.md needs <!-- keys:start --> and <!-- keys:end -->').not.toBeNull();
	});

	test('README.md key table equals the one generated from the keymap (regenerate: node --import tsx scripts/keys-md.mjs --write)', () => {
		expect(documented).toBe(keyTableMarkdown(screens));
	});
});

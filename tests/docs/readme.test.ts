// The README is the front door: its first block is the two commands of a fresh
// machine, and its generated blocks must match the code they document.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {fieldsMarkdown} from '../../source/export/fields.js';
import {formatsMarkdown} from '../../source/export/formats/index.js';

const readme = readFileSync('README.md', 'utf8');

function block(name: string): string {
	const m = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(readme);
	if (!m) throw new Error(`README.md has no ${name} block`);
	return m[1]!;
}

describe('README', () => {
	it('opens with the two commands of a fresh machine', () => {
		const first = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
		expect(first).toMatch(/^npm install && npx crisis-explorer/m);
		expect(first).toMatch(/^npm test/m);
	});

	it('documents every export field as source/export/fields.ts defines it (npm run docs)', () => {
		expect(block('fields')).toBe(fieldsMarkdown().trimEnd());
	});

	it('lists every export format as source/export/formats defines them (npm run docs)', () => {
		expect(block('formats')).toBe(formatsMarkdown().trimEnd());
	});

	it('shows a screen capture of the explorer', () => {
		expect(block('capture')).toMatch(/Days[\s\S]*Actors[\s\S]*Sources[\s\S]*Events/);
	});
});

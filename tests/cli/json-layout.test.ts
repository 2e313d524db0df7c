// The one-file JSON layout (issue 21): written compact, with keys in one fixed
// order at every depth, so a re-ingest is byte-identical; and ingest names the
// directory layout when a corpus is too large for one JSON file.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {JSON_LAYOUT_SUGGESTED_MAX, layoutSuggestion} from '../../source/commands/ingest.js';

/** Every object's keys, in the order the file holds them, must be sorted. */
function unsortedPath(value: unknown, path = '$'): string | null {
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			const bad = unsortedPath(value[i], `${path}[${i}]`);
			if (bad) return bad;
		}
		return null;
	}
	if (value && typeof value === 'object') {
		const keys = Object.keys(value);
		const sorted = [...keys].sort();
		if (keys.join('\u0000') !== sorted.join('\u0000')) return path;
		for (const k of keys) {
			const bad = unsortedPath((value as Record<string, unknown>)[k], `${path}.${k}`);
			if (bad) return bad;
		}
	}
	return null;
}

describe('JSON layout', () => {
	const text = readFileSync('data/dataset.json', 'utf8');
	it('is one compact line plus a newline: no indentation', () => {
		expect(text.endsWith('\n')).toBe(true);
		expect(text.slice(0, -1).includes('\n')).toBe(false);
		expect(text.length).toBe(JSON.stringify(JSON.parse(text)).length + 1);
	});
	it('keeps its keys in one fixed (sorted) order at every depth', () => {
		expect(unsortedPath(JSON.parse(text))).toBeNull();
	});
});

describe('ingest layout suggestion', () => {
	it('is silent up to the limit and one line above it, naming the directory layout', () => {
		expect(layoutSuggestion(5)).toBeNull();
		expect(layoutSuggestion(JSON_LAYOUT_SUGGESTED_MAX)).toBeNull();
		const line = layoutSuggestion(JSON_LAYOUT_SUGGESTED_MAX + 1);
		expect(line).toMatch(/directory/);
		expect(line).not.toContain('\n');
	});
});

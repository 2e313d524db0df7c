import {describe, expect, it} from 'vitest';
import {comparisonToMarkdown, escapeCell} from '../../source/compare/index.js';
import {buildQuery} from '../../source/query/build.js';
import {miniDataset, miniIds} from '../fixtures/mini-dataset.js';
import {article, compareIn, dataset, event} from './build.js';

describe('comparisonToMarkdown', () => {
	const c = compareIn(miniDataset, miniIds.nrcEvent);
	const md = comparisonToMarkdown(c, buildQuery(miniDataset));

	it('gives file:line provenance for every aligned statement', () => {
		const statements = c.rows.flatMap(r => Object.values(r.cells).flat());
		for (const id of statements) {
			const [articleId, index] = id.split(':');
			const art = miniDataset.articles.find(a => a.id === articleId)!;
			const line = art.sentences[Number(index)]!.line;
			expect(md).toContain(`\`${art.file}:${line}\`): ${art.sentences[Number(index)]!.text}`);
		}
	});

	it('marks conflicts and omissions in the fact grid', () => {
		const dateRow = md.split('\n').find(l => l.includes('| ⚠ Date |'))!;
		expect(dateRow).toContain('⚠ 2022-01-13');
		expect(md.split('\n').find(l => l.startsWith('| Numbers |'))).toBe('| Numbers | — | — | — |');
	});

	it('draws voices as bars', () => {
		expect(md).toMatch(/Jens Stoltenberg \(NATO\)\s+█+ 1/);
	});

	it('escapes | and line breaks inside table cells', () => {
		expect(escapeCell('a|b\nc')).toBe('a\\|b<br>c');
		const x = article('000_x', 'Pipe | Outlet', '2022-01-01', [{text: 'اجتماع | مع\nروسيا', places: [['ru', 'Ru|ssia\nFed', 'روسيا']], events: ['e']}]);
		const ds = dataset([x], [event('e', [x])]);
		const out = comparisonToMarkdown(compareIn(ds, 'e'), buildQuery(ds));
		const tableLines = out.split('\n').filter(l => l.startsWith('|'));
		expect(tableLines.some(l => l.includes('Pipe \\| Outlet'))).toBe(true);
		expect(tableLines.some(l => l.includes('Ru\\|ssia<br>Fed'))).toBe(true);
		// Every table row still has its column count: no stray cell separators.
		for (const l of tableLines) {
			const cells = l.replace(/\\\|/g, '').split('|').length;
			expect([4, 8]).toContain(cells); // 2-column tables (facts, citations) and the 6-column outlets table
		}
		// The statement itself stays on one list line.
		expect(out).toContain('اجتماع \\| مع روسيا');
	});
});

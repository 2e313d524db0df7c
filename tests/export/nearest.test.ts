import {describe, expect, it} from 'vitest';
import {nearest} from '../../source/util/did-you-mean.js';
import {prepareArgv, checkApplicable, listValues} from '../../source/commands/flags.js';
import {UsageError} from '../../source/errors.js';

describe('nearest', () => {
	it('finds a typo inside a dashed id', () => {
		expect(nearest('stoltenbrg', ['maria-zakharova', 'jens-stoltenberg'])).toBe('jens-stoltenberg');
	});
	it('finds a contained value', () => {
		expect(nearest('zakharova', ['maria-zakharova', 'jens-stoltenberg'])).toBe('maria-zakharova');
	});
	it('suggests nothing for an unrelated value', () => {
		expect(nearest('xml', ['json', 'ndjson', 'csv', 'md'])).toBeNull();
	});
	it('suggests nothing for an empty value (not the shortest candidate)', () => {
		expect(nearest('', ['a', 'md'])).toBeNull();
		expect(nearest('  ', ['a', 'md'])).toBeNull();
	});
});

describe('argv pre-pass', () => {
	it('keeps `--ids -` and dashed values as values', () => {
		expect(prepareArgv(['export', '--ids', '-', '--query', '-x']).argv).toEqual(['export', '--ids=-', '--query=-x']);
	});
	it('accepts --no-shape and -h', () => {
		expect(prepareArgv(['--no-shape', '-h']).used).toEqual(['shape', 'help']);
	});
	it('rejects unknown flags with a suggestion', () => {
		expect(() => prepareArgv(['--formt', 'json'])).toThrow(/unknown flag '--formt'; did you mean '--format'\?/);
		expect(() => prepareArgv(['--formt', 'json'])).toThrow(UsageError);
	});
	it('rejects a flag of another command', () => {
		expect(() => checkApplicable('list', ['unit'])).toThrow(/--unit cannot be used with 'list'; it belongs to 'export'/);
	});
	it('splits comma-separated and repeated values', () => {
		expect(listValues(['a,b', ' c '])).toEqual(['a', 'b', 'c']);
	});
});

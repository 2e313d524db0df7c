// limitHeapGrowth sets V8's --heap-growing-percent for the whole process while
// a directory ingest's second pass and linking run, and sets it back after.
// The flag itself is V8's to honour; what is tested here is what is asked of
// V8: the value, the one restore, and nothing when the user chose the flag.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

const flags = vi.hoisted(() => [] as string[]);
vi.mock('node:v8', async original => ({...(await original<typeof import('node:v8')>()), setFlagsFromString: (f: string) => flags.push(f)}));

const {limitHeapGrowth} = await import('../../source/util/heap-growth.js');

describe('limitHeapGrowth', () => {
	let nodeOptions: string | undefined;
	beforeEach(() => {
		flags.length = 0;
		nodeOptions = process.env.NODE_OPTIONS;
		delete process.env.NODE_OPTIONS;
	});
	afterEach(() => {
		if (nodeOptions === undefined) delete process.env.NODE_OPTIONS;
		else process.env.NODE_OPTIONS = nodeOptions;
	});

	it('asks V8 for the percent, and for its own rule again once, when the returned function is called', () => {
		const restore = limitHeapGrowth(25);
		expect(flags).toEqual(['--heap-growing-percent=25']);
		restore();
		restore();
		expect(flags).toEqual(['--heap-growing-percent=25', '--heap-growing-percent=0']);
	});

	it('asks for a whole percent of at least 1 (0 would mean V8 decides)', () => {
		limitHeapGrowth(0.2)();
		limitHeapGrowth(37.6)();
		expect(flags).toEqual(['--heap-growing-percent=1', '--heap-growing-percent=0', '--heap-growing-percent=38', '--heap-growing-percent=0']);
	});

	it('leaves the flag alone when the user gave it in NODE_OPTIONS', () => {
		process.env.NODE_OPTIONS = '--max-old-space-size=2048 --heap-growing-percent=50';
		const restore = limitHeapGrowth(25);
		restore();
		expect(flags).toEqual([]);
	});
});

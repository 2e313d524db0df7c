import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// node-pty and child processes are happier in forks than in worker threads.
		pool: 'forks',
	},
});

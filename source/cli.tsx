// Entry point (bundled to dist/cli.js). Everything that can go wrong ends as
// one line on stderr and an exit code; a stack trace only with
// CRISIS_EXPLORER_DEBUG=1. A reader closing the pipe (`| head -1`) is a normal
// end, not an error.
import process from 'node:process';
import {describeError} from './errors.js';
import {reportError, runMain} from './commands/run.js';
import {guardTerminal} from './text/terminal-stream.js';

const debug = process.env.CRISIS_EXPLORER_DEBUG === '1';

function fail(error: unknown): never {
	reportError(guardTerminal(process.stderr, {always: true}), error, debug);
	process.exit(describeError(error).code);
}

for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
		fail(error);
	});
}
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

try {
	const code = await runMain(process.argv.slice(2), {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env}, import.meta, {
		debug,
	});
	process.exitCode = code;
} catch (error) {
	if ((error as NodeJS.ErrnoException)?.code === 'EPIPE') process.exit(0);
	fail(error);
}

// Parses argv and dispatches to a command. Returns the exit code; throws
// UsageError/DataError/CliError, which cli.tsx prints as one line.
import meow from 'meow';
import {describeError, UsageError} from '../errors.js';
import {guardTerminal} from '../text/terminal-stream.js';
import {defaultDataPath} from '../dataset/paths.js';
import type {Query} from '../query/types.js';
import type {BidiFlag} from '../text/bidi-mode.js';
import {COMMANDS, FLAG_DEFS, checkApplicable, prepareArgv, type Command} from './flags.js';
import type {Context, Flags, Io} from './context.js';
import {helpText} from './help.js';
import {didYouMean} from '../util/did-you-mean.js';

const BIDI: BidiFlag[] = ['auto', 'on', 'off'];

// The bundle carries its package's name and version (scripts/build.mjs), so meow
// need not find, read and normalise package.json (licence checks and all) at
// every start. Run from sources, meow reads package.json as usual.
declare const __CE_PACKAGE__: {name: string; version: string} | undefined;
const bundledPackage = typeof __CE_PACKAGE__ === 'undefined' ? undefined : __CE_PACKAGE__;

/**
 * The whole CLI run as the binary does it: streams guarded (a terminal never
 * receives raw control characters from data, see text/terminal-stream.ts),
 * the command run, and anything thrown turned into one line on stderr and the
 * exit code. cli.tsx calls this with the process's streams; tests call it with
 * captured ones.
 */
export async function runMain(argv: readonly string[], io: Io, importMeta: ImportMeta, options: {debug?: boolean} = {}): Promise<number> {
	const guarded: Io = {...io, stdout: guardTerminal(io.stdout), stderr: guardTerminal(io.stderr, {always: true})};
	try {
		return await runCli(argv, guarded, importMeta);
	} catch (error) {
		if ((error as NodeJS.ErrnoException)?.code === 'EPIPE') throw error;
		reportError(guarded.stderr, error, options.debug);
		return describeError(error).code;
	}
}

/** `crisis-explorer: message` on a guarded stderr; the stack only when debugging. */
export function reportError(stderr: {write(text: string): unknown}, error: unknown, debug = false): void {
	const {message} = describeError(error);
	try {
		stderr.write(`crisis-explorer: ${message}\n`);
		if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
	} catch {
		// stderr closed too: nothing more to say.
	}
}

export async function runCli(argv: readonly string[], io: Io, importMeta: ImportMeta): Promise<number> {
	const prepared = prepareArgv(argv);
	const cli = meow({
		importMeta,
		...(bundledPackage ? {pkg: bundledPackage} : {}),
		argv: prepared.argv,
		flags: FLAG_DEFS,
		allowUnknownFlags: true, // Checked in prepareArgv, with suggestions.
		autoHelp: false,
		autoVersion: false,
		booleanDefault: undefined,
	});
	const flags = cli.flags as unknown as Flags & {help: boolean; version: boolean};
	// `--out -` is standard output, as `-` is everywhere else (not a file named `-`);
	// ingest, whose --out is required, reads it itself.
	if (flags.out === '-' && cli.input[0] !== 'ingest') flags.out = undefined;
	const [first, ...args] = cli.input.map(String);

	// `-V`, `--version` and `version`: the three spellings tools use.
	const printVersion = () => {
		io.stdout.write(`${String(cli.pkg.version ?? 'unknown')}\n`);
		return 0;
	};
	if (flags.version && !first) return printVersion();

	let command: Command | 'explore' = 'explore';
	if (first !== undefined) {
		if (!(COMMANDS as readonly string[]).includes(first)) {
			throw new UsageError(`unknown command '${first}'${didYouMean(first, COMMANDS)} (commands: ${COMMANDS.join(', ')})`);
		}
		command = first as Command;
	}

	if (command === 'help') {
		const topic = args[0];
		if (topic !== undefined && !(COMMANDS as readonly string[]).includes(topic)) {
			throw new UsageError(`no help for '${topic}'${didYouMean(topic, COMMANDS)}`);
		}
		io.stdout.write(helpText(topic as Command | undefined));
		return 0;
	}
	if (flags.help) {
		io.stdout.write(helpText(command === 'explore' ? undefined : command));
		return 0;
	}
	checkApplicable(command, prepared.used);
	if (command === 'version') {
		if (args.length > 0) throw new UsageError(`version takes no arguments; unexpected '${args[0]}'`);
		return printVersion();
	}
	if (command === 'completion') return (await import('./completion.js')).runCompletion(args, io);

	const bidiFlag = flags.bidi ?? 'auto';
	if (!(BIDI as string[]).includes(bidiFlag)) throw new UsageError(`unknown --bidi value '${bidiFlag}'${didYouMean(bidiFlag, BIDI)} (valid: auto, on, off)`);
	for (const name of ['day', 'actor', 'source', 'event', 'article', 'query', 'ids'] as const) flags[name] ??= [];

	// The environment names a default dataset for every command (a user working
	// on one corpus for a while); --data still wins. An empty value is unset.
	const dataPath = flags.data ?? (io.env.CRISIS_EXPLORER_DATA || defaultDataPath());
	let cached: Promise<Query> | undefined;
	// Reading a dataset (the query, fuse.js, the English glosses, the schema) is
	// loaded only by commands that read one: an ingest does not compile it.
	const reader = command === 'ingest' ? null : await import('./open-query.js');
	const ctx: Context = {
		flags,
		args,
		io,
		dataPath,
		bidi: bidiFlag as BidiFlag,
		// A directory is the layout for large corpora (see dataset/directory/layout.ts).
		query: () => {
			if (!reader) throw new Error('ingest reads no dataset');
			return (cached ??= reader.openQuery(dataPath));
		},
	};

	// Each command is loaded when it runs (the bundle is split per command), so the
	// explorer's first frame does not wait for ingest, export or comparison code.
	switch (command) {
		case 'explore':
			return (await import('./explore.js')).runExplore(ctx);
		case 'ingest':
			return (await import('./ingest.js')).runIngest(ctx);
		case 'list':
			return (await import('./list.js')).runList(ctx);
		case 'show':
			return (await import('./show.js')).runShow(ctx);
		case 'search':
			return (await import('./search.js')).runSearch(ctx);
		case 'export':
			return (await import('./export.js')).runExport(ctx);
		case 'compare':
			return (await import('./compare.js')).runCompare(ctx);
		case 'lexicon':
			return (await import('./lexicon.js')).runLexicon(ctx);
		case 'translate':
			return (await import('./translate.js')).runTranslateCommand(ctx);
	}
}

// What every command gets: parsed flags, the process streams, and lazy
// access to the dataset (commands that fail on usage never read it).
import type {Query} from '../query/types.js';
import type {BidiFlag} from '../text/bidi-mode.js';

export type Io = {
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	env: NodeJS.ProcessEnv;
};

export type Flags = {
	data?: string;
	format?: string;
	fields?: string;
	out?: string;
	force: boolean;
	bom: boolean;
	bidi?: string;
	/** The explorer's language at start: ar, en or both. */
	lang?: string;
	shape: boolean;
	color: boolean;
	manifest?: string;
	lexicon?: string;
	/** With --lexicon: the folder replaces the built-in lexicon instead of adding to it. */
	lexiconOnly: boolean;
	jobs?: string;
	columns?: string;
	/** Ingest reads symbolic links that lead out of its input folder. */
	followLinks: boolean;
	conflicts: boolean;
	type?: string;
	limit?: string;
	unit?: string;
	day: string[];
	actor: string[];
	source: string[];
	event: string[];
	article: string[];
	query: string[];
	ids: string[];
	// translate: the engine and how to talk to it (translate/options.ts).
	engine?: string;
	to?: string;
	command?: string;
	url?: string;
	model?: string;
	apiKeyEnv?: string;
	batch?: string;
	timeout?: string;
	retries?: string;
	rate?: string;
	retryFailed?: boolean;
	cache?: string;
};

export type Context = {
	flags: Flags;
	/** Positional arguments after the command name. */
	args: string[];
	io: Io;
	dataPath: string;
	bidi: BidiFlag;
	/** The dataset's query, opened on first call (a directory or a JSON file; see open-query.ts). */
	query(): Promise<Query>;
};

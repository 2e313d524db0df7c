// Flag definitions, which command accepts which, and the argv pre-pass that
// meow (yargs) cannot do for us: `--ids -` would otherwise read `-` as a
// positional, and unknown flags should get a "did you mean" instead of
// meow's generic message.
import {UsageError} from '../errors.js';
import {didYouMean} from '../util/did-you-mean.js';

export const COMMANDS = ['ingest', 'list', 'show', 'search', 'export', 'compare', 'lexicon', 'translate', 'help', 'completion', 'version'] as const;
export type Command = (typeof COMMANDS)[number];

type FlagDef = {type: 'string' | 'boolean'; isMultiple?: boolean; default?: boolean; shortFlag?: string};

export const FLAG_DEFS = {
	data: {type: 'string'},
	format: {type: 'string'},
	fields: {type: 'string'},
	out: {type: 'string'},
	force: {type: 'boolean', default: false},
	bom: {type: 'boolean', default: false},
	bidi: {type: 'string'},
	lang: {type: 'string'},
	shape: {type: 'boolean', default: true},
	color: {type: 'boolean', default: true},
	version: {type: 'boolean', default: false},
	help: {type: 'boolean', default: false, shortFlag: 'h'},
	manifest: {type: 'string'},
	lexicon: {type: 'string'},
	lexiconOnly: {type: 'boolean', default: false},
	jobs: {type: 'string'},
	columns: {type: 'string'},
	followLinks: {type: 'boolean', default: false},
	conflicts: {type: 'boolean', default: false},
	type: {type: 'string'},
	limit: {type: 'string'},
	unit: {type: 'string'},
	day: {type: 'string', isMultiple: true},
	actor: {type: 'string', isMultiple: true},
	source: {type: 'string', isMultiple: true},
	event: {type: 'string', isMultiple: true},
	article: {type: 'string', isMultiple: true},
	query: {type: 'string', isMultiple: true},
	ids: {type: 'string', isMultiple: true},
	engine: {type: 'string'},
	to: {type: 'string'},
	command: {type: 'string'},
	url: {type: 'string'},
	model: {type: 'string'},
	apiKeyEnv: {type: 'string'},
	batch: {type: 'string'},
	timeout: {type: 'string'},
	retries: {type: 'string'},
	rate: {type: 'string'},
	retryFailed: {type: 'boolean', default: false},
	cache: {type: 'string'},
} as const satisfies Record<string, FlagDef>;

export type FlagName = keyof typeof FLAG_DEFS;

export const GLOBAL: FlagName[] = ['data', 'format', 'fields', 'out', 'force', 'bom', 'bidi', 'shape', 'color', 'version', 'help'];
const FILTERS: FlagName[] = ['day', 'actor', 'source', 'event', 'article', 'query', 'ids'];

/** Flags each command takes besides the global ones. */
export const COMMAND_FLAGS: Record<Command | 'explore', FlagName[]> = {
	explore: ['lang'],
	ingest: ['manifest', 'lexicon', 'lexiconOnly', 'jobs', 'columns', 'followLinks'],
	list: ['conflicts'],
	show: [],
	search: ['type', 'limit'],
	export: [...FILTERS, 'unit'],
	compare: [],
	lexicon: [],
	translate: ['engine', 'to', 'command', 'url', 'model', 'apiKeyEnv', 'batch', 'timeout', 'retries', 'rate', 'retryFailed', 'cache'],
	help: [],
	completion: [],
	version: [],
};

/** `--name` as written (kebab-case) for messages. */
export function flagLabel(name: string): string {
	return `--${name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`;
}

/** Which command owns a flag, for "--unit is a flag of export". */
function ownerOf(flag: FlagName): string | null {
	for (const [command, flags] of Object.entries(COMMAND_FLAGS)) if (flags.includes(flag)) return command;
	return null;
}

export type Prepared = {argv: string[]; used: FlagName[]};

/**
 * Normalises argv for meow and rejects unknown flags: value flags become
 * `--name=value` (so `--ids -` and `--query -x` keep their values), and any
 * flag we do not know is a usage error naming the nearest one.
 */
export function prepareArgv(argv: readonly string[]): Prepared {
	const out: string[] = [];
	const used: FlagName[] = [];
	const known = Object.keys(FLAG_DEFS) as FlagName[];
	const given = new Set<FlagName>();
	for (let i = 0; i < argv.length; i++) {
		const token = argv[i]!;
		if (token === '--') {
			out.push(...argv.slice(i));
			break;
		}
		if (token === '-' || !token.startsWith('-')) {
			out.push(token);
			continue;
		}
		if (token === '-h' || token === '-V') {
			const flag = token === '-h' ? 'help' : 'version';
			out.push(`--${flag}`);
			used.push(flag);
			continue;
		}
		if (!token.startsWith('--')) throw new UsageError(`unknown flag '${token}'${didYouMean(token.replace(/^-+/, ''), known.map(flagLabel))}`);
		const [raw = '', ...rest] = token.slice(2).split('=');
		const hasValue = rest.length > 0;
		const name = raw.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
		const negated = name.startsWith('no') && /^no[A-Z]/.test(name) ? `${name.charAt(2).toLowerCase()}${name.slice(3)}` : null;
		if (negated && negated in FLAG_DEFS && FLAG_DEFS[negated as FlagName].type === 'boolean') {
			used.push(negated as FlagName);
			out.push(token);
			continue;
		}
		if (!(name in FLAG_DEFS)) throw new UsageError(`unknown flag '--${raw}'${didYouMean(`--${raw}`, known.map(flagLabel))}`);
		const flag = name as FlagName;
		used.push(flag);
		// meow's own words for this are "The flag --data can only be set once", reported as an internal error.
		const def: FlagDef = FLAG_DEFS[flag];
		if (def.type === 'string' && !def.isMultiple) {
			if (given.has(flag)) throw new UsageError(`${flagLabel(flag)} is given twice; give it once`);
			given.add(flag);
		}
		if (FLAG_DEFS[flag].type === 'boolean' || hasValue) {
			out.push(token);
			continue;
		}
		const value = argv[i + 1];
		if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new UsageError(`${flagLabel(flag)} needs a value`);
		out.push(`--${raw}=${value}`);
		i++;
	}
	return {argv: out, used};
}

/** Rejects flags that exist but belong to another command. */
export function checkApplicable(command: Command | 'explore', used: readonly FlagName[]): void {
	const allowed = new Set<FlagName>([...GLOBAL, ...COMMAND_FLAGS[command]]);
	for (const flag of used) {
		if (allowed.has(flag)) continue;
		const owner = ownerOf(flag);
		const where = command === 'explore' ? 'without a command' : `with '${command}'`;
		const belongs = owner === 'explore' ? '; it belongs to the explorer (no command)' : owner ? `; it belongs to '${owner}'` : '';
		throw new UsageError(`${flagLabel(flag)} cannot be used ${where}${belongs}`);
	}
}

/** Comma-separated and repeated values as one list: `--actor a,b --actor c` → [a, b, c]. */
export function listValues(values: readonly string[] | string | undefined): string[] {
	if (values === undefined) return [];
	const all = Array.isArray(values) ? values : [values];
	return all
		.flatMap(value => String(value).split(','))
		.map(value => value.trim())
		.filter(Boolean);
}

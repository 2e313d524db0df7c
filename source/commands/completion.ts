// `completion bash|zsh|fish`: a shell completion script made from the tables
// the parser itself uses (COMMANDS, FLAG_DEFS, COMMAND_FLAGS) and the help
// text's descriptions, so a new command or flag completes without anyone
// editing a script. Values the shell cannot know (the dataset's ids) are asked
// of the tool on the line: `crisis-explorer list KIND --format ids`.
import {LANGS} from '../ui/lang.js';
import {UsageError} from '../errors.js';
import {UNITS} from '../export/select.js';
import {FORMAT_NAMES} from '../export/formats/index.js';
import type {ListKind} from '../query/types.js';
import type {BidiFlag} from '../text/bidi-mode.js';
import type {Io} from './context.js';
import {COMMAND_FLAGS, COMMANDS, FLAG_DEFS, GLOBAL, flagLabel, type Command, type FlagName} from './flags.js';
import {helpText} from './help.js';
import {LIST_KINDS} from './list.js';
import {didYouMean} from '../util/did-you-mean.js';
import {TYPES as SEARCH_TYPES} from './search.js';
import {ENGINES} from '../translate/options.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What a flag's value or a command's argument completes to. */
export type Values = {words: readonly string[]} | {files: 'any' | 'dirs'} | {ids: ListKind} | {free: true};

type StringFlag = {[K in FlagName]: (typeof FLAG_DEFS)[K]['type'] extends 'string' ? K : never}[FlagName];

const BIDI: BidiFlag[] = Object.keys({auto: 1, on: 1, off: 1} satisfies Record<BidiFlag, 1>) as BidiFlag[];

// Every value flag says what it takes (the type makes a new flag fill this in).
const FLAG_VALUES: Record<StringFlag, Values> = {
	data: {files: 'any'},
	format: {words: FORMAT_NAMES},
	fields: {free: true},
	out: {files: 'any'},
	bidi: {words: BIDI},
	lang: {words: LANGS},
	manifest: {files: 'any'},
	lexicon: {files: 'dirs'},
	columns: {free: true},
	jobs: {free: true},
	type: {words: SEARCH_TYPES},
	limit: {free: true},
	unit: {words: UNITS},
	day: {ids: 'days'},
	actor: {ids: 'actors'},
	source: {ids: 'sources'},
	event: {ids: 'events'},
	article: {ids: 'articles'},
	query: {free: true},
	ids: {free: true},
	engine: {words: ENGINES},
	to: {free: true},
	command: {free: true},
	url: {free: true},
	model: {free: true},
	apiKeyEnv: {free: true},
	batch: {free: true},
	timeout: {free: true},
	retries: {free: true},
	rate: {free: true},
	cache: {files: 'dirs'},
};

// What follows each command (only its first argument completes).
const COMMAND_ARGS: Partial<Record<Command, Values>> = {
	ingest: {files: 'dirs'},
	list: {words: LIST_KINDS},
	compare: {ids: 'events'},
	help: {words: COMMANDS},
	completion: {words: SHELLS},
};

export type FlagSpec = {
	/** As typed: `--data`, `--no-color`, `-V`. */
	names: string[];
	/** Undefined for a switch. */
	value?: Values;
	repeatable: boolean;
	description: string;
};
export type CommandSpec = {name: Command; description: string; flags: FlagSpec[]; arg?: Values};
export type CompletionSpec = {program: string; commands: CommandSpec[]; flags: FlagSpec[]};

/**
 * A help description made short enough for a menu: asides in brackets go, then
 * what follows `; `, then, if it is still long, what follows `: `.
 */
export function shortDescription(text: string): string {
	let short = text.replace(/\s+/g, ' ');
	for (let before = ''; before !== short; ) {
		before = short;
		short = short.replace(/ ?\([^()]*\)/g, '');
	}
	short = short.replace(/ ?\(.*$/, '').split('; ')[0] ?? '';
	if (short.length > 70) short = short.split(': ')[0] ?? short;
	return short.replace(/[\s,.]+$/, '').trim();
}

/** `--name ARG   description` entries of a help text (continuation lines included), by flag as typed. */
function flagDescriptions(help: string): Map<string, string> {
	const found = new Map<string, string>();
	const lines = help.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const m = /^ {2}((?:-{1,2}[a-zA-Z][\w-]*(?:, )?)+)(?: \S+)? {2,}(\S.*)$/.exec(line);
		if (!m) continue;
		const [, names = '', first = ''] = m;
		const column = line.length - first.length;
		let text = first;
		for (let next = lines[i + 1]; next !== undefined && /^ +\S/.test(next) && next.search(/\S/) >= column; next = lines[i + 1]) {
			text += ` ${next.trim()}`;
			i++;
		}
		for (const name of names.split(', ')) if (!found.has(name)) found.set(name, shortDescription(text));
	}
	return found;
}

/** The main help's usage lines: `crisis-explorer CMD …   description`, at the column of the first line's. */
function commandDescriptions(main: string): Map<string, string> {
	const lines = main.split('\n');
	const from = lines.indexOf('Usage') + 1;
	const to = lines.findIndex((line, i) => i >= from && !line.startsWith('  crisis-explorer'));
	const usage = from > 0 ? lines.slice(from, to < 0 ? undefined : to) : [];
	const first = /^ {2}crisis-explorer +/.exec(usage[0] ?? '');
	const column = first ? first[0].length : 0;
	const found = new Map<string, string>();
	for (const line of usage) {
		const name = /^ {2}crisis-explorer (\S+)/.exec(line)?.[1];
		if (!name || line[column - 1] !== ' ') continue;
		found.set(name, line.slice(column).trim());
	}
	return found;
}

function flagSpec(name: FlagName, descriptions: Map<string, string>): FlagSpec {
	const def = FLAG_DEFS[name] as {type: 'string' | 'boolean'; isMultiple?: boolean; default?: boolean; shortFlag?: string};
	// As typed: kebab-case (--lexicon-only, --follow-links), not the parser's camelCase.
	const long = flagLabel(name);
	// Switches that are on by default are only ever typed negated (--no-color).
	const typed = def.type === 'boolean' && def.default === true ? `--no-${long.slice(2)}` : long;
	const short = name === 'version' ? '-V' : def.shortFlag ? `-${def.shortFlag}` : undefined;
	return {
		names: short ? [typed, short] : [typed],
		...(def.type === 'string' ? {value: FLAG_VALUES[name as StringFlag]} : {}),
		repeatable: Boolean(def.isMultiple),
		description: descriptions.get(typed) ?? descriptions.get(long) ?? '',
	};
}

/** Everything a completion script needs, from the parser's tables and the help text. */
export function completionSpec(): CompletionSpec {
	const main = helpText();
	const commandText = commandDescriptions(main);
	const globalText = flagDescriptions(main);
	return {
		program: 'crisis-explorer',
		// The explorer is the command-less line: its flags are offered there.
		flags: [...GLOBAL, ...COMMAND_FLAGS.explore].map(name => flagSpec(name, globalText)),
		commands: COMMANDS.map(name => {
			const text = flagDescriptions(helpText(name));
			return {
				name,
				description: commandText.get(name) ?? '',
				flags: [...GLOBAL, ...COMMAND_FLAGS[name]].map(flag => flagSpec(flag, text)),
				...(COMMAND_ARGS[name] ? {arg: COMMAND_ARGS[name]} : {}),
			};
		}),
	};
}

// ---------------------------------------------------------------- bash

const quoteSh = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** The bash lines that fill COMPREPLY for `values` (with `cur` the word being completed). */
function bashValues(values: Values): string {
	if ('words' in values) return `COMPREPLY=($(compgen -W ${quoteSh(values.words.join(' '))} -- "$cur"))`;
	if ('files' in values) return `compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen ${values.files === 'dirs' ? '-d' : '-f'} -- "$cur"))`;
	if ('ids' in values) return `_crisis_explorer_ids ${values.ids}`;
	return 'COMPREPLY=()';
}

export function bashCompletion(spec: CompletionSpec): string {
	const all = [...spec.flags, ...spec.commands.flatMap(c => c.flags)];
	const valueFlags = new Map<string, Values>();
	for (const flag of all) if (flag.value) for (const name of flag.names) valueFlags.set(name, flag.value);
	const flagCases = [...valueFlags].map(([name, values]) => `\t\t${name}) ${bashValues(values)} ;;`);
	const flagWords = (flags: FlagSpec[]) => quoteSh(flags.flatMap(f => f.names).join(' '));
	const commandFlagCases = spec.commands.map(c => `\t\t\t${c.name}) COMPREPLY=($(compgen -W ${flagWords(c.flags)} -- "$cur")) ;;`);
	const argCases = spec.commands.filter(c => c.arg).map(c => `\t\t${c.name}) ${bashValues(c.arg!)} ;;`);
	return `# bash completion for ${spec.program} (written by \`${spec.program} completion bash\`)
# Load it with:  source <(${spec.program} completion bash)

# The dataset's ids of one kind, read from the --data given on the line.
_crisis_explorer_ids() {
	local data=() i
	for ((i = 1; i < \${#words[@]} - 1; i++)); do
		case \${words[i]} in
			--data) data=(--data "\${words[i + 1]}") ;;
			--data=*) data=(--data "\${words[i]#--data=}") ;;
		esac
	done
	COMPREPLY=($(compgen -W "$(command ${spec.program} list "$1" "\${data[@]}" --format ids 2>/dev/null)" -- "$cur"))
}

_crisis_explorer() {
	# Words are split on blanks only (COMP_WORDS also splits on = and :, and ids
	# such as agency:reuters contain a colon).
	local line=\${COMP_LINE:0:COMP_POINT} words=() cur prev command= arg=0 i
	read -ra words <<<"$line"
	[[ -z $line || $line == *[[:space:]] ]] && words+=('')
	cur=\${words[\${#words[@]} - 1]}
	prev=
	((\${#words[@]} > 1)) && prev=\${words[\${#words[@]} - 2]}
	if [[ $cur == --*=* ]]; then
		prev=\${cur%%=*}
		cur=\${cur#*=}
	fi
	# The command is the first word that is neither a flag nor a flag's value.
	for ((i = 1; i < \${#words[@]} - 1; i++)); do
		case \${words[i]} in
${[...valueFlags.keys()].map(name => `\t\t\t${name}) ((i++)) ;;`).join('\n')}
			-*) ;;
			*) if [[ -z $command ]]; then command=\${words[i]}; else ((arg++)); fi ;;
		esac
	done
	COMPREPLY=()
	local value=1
	case $prev in
${flagCases.join('\n')}
		*) value= ;;
	esac
	if [[ -n $value ]]; then
		: # the value of the flag before
	elif [[ $cur == -* ]]; then
		case $command in
${commandFlagCases.join('\n')}
			*) COMPREPLY=($(compgen -W ${flagWords(spec.flags)} -- "$cur")) ;;
		esac
	elif [[ -z $command ]]; then
		COMPREPLY=($(compgen -W ${quoteSh(spec.commands.map(c => c.name).join(' '))} -- "$cur"))
	elif ((arg == 0)); then
		case $command in
${argCases.join('\n')}
		esac
	fi
	# Bash replaces only what follows the last : in the word; drop that part.
	if [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]]; then
		local colon=\${cur%"\${cur##*:}"} j
		for j in "\${!COMPREPLY[@]}"; do COMPREPLY[j]=\${COMPREPLY[j]#"$colon"}; done
	fi
	return 0
}

complete -F _crisis_explorer ${spec.program}
`;
}

// ---------------------------------------------------------------- zsh

/** Text for inside a single-quoted zsh word. */
const zshQuoted = (text: string) => text.replaceAll("'", `'\\''`);
/** An _arguments description: its [ ] : and backslash are escaped. */
const zshText = (text: string) => zshQuoted(text.replace(/[[\]:\\]/g, c => `\\${c}`));

function zshAction(values: Values): string {
	if ('words' in values) return `(${values.words.join(' ')})`;
	if ('files' in values) return values.files === 'dirs' ? '_files -/' : '_files';
	if ('ids' in values) return `{_crisis_explorer_ids ${values.ids}}`;
	return ' ';
}

function zshFlag(flag: FlagSpec): string[] {
	const exclusive = flag.names.length > 1 ? `(${flag.names.join(' ')})` : '';
	return flag.names.map(name => {
		const head = `${flag.repeatable ? '*' : exclusive}${name}${flag.value && name.startsWith('--') ? '=' : ''}`;
		const value = flag.value ? `:${name.replace(/^-+/, '')}:${zshAction(flag.value)}` : '';
		return `'${head}[${zshText(flag.description)}]${value}'`;
	});
}

export function zshCompletion(spec: CompletionSpec): string {
	const commandCases = spec.commands.map(c => {
		const arg = c.arg ? ` '1:${c.name === 'help' ? 'command' : 'argument'}:${zshAction(c.arg)}'` : '';
		return `\t\t\t\t${c.name}) _arguments -s ${c.flags.flatMap(zshFlag).join(' ')}${arg} '*: :' ;;`;
	});
	return `#compdef ${spec.program}
# zsh completion for ${spec.program} (written by \`${spec.program} completion zsh\`)
# Load it with:  source <(${spec.program} completion zsh)   (after compinit)

# The dataset's ids of one kind, read from the --data given on the line.
_crisis_explorer_ids() {
	local -a args ids
	local i data
	args=(\${(z)BUFFER})
	for ((i = 1; i < \${#args}; i++)); do
		case \${args[i]} in
			--data) data=\${(Q)args[i + 1]} ;;
			--data=*) data=\${(Q)args[i]#--data=} ;;
		esac
	done
	ids=(\${(f)"$(command ${spec.program} list $1 \${data:+--data} \${data:+$data} --format ids 2>/dev/null)"})
	compadd -a ids
}

_crisis_explorer() {
	local curcontext=$curcontext state line ret=1
	local -a commands
	commands=(
${spec.commands.map(c => `\t\t'${c.name}:${zshQuoted(c.description)}'`).join('\n')}
	)
	_arguments -C -s ${spec.flags.flatMap(zshFlag).join(' ')} '1: :->command' '*:: :->argument' && ret=0
	case $state in
		command) _describe -t commands 'crisis-explorer command' commands && ret=0 ;;
		argument)
			curcontext=\${curcontext%:*:*}:crisis-explorer-$words[1]:
			case $words[1] in
${commandCases.join('\n')}
			esac
			ret=0
			;;
	esac
	return ret
}

if (( $+functions[compdef] )); then
	compdef _crisis_explorer ${spec.program}
else
	print -u2 'crisis-explorer completion: run compinit first (autoload -Uz compinit && compinit)'
fi
`;
}

// ---------------------------------------------------------------- fish

const fishQuote = (text: string) => `'${text.replace(/[\\']/g, c => `\\${c}`)}'`;

function fishValues(values: Values): string {
	if ('words' in values) return `-x -a ${fishQuote(values.words.join(' '))}`;
	if ('files' in values) return values.files === 'dirs' ? `-x -a '(__fish_complete_directories)'` : '-r -F';
	if ('ids' in values) return `-x -a '(__crisis_explorer_ids ${values.ids})'`;
	return '-x';
}

function fishFlag(flag: FlagSpec, condition: string): string {
	const parts = flag.names.map(name => (name.startsWith('--') ? `-l ${name.slice(2)}` : `-s ${name.slice(1)}`));
	const value = flag.value ? ` ${fishValues(flag.value)}` : '';
	return `complete -c ${'crisis-explorer'} -n ${fishQuote(condition)} ${parts.join(' ')}${value} -d ${fishQuote(flag.description)}`;
}

export function fishCompletion(spec: CompletionSpec): string {
	const p = spec.program;
	const names = spec.commands.map(c => c.name).join(' ');
	const lines = [
		`# fish completion for ${p} (written by \`${p} completion fish\`)`,
		`# Install it with:  ${p} completion fish > ~/.config/fish/completions/${p}.fish`,
		'',
		"# The dataset's ids of one kind, read from the --data given on the line.",
		'function __crisis_explorer_ids',
		'\tset -l data',
		'\tset -l words (commandline -opc)',
		'\tfor i in (seq (count $words))',
		'\t\tswitch $words[$i]',
		'\t\t\tcase --data',
		'\t\t\t\tset data --data $words[(math $i + 1)]',
		"\t\t\tcase '--data=*'",
		"\t\t\t\tset data --data (string replace -- --data= '' $words[$i])",
		'\t\tend',
		'\tend',
		`\tcommand ${p} list $argv[1] $data --format ids 2>/dev/null`,
		'end',
		'',
		'complete -c crisis-explorer -f',
		...spec.flags.map(f => fishFlag(f, `not __fish_seen_subcommand_from ${names}`)),
		...spec.commands.map(c => `complete -c ${p} -n ${fishQuote(`not __fish_seen_subcommand_from ${names}`)} -a ${c.name} -d ${fishQuote(c.description)}`),
		...spec.commands.flatMap(c => [
			...c.flags.map(f => fishFlag(f, `__fish_seen_subcommand_from ${c.name}`)),
			...(c.arg ? [`complete -c ${p} -n ${fishQuote(`__fish_seen_subcommand_from ${c.name}`)} ${fishValues(c.arg).replace(/^-r -F$/, '-F')}`] : []),
		]),
	];
	return `${lines.join('\n')}\n`;
}

export function completionScript(shell: Shell, spec: CompletionSpec = completionSpec()): string {
	if (shell === 'bash') return bashCompletion(spec);
	if (shell === 'zsh') return zshCompletion(spec);
	return fishCompletion(spec);
}

export async function runCompletion(args: readonly string[], io: Pick<Io, 'stdout'>): Promise<number> {
	const [shell, extra] = args;
	if (shell === undefined) throw new UsageError(`completion needs a shell: ${SHELLS.join(', ')}`);
	if (!(SHELLS as readonly string[]).includes(shell))
		throw new UsageError(`unknown shell '${shell}'${didYouMean(shell, SHELLS)} (valid: ${SHELLS.join(', ')})`);
	if (extra !== undefined) throw new UsageError(`completion takes one shell; unexpected '${extra}'`);
	io.stdout.write(completionScript(shell as Shell));
	return 0;
}

// The man page (dist/crisis-explorer.1, package.json "man"), made from the help
// text the CLI prints, so `man crisis-explorer` and `crisis-explorer help` say
// the same thing. scripts/build.mjs runs this when it builds the bundle.
import {COMMANDS, type Command} from '../source/commands/flags.js';
import {helpText} from '../source/commands/help.js';

/** Text for roff: backslashes and minus signs escaped, no line starting with a control character. */
function roff(text: string): string {
	return text
		.replaceAll('\\', '\\e')
		.replaceAll('-', '\\-')
		.split('\n')
		.map(line => (/^[.']/.test(line) ? `\\&${line}` : line))
		.join('\n');
}

// Help headings that become man sections of their conventional name.
const SECTIONS: Record<string, string> = {Usage: 'SYNOPSIS', 'Global flags': 'OPTIONS', Environment: 'ENVIRONMENT', Examples: 'EXAMPLES'};

/**
 * One help text as roff: an unindented line followed by indented ones is a
 * heading (`level` says whether it becomes .SH or a bold line), indented lines
 * are kept as laid out (.nf), other lines are running text.
 */
function helpToRoff(text: string, level: 'section' | 'subsection'): string[] {
	const lines = text.trim().split('\n');
	const out: string[] = [];
	let preformatted = false;
	const endBlock = () => {
		if (preformatted) out.push('.fi', '.RE');
		preformatted = false;
	};
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (line.trim() === '') {
			endBlock();
			out.push('.PP');
			continue;
		}
		const isHeading = !/^\s/.test(line) && /^ {2}\S/.test(lines[i + 1] ?? '') && !/[.:,;]$/.test(line) && line.length < 40;
		if (isHeading) {
			endBlock();
			if (level === 'section') out.push(`.SH ${roff(SECTIONS[line] ?? line.toUpperCase())}`);
			else out.push(`.B ${roff(line)}`);
			continue;
		}
		if (/^\s/.test(line)) {
			if (!preformatted) out.push('.RS 2', '.nf');
			preformatted = true;
			out.push(roff(line.replace(/^ {2}/, '')));
			continue;
		}
		endBlock();
		out.push(roff(line));
	}
	endBlock();
	// Blank lines in a row, or around headings, make no extra space.
	return out.filter((line, i) => !(line === '.PP' && (out[i + 1] === undefined || out[i + 1] === '.PP' || /^\.(SH|PP)/.test(out[i - 1] ?? '.SH'))));
}

/** A command's own help, without the global flags every command's help repeats. */
function commandHelp(command: Command): string {
	return helpText(command).split(/^Global flags$/m)[0] ?? '';
}

export function manPage(pkg: {name: string; version: string; description?: string; homepage?: string}): string {
	const [title = '', ...rest] = helpText().trim().split('\n');
	const summary = title.replace(/^[^:]*:\s*/, '');
	const main = helpToRoff(rest.join('\n'), 'section');
	const description = [
		'.SH DESCRIPTION',
		...(pkg.description ? [roff(pkg.description), '.PP'] : []),
		`Each command below also takes the options. \\fB${roff(pkg.name)} help\\fR \\fIcommand\\fR prints the same text.`,
	];
	const commands = [
		'.SH COMMANDS',
		...COMMANDS.filter(command => command !== 'help').flatMap(command => [`.SS ${command}`, ...helpToRoff(commandHelp(command), 'subsection')]),
	];
	// Sections in the usual order: the help's own between the ones made here.
	const at = (section: string) => (main.indexOf(section) < 0 ? main.length : main.indexOf(section));
	const options = at('.SH OPTIONS');
	const environment = at('.SH ENVIRONMENT');
	const lines = [
		`.\\" Generated from the help text by scripts/man.ts; edit source/commands/help.ts instead.`,
		`.TH ${roff(pkg.name.toUpperCase())} 1 "" "${roff(`${pkg.name} ${pkg.version}`)}" "User Commands"`,
		// No hyphenation, ragged right: the text is mostly flags and file names.
		'.nh',
		'.ad l',
		'.SH NAME',
		`${roff(pkg.name)} \\- ${roff(summary)}`,
		...main.slice(0, options),
		...description,
		...main.slice(options, environment),
		...commands,
		...main.slice(environment),
		'.SH SEE ALSO',
		`The README (${roff(pkg.homepage ?? pkg.name)}) for the dataset's fields, the explorer's keys and the JSON Schema of the dataset (dataset.schema.json).`,
	];
	return `${lines.join('\n')}\n`;
}

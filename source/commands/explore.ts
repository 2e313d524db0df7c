// No command: the explorer, which needs a terminal on both ends. In a pipe or
// a script there is nothing to show, so say where the scriptable commands are.
// TERM=dumb (Emacs' shell, some CI consoles and editors' output panes) is a
// terminal that cannot move the cursor: a full-screen app would print every
// frame below the last, so it is refused the same way.
import {UsageError} from '../errors.js';
import type {Context} from './context.js';
import {LANGS, type Lang} from '../ui/lang.js';
import {didYouMean} from '../util/did-you-mean.js';

export async function runExplore(ctx: Context): Promise<number> {
	if (ctx.args.length > 0) throw new UsageError(`unexpected '${ctx.args[0]}'`);
	const lang = ctx.flags.lang ?? 'ar';
	if (!(LANGS as readonly string[]).includes(lang)) throw new UsageError(`--lang expects ar, en or both, got '${lang}'${didYouMean(lang, LANGS)}`);
	if (!ctx.io.stdin.isTTY || !ctx.io.stdout.isTTY) {
		throw new UsageError("no command given and not a terminal: the explorer needs one; see 'crisis-explorer --help' for the scriptable commands");
	}
	if (ctx.io.env.TERM === 'dumb') {
		throw new UsageError(
			"TERM=dumb: this terminal cannot draw the full-screen explorer; run it in one that can (e.g. TERM=xterm-256color), or see 'crisis-explorer --help' for the scriptable commands",
		);
	}
	const query = await ctx.query();
	// Loaded on demand: scripted commands do not need React or Ink to be evaluated.
	const {runExplorer} = await import('../ui/run.js');
	return runExplorer({
		query,
		dataPath: ctx.dataPath,
		bidi: ctx.bidi,
		shape: ctx.flags.shape,
		color: ctx.flags.color,
		lang: lang as Lang,
	});
}

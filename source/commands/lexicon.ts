// `lexicon suggest`: the people and organisations the dataset found by their
// context (no lexicon names them), as lexicon entries with a count and a
// context line each: JSON on stdout, or with --out DIR the files actors.json
// and organizations.json in DIR, ready to edit and pass to ingest --lexicon DIR.
import {existsSync, mkdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {CliError, UsageError} from '../errors.js';
import type {Actor, Entity} from '../dataset/schema.js';
import {fileSink} from '../export/sink.js';
import {writeObject} from '../export/write.js';
import {suggestEntries, type Context as SuggestionContext} from '../lexicon/suggest.js';
import {sanitize} from '../text/sanitize.js';
import type {Context} from './context.js';
import {emitObject} from './output.js';
import {didYouMean} from '../util/did-you-mean.js';

const ACTIONS = ['suggest'] as const;

export async function runLexicon(ctx: Context): Promise<number> {
	const [action, ...extra] = ctx.args;
	if (!action) throw new UsageError('lexicon needs an action, e.g. crisis-explorer lexicon suggest --data d.json');
	if (!(ACTIONS as readonly string[]).includes(action))
		throw new UsageError(`unknown lexicon action '${action}'${didYouMean(action, ACTIONS)} (actions: ${ACTIONS.join(', ')})`);
	if (extra.length > 0) throw new UsageError(`lexicon suggest takes no other argument; unexpected '${extra[0]}'`);
	if (ctx.flags.format !== undefined && ctx.flags.format !== 'json')
		throw new UsageError(`lexicon suggest writes JSON (lexicon entries); --format ${ctx.flags.format} does not apply`);
	if (ctx.flags.fields !== undefined) throw new UsageError('--fields does not apply to lexicon suggest (it writes whole lexicon entries)');

	const query = await ctx.query();
	const contextOf = (kind: 'actor' | 'organization', id: string): SuggestionContext | null => {
		if (kind === 'actor') {
			const sentences = query
				.sentencesFor('actors', id)
				.map(sid => query.sentence(sid)?.sentence)
				.filter(s => s !== undefined);
			// The line that shows the most: the name beside its role, else the first mention.
			const best = sentences.find(s => s.actors.some(a => a.id === id && a.roleEn)) ?? sentences[0];
			return best ? {id: best.id, text: best.text} : null;
		}
		const org = query.organization(id);
		for (const articleId of org?.articles ?? []) {
			const s = query.article(articleId)?.sentences.find(x => x.organizations.some(o => o.id === id));
			if (s) return {id: s.id, text: s.text};
		}
		return null;
	};
	const suggestions = suggestEntries(query.list('actors') as Actor[], query.list('organizations') as Entity[], contextOf);

	const out = ctx.flags.out;
	if (!out) {
		await emitObject(ctx, suggestions);
		return 0;
	}
	// --out DIR: the two lexicon files, each refused if it exists (unless --force).
	if (existsSync(out) && !statSync(out).isDirectory())
		throw new CliError(`${sanitize(out)}: not a directory (lexicon suggest --out writes actors.json and organizations.json into a folder)`);
	mkdirSync(out, {recursive: true});
	const files = [
		['actors.json', suggestions.actors],
		['organizations.json', suggestions.organizations],
	] as const;
	const sinks = files.map(([name]) => fileSink(join(out, name), {force: ctx.flags.force}));
	try {
		for (const [i, [, entries]] of files.entries()) {
			await writeObject(entries, sinks[i]!, true);
			await sinks[i]!.end();
		}
	} catch (error) {
		for (const sink of sinks) sink.abort();
		throw error;
	}
	return 0;
}

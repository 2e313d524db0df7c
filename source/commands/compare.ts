// `compare EVENT_ID`: the per-outlet comparison of one event, JSON or Markdown.
import {UsageError} from '../errors.js';
import {compareEvent, comparisonToMarkdown} from '../compare/index.js';
import {sanitize} from '../text/sanitize.js';
import {layoutDocument} from '../text/document.js';
import type {Context} from './context.js';
import {didYouMean} from '../util/did-you-mean.js';
import {emitObject, emitText, resolveFormat, textLayout} from './output.js';

export async function runCompare(ctx: Context): Promise<number> {
	const [id, ...extra] = ctx.args;
	if (!id) throw new UsageError("compare needs an event id; see 'crisis-explorer list events'");
	if (extra.length > 0) throw new UsageError(`compare takes one event id; unexpected '${extra[0]}'`);
	if (ctx.flags.fields) throw new UsageError('--fields does not apply to compare (its output is a document)');
	const format = resolveFormat(ctx, {allowed: ['json', 'md'], terminalDefault: 'md'});
	const query = await ctx.query();
	const inputs = query.comparisonInputs(id);
	if (!inputs) throw new UsageError(`unknown event '${id}'${didYouMean(id, query.ids('events'))}`);
	const comparison = compareEvent(inputs);
	if (format === 'json') await emitObject(ctx, comparison);
	else {
		// The dataset keeps text exactly as published; control characters are made visible here.
		const markdown = comparisonToMarkdown(comparison, query).split('\n').map(sanitize).join('\n');
		await emitText(ctx, sink => {
			// For the eyes (a terminal, or --bidi on): Arabic reordered and shaped like every view's.
			const mode = textLayout(ctx, sink);
			const text = mode ? layoutDocument(markdown, sink.columns ?? 80, mode) : markdown;
			return sink.write(text.endsWith('\n') ? text : `${text}\n`);
		});
	}
	return 0;
}

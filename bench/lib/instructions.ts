// What bench/instructions.ts reads of valgrind's report, and works out of it.

/** The instructions a cachegrind run executed ("I refs" of its summary), or null when the report has none. */
export function instructionsOf(report: string): number | null {
	const m = /\bI\s+refs:\s+([\d,]+)/.exec(report);
	return m ? Number(m[1]!.replaceAll(',', '')) : null;
}

/**
 * Instructions per article once the code is warm: the difference between a
 * run of `passes` passes over `articles` articles and a run of one pass (the
 * start-up, the lexicons and the first, cold pass cancel out), over the
 * articles the extra passes parsed.
 */
export function perWarmArticle(onePass: number, manyPasses: number, articles: number, passes: number): number {
	if (passes < 2 || articles < 1) throw new Error('per article needs two passes or more over one article or more');
	return (manyPasses - onePass) / ((passes - 1) * articles);
}

// What the commands comparing this tree with another commit share
// (bench/compare-ingest.ts, bench/instructions.ts): their options, the corpus
// both sides read, and the other commit checked out beside this tree.
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, readdirSync, symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {writeCorpus} from '../corpus.js';

/** `--name value` of argv, or the fallback. */
export function optionOf(argv: readonly string[]): (name: string, fallback: string) => string {
	return (name, fallback) => {
		const i = argv.indexOf(`--${name}`);
		return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
	};
}

/**
 * A generated corpus of `articles` in `work`/corpus: the .txt articles and their
 * manifest only (the generator's JSON side files would be reported as skipped by
 * the newer reader). Returns its folder.
 */
export function comparisonCorpus(work: string, articles: number): string {
	const generated = join(work, 'generated');
	writeCorpus({articles, out: generated});
	const corpus = join(work, 'corpus');
	mkdirSync(corpus);
	for (const file of readdirSync(generated)) if (file.endsWith('.txt') || file === 'manifest.json') cpSync(join(generated, file), join(corpus, file));
	return corpus;
}

/** rev checked out (detached) into dir, a worktree of root's repository using root's node_modules. */
export function addWorktree(root: string, dir: string, rev: string): void {
	execFileSync('git', ['worktree', 'add', '--detach', dir, rev], {cwd: root, stdio: 'pipe'});
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
}

/** Removes a worktree addWorktree made (nothing if it is not there). */
export function removeWorktree(root: string, dir: string): void {
	spawnSync('git', ['worktree', 'remove', '--force', dir], {cwd: root, stdio: 'pipe'});
}

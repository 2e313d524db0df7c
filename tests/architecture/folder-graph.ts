// The import graph of source/ between top-level folders, read from the files
// themselves (static `import … from`, `export … from` and `import('…')`, type
// imports included: a type import is a dependency of the design too).
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';

export type FolderEdge = {from: string; to: string; file: string; specifier: string};

function filesUnder(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...filesUnder(path));
		else if (/\.(ts|tsx)$/.test(name)) out.push(path);
	}
	return out;
}

/** A file's top-level folder under root; a file directly in root is a node of its own (cli, errors). */
function folderOf(root: string, file: string): string {
	const parts = relative(root, file).split(sep);
	return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.(js|ts|tsx)$/, '');
}

const IMPORT = /(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function folderEdges(root: string): FolderEdge[] {
	const edges: FolderEdge[] = [];
	for (const file of filesUnder(root)) {
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(IMPORT)) {
			const specifier = (m[1] ?? m[2])!;
			if (!specifier.startsWith('.')) continue;
			const target = resolve(dirname(file), specifier);
			const from = folderOf(root, file);
			const to = folderOf(root, target);
			if (from !== to) edges.push({from, to, file: relative(root, file), specifier});
		}
	}
	return edges;
}

/** Strongly connected components of more than one folder (Tarjan). */
export function folderCycles(edges: FolderEdge[]): string[][] {
	const graph = new Map<string, Set<string>>();
	for (const e of edges) {
		if (!graph.has(e.from)) graph.set(e.from, new Set());
		if (!graph.has(e.to)) graph.set(e.to, new Set());
		graph.get(e.from)!.add(e.to);
	}
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const components: string[][] = [];
	const visit = (v: string) => {
		index.set(v, counter);
		low.set(v, counter++);
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) === index.get(v)) {
			const component: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				onStack.delete(w);
				component.push(w);
			} while (w !== v);
			if (component.length > 1) components.push(component.sort());
		}
	};
	for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
	return components;
}

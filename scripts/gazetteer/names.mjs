// names/*.txt → data/gazetteer/given-names.json; particles.json and
// surnames.txt → data/gazetteer/name-particles.json.
//
//   @origin arabic        arabic | persian | turkish | european | african | other
//   @gender m             m | f | -  (unknown or both)
//   محمد، محمّد | Mohammed, Mohamed, Muhammad | options
//
// The first Arabic form is the usual spelling, the rest real variants; the
// first Latin form is the one news agencies use most (Reuters, AP, AFP in
// English), the rest other common spellings. Options: g=m|f|- for one line.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ARABIC_ANY, ARABIC_LETTER, fold, formKey} from './fold.mjs';
import {parseOptions, readLineFile, SourceError, splitList} from './lines.mjs';

export const ORIGINS = ['arabic', 'persian', 'turkish', 'european', 'african', 'other'];
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}' .-]*$/u;

function nameRecord({where, fields}, keyOf) {
	if (fields.length < 2 || fields.length > 3) throw new SourceError(`${where}: expected Arabic forms | Latin forms | options`);
	const forms = splitList(fields[0]);
	const latin = splitList(fields[1]);
	if (!forms.length || !latin.length) throw new SourceError(`${where}: needs an Arabic and a Latin form`);
	for (const f of forms) if (!ARABIC_LETTER.test(f) || /[A-Za-z]/.test(f)) throw new SourceError(`${where}: Arabic form expected, got "${f}"`);
	for (const l of latin) if (!LATIN.test(l) || ARABIC_ANY.test(l)) throw new SourceError(`${where}: Latin form expected, got "${l}"`);
	const keys = forms.map(keyOf);
	if (new Set(keys).size !== keys.length) throw new SourceError(`${where}: two Arabic forms are the same to the matcher`);
	if (new Set(latin).size !== latin.length) throw new SourceError(`${where}: a Latin form is repeated`);
	return {ar: forms[0], variants: forms.slice(1), latin, keys};
}

function uniqueForms(items, what) {
	const seen = new Map();
	const problems = [];
	for (const it of items) {
		for (const k of it.keys) {
			if (seen.has(k)) problems.push(`${it.where}: ${what} "${k}" is already listed at ${seen.get(k)}; merge the two lines`);
			else seen.set(k, it.where);
		}
	}
	if (problems.length) throw new SourceError(problems.join('\n'));
}

const byAr = (a, b) => (a.ar < b.ar ? -1 : a.ar > b.ar ? 1 : 0);

export function buildGivenNames(dir) {
	const items = [];
	for (const file of readdirSync(dir)
		.filter(f => f.endsWith('.txt'))
		.sort()) {
		for (const rec of readLineFile(join(dir, file))) {
			const r = nameRecord(rec, fold);
			const opts = parseOptions(rec.fields[2], rec.where);
			const g = opts.g ?? rec.directives.gender;
			if (!['m', 'f', '-'].includes(g)) throw new SourceError(`${rec.where}: gender must be m, f or - (got ${g})`);
			const origin = opts.origin ?? rec.directives.origin;
			if (!ORIGINS.includes(origin)) throw new SourceError(`${rec.where}: origin must be one of ${ORIGINS.join(', ')}`);
			items.push({...r, where: rec.where, gender: g === '-' ? null : g, origin, file});
		}
	}
	uniqueForms(items, 'given name');
	return {
		names: items.map(({ar, variants, latin, gender, origin}) => ({ar, variants, latin, gender, origin})).sort(byAr),
		files: items.map(it => it.file),
	};
}

export function buildNameParticles(particlesPath, surnamesPath) {
	const particles = JSON.parse(readFileSync(particlesPath, 'utf8'));
	const items = readLineFile(surnamesPath).map(rec => {
		const r = nameRecord(rec, formKey);
		const opts = parseOptions(rec.fields[2], rec.where);
		for (const key of Object.keys(opts)) if (key !== 'note') throw new SourceError(`${rec.where}: unknown option ${key}`);
		const out = {ar: r.ar, variants: r.variants, latin: r.latin};
		if (opts.note) out.note = opts.note.replaceAll('_', ' ');
		return {...r, out, where: rec.where};
	});
	uniqueForms(items, 'surname');
	return {...particles, surnames: items.map(it => it.out).sort(byAr)};
}

// organizations.txt → data/gazetteer/organizations.json.
//
//   @kind un-body
//   id | nameEn | nameAr | aliases | options
//
// Aliases are Arabic spellings and acronyms in both scripts (مفوضية اللاجئين،
// UNHCR). Options: parent=<id> (the organisation a body belongs to),
// kind=… for one line.
import {ARABIC_LETTER, formKey} from './fold.mjs';
import {parseOptions, readLineFile, SourceError, splitList} from './lines.mjs';

export const ORG_KINDS = ['un-body', 'regional', 'alliance', 'ngo', 'financial', 'court', 'mission', 'forum'];

export function buildOrganizations(path) {
	const items = readLineFile(path).map(({where, fields, directives}) => {
		if (fields.length < 3 || fields.length > 5) throw new SourceError(`${where}: expected id | nameEn | nameAr | aliases | options`);
		const [id, nameEn, nameAr, aliasField = '', optField = ''] = fields;
		const opts = parseOptions(optField, where);
		for (const key of Object.keys(opts)) if (key !== 'parent' && key !== 'kind') throw new SourceError(`${where}: unknown option ${key}`);
		const kind = opts.kind ?? directives.kind;
		if (!ORG_KINDS.includes(kind)) throw new SourceError(`${where}: kind must be one of ${ORG_KINDS.join(', ')}`);
		if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new SourceError(`${where}: bad id ${id}`);
		if (!ARABIC_LETTER.test(nameAr)) throw new SourceError(`${where}: nameAr must be Arabic`);
		const org = {id, nameEn, nameAr, aliases: splitList(aliasField), kind};
		if (opts.parent) org.parent = opts.parent;
		return {org, where};
	});
	const problems = [];
	const byId = new Map();
	const byKey = new Map();
	for (const {org, where} of items) {
		if (byId.has(org.id)) problems.push(`${where}: duplicate id ${org.id}`);
		byId.set(org.id, org);
		const own = new Set();
		for (const form of [org.nameAr, org.nameEn, ...org.aliases]) {
			const k = formKey(form);
			// A form repeated within one entry is noise; across entries, a real clash to resolve.
			if (own.has(k)) problems.push(`${where}: "${form}" repeats another form of ${org.id}`);
			else if (byKey.has(k)) problems.push(`${where}: "${form}" is also a name of ${byKey.get(k)}`);
			own.add(k);
			byKey.set(k, org.id);
		}
	}
	for (const {org, where} of items) if (org.parent && !byId.has(org.parent)) problems.push(`${where}: parent ${org.parent} is not an organisation here`);
	if (problems.length) throw new SourceError(problems.join('\n'));
	return items.map(x => x.org).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

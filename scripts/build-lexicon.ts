/**
 * `npm run lexicon`: validate every content/lexicon/*.tsv file and print counts. Exits with status 1 and one
 * `file:line: message` per problem when any row is invalid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon } from '../src/lib/arabic/morphology/compile';

const dir = join(process.cwd(), 'content', 'lexicon');
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.tsv'))
	.sort();
const sources = files.map((f) => ({
	path: `content/lexicon/${f}`,
	text: readFileSync(join(dir, f), 'utf8')
}));
const started = performance.now();
const lexicon = compileLexicon(sources);
const ms = performance.now() - started;

const byPos = new Map<string, number>();
const byFile = new Map<string, number>();
for (const e of lexicon.entries) {
	byPos.set(e.pos, (byPos.get(e.pos) ?? 0) + 1);
	const file = e.source.endsWith('(derived)')
		? 'derived from verbs'
		: e.source.replace(/:\d+$/, '');
	byFile.set(file, (byFile.get(file) ?? 0) + 1);
}
let readings = 0;
for (const list of lexicon.forms.values()) readings += list.length;
console.log(
	`lexicon: ${lexicon.entries.length} entries from ${files.length} files, ${lexicon.forms.size} distinct forms, ${readings} readings, compiled in ${ms.toFixed(0)} ms`
);
console.log(
	'by file: ' + [...byFile].map(([k, v]) => `${k.replace('content/lexicon/', '')} ${v}`).join(', ')
);
console.log(
	'by pos:  ' +
		[...byPos]
			.sort((a, b) => b[1] - a[1])
			.map(([k, v]) => `${k} ${v}`)
			.join(', ')
);
if (lexicon.errors.length) {
	for (const e of lexicon.errors) console.error(e);
	console.error(`${lexicon.errors.length} error(s); fix them before committing.`);
	process.exit(1);
}
console.log('no errors');

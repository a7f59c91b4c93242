/**
 * `npm run bench`: lexicon load time and analyzer throughput (words per second, one core) over a long text built
 * from the articles in content/articles and tests/fixtures, repeated. Reports the first pass (every distinct word
 * analysed for the first time) separately from the steady state (the per-lexicon memo warm, as on a server).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/lib/arabic/index';
import { loadLanguageData } from '../src/lib/server/lexicon';

function collectText(dir: string, out: string[]): void {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) collectText(path, out);
		else if (/\.(md|txt)$/.test(name))
			out.push(readFileSync(path, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
	}
}

const loadStarted = performance.now();
const { lexicon, gazetteer, lexiconMs, gazetteerMs } = loadLanguageData();
const loadMs = performance.now() - loadStarted;

const parts: string[] = [];
collectText(join(process.cwd(), 'content', 'articles'), parts);
collectText(join(process.cwd(), 'tests', 'fixtures'), parts);
if (parts.length === 0)
	parts.push('قال وزير الخارجية إن المحادثات بين الوفدين ستستأنف الأسبوع المقبل في العاصمة.');
const base = parts.join('\n\n');
const baseWords = base.split(/\s+/).filter(Boolean).length;
const copies = Math.max(1, Math.ceil(200000 / baseWords));
// Paragraphs are analysed one by one, as the reader does for an article.
const paragraphs = Array.from({ length: copies }, () => base.split(/\n\s*\n/))
	.flat()
	.filter((p) => p.trim());

function pass(list: string[], withEntities: boolean, lex = lexicon): { words: number; ms: number } {
	let words = 0;
	const started = performance.now();
	for (const p of list) {
		const result = analyzeText(p, lex, withEntities ? gazetteer : null);
		for (const t of result.tokens) if (t.kind === 'word') words++;
	}
	return { words, ms: performance.now() - started };
}

// The analyzer memoises per lexicon object; a shallow copy starts with an empty memo. The first copy warms the JIT.
pass(paragraphs.slice(0, 50), false, { ...lexicon });
const cold = pass(paragraphs, false, { ...lexicon });
const steady = pass(paragraphs, false);
const withEntities = pass(paragraphs, true);
const rate = (r: { words: number; ms: number }) =>
	`${Math.round((r.words / r.ms) * 1000).toLocaleString('en')} words/s (${r.words.toLocaleString('en')} words in ${r.ms.toFixed(0)} ms)`;
console.log(
	`lexicon: ${lexicon.entries.length} entries, ${lexicon.forms.size} forms; load ${loadMs.toFixed(0)} ms (lexicon ${lexiconMs.toFixed(0)} ms from the compiled copy under data/ when unchanged, gazetteer ${gazetteerMs.toFixed(0)} ms)`
);
console.log(`text: ${parts.length} source file(s), ${baseWords} words, repeated ${copies}×`);
console.log(`analyzer, empty memo at start:         ${rate(cold)}`);
console.log(`analyzer, steady state (analysis only):  ${rate(steady)}`);
console.log(`analyzer + entities (analyzeText full):  ${rate(withEntities)}`);

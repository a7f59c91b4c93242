/**
 * `npm run bench`: lexicon load time and analyzer throughput (words per second, one core) over a long text built
 * from the articles in content/articles and tests/fixtures, repeated. Reports the first pass over the text (every
 * distinct word analysed for the first time) separately from the steady state (the per-lexicon memo warm, as on a
 * server). Each rate is given per wall-clock second and per second of this process's CPU time: on a shared, busy
 * machine the wall-clock figure mostly measures the other processes, the CPU figure the code (one thread).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
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
const loadCpu = process.cpuUsage();
const { lexicon, gazetteer, lexiconMs, gazetteerMs } = loadLanguageData();
const loadMs = performance.now() - loadStarted;
const loadCpuMs = cpuMs(process.cpuUsage(loadCpu));

function cpuMs(usage: NodeJS.CpuUsage): number {
	return (usage.user + usage.system) / 1000;
}

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

interface Run {
	words: number;
	ms: number;
	cpu: number;
}

function pass(list: string[], withEntities: boolean, lex = lexicon): Run {
	let words = 0;
	const started = performance.now();
	const cpu = process.cpuUsage();
	for (const p of list) {
		const result = analyzeText(p, lex, withEntities ? gazetteer : null);
		for (const t of result.tokens) if (t.kind === 'word') words++;
	}
	return { words, ms: performance.now() - started, cpu: cpuMs(process.cpuUsage(cpu)) };
}

const oneCopy = paragraphs.slice(0, paragraphs.length / copies);
// The analyzer memoises per lexicon object; a shallow copy starts with an empty memo. A first run warms the JIT.
pass(paragraphs.slice(0, 50), false, { ...lexicon });
const first = pass(oneCopy, false, { ...lexicon });
const cold = pass(paragraphs, false, { ...lexicon });
pass(oneCopy, false); // warms the shared lexicon's memo
const steady = pass(paragraphs, false);
pass(oneCopy, true);
const withEntities = pass(paragraphs, true);
const rate = (r: Run) =>
	`${Math.round((r.words / r.ms) * 1000).toLocaleString('en')} words/s wall, ${Math.round((r.words / r.cpu) * 1000).toLocaleString('en')} words/s CPU (${r.words.toLocaleString('en')} words in ${r.ms.toFixed(0)} ms, CPU ${r.cpu.toFixed(0)} ms)`;
console.log(
	`machine: load average ${loadavg()
		.map((l) => l.toFixed(2))
		.join(
			', '
		)} (1, 5, 15 min); wall-clock figures are only meaningful when it is well below the core count`
);
console.log(
	`lexicon: ${lexicon.entries.length} entries, ${lexicon.forms.size} forms; load ${loadMs.toFixed(0)} ms wall, ${loadCpuMs.toFixed(0)} ms CPU (lexicon ${lexiconMs.toFixed(0)} ms from the compiled copy under data/ when unchanged, gazetteer ${gazetteerMs.toFixed(0)} ms)`
);
console.log(`text: ${parts.length} source file(s), ${baseWords} words, repeated ${copies}×`);
console.log(`analyzer, first pass (every word new):   ${rate(first)}`);
console.log(`analyzer, empty memo at start, ${copies}×:    ${rate(cold)}`);
console.log(`analyzer, steady state (analysis only):  ${rate(steady)}`);
console.log(`analyzer + entities (analyzeText full):  ${rate(withEntities)}`);

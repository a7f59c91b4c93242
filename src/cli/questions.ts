/**
 * `sahifa questions [FILE]` — generate comprehension questions for an Arabic news text (FILE, or stdin) and print
 * `{"questions": [...], "entities": [...]}`.
 * `sahifa questions --report [DIR]` — measure the generator on the team's test articles (tests/fixtures/articles by
 * default: every NN-*.txt with its .json of expected facts, plus seed.json) and print recall and key correctness.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../lib/arabic/index.ts';
import { scoreQuestions, type ExpectedFact } from '../lib/questions/evaluate.ts';
import { generateQuestions, seededRandom } from '../lib/questions/index.ts';
import { buildDistractorPool } from '../lib/questions/pool.ts';
import { loadLanguageData } from '../lib/server/lexicon.ts';
import { UsageError } from './index.ts';

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

function questionsFor(text: string, seed: number) {
	const { lexicon, gazetteer } = loadLanguageData();
	const analyzed = analyzeText(text, lexicon, gazetteer);
	const pool = buildDistractorPool(lexicon.entries, gazetteer?.entries ?? []);
	return {
		analyzed,
		questions: generateQuestions(analyzed, {
			random: seededRandom(seed),
			distractorPool: pool,
			text
		})
	};
}

function report(dir: string): number {
	const files = readdirSync(dir)
		.filter((f) => /^\d+-.*\.txt$/.test(f))
		.sort();
	const cases: { name: string; text: string; facts: ExpectedFact[] }[] = files.map((f) => ({
		name: f.replace(/\.txt$/, ''),
		text: readFileSync(join(dir, f), 'utf8'),
		facts: JSON.parse(
			readFileSync(join(dir, f.replace(/\.txt$/, '.json')), 'utf8')
		) as ExpectedFact[]
	}));
	const seedFile = join(dir, 'seed.json');
	if (existsSync(seedFile)) {
		const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as {
			source: string;
			facts: ExpectedFact[];
		};
		if (existsSync(seed.source))
			cases.push({ name: 'seed', text: readFileSync(seed.source, 'utf8'), facts: seed.facts });
	}
	const totals = { own: [0, 0, 0, 0, 0], seed: [0, 0, 0, 0, 0] };
	for (const c of cases) {
		const { questions } = questionsFor(c.text, 1);
		const s = scoreQuestions(c.text, questions, c.facts);
		const t = c.name === 'seed' ? totals.seed : totals.own;
		t[0] += s.recalled;
		t[1] += c.facts.length;
		t[2] += s.correct;
		t[3] += s.checkable;
		t[4] += questions.length;
		console.log(
			`${c.name}: ${questions.length} questions (${s.factual} factual); recall ${s.recalled}/${c.facts.length}; keys right ${s.correct}/${s.checkable} checkable, ${s.unchecked.length} to check by hand`
		);
		for (const f of s.facts.filter((x) => !x.question))
			console.log(`  missed ${f.fact.kind}: ${f.fact.prompt_hint} → ${f.fact.answer}`);
		for (const q of s.wrong) console.log(`  WRONG KEY ${q.type}: ${q.prompt_ar} → ${q.answer}`);
		for (const q of s.unchecked) console.log(`  check ${q.type}: ${q.prompt_ar} → ${q.answer}`);
	}
	const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '–');
	for (const [name, t] of Object.entries(totals)) {
		if (t[1] === 0) continue;
		console.log(
			`${name === 'own' ? 'team articles' : 'seed'}: recall ${t[0]}/${t[1]} = ${pct(t[0], t[1])}%; key correctness (automatic) ${t[2]}/${t[3]} = ${pct(t[2], t[3])}%; ${t[4]} questions`
		);
	}
	return 0;
}

/** Runs the command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
	const pretty = args.includes('--pretty');
	const seedIndex = args.indexOf('--seed');
	const seed = seedIndex >= 0 ? Number(args[seedIndex + 1]) : 1;
	if (seedIndex >= 0 && !Number.isInteger(seed)) throw new UsageError('--seed takes an integer');
	if (args.includes('--report')) {
		const dir =
			args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--seed') ??
			join('tests', 'fixtures', 'articles');
		return report(dir);
	}
	const files = args.filter(
		(a, i) => a !== '--pretty' && a !== '--seed' && args[i - 1] !== '--seed'
	);
	if (files.some((a) => a.startsWith('-') && a !== '-'))
		throw new UsageError(`unknown option ${files.find((a) => a.startsWith('-'))}`);
	if (files.length > 1) throw new UsageError('give at most one FILE');
	let text: string;
	if (files.length === 0 || files[0] === '-') text = await readStdin();
	else {
		try {
			text = readFileSync(files[0], 'utf8');
		} catch (error) {
			throw new Error(
				`cannot read ${files[0]}: ${error instanceof Error ? error.message : String(error)}`
			);
		}
	}
	const { warnings } = loadLanguageData();
	for (const warning of warnings) console.error(`warning: ${warning}`);
	const { analyzed, questions } = questionsFor(text, seed);
	const output = { questions: questions.map((q) => ({ ...q })), entities: analyzed.entities };
	console.log(pretty ? JSON.stringify(output, null, 2) : JSON.stringify(output));
	return 0;
}

/**
 * Acceptance: the real pipeline (lexicon, gazetteer, analyzeText) on the team's test articles and the seed, scored
 * against the hand-written expected facts in tests/fixtures/articles. Thresholds sit a little under the measured
 * figures (`npx sahifa questions --report` prints them), so a regression shows while the core keeps growing.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, compileGazetteer, compileLexicon } from '../arabic/index';
import { scoreQuestions, type ExpectedFact } from './evaluate';
import { generateQuestions, seededRandom } from './index';
import { buildDistractorPool } from './pool';

// Files come in through Vite's import.meta.glob, so this pure module needs no Node built-ins.
const raw = (files: Record<string, unknown>) =>
	Object.entries(files as Record<string, string>).map(([path, text]) => ({
		path: path.replace(/^\//, ''),
		text
	}));
const LEXICON = raw(
	import.meta.glob('/content/lexicon/*.tsv', { query: '?raw', import: 'default', eager: true })
);
const GAZETTEER = raw(
	import.meta.glob('/content/gazetteer/*.tsv', { query: '?raw', import: 'default', eager: true })
);
const FIXTURES = new Map(
	raw(
		import.meta.glob('/tests/fixtures/articles/*.{txt,json}', {
			query: '?raw',
			import: 'default',
			eager: true
		})
	).map((f) => [f.path.split('/').pop()!, f.text])
);
const SOURCES = new Map(
	raw(
		import.meta.glob('/content/articles/source/*.txt', {
			query: '?raw',
			import: 'default',
			eager: true
		})
	).map((f) => [f.path, f.text])
);

const lexicon = compileLexicon(LEXICON);
const gazetteer = compileGazetteer(GAZETTEER);
const pool = buildDistractorPool(lexicon.entries, gazetteer.entries);

function run(text: string) {
	return generateQuestions(analyzeText(text, lexicon, gazetteer), {
		random: seededRandom(1),
		distractorPool: pool,
		text
	});
}

/**
 * The articles in six sets: 01–10 were written with the generator and tuned on; 11–17 and 18–25 were measured
 * before any change made with them in view (50% and 49% recall then), and tuned on afterwards; 26–31 (43% before)
 * were tuned on in sessions 2 and 3 (69%, then 81%, then 88%); 32–37 (43% before, 54% after session 2, 57% after
 * session 3) and 38–43 (57% before any session-3 change, 63%, then 72% after) are held out: never tuned on. Each set
 * has its own floor a little under its measured figure, so a held-out set's lower recall cannot hide behind the tuned
 * one's. `perArticle` is the floor for every article of the set (none is a write-off).
 */
const SETS: { name: string; from: number; to: number; recall: number; perArticle: number }[] = [
	{ name: '01-10', from: 1, to: 10, recall: 0.9, perArticle: 0.4 },
	{ name: '11-17', from: 11, to: 17, recall: 0.7, perArticle: 0.4 },
	{ name: '18-25', from: 18, to: 25, recall: 0.65, perArticle: 0.4 },
	{ name: '26-31', from: 26, to: 31, recall: 0.83, perArticle: 0.4 },
	{ name: '32-37', from: 32, to: 37, recall: 0.52, perArticle: 0.35 },
	{ name: '38-43', from: 38, to: 43, recall: 0.67, perArticle: 0.4 }
];

describe('questions on the team articles', () => {
	const files = [...FIXTURES.keys()].filter((f) => /^\d+-.*\.txt$/.test(f)).sort();
	const totals = new Map(SETS.map((s) => [s.name, { recalled: 0, facts: 0 }]));
	let correct = 0;
	let checkable = 0;

	it.each(files)('%s', (file) => {
		const text = FIXTURES.get(file)!;
		const expected = JSON.parse(FIXTURES.get(file.replace(/\.txt$/, '.json'))!) as ExpectedFact[];
		const questions = run(text);
		const score = scoreQuestions(text, questions, expected);
		const n = Number(file.slice(0, 2));
		const set = SETS.find((s) => s.from <= n && n <= s.to);
		expect(set).toBeDefined();
		const t = totals.get(set!.name)!;
		t.recalled += score.recalled;
		t.facts += expected.length;
		correct += score.correct;
		checkable += score.checkable;
		// Every article gets questions, and not too many.
		expect(questions.length).toBeGreaterThanOrEqual(6);
		expect(questions.length).toBeLessThanOrEqual(20);
		// No article is a write-off.
		expect(score.recalled / expected.length).toBeGreaterThanOrEqual(set!.perArticle);
	});

	it.each(SETS)('recalls the expected facts of articles $name', (set) => {
		const t = totals.get(set.name)!;
		expect(t.facts).toBeGreaterThan(60);
		expect(t.recalled / t.facts).toBeGreaterThanOrEqual(set.recall);
	});

	it('gets checkable keys right', () => {
		expect(checkable).toBeGreaterThan(150);
		expect(correct / checkable).toBeGreaterThanOrEqual(0.95);
	});
});

describe('questions on the seed article', () => {
	const seed = JSON.parse(FIXTURES.get('seed.json')!) as { source: string; facts: ExpectedFact[] };
	const text = SOURCES.get(seed.source);

	it.skipIf(!text)('asks who, where, when, since when and how long with the right keys', () => {
		if (!text) return;
		const questions = run(text);
		const score = scoreQuestions(text, questions, seed.facts);
		const missed = score.facts.filter((f) => !f.question).map((f) => f.fact.prompt_hint);
		expect(missed).toEqual([]);
		expect(score.wrong.map((q) => q.prompt_ar)).toEqual([]);
		expect(questions.length).toBeGreaterThanOrEqual(8);
		expect(questions.length).toBeLessThanOrEqual(20);
	});
});

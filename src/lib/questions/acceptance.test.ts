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

describe('questions on the team articles', () => {
	const files = [...FIXTURES.keys()].filter((f) => /^\d+-.*\.txt$/.test(f)).sort();
	let recalled = 0;
	let facts = 0;
	let correct = 0;
	let checkable = 0;

	it.each(files)('%s', (file) => {
		const text = FIXTURES.get(file)!;
		const expected = JSON.parse(FIXTURES.get(file.replace(/\.txt$/, '.json'))!) as ExpectedFact[];
		const questions = run(text);
		const score = scoreQuestions(text, questions, expected);
		recalled += score.recalled;
		facts += expected.length;
		correct += score.correct;
		checkable += score.checkable;
		// Every article gets questions, and not too many.
		expect(questions.length).toBeGreaterThanOrEqual(6);
		expect(questions.length).toBeLessThanOrEqual(20);
		// No article is a write-off.
		expect(score.recalled / expected.length).toBeGreaterThanOrEqual(0.4);
	});

	it('recalls most expected facts with the right key, and gets checkable keys right', () => {
		expect(facts).toBeGreaterThan(120);
		expect(recalled / facts).toBeGreaterThanOrEqual(0.8);
		expect(correct / checkable).toBeGreaterThanOrEqual(0.9);
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

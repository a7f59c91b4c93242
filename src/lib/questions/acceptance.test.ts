/**
 * Acceptance: the real pipeline (lexicon, gazetteer, analyzeText) on the team's test articles and the seed, scored
 * against the hand-written expected facts in tests/fixtures/articles. Thresholds sit a little under the measured
 * figures (`npx sahifa questions --report` prints them), so a regression shows while the core keeps growing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../arabic/index';
import { loadLanguageData } from '../server/lexicon';
import { scoreQuestions, type ExpectedFact } from './evaluate';
import { generateQuestions, seededRandom } from './index';
import { buildDistractorPool } from './pool';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'articles');

function run(text: string) {
	const { lexicon, gazetteer } = loadLanguageData();
	const analyzed = analyzeText(text, lexicon, gazetteer);
	const pool = buildDistractorPool(lexicon.entries, gazetteer?.entries ?? []);
	return generateQuestions(analyzed, { random: seededRandom(1), distractorPool: pool, text });
}

describe('questions on the team articles', () => {
	const files = readdirSync(DIR).filter((f) => /^\d+-.*\.txt$/.test(f)).sort();
	let recalled = 0;
	let facts = 0;
	let correct = 0;
	let checkable = 0;

	it.each(files)('%s', (file) => {
		const text = readFileSync(join(DIR, file), 'utf8');
		const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.json')), 'utf8')) as ExpectedFact[];
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
		expect(score.recalled / expected.length).toBeGreaterThanOrEqual(0.5);
	});

	it('recalls most expected facts with the right key, and gets checkable keys right', () => {
		expect(facts).toBeGreaterThan(80);
		expect(recalled / facts).toBeGreaterThanOrEqual(0.85);
		expect(correct / checkable).toBeGreaterThanOrEqual(0.9);
	});
});

describe('questions on the seed article', () => {
	const seed = JSON.parse(readFileSync(join(DIR, 'seed.json'), 'utf8')) as { source: string; facts: ExpectedFact[] };
	const path = join(process.cwd(), seed.source);

	it.skipIf(!existsSync(path))('asks who, where, when, since when and how long with the right keys', () => {
		const text = readFileSync(path, 'utf8');
		const questions = run(text);
		const score = scoreQuestions(text, questions, seed.facts);
		const missed = score.facts.filter((f) => !f.question).map((f) => f.fact.prompt_hint);
		expect(missed).toEqual([]);
		expect(score.wrong.map((q) => q.prompt_ar)).toEqual([]);
		expect(questions.length).toBeGreaterThanOrEqual(8);
		expect(questions.length).toBeLessThanOrEqual(20);
	});
});

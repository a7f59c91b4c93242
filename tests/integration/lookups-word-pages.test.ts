/** Word pages: a lemma's forms with example sentences, a root's family, only from articles one may read. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articles } from '../../src/lib/server/db/schema.ts';
import * as wordPages from '../../src/lib/server/word-pages.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';
import { BODY, insertArticle, learner } from './lookups-fixtures.ts';

let test: TestDatabase;
beforeEach(() => {
	test = createTestDatabase();
	insertArticle(test.db);
});
afterEach(() => test.close());

describe('word pages', () => {
	it('list a lemma’s forms with the sentences they were met in', () => {
		const page = wordPages.findLemma(test.db, null, 'أَتَى');
		expect(page?.root).toBe('ء ت ي');
		expect(page?.glosses.join(' ')).toContain('come');
		const form = page?.forms.find((entry) => entry.text === 'وتأتي');
		expect(form?.count).toBe(2);
		expect(form?.examples.map((example) => example.example)).toEqual([
			'وتأتي الزيارة بعد أسبوع من المحادثات بين الوزيرين في العاصمة.',
			'وتأتي هذه الخطوة في إطار التعاون بين البلدين منذ عام 2019.'
		]);
		// آتِي (coming) is another word than أَتَى (come), though spelled alike without hamza and vowels.
		expect(wordPages.findLemma(test.db, null, 'آتِي')?.forms ?? []).toEqual([]);
	});

	it('list a root’s family from the lexicon, with where each word occurs', () => {
		const page = wordPages.findRoot(test.db, null, 'ءتي');
		expect(page?.root).toBe('ء ت ي');
		const come = page?.words.find((word) => word.lemma === 'أَتَى');
		expect(come?.articles).toEqual([{ slug: 'visit', title: 'زيارة الوزير', count: 2 }]);
		expect(page?.words[0].lemma).toBe('أَتَى');
		expect(wordPages.findRoot(test.db, null, 'ققق')).toBeNull();
	});

	it('leave out a teacher’s private article unless the visitor may read it', async () => {
		const teacher = await learner(test.db, 'teacher');
		test.db
			.insert(articles)
			.values({
				slug: 'private',
				title: 'خاص',
				source: 'test',
				level: 'beginner',
				body: `يأتي الوفد غدا. ${BODY}`,
				contentHash: 'hash-private',
				wordCount: 3,
				ownerId: teacher.id
			})
			.run();
		const forms = (user: { id: string } | null) =>
			wordPages.findLemma(test.db, user, 'أَتَى')?.forms.map((form) => form.text);
		expect(forms(null)).not.toContain('يأتي');
		expect(forms(teacher)).toContain('يأتي');
	});
});

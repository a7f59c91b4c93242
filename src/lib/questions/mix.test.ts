/**
 * The mix of an article's questions, with the real analyzer: vocabulary asks a verb when the article has one with a
 * clear reading, and figure fill-ins never crowd out the rest (past six they only take room left over).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../arabic/index';
import { generateQuestions, seededRandom } from './index';
import { gazetteer, lexicon, pool } from './real-data-testing';

// A figure-heavy report of our own: nine figures, one verb-led sentence after another.
const TEXT = `الأردن: ارتفاع عدد السياح بنسبة 12% في الربع الأول

عمان - أعلنت وزارة السياحة الأردنية الأحد أن عدد السياح ارتفع إلى 1.8 مليون سائح خلال الربع الأول من العام، بزيادة نسبتها 12% عن الفترة نفسها من العام الماضي.

وبلغت عائدات القطاع 1.2 مليار دينار، فيما وصل عدد الليالي الفندقية إلى 3.4 مليون ليلة.

وزار مدينة البتراء وحدها أكثر من 310 آلاف زائر، مقابل 270 ألفا في العام الماضي.

وشارك في معرض السياحة الذي استضافته العاصمة 140 شركة من 25 دولة.

وتسعى الوزارة إلى استقطاب سبعة ملايين سائح سنويا بحلول عام 2030، وفق خطة أقرتها الحكومة الشهر الماضي.`;

describe('the mix of questions', () => {
	const questions = generateQuestions(analyzeText(TEXT, lexicon, gazetteer), {
		random: seededRandom(2),
		distractorPool: pool,
		text: TEXT
	});

	it('asks the meaning of a verb among the vocabulary questions', () => {
		const vocab = questions.filter((q) => q.type === 'vocab');
		expect(vocab.length).toBeGreaterThan(0);
		const verbs = vocab.filter((q) =>
			/^(أعلن|ارتفع|بلغ|وصل|زار|شارك|استضاف|سعى|تسعى|أقر)/.test(
				q.prompt_ar.match(/كلمة «([^»]+)»/)![1].replace(/^و/, '')
			)
		);
		expect(verbs.length).toBeGreaterThan(0);
	});

	it('puts figure fill-ins past the sixth behind every other factual question', () => {
		const isFillIn = (q: (typeof questions)[number]) => q.prompt_ar.startsWith('ما الرقم الصحيح');
		const factual = questions.filter((q) => !['vocab', 'cloze', 'root'].includes(q.type));
		const seventh = factual.findIndex(
			(q, i) => isFillIn(q) && factual.slice(0, i).filter(isFillIn).length === 6
		);
		expect(seventh).toBeGreaterThan(0);
		expect(factual.slice(seventh).every(isFillIn)).toBe(true);
		expect(questions.filter((q) => q.type !== 'how_many').length).toBeGreaterThanOrEqual(4);
	});
});

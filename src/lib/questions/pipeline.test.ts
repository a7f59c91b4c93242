/**
 * Behaviour that depends on the real analyses (verb readings, homographs), on the real lexicon and gazetteer:
 * «since» inside relative clauses, and vocabulary questions that use the reading chosen in context.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../arabic/index';
import { generateQuestions, seededRandom } from './index';
import { gazetteer, lexicon, pool } from './real-data-testing';

function run(text: string) {
	return generateQuestions(analyzeText(text, lexicon, gazetteer), {
		random: seededRandom(5),
		distractorPool: pool,
		text
	});
}

describe('since inside a relative clause', () => {
	it.each([
		[
			'دكا (بنغلاديش) - ارتفعت حصيلة ضحايا الفيضانات التي تضرب شمال البلاد منذ الخميس الماضي إلى 40 قتيلا، بحسب ما أعلنته السلطات الاثنين.',
			'منذ متى تضرب الفيضانات شمال البلاد؟',
			'الخميس الماضي'
		],
		[
			'أكرا (غانا) - وتسلم الرئيس الجديد السلطة من الرئيس نانا أكوفو أدو، الذي حكم البلاد منذ يناير/كانون الثاني 2017، خلال حفل رسمي في العاصمة.',
			'منذ متى حكم نانا أكوفو أدو البلاد؟',
			'يناير/كانون الثاني 2017'
		]
	])('%s', (text, prompt, answer) => {
		const qs = run(text);
		expect(
			qs.find((q) => q.prompt_ar === prompt)?.answer,
			qs.map((q) => q.prompt_ar).join('\n')
		).toBe(answer);
	});
});

describe('vocabulary in context', () => {
	it('never asks the meaning of a homograph the context does not settle (قدم: present / foot)', () => {
		const text =
			'تونس - قدم وزير الصحة التونسي مراد الزغلامي الخميس استقالته إلى رئيس الحكومة بعد أسابيع من احتجاجات على نقص الأدوية في المستشفيات. وقال رئيس الحكومة إنه قبل الاستقالة وكلف وزيرا آخر بتسيير الوزارة.';
		const vocab = run(text).filter((q) => q.type === 'vocab');
		expect(vocab.length).toBeGreaterThan(0);
		for (const q of vocab) {
			expect(q.prompt_ar).not.toMatch(/كلمة «قدم»/);
			expect(q.choices).toContain(q.answer);
			expect(new Set(q.choices).size).toBe(4);
		}
	});
});

describe('durations asked as a teacher would', () => {
	it.each([
		[
			'تونس - وكانت نقابة الأطباء قد أعلنت الاثنين الماضي إضرابا لمدة ثلاثة أيام في المستشفيات العمومية.',
			'كم مدة الإضراب؟',
			'ثلاثة أيام'
		],
		[
			'بكين - ووصل وزير الخارجية إلى بكين الأربعاء في زيارة تستمر ثلاثة أيام يبحث خلالها التعاون الاقتصادي.',
			'كم تستمر الزيارة؟',
			'ثلاثة أيام'
		]
	])('%s', (text, prompt, answer) => {
		const qs = run(text);
		expect(
			qs.find((q) => q.prompt_ar === prompt)?.answer,
			qs.map((q) => q.prompt_ar).join('\n')
		).toBe(answer);
	});

	it('does not pin a duration on the wrong noun (اتفاقا … في مجال الصيد البحري لمدة خمس سنوات)', () => {
		const qs = run(
			'الرباط - ووقع الوزيران اتفاقا للتعاون في مجال الصيد البحري لمدة خمس سنوات، بحسب بيان مشترك.'
		);
		expect(qs.map((q) => q.prompt_ar).filter((p) => p.includes('مدة الصيد'))).toEqual([]);
	});
});

describe('death tolls asked as a teacher would', () => {
	it('asks how many were killed in the attack, with counted-noun distractors of 11 and more', () => {
		const text =
			'مقديشو (الصومال) - قتل 12 شخصا على الأقل وأصيب 30 آخرون في هجوم شنه مسلحون ليل الجمعة على فندق في العاصمة.';
		const q = run(text).find((x) => x.prompt_ar === 'كم شخصًا قُتل في الهجوم؟');
		expect(q?.answer).toBe('12 شخصا');
		for (const c of q!.choices) expect(Number(c.split(' ')[0])).toBeGreaterThanOrEqual(11);
	});
});

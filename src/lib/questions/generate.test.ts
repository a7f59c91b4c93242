import { describe, expect, it } from 'vitest';
import { answerMatches, generateQuestions, seededRandom } from './index';
import { FACTUAL_TYPES } from './types';
import { normalizeAnswer } from './text-utils';
import { analyzedFixture } from './testing';

const TEXT = `بنغازي (ليبيا) - أجرى وزير الخارجية الجزائري صبري بوقادوم محادثات مع القائد العام للجيش الوطني الليبي المشير خليفة حفتر في بنغازي الأربعاء.
وكانت الجزائر عرضت الخميس الماضي في برازافيل استضافة "منتدى للمصالحة الوطنية" بين أطراف الأزمة.
وتشترك الجزائر مع ليبيا بحدود يبلغ طولها ألف كيلومتر.
ودخل وقف هش لإطلاق النار حيز التنفيذ في 12 يناير/كانون الثاني.`;

const ENTITIES: Parameters<typeof analyzedFixture>[1] = [
	['LOC', 'بنغازي'],
	['LOC', 'ليبيا'],
	['PER', 'صبري بوقادوم'],
	['PER', 'خليفة حفتر'],
	['LOC', 'الجزائر'],
	['LOC', 'برازافيل'],
	['NUM', 'ألف كيلومتر']
];
const POOL = {
	people: ['عبدالمجيد تبون', 'فايز السراج', 'معمر القذافي', 'خليفة حفتر'],
	places: ['طرابلس', 'تونس', 'القاهرة', 'بنغازي']
};

function generate(seed: number) {
	return generateQuestions(analyzedFixture(TEXT, ENTITIES), {
		random: seededRandom(seed),
		distractorPool: POOL,
		text: TEXT
	});
}

describe('generateQuestions', () => {
	const questions = generate(7);

	it('writes the expected questions with the right keys', () => {
		const keyOf = (fragment: string) =>
			questions.find((q) => q.prompt_ar.includes(fragment))?.answer;
		expect(keyOf('مَن أجرى محادثات مع')).toBe('صبري بوقادوم');
		expect(keyOf('أين أجرى')).toBe('بنغازي');
		expect(keyOf('متى أجرى')).toBe('الأربعاء');
		expect(keyOf('أين عرضت الجزائر')).toBe('برازافيل');
		expect(keyOf('حيز التنفيذ')).toBe('12 يناير/كانون الثاني');
		expect(keyOf('كم يبلغ طول')).toBe('ألف كيلومتر');
	});

	it('gives every question four distinct choices with the key among them', () => {
		expect(questions.length).toBeGreaterThan(0);
		for (const q of questions) {
			expect(q.choices).toHaveLength(4);
			expect(q.choices).toContain(q.answer);
			expect(new Set(q.choices.map(normalizeAnswer)).size).toBe(4);
			for (const c of q.choices)
				if (c !== q.answer) expect(answerMatches(q.answer, c), `${q.prompt_ar}: ${c}`).toBe(false);
		}
	});

	it('takes factual keys from the text and points at the sentence that states them', () => {
		for (const q of questions.filter((x) => FACTUAL_TYPES.includes(x.type))) {
			expect(TEXT.includes(q.answer), q.answer).toBe(true);
			expect(q.evidence.end).toBeGreaterThan(q.evidence.start);
			const sentence = TEXT.slice(q.evidence.start, q.evidence.end);
			const namedHere = sentence.includes(q.answer);
			// A key may come from an earlier full mention of the same person; its family name is then in the sentence.
			expect(namedHere || sentence.includes(q.answer.split(' ').pop()!), q.prompt_ar).toBe(true);
		}
	});

	it('asks each thing once', () => {
		const prompts = questions.map((q) => normalizeAnswer(q.prompt_ar));
		expect(new Set(prompts).size).toBe(prompts.length);
	});

	it('keeps ids stable for the same text and changes them with the text', () => {
		const again = generate(99);
		expect(again.map((q) => q.id).sort()).toEqual(questions.map((q) => q.id).sort());
		const other = generateQuestions(analyzedFixture(TEXT + ' ', ENTITIES), {
			random: seededRandom(7),
			distractorPool: POOL,
			text: TEXT + ' '
		});
		expect(other[0].id).not.toBe(questions[0].id);
	});

	it('shuffles choices with the seed it is given', () => {
		expect(generate(7).map((q) => q.choices)).toEqual(questions.map((q) => q.choices));
	});

	it('never uses a distractor that is also a right answer', () => {
		const whom = questions.find((q) => q.type === 'whom');
		expect(whom?.answer).toBe('خليفة حفتر');
		expect(whom?.choices).not.toContain('صبري بوقادوم');
	});

	it('writes nothing for a text without events', () => {
		const text = 'الطقس جميل اليوم.';
		expect(generateQuestions(analyzedFixture(text, []), { random: seededRandom(1), text })).toEqual(
			[]
		);
	});
});

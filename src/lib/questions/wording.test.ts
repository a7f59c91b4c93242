/**
 * Keys and prompts read with the real analyzer: a figure's key takes its whole counted phrase (the noun annexed to
 * the counted noun and the adjectives describing it), and a typed answer without the describing words still counts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../arabic/index';
import { scoreQuestions } from './evaluate';
import { generateQuestions, seededRandom } from './index';
import { grade } from './grade';
import { gazetteer, lexicon, pool } from './real-data-testing';

function questionsOf(text: string) {
	return generateQuestions(analyzeText(text, lexicon, gazetteer), {
		random: seededRandom(1),
		distractorPool: pool,
		text
	});
}

describe('a figure and its counted phrase', () => {
	const text = `الانتخابات البلدية في موعدها

الرباط - أدلى الناخبون بأصواتهم في أكثر من 350 مكتب اقتراع موزعة على المحافظات.

وتضررت 60 مدرسة ابتدائية جراء العاصفة التي ضربت المنطقة.

وسجلت السلطات الصحية 25 حالة وفاة جديدة خلال الأسبوع.

ويقع السد على بعد 10 كيلومترات شمال المدينة القديمة.`;
	const figures = questionsOf(text).filter((q) => q.type === 'how_many');
	const keys = figures.map((q) => q.answer);

	it('takes the noun annexed to the counted noun, and stops before a participle with its complement', () => {
		expect(keys).toContain('350 مكتب اقتراع');
		expect(keys).not.toContain('350 مكتب');
		expect(keys).not.toContain('350 مكتب اقتراع موزعة');
	});

	it('takes the adjectives that describe it, after the annexed noun too', () => {
		expect(keys).toContain('60 مدرسة ابتدائية');
		expect(keys).toContain('25 حالة وفاة جديدة');
	});

	it('never takes a noun of place after a unit', () => {
		expect(keys.some((k) => /شمال/.test(k))).toBe(false);
	});

	it('gives distractors with the same counted phrase', () => {
		const q = figures.find((x) => x.answer === '350 مكتب اقتراع')!;
		expect(q.choices).toHaveLength(4);
		for (const c of q.choices) expect(c).toMatch(/^\d+ مكتب اقتراع$/);
		expect(q.prompt_ar).not.toContain('اقتراع');
	});

	it('accepts the figure typed without its describing words, but not without its annexed noun', () => {
		const q = figures.find((x) => x.answer === '25 حالة وفاة جديدة')!;
		expect(grade(q, '25 حالة وفاة').correct).toBe(true);
		expect(grade(q, '26 حالة وفاة').correct).toBe(false);
		const stations = figures.find((x) => x.answer === '350 مكتب اقتراع')!;
		expect(stations.accept).not.toContain('350 مكتب اقتراع موزعة');
	});

	it('counts an expected answer without the describing words as recalled', () => {
		const score = scoreQuestions(text, figures, [
			{
				kind: 'how_many',
				prompt_hint: 'schools damaged',
				answer: '60 مدرسة',
				evidence_contains: 'وتضررت'
			}
		]);
		expect(score.recalled).toBe(1);
	});
});

describe('the object of an action, whole', () => {
	const text = `الرباط - أحرز المهاجم يوسف القاسمي عشرين هدفا في البطولة.

وسجل المهاجم كريم بن سالم ثلاثة أهداف في المباراة النهائية.

وترأس رئيس الوزراء يوسف القاسمي اجتماع الحكومة يوم الاثنين.`;
	const who = questionsOf(text).filter((q) => q.type === 'who');

	it('asks a counted object with its count, never the bare noun', () => {
		expect(who.map((q) => q.prompt_ar)).toEqual(
			expect.arrayContaining(['مَن أحرز عشرين هدفا؟', 'مَن سجل ثلاثة أهداف؟'])
		);
		expect(who.some((q) => /(أحرز|سجل) (هدفا|أهداف)؟/.test(q.prompt_ar))).toBe(false);
	});

	it('keeps the noun a bare indefinite object is annexed to', () => {
		const q = who.find((x) => x.prompt_ar.startsWith('مَن ترأس'));
		expect(q?.prompt_ar).toBe('مَن ترأس اجتماع الحكومة؟');
		expect(q?.answer).toBe('يوسف القاسمي');
	});
});

describe('a name inside a prepositional phrase is no subject, in the passive as in the active', () => {
	const text = `دراسة جديدة عن الجفاف

الرباط - ونُشرت نتائج المسح في الصحيفة المحلية "الأيام" يوم الجمعة.

ونشرت نتائج الدراسة في المجلة الأسبوعية "الأيام" يوم الأربعاء.

وأشاد الرئيس في لقاء مع الوزير يوسف القاسمي بالاتفاق الجديد يوم الأحد.

ونُشر التقرير بالصحيفة اليومية "الصباح" يوم الاثنين.

وقُتل في الهجوم الجندي كريم بن سالم يوم الخميس.`;
	const questions = questionsOf(text);
	const who = questions.filter((q) => q.type === 'who' || q.type === 'whom');

	it('asks no who about the name of the paper a passive clause was published in', () => {
		expect(who.some((q) => q.answer === 'الأيام' || q.answer === 'الصباح')).toBe(false);
		expect(questions.find((q) => q.type === 'when' && q.answer === 'يوم الجمعة')?.prompt_ar).toBe(
			'متى نُشرت نتائج المسح في الصحيفة المحلية الأيام؟'
		);
	});

	it('asks no who about a person named after «مع الوزير»', () => {
		expect(who.some((q) => q.answer === 'يوسف القاسمي')).toBe(false);
	});

	it('keeps the subject of a passive named after a phrase of place and a noun of its own', () => {
		const q = who.find((x) => x.answer === 'كريم بن سالم');
		expect(q?.prompt_ar).toMatch(/^مَن قُتل في الهجوم/);
	});
});

describe('vocabulary in context', () => {
	const text = `الجفاف يضرب الريف

الرباط - قال الخبير كمال المراكشي يوم الأحد إن الجفاف يوقع خسائر كبيرة في صفوف المزارعين كل عام.

ووقع الوزير يوسف القاسمي اتفاقا لدعم المزارعين يوم الاثنين في العاصمة.`;
	const vocab = questionsOf(text).filter((q) => q.type === 'vocab');

	it('asks no meaning of a word whose homograph of the same root the context alone could tell apart', () => {
		expect(vocab.some((q) => q.prompt_ar.includes('«يوقع»'))).toBe(false);
	});

	it('still asks a word of one clear reading, with the gloss chosen in its sentence', () => {
		const q = vocab.find((x) => x.prompt_ar.includes('«المزارعين»'));
		expect(q?.answer).toBe('farmer');
	});
});

describe('a body named as written', () => {
	const text = `أخبار الاقتصاد

الرباط - وأعلنت وكالة الأنباء المغربية "لاماب" الخبر يوم الاثنين.

وأصدرت وزارة الفلاحة تقريرا عن المحاصيل يوم الثلاثاء.`;
	const who = questionsOf(text).filter((q) => q.type === 'who');

	it('takes a head that starts with و or ل as written (وكالة، وزارة), not as a clitic', () => {
		expect(who.find((q) => q.answer === 'وزارة الفلاحة')?.prompt_ar).toBe(
			'ما الجهة التي أصدرت تقريرا عن المحاصيل؟'
		);
	});

	it('keeps its own name in quotation marks with it, out of the prompt', () => {
		expect(who.some((q) => q.answer === 'لاماب')).toBe(false);
		expect(who.find((q) => q.answer === 'وكالة الأنباء المغربية')?.prompt_ar).toBe(
			'ما الجهة التي أعلنت الخبر؟'
		);
	});
});

describe('a length of two in one word', () => {
	const text = `نتائج سريعة

الرياض - يكشف الاختبار الجديد الإصابة خلال ساعة واحدة بدلا من يومين في الاختبارات المخبرية التقليدية.`;
	const figures = questionsOf(text).filter((q) => q.type === 'how_many');

	it('asks a dual of a unit of time (يومين) as a figure, with other lengths as distractors', () => {
		const q = figures.find((x) => x.answer === 'يومين');
		expect(q?.prompt_ar).toContain('بدلا من ……');
		expect(q?.choices).toHaveLength(4);
		for (const c of q!.choices.filter((x) => x !== 'يومين')) expect(c).toMatch(/أيام|أسبوع/);
	});
});

describe('a figure in a short clause after a comma', () => {
	const text = `اختبار جديد

الرياض - جرب الباحثون الاختبار الجديد على مرضى المستشفى الجامعي، وبلغت دقته 96 في المئة.`;
	const figures = questionsOf(text).filter((q) => q.type === 'how_many');

	it('quotes the words before the comma too, so the blank says what is asked', () => {
		const q = figures.find((x) => x.answer === '96 في المئة');
		expect(q?.prompt_ar).toContain('المستشفى الجامعي، وبلغت دقته ……');
	});
});

describe('times counted from now, and clauses whose figure is what was done', () => {
	const plan = `مراجعة اختبار جديد

جدة - نشر الباحثون نتائج الدراسة في مجلة علمية، ومن المنتظر أن تبدأ الهيئة العامة للغذاء والدواء مراجعتها الشهر المقبل.

وسجلت البلاد العام الماضي أكثر من 3500 إصابة بالملاريا.`;
	const text = `${plan}

ووصل إلى الموانئ خلال العام الماضي أكثر من 90 ألف مسافر.

وجرى الاقتراع يوم الأحد في أكثر من 600 مكتب اقتراع.`;
	const when = questionsOf(text).filter((q) => q.type === 'when');

	it('asks when a plan after a comma is due, with other times ahead as distractors', () => {
		const q = questionsOf(plan).find((x) => x.type === 'when' && x.answer === 'الشهر المقبل');
		expect(q?.prompt_ar).toBe('متى ستبدأ الهيئة العامة للغذاء والدواء مراجعتها؟');
		for (const c of q!.choices) expect(c).toMatch(/المقبل$/);
	});

	it('asks no when that leaves out the figure the clause is about', () => {
		expect(when.some((q) => q.prompt_ar === 'متى سجلت البلاد؟')).toBe(false);
		expect(when.some((q) => q.prompt_ar.startsWith('متى وصل إلى'))).toBe(false);
	});

	it('still asks an intransitive clause whole without its figure', () => {
		expect(when.find((q) => q.prompt_ar === 'متى جرى الاقتراع؟')?.answer).toBe('يوم الأحد');
	});
});

/**
 * Clauses no event family knows, read with the real analyzer: the verb, its named subject and its own date give
 * who/when questions worded as written; a date of another clause, a figure, or a subject left unsaid give none.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../arabic/index';
import { generateQuestions, seededRandom } from './index';
import { organisationField } from './distractors';
import { gazetteer, lexicon, pool } from './real-data-testing';

function questionsOf(text: string) {
	return generateQuestions(analyzeText(text, lexicon, gazetteer), {
		random: seededRandom(1),
		distractorPool: pool,
		text
	});
}

describe('clauses without a known verb', () => {
	const text = `المغرب: القضاء يلغي قرار إغلاق مدرسة

الرباط - أصدرت المحكمة الإدارية في الرباط اليوم الثلاثاء حكما بإلغاء قرار إغلاق مدرسة خاصة في حي الرياض.

ورفعت الدعوى جمعية آباء التلاميذ نيابة عن 120 أسرة في مارس/آذار الماضي.

وأعلنت الوزارة أنها ستطعن في الحكم بعد أن تتسلم نصه الكامل يوم الخميس.`;
	const questions = questionsOf(text);
	const find = (type: string, fragment: string) =>
		questions.find((q) => q.type === type && q.prompt_ar.includes(fragment));

	it('asks when, with the clause as written and without its date', () => {
		const q = find('when', 'أصدرت المحكمة الإدارية');
		expect(q?.answer).toBe('الثلاثاء');
		expect(q?.prompt_ar).not.toContain('الثلاثاء');
		expect(q?.prompt_ar).not.toContain('اليوم');
	});

	it('asks which body did it, the verb in its own gender', () => {
		const q = questions.find((x) => x.type === 'who' && x.answer === 'المحكمة الإدارية');
		expect(q?.prompt_ar).toMatch(/^ما الجهة التي أصدرت/);
	});

	it('stops before a figure and the words that lead into it', () => {
		const q = questions.find((x) => x.type === 'who' && /جمعية آباء التلاميذ/.test(x.answer));
		expect(q?.prompt_ar).toBe('ما الجهة التي رفعت الدعوى؟');
		expect(
			questions
				.filter((x) => x.type === 'who' || x.type === 'when')
				.every((x) => !x.prompt_ar.includes('120'))
		).toBe(true);
	});

	it('finds the clause date past a figure, and «اليوم» gives way to the day it names', () => {
		expect(find('when', 'رفعت الدعوى')?.answer).toBe('مارس/آذار الماضي');
		expect(find('when', 'رفعت الدعوى')?.prompt_ar).toBe('متى رفعت الدعوى جمعية آباء التلاميذ؟');
	});

	it('reads a relative clause that names its subject: what it did is the antecedent', () => {
		const text =
			'وتراجعت الأسعار بنسبة 3% بحسب الأرقام الرسمية التي نشرتها هيئة الإحصاء الوطنية مساء الأربعاء.';
		const qs = questionsOf(text);
		const who = qs.find((q) => q.type === 'who' && q.prompt_ar.includes('نشرت'));
		expect(who?.prompt_ar).toBe('ما الجهة التي نشرت الأرقام الرسمية؟');
		expect(who?.answer).toBe('هيئة الإحصاء الوطنية');
		const when = qs.find((q) => q.type === 'when' && q.prompt_ar.includes('نشرت'));
		expect(when?.prompt_ar).toBe('متى نشرت هيئة الإحصاء الوطنية الأرقام الرسمية؟');
		expect(when?.answer).toMatch(/الأربعاء$/);
	});

	it('asks when a decision takes effect without «اعتبارا من»', () => {
		const qs = questionsOf(
			'ويسري القانون الجديد اعتبارا من الأول من مارس/آذار المقبل في جميع المحافظات.'
		);
		const q = qs.find((x) => x.type === 'when');
		expect(q?.prompt_ar).toBe('متى يسري القانون الجديد في جميع المحافظات؟');
		expect(q?.answer).toMatch(/^الأول من مارس\/آذار/);
	});

	it('asks a session named by a verbal noun with a verb (تُعقد), not with the noun', () => {
		const qs = questionsOf('ورحب الوزراء بقرار عقد القمة المقبلة في الرباط في 5 مايو/أيار.');
		expect(qs.find((x) => x.type === 'where')?.prompt_ar).toBe('أين تُعقد القمة المقبلة؟');
	});

	it('reads «كان … قد» + verb, a planned act (ومن المقرر أن …) and a relative clause with its own date', () => {
		const qs = questionsOf(
			'وكانت نقابة المعلمين قد أعلنت إضرابا مفتوحا في يناير/كانون الثاني الماضي. ومن المقرر أن تعلن اللجنة الوطنية للامتحانات النتائج النهائية الأسبوع المقبل. وتشارك الفرقة في مهرجان قرطاج الذي ينطلق الخميس المقبل.'
		);
		const prompts = Object.fromEntries(
			qs.filter((q) => q.type === 'when' || q.type === 'who').map((q) => [q.prompt_ar, q.answer])
		);
		expect(prompts['متى كانت نقابة المعلمين قد أعلنت إضرابا مفتوحا؟']).toMatch(/يناير/);
		expect(prompts['ما الجهة التي ستعلن النتائج النهائية؟']).toBe('اللجنة الوطنية للامتحانات');
		expect(prompts['متى ينطلق مهرجان قرطاج؟']).toBe('الخميس المقبل');
	});

	it('reads a noun in -وا (نموا) as the object, and a verb after أن as part of what was said', () => {
		const qs = questionsOf(
			'الجزائر - توقعت وزارة المالية الجزائرية الأحد أن يسجل الاقتصاد الوطني نموا بنسبة 4% في العام المقبل.\n\nوأعلن البنك المركزي المصري الخميس أنه يتوقع أن يبلغ التضخم 12% بنهاية العام.'
		);
		const prompts = qs.filter((q) => q.type === 'when').map((q) => q.prompt_ar);
		expect(prompts).toContain('متى توقعت وزارة المالية الجزائرية أن يسجل الاقتصاد الوطني نموا…؟');
		expect(prompts).toContain('متى أعلن البنك المركزي المصري أنه يتوقع أن يبلغ التضخم…؟');
		expect(prompts.every((p) => !/\d/.test(p))).toBe(true);
	});

	it('leaves what describes the subject out of a who-prompt, and keeps the object after a long subject', () => {
		const qs = questionsOf(
			'تونس - أعلنت النقابات العمالية الثلاث الأكبر في تونس الأحد إضرابا عاما في قطاع النقل.\n\nوحصل حزب النهضة الحاكم في البلاد على 40 مقعدا في الانتخابات البلدية التي جرت السبت.\n\nوأعلن فريق من الأطباء في مستشفى الملك فيصل التخصصي أمس الاثنين عن نجاح عملية نادرة لفصل توأمين.'
		);
		const who = qs.filter((q) => q.type === 'who').map((q) => q.prompt_ar);
		expect(who).toContain('ما الجهة التي أعلنت إضرابا عاما؟');
		// «مَن حصل الحاكم في البلاد؟» is no question: with the describing words gone, nothing is left to ask.
		expect(who.some((p) => /الحاكم|الثلاث|الأكبر/.test(p))).toBe(false);
		const when = qs.find((q) => q.type === 'when' && q.prompt_ar.includes('فريق من الأطباء'));
		expect(when?.prompt_ar).toContain('عن نجاح عملية');
		expect(when?.answer).toMatch(/الاثنين/);
	});

	it('asks since when past a relative clause between commas, with the verb after كان … قد, and before a figure', () => {
		const qs = questionsOf(
			'وتعاني مدينة تعز، التي يقطنها نحو 600 ألف نسمة، من شح المياه منذ عام 2016 بسبب الحصار.\n\nوكانت الحكومة قد أوقفت تصدير القمح منذ مايو/أيار 2022 لضمان مخزون يكفي 8 أشهر.\n\nويعمل المصنع بطاقة منخفضة منذ مارس/آذار الماضي لتأمين أكثر من 70% من حاجة السوق.'
		);
		const since = (start: string) =>
			qs.find((q) => q.prompt_ar.startsWith(start) && !/\d/.test(q.prompt_ar))?.answer;
		expect(since('منذ متى تعاني مدينة تعز من شح المياه')).toBe('عام 2016');
		expect(since('منذ متى أوقفت الحكومة تصدير القمح')).toBe('مايو/أيار 2022');
		expect(since('منذ متى يعمل المصنع بطاقة منخفضة؟')).toBe('مارس/آذار الماضي');
	});

	it('never dates a clause with the date of a clause inside it', () => {
		// «يوم الخميس» is when the ministry receives the text, not when it announced the appeal.
		expect(questions.some((q) => q.type === 'when' && q.prompt_ar.includes('أعلنت الوزارة'))).toBe(
			false
		);
	});
});

describe('match results written with بنتيجة', () => {
	const qs = questionsOf(
		'الدوحة - توجت لاعبة التنس المغربية سلمى العلوي بلقب بطولة الرباط المفتوحة، إثر فوزها في المباراة النهائية على الإسبانية كارمن لوبيز بنتيجة 6-3 و7-5 مساء السبت.\n\nوتأهل المنتخب التونسي لكرة اليد إلى النهائي بعد فوزه على منتخب أنغولا بنتيجة 30 مقابل 22 مساء الخميس.'
	);
	const asked = Object.fromEntries(qs.map((q) => [q.prompt_ar, q]));

	it('asks the score of two figures, with wrong scores that keep the winner ahead', () => {
		const q = asked['بأيّ نتيجة فاز المنتخب التونسي على منتخب أنغولا؟'];
		expect(q?.answer).toBe('30 مقابل 22');
		for (const choice of q!.choices) {
			const [a, b] = choice.split(' مقابل ').map(Number);
			expect(a).toBeGreaterThan(b);
		}
	});

	it('asks whom a named winner beat, the verb in her gender, and when', () => {
		expect(asked['على مَن فاز المنتخب التونسي؟']?.answer).toBe('أنغولا');
		expect(asked['متى فازت سلمى العلوي على الإسبانية كارمن لوبيز؟']?.answer).toBe('مساء السبت');
	});

	it('never asks a figure of the score as a quantity of its own', () => {
		const figures = qs.filter((q) => q.type === 'how_many' && !q.prompt_ar.startsWith('بأيّ نتيجة'));
		expect(figures.map((q) => q.answer)).toEqual([]);
	});
});

describe('organisation distractors', () => {
	it('offers public bodies for a public body, never a company, a club or a newspaper', () => {
		const qs = questionsOf(
			'الرباط - أصدرت هيئة الإحصاء الوطنية الثلاثاء تقريرا جديدا عن البطالة في المدن.'
		);
		const q = qs.find((x) => x.type === 'who' && x.answer === 'هيئة الإحصاء الوطنية');
		expect(q).toBeDefined();
		const kinds = pool.organisationKinds ?? {};
		for (const choice of q!.choices)
			expect(organisationField(choice, kinds), choice).toBe('public');
	});
});

describe('«مَن» with the verb in the masculine', () => {
	it('turns التقت into التقى and تتوجه into يتوجه, so the verb does not give away a woman among men', () => {
		const qs = questionsOf(
			'بيروت - التقت وزيرة الخارجية الإسبانية آنا موراليس رئيس الحكومة اللبنانية نجيب ميقاتي في بيروت يوم الجمعة.\n\nوتتوجه موراليس إلى عمان يوم الأحد في زيارة تستمر يومين.'
		);
		const who = qs.filter((q) => q.type === 'who').map((q) => q.prompt_ar);
		expect(who).toContain('مَن التقى نجيب ميقاتي في بيروت؟');
		expect(who).toContain('مَن يتوجه إلى عمان يوم الأحد؟');
	});
});

describe('a source named after «بحسب ما» / «وفق ما»', () => {
	it('asks who announced what the sentence opens with, and when; a body keeps its ل-genitive', () => {
		const qs = questionsOf(
			'دكا - ارتفع عدد ضحايا الإعصار في جنوب البلاد إلى 40 قتيلا، بحسب ما أعلنته الهيئة الوطنية لمواجهة الكوارث مساء الأربعاء.\n\nونشرت نتائج المسح في مجلة "الطب الحديث" الشهر الماضي.'
		);
		const asked = Object.fromEntries(qs.map((q) => [q.prompt_ar, q.answer]));
		expect(asked['ما الجهة التي أعلنت عدد ضحايا الإعصار؟']).toBe('الهيئة الوطنية لمواجهة الكوارث');
		expect(asked['متى أعلنت الهيئة الوطنية لمواجهة الكوارث عدد ضحايا الإعصار؟']).toMatch(
			/الأربعاء$/
		);
		// A name in quotation marks after «في مجلة» is the journal's, not who published.
		expect(qs.some((q) => q.type === 'who' && q.prompt_ar.includes('نشرت'))).toBe(false);
	});
});

describe('a relative clause between commas after the subject', () => {
	it('is left out, and the clause goes on after it', () => {
		const qs = questionsOf(
			'وتبنت جماعة الحوثيين، التي تسيطر على صنعاء منذ عام 2014، الهجوم في بيان مقتضب.\n\nوأعلنت وزيرة الصحة الأردنية هالة الزعبي، التي زارت المستشفى صباحا، تخصيص 300 سرير إضافي للجرحى.'
		);
		const who = Object.fromEntries(
			qs.filter((q) => q.type === 'who').map((q) => [q.prompt_ar, q.answer])
		);
		expect(who['ما الجهة التي تبنت الهجوم في بيان مقتضب؟']).toBe('جماعة الحوثيين');
		// One indefinite word cut by a figure shows that the phrase goes on.
		expect(who['مَن أعلن تخصيص…؟']).toBe('هالة الزعبي');
	});
});

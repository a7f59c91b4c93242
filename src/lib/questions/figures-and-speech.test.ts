/**
 * Figures and reported speech as a learner meets them: a figure in two parts is one key, a range is two, a forecast
 * is asked as a forecast, quoted words are cut where a phrase ends and never give away a figure, and the namesake of
 * a centre or university is nobody's answer.
 */
import { describe, expect, it } from 'vitest';
import { generateQuestions, seededRandom } from './index';
import { analyzedFixture } from './testing';

const POOL = {
	people: ['سعاد الجزيري', 'كمال الرفاعي', 'حسن البدري', 'ليلى المنصوري'],
	places: ['صنعاء', 'بيروت', 'الخرطوم', 'عمان']
};

function questionsOf(text: string, entities: Parameters<typeof analyzedFixture>[1]) {
	return generateQuestions(analyzedFixture(text, entities), {
		random: seededRandom(3),
		distractorPool: POOL,
		text
	});
}

describe('figures', () => {
	it('keeps «187 ألفا و412 ناخبا» whole and leaves two counts side by side apart', () => {
		const text =
			'وصوت لصالح القانون 187 ألفا و412 ناخبا في الاقتراع. وأسفر الحادث عن 86 قتيلا و140 مصابا في المدينة.';
		const qs = questionsOf(text, [
			['NUM', '187 ألفا'],
			['NUM', '412 ناخبا'],
			['NUM', '86 قتيلا'],
			['NUM', '140 مصابا']
		]);
		const keys = qs.filter((q) => q.type === 'how_many').map((q) => q.answer);
		expect(keys).toContain('187 ألفا و412 ناخبا');
		expect(keys).not.toContain('412 ناخبا');
		expect(keys).not.toContain('187 ألفا');
		expect(keys).toEqual(expect.arrayContaining(['86 قتيلا', '140 مصابا']));
	});

	it('asks each end of «من خمس سنوات إلى سبع سنوات» on its own', () => {
		const text = 'وينص المشروع على تمديد ولاية المجلس البلدي من خمس سنوات إلى سبع سنوات.';
		const qs = questionsOf(text, [['NUM', 'خمس سنوات إلى سبع سنوات']]);
		const figures = qs.filter((q) => q.type === 'how_many');
		expect(figures.map((q) => q.answer).sort()).toEqual(['خمس سنوات', 'سبع سنوات']);
		const second = figures.find((q) => q.answer === 'سبع سنوات')!;
		expect(second.prompt_ar).toContain('من خمس سنوات إلى ……');
	});

	it('completes a figure with its counted noun or the end of its unit', () => {
		const text =
			'ويعيش في المدينة نحو 2.4 مليون نسمة. ويبلغ استهلاك الفرد 90 متر مكعب سنويا. وقتل 12 شخصا وأصيب 40 آخرون في الحادث.';
		const qs = questionsOf(text, [
			['NUM', '2.4 مليون'],
			['NUM', '90 متر'],
			['NUM', '12 شخصا'],
			['NUM', '40']
		]);
		const keys = qs.filter((q) => q.type === 'how_many').map((q) => q.answer);
		expect(keys).toEqual(expect.arrayContaining(['2.4 مليون نسمة', '90 متر مكعب', '40 آخرون']));
	});

	it('asks a forecast as a forecast, never as a fact', () => {
		const text =
			'وأعلن البنك المركزي الاثنين أنه يتوقع أن يبلغ نمو الاقتصاد الوطني 4.1 في المئة خلال العام المقبل.';
		const qs = questionsOf(text, [
			['ORG', 'البنك المركزي'],
			['NUM', '4.1 في المئة']
		]);
		const q = qs.find((x) => x.answer === '4.1 في المئة');
		expect(q?.prompt_ar).toBe('كم يُتوقَّع أن يبلغ نمو الاقتصاد الوطني؟');
		expect(qs.some((x) => x.prompt_ar === 'كم يبلغ نمو الاقتصاد الوطني؟')).toBe(false);
	});

	it('keeps the forecast verb in a fill-in quotation', () => {
		const text = 'ويتوقع صندوق النقد أن تسجل صادرات البلاد ارتفاعا بنسبة 7.5% هذا العام.';
		const qs = questionsOf(text, [
			['ORG', 'صندوق النقد'],
			['NUM', '7.5%']
		]);
		const q = qs.find((x) => x.type === 'how_many' && x.answer.startsWith('7.5%'));
		expect(q?.prompt_ar).toContain('ويتوقع صندوق النقد أن تسجل');
	});
});

describe('reported speech in who-questions', () => {
	it('quotes short words whole', () => {
		const text = 'وقال وزير الزراعة كمال الرفاعي إن "الموسم الحالي كان صعبا على المزارعين".';
		const qs = questionsOf(text, [['PER', 'كمال الرفاعي']]);
		expect(qs.find((x) => x.type === 'who')?.prompt_ar).toBe(
			'مَن قال إن «الموسم الحالي كان صعبا على المزارعين»؟'
		);
	});

	it('cuts long words where a phrase ends', () => {
		const text =
			'وقال وزير الزراعة كمال الرفاعي إن "الموسم الحالي كان صعبا على المزارعين في الجنوب والشرق بسبب قلة الأمطار وارتفاع أسعار الأسمدة المستوردة من الخارج".';
		const qs = questionsOf(text, [['PER', 'كمال الرفاعي']]);
		const q = qs.find((x) => x.type === 'who' && x.answer === 'كمال الرفاعي');
		expect(q).toBeDefined();
		// Fourteen words at most, cut before a word in و (not inside «قلة الأمطار»), with the dots.
		expect(q!.prompt_ar).toBe(
			'مَن قال إن «الموسم الحالي كان صعبا على المزارعين في الجنوب والشرق بسبب قلة الأمطار…»؟'
		);
	});

	it('stops before a figure that another question asks about', () => {
		const text =
			'وقالت مديرة المستشفى سعاد الجزيري إن كلفة العلاج الجديد لن تتجاوز 40 دينارا للمريض الواحد.';
		const qs = questionsOf(text, [
			['PER', 'سعاد الجزيري'],
			['NUM', '40 دينارا']
		]);
		const who = qs.find((x) => x.type === 'who' && x.answer === 'سعاد الجزيري');
		expect(who?.prompt_ar).toBe('مَن قالت إن كلفة العلاج الجديد لن تتجاوز…؟');
		expect(qs.filter((x) => x.type === 'who').every((x) => !x.prompt_ar.includes('40'))).toBe(true);
	});

	it('asks when something was said without quoting a figure of it', () => {
		const text =
			'وحذرت منظمة الصحة العالمية الاثنين من أن نحو 40 ألف طفل في المنطقة مهددون بالحصبة. وأعلنت وزارة الصحة الأربعاء أن حملة التطعيم ستشمل جميع المدارس الحكومية في 12 ولاية.';
		const qs = questionsOf(text, [
			['NUM', '40 ألف طفل'],
			['NUM', '12 ولاية']
		]);
		const when = qs.filter((x) => x.type === 'when');
		expect(when.every((x) => !/\d/.test(x.prompt_ar))).toBe(true);
		expect(when.every((x) => !/ (في|من|على|إلى)…؟$/.test(x.prompt_ar))).toBe(true);
	});

	it('never takes the namesake of a centre for the one who speaks', () => {
		const text =
			'وأعلن مركز حسن البدري للأبحاث أن مختبره في المدينة أنهى تجارب اللقاح الجديد بنجاح بعد عامين من العمل.';
		const qs = questionsOf(text, [['PER', 'حسن البدري']]);
		expect(qs.filter((q) => q.answer === 'حسن البدري')).toEqual([]);
	});
});

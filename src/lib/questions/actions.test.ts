/**
 * Single actions (oath, resignation, chairing, claiming, scoring, rulings) and match results, on hand-built
 * analysed texts: the wording, the key, and no question when a slot is missing.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../arabic/types';
import { generateQuestions, seededRandom } from './index';
import { clearReading, vocabDistractors } from './kinds/vocab';
import { analyzedFixture } from './testing';

const POOL = {
	people: ['أحمد سالم', 'خالد منصور', 'سمير حداد', 'رشيد بن علي'],
	places: ['الرباط', 'تونس', 'القاهرة', 'نواكشوط'],
	organisations: ['الأمم المتحدة', 'الاتحاد الإفريقي', 'البنك الدولي']
};

function questions(text: string, entities: Parameters<typeof analyzedFixture>[1]) {
	return generateQuestions(analyzedFixture(text, entities), {
		random: seededRandom(3),
		distractorPool: POOL,
		text
	});
}

describe('single actions', () => {
	it.each([
		[
			'oath',
			'أكرا (غانا) - أدى كوفي منساه اليمين الدستورية الثلاثاء رئيسا للبلاد خلال حفل في العاصمة أكرا.',
			[
				['PER', 'كوفي منساه'],
				['LOC', 'أكرا'],
				['LOC', 'غانا'],
				['DATE', 'الثلاثاء']
			],
			{
				'مَن أدى اليمين الدستورية؟': 'كوفي منساه',
				'متى أدى كوفي منساه اليمين الدستورية؟': 'الثلاثاء',
				'أين أدى كوفي منساه اليمين الدستورية؟': 'أكرا'
			}
		],
		[
			'resignation, subject after its title',
			'تونس - قدم وزير الصحة التونسي مراد الحامدي الخميس استقالته إلى رئيس الحكومة.',
			[
				['PER', 'مراد الحامدي'],
				['LOC', 'تونس'],
				['DATE', 'الخميس']
			],
			{ 'مَن قدم استقالته؟': 'مراد الحامدي', 'متى قدم مراد الحامدي استقالته؟': 'الخميس' }
		],
		[
			'chairing, object before subject',
			'بغداد - وترأس القمة رئيس الوزراء العراقي علي حسن الجبوري في بغداد السبت.',
			[
				['PER', 'علي حسن الجبوري'],
				['LOC', 'بغداد'],
				['DATE', 'السبت']
			],
			{ 'مَن ترأس القمة؟': 'علي حسن الجبوري' }
		],
		[
			'claim by a body, feminine verb',
			'مقديشو - وتبنت حركة الفجر الهجوم في بيان نشرته الأحد.',
			[
				['ORG', 'حركة الفجر'],
				['LOC', 'مقديشو'],
				['DATE', 'الأحد']
			],
			{ 'ما الجهة التي تبنت الهجوم؟': 'حركة الفجر' }
		],
		[
			'ruling: the court as written, whom it sentenced',
			'القاهرة - قضت محكمة جنايات الجيزة الأحد بالسجن المشدد عشر سنوات على رجل الأعمال سامي نصار.',
			[
				['PER', 'سامي نصار'],
				['LOC', 'القاهرة'],
				['DATE', 'الأحد']
			],
			{
				'على مَن قضت محكمة جنايات الجيزة بالسجن المشدد؟': 'سامي نصار',
				'متى قضت محكمة جنايات الجيزة بالسجن المشدد على سامي نصار؟': 'الأحد'
			}
		],
		[
			'match result',
			'الرباط - فاز المنتخب المغربي على نظيره المصري بهدفين مقابل هدف واحد مساء السبت.',
			[
				['LOC', 'الرباط'],
				['DATE', 'مساء السبت']
			],
			{
				'بأيّ نتيجة فاز المنتخب المغربي على نظيره المصري؟': 'بهدفين مقابل هدف واحد',
				'متى فاز المنتخب المغربي على نظيره المصري؟': 'مساء السبت'
			}
		]
	] as const)('%s', (_name, text, entities, expected) => {
		const qs = questions(text, entities as unknown as Parameters<typeof analyzedFixture>[1]);
		for (const [prompt, answer] of Object.entries(expected)) {
			const q = qs.find((x) => x.prompt_ar === prompt);
			expect(q?.answer, prompt).toBe(answer);
			expect(q!.choices).toContain(answer);
			expect(text).toContain(answer);
		}
	});

	it.each([
		[
			'no subject named: no who',
			'تونس - قدم الوزير الخميس استقالته.',
			[
				['LOC', 'تونس'],
				['DATE', 'الخميس']
			],
			'استقالته'
		],
		[
			'a place in a later clause is not the place of the act',
			'أكرا - أدى كوفي منساه اليمين الدستورية الثلاثاء، وبحث الأوضاع في منطقة الساحل.',
			[
				['PER', 'كوفي منساه'],
				['LOC', 'منطقة الساحل'],
				['LOC', 'أكرا'],
				['DATE', 'الثلاثاء']
			],
			'أين'
		],
		[
			'an acquittal names no one acquitted: its place is only where the court sits',
			'وبرأت محكمة الاستئناف في وهران الأربعاء الماضي.',
			[
				['LOC', 'وهران'],
				['DATE', 'الأربعاء الماضي']
			],
			'أين'
		],
		[
			'a ruling by a court written with its seat asks no where',
			'وقضت محكمة الجنايات في وهران الأربعاء بالسجن خمس سنوات على مسؤول سابق.',
			[
				['LOC', 'وهران'],
				['DATE', 'الأربعاء']
			],
			'أين'
		],
		[
			'a win without a score',
			'الرباط - فاز المنتخب المغربي على نظيره المصري مساء السبت.',
			[
				['LOC', 'الرباط'],
				['DATE', 'مساء السبت']
			],
			'بأيّ نتيجة'
		]
	] as const)('%s', (_name, text, entities, absent) => {
		const qs = questions(text, entities as unknown as Parameters<typeof analyzedFixture>[1]);
		expect(qs.filter((q) => q.prompt_ar.includes(absent)).map((q) => q.prompt_ar)).toEqual([]);
	});
});

const reading = (over: Partial<Analysis>): Analysis => ({
	segments: [],
	lemma: 'x',
	root: '',
	pattern: '',
	pos: 'verb',
	features: '',
	gloss: 'x',
	glosses: ['x'],
	guess: false,
	score: -1,
	...over
});

describe('vocabulary keys and distractors', () => {
	it.each([
		[
			'one clear sense',
			[reading({ lemma: 'مَحْكَمَة', pos: 'noun', gloss: 'court', glosses: ['court'] })],
			true
		],
		['a guess', [reading({ guess: true })], false],
		[
			'a verb/noun homograph too close to call (قدم)',
			[
				reading({
					lemma: 'قَدَّمَ',
					gloss: 'present',
					glosses: ['present', 'offer', 'submit'],
					score: -1.3
				}),
				reading({ lemma: 'قَدَم', pos: 'noun', gloss: 'foot', glosses: ['foot'], score: -1.5 })
			],
			false
		],
		[
			'two forms of one root written alike, with other meanings, the commoner not far ahead (يوقع)',
			[
				reading({ lemma: 'وَقَّعَ', root: 'و ق ع', gloss: 'sign', glosses: ['sign'], score: -1.7 }),
				reading({
					lemma: 'أَوْقَعَ',
					root: 'و ق ع',
					gloss: 'cause (casualties)',
					glosses: ['cause (casualties)', 'inflict'],
					score: -2.6
				})
			],
			false
		],
		[
			'two forms of one root written alike, the rarer far behind (دراسة «study» / درّاسة)',
			[
				reading({ lemma: 'دِرَاسَة', pos: 'noun', root: 'د ر س', gloss: 'study', glosses: ['study'] }),
				reading({
					lemma: 'دَرَّاسَة',
					pos: 'noun',
					root: 'د ر س',
					gloss: 'threshing machine',
					glosses: ['threshing machine'],
					score: -2.2
				})
			],
			true
		],
		[
			'the context chose clearly between lemmas',
			[
				reading({ lemma: 'اِسْتَقَالَ', gloss: 'resign', glosses: ['resign'], score: -0.5 }),
				reading({ lemma: 'قَالَ', gloss: 'say', glosses: ['say'], score: -2.5 })
			],
			true
		],
		[
			'several senses of one lemma (قضى)',
			[
				reading({
					lemma: 'قَضَى',
					gloss: 'spend (time)',
					glosses: ['spend (time)', 'rule (that)', 'eliminate']
				})
			],
			false
		],
		[
			'synonym glosses are one sense',
			[
				reading({
					lemma: 'قَادِر',
					pos: 'adjective',
					gloss: 'able',
					glosses: ['able', 'able to act']
				})
			],
			true
		]
	] as const)('%s', (_name, analyses, clear) => {
		expect(clearReading(analyses as unknown as Analysis[])).toBe(clear);
	});

	it('draws distractors of the same part of speech near the key in frequency, never synonyms', () => {
		const pool = [
			{ lemma: 'مَحْكَمَة', pos: 'noun', gloss: 'court', rank: 500 },
			{ lemma: 'قَصْر', pos: 'noun', gloss: 'palace', rank: 520 },
			{ lemma: 'دِيوَان', pos: 'noun', gloss: 'court (royal)', rank: 510 },
			{ lemma: 'سُوق', pos: 'noun', gloss: 'market', rank: 480 },
			{ lemma: 'جَيْش', pos: 'noun', gloss: 'army', rank: 450 },
			{ lemma: 'نَهْر', pos: 'noun', gloss: 'river', rank: 600 },
			...[
				'bridge',
				'garden',
				'window',
				'harbour',
				'tower',
				'street',
				'village',
				'forest',
				'island',
				'desert'
			].map((gloss, i) => ({ lemma: `n${i}`, pos: 'noun', gloss, rank: 530 + i * 5 })),
			{ lemma: 'قَمْقَم', pos: 'noun', gloss: 'flask', rank: 2900 },
			{ lemma: 'ذَهَبَ', pos: 'verb', gloss: 'go', rank: 505 }
		];
		const key = reading({ lemma: 'مَحْكَمَة', pos: 'noun', gloss: 'court', glosses: ['court'] });
		for (let seed = 1; seed <= 5; seed++) {
			const d = vocabDistractors(key, pool, seededRandom(seed));
			expect(d).toHaveLength(3);
			expect(d).not.toContain('court (royal)');
			expect(d).not.toContain('go');
			expect(d).not.toContain('flask');
		}
	});
});

describe('names cut short by the entity layer', () => {
	it.each([
		['split in two', 'روما - التقى سامي كرم الخميس ماركو فيراري في روما.', false],
		['followed by a preposition', 'روما - التقى سامي كرم الخميس ماركو في روما.', true]
	] as const)('%s', (_name, text, asked) => {
		const qs = questions(text, [
			['PER', 'سامي كرم'],
			['PER', 'ماركو'],
			['PER', 'فيراري'],
			['LOC', 'روما'],
			['DATE', 'الخميس']
		]);
		expect(qs.some((q) => q.answer === 'ماركو')).toBe(asked);
	});
});

describe('figures as distractors', () => {
	it.each([
		['وبلغت نسبة المشاركة في الانتخابات 41.6 في المئة، بحسب اللجنة.', '41.6 في المئة'],
		['وبلغت نسبة المشاركة في الانتخابات 90 في المئة، بحسب اللجنة.', '90 في المئة']
	])('%s', (sentence, figure) => {
		const text = `داكار - ${sentence}`;
		const q = questions(text, [
			['LOC', 'داكار'],
			['NUM', figure]
		]).find((x) => x.answer === figure);
		expect(q?.type).toBe('how_many');
		const decimals = (figure.match(/\.(\d+)/)?.[1] ?? '').length;
		for (const c of q!.choices) {
			const value = Number(c.split(' ')[0]);
			expect(value, c).toBeLessThanOrEqual(100);
			expect((c.split(' ')[0].split('.')[1] ?? '').length, c).toBe(decimals);
		}
	});
});

describe('place distractors', () => {
	it('never offers a country or region that may contain the town asked about', () => {
		const text =
			'سوات (باكستان) - زار رئيس الوزراء سامي كرم مدينة سوات الأحد، فيما تضرر إقليم خيبر بختونخوا أكثر من غيره.';
		const n = (s: string) => s.replace(/[إأآ]/g, 'ا').replace(/ة/g, 'ه');
		const qs = generateQuestions(
			analyzedFixture(text, [
				['LOC', 'سوات'],
				['LOC', 'باكستان'],
				['LOC', 'خيبر بختونخوا'],
				['PER', 'سامي كرم'],
				['DATE', 'الأحد']
			]),
			{
				random: seededRandom(2),
				distractorPool: {
					...POOL,
					places: ['قطر', 'الدوحة', 'الرياض', 'بيشاور', 'باكستان', 'آسيا'],
					placeKinds: {
						[n('قطر')]: 'country',
						[n('باكستان')]: 'country',
						[n('آسيا')]: 'continent',
						[n('الدوحة')]: 'capital',
						[n('الرياض')]: 'capital',
						[n('بيشاور')]: 'city'
					}
				},
				text
			}
		);
		const where = qs.filter((q) => q.answer === 'سوات' && q.type === 'where');
		expect(where.length).toBeGreaterThan(0);
		for (const q of where)
			for (const bad of ['باكستان', 'خيبر بختونخوا', 'آسيا', 'قطر'])
				expect(q.choices).not.toContain(bad);
	});
});

describe('people distractors keep to the key’s field', () => {
	const n = (s: string) => s.replace(/[إأآ]/g, 'ا').replace(/ة/g, 'ه');
	const pool = {
		...POOL,
		people: ['فريد شوقي', 'ابن رشد', 'زين الدين زيدان', 'أحمد سالم', 'خالد منصور', 'سمير حداد'],
		personKinds: {
			[n('فريد شوقي')]: 'artist',
			[n('ابن رشد')]: 'historical',
			[n('زين الدين زيدان')]: 'footballer',
			[n('أحمد سالم')]: 'minister',
			[n('خالد منصور')]: 'official',
			[n('سمير حداد')]: 'official'
		},
		organisations: [
			'شركة تويوتا',
			'نادي الزمالك',
			'البنك الدولي',
			'منظمة الصحة العالمية',
			'الأمم المتحدة'
		],
		organisationKinds: {
			[n('شركة تويوتا')]: 'company',
			[n('نادي الزمالك')]: 'sport',
			[n('البنك الدولي')]: 'international',
			[n('منظمة الصحة العالمية')]: 'international',
			[n('الأمم المتحدة')]: 'international'
		}
	};
	const text =
		'عمان - أعلنت هيئة الإحصاء الوطنية الثلاثاء ارتفاع الصادرات. وقال الوزير كريم ناصر إن الأرقام مشجعة جدا لكل القطاعات.';
	const qs = generateQuestions(
		analyzedFixture(text, [
			['LOC', 'عمان'],
			['ORG', 'هيئة الإحصاء الوطنية'],
			['DATE', 'الثلاثاء'],
			['PER', 'كريم ناصر']
		]),
		{ random: seededRandom(4), distractorPool: pool, text }
	);

	it('offers officials for an official, never an actor, a footballer or a medieval scholar', () => {
		const q = qs.find((x) => x.answer === 'كريم ناصر');
		expect(q).toBeDefined();
		for (const bad of ['فريد شوقي', 'ابن رشد', 'زين الدين زيدان'])
			expect(q!.choices).not.toContain(bad);
	});
});

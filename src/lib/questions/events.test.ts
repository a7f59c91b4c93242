import { describe, expect, it } from 'vitest';
import { articleEvents } from './index';
import { analyzedFixture } from './testing';
import type { EntityType } from '../arabic/types';

type Row = [
	string,
	string,
	([EntityType, string] | [EntityType, string, number])[],
	string,
	Record<string, string | boolean | undefined>
];

// [name, text, entities, family, expected argument texts]
const ROWS: Row[] = [
	[
		'talks with a partner after مع, title before the name, place and weekday',
		'تونس (تونس) - أجرى وزير الخارجية التونسي نبيل عمار محادثات مع نظيره المصري سامح شكري في القاهرة الثلاثاء.',
		[
			['LOC', 'تونس'],
			['PER', 'نبيل عمار'],
			['PER', 'سامح شكري'],
			['LOC', 'القاهرة']
		],
		'meeting',
		{
			agent: 'نبيل عمار',
			partner: 'سامح شكري',
			place: 'القاهرة',
			time: 'الثلاثاء',
			complement: 'محادثات'
		}
	],
	[
		'استقبل: the object is the partner; the dateline gives the place',
		'الرباط (المغرب) - استقبل العاهل المغربي الملك محمد السادس الرئيس الموريتاني محمد ولد الغزواني الاثنين.',
		[
			['LOC', 'الرباط'],
			['LOC', 'المغرب'],
			['PER', 'محمد السادس'],
			['PER', 'محمد ولد الغزواني']
		],
		'meeting',
		{
			agent: 'محمد السادس',
			partner: 'محمد ولد الغزواني',
			place: 'الرباط',
			time: 'الاثنين',
			transitive: true
		}
	],
	[
		'subject before the verb (nominal sentence with كان … قد)',
		'وكان الرئيس السنغالي ماكي سال قد التقى نظيره الغاني في أكرا الخميس الماضي.',
		[
			['PER', 'ماكي سال'],
			['LOC', 'أكرا']
		],
		'meeting',
		{ agent: 'ماكي سال', place: 'أكرا', time: 'الخميس الماضي' }
	],
	[
		'a visit with إلى, female agent',
		'ووصلت وزيرة الخارجية الألمانية أنالينا بيربوك إلى بيروت مساء الجمعة.',
		[
			['PER', 'أنالينا بيربوك'],
			['LOC', 'بيروت']
		],
		'visit',
		{ agent: 'أنالينا بيربوك', place: 'بيروت', time: 'الجمعة', verb: 'وصلت' }
	],
	[
		'the noun انتخاب with the elected person and the predecessor after خلفا لـ',
		'ونشطت الجزائر دبلوماسيتها بعد انتخاب عبدالمجيد تبون رئيسا خلفا لعبدالقادر بن صالح.',
		[
			['LOC', 'الجزائر'],
			['PER', 'عبدالمجيد تبون'],
			['PER', 'عبدالقادر بن صالح']
		],
		'election',
		{ object: 'عبدالمجيد تبون', predecessor: 'عبدالقادر بن صالح', office: 'رئيسا' }
	],
	[
		'entry into force with a paired month name',
		'ودخل وقف هش لإطلاق النار حيز التنفيذ في 12 يناير/كانون الثاني، فيما تستمر الجهود الدولية.',
		[['DATE', '12 يناير/كانون الثاني']],
		'ceasefire',
		{ object: 'وقف إطلاق النار', time: '12 يناير/كانون الثاني' }
	],
	[
		'fighting since a month and year, place phrase',
		'ومنذ أبريل/نيسان 2019، تدور معارك على أبواب طرابلس بين القوات.',
		[
			['DATE', 'أبريل/نيسان 2019'],
			['LOC', 'طرابلس']
		],
		'fighting',
		{ time: 'أبريل/نيسان 2019', timeSince: true, place: 'على أبواب طرابلس' }
	],
	[
		'a quantity introduced by يبلغ',
		'وكثفت الجزائر التي تشترك مع ليبيا بحدود يبلغ طولها ألف كيلومتر المشاورات.',
		[
			['LOC', 'الجزائر'],
			['LOC', 'ليبيا'],
			['NUM', 'ألف كيلومتر']
		],
		'quantity',
		{ quantity: 'ألف كيلومتر', measure: 'يبلغ طولها' }
	],
	[
		'an offer to host: the place is where the offer was made',
		'وكانت الجزائر عرضت الخميس الماضي في برازافيل استضافة "منتدى للمصالحة الوطنية" بين الأطراف.',
		[
			['LOC', 'الجزائر'],
			['DATE', 'الخميس الماضي'],
			['LOC', 'برازافيل']
		],
		'hosting',
		{ agent: 'الجزائر', place: 'برازافيل', time: 'الخميس الماضي', object: 'منتدى للمصالحة الوطنية' }
	],
	[
		'signing: two signatories joined by و',
		'وقع وزير الداخلية التونسي منير الحمامي ونظيره الإيطالي ماركو فيراري الخميس في روما اتفاقا لتعزيز التعاون الأمني.',
		[
			['PER', 'منير الحمامي'],
			['PER', 'ماركو فيراري'],
			['DATE', 'الخميس'],
			['LOC', 'روما']
		],
		'agreement',
		{
			agent: 'منير الحمامي',
			partner: 'ماركو فيراري',
			place: 'روما',
			time: 'الخميس',
			object: 'اتفاقا لتعزيز التعاون الأمني'
		}
	],
	[
		'an announcement stated as a noun phrase, subject kept as wording',
		'وأعلنت السلطات الباكستانية الاثنين إعادة فتح معبر طورخم الحدودي مع أفغانستان.',
		[
			['DATE', 'الاثنين'],
			['LOC', 'أفغانستان']
		],
		'announcement',
		{ complement: 'السلطات الباكستانية', time: 'الاثنين', content: 'إعادة فتح معبر طورخم الحدودي' }
	],
	[
		'a session held, with the body before the verb',
		'وكانت اللجنة العليا المشتركة قد عقدت دورتها الأخيرة في نواكشوط في 14 مارس/آذار 2023.',
		[
			['LOC', 'نواكشوط'],
			['DATE', '14 مارس/آذار 2023']
		],
		'session',
		{
			object: 'دورتها الأخيرة',
			place: 'نواكشوط',
			time: '14 مارس/آذار 2023',
			complement: 'اللجنة العليا المشتركة'
		}
	],
	[
		'a statement with a quotation',
		'وقال رئيس الوزراء الأردني بشر الخصاونة إن "الأردن يدعم كل الجهود الرامية إلى التهدئة".',
		[['PER', 'بشر الخصاونة']],
		'statement',
		{ agent: 'بشر الخصاونة', content: 'الأردن يدعم كل الجهود الرامية إلى التهدئة' }
	]
];

describe('articleEvents', () => {
	it.each(ROWS)('%s', (_name, text, entities, family, expected) => {
		const events = articleEvents(analyzedFixture(text, entities), text).filter(
			(e) => e.family === family
		);
		expect(events.length).toBeGreaterThan(0);
		const event = events[0];
		for (const [slot, value] of Object.entries(expected)) {
			const actual = event[slot as keyof typeof event];
			const shown = actual && typeof actual === 'object' && 'text' in actual ? actual.text : actual;
			expect(shown, slot).toBe(value);
		}
	});

	it('resolves «الوزير الجزائري» to the minister named before', () => {
		const text =
			'أجرى وزير الخارجية الجزائري صبري بوقادوم محادثات مع المشير خليفة حفتر في بنغازي الأربعاء.\nوتأتي زيارة الوزير الجزائري لبنغازي بعد اجتماع دول الجوار.';
		const events = articleEvents(
			analyzedFixture(text, [
				['PER', 'صبري بوقادوم'],
				['PER', 'خليفة حفتر'],
				['LOC', 'بنغازي']
			]),
			text
		);
		const visit = events.find((e) => e.family === 'visit');
		expect(visit?.agent?.text).toBe('صبري بوقادوم');
		expect(visit?.agent?.resolved).toBe(true);
		expect(visit?.place?.text).toBe('بنغازي');
	});

	it('finds nothing in a text without events', () => {
		const text = 'الطقس جميل والسماء صافية.';
		expect(articleEvents(analyzedFixture(text, []), text)).toEqual([]);
	});

	it('never takes a date that belongs to another clause', () => {
		const text = 'أعلنت الأمم المتحدة الخميس أن الطرفين توصلا في مسقط إلى اتفاق لتبادل الأسرى.';
		const events = articleEvents(
			analyzedFixture(text, [
				['ORG', 'الأمم المتحدة'],
				['DATE', 'الخميس'],
				['LOC', 'مسقط']
			]),
			text
		);
		const reached = events.find((e) => e.family === 'agreement');
		expect(reached?.place?.text).toBe('مسقط');
		// No analyses in this fixture, so only أن separates the clauses; that is enough.
		expect(reached?.time).toBeUndefined();
	});
});

import { describe, expect, it } from 'vitest';
import { entitiesOf, spansOf } from '../../../../tests/fixtures/entities';

describe('gazetteer names', () => {
	it.each([
		['وصل الوفد إلى بنغازي', [['LOC', 'بنغازي']]],
		[
			'زار الوزير طرابلس وبنغازي',
			[
				['LOC', 'طرابلس'],
				['LOC', 'بنغازي']
			]
		],
		['قال عبدالمجيد تبون', [['PER', 'عبدالمجيد تبون']]],
		['قال عبد المجيد تبون', [['PER', 'عبد المجيد تبون']]],
		['دعت الامم المتحدة', [['ORG', 'الامم المتحدة']]],
		['رسالة للأمم المتحدة', [['ORG', 'لأمم المتحدة']]],
		[
			'قمة الاتحاد الإفريقي في أفريقيا',
			[
				['ORG', 'الاتحاد الإفريقي'],
				['LOC', 'أفريقيا']
			]
		],
		['وصل إلى الولايات المتحدة الأمريكية', [['LOC', 'الولايات المتحدة الأمريكية']]],
		['لا شيء هنا', []]
	])('%s', (text, expected) => {
		expect(spansOf(text)).toEqual(expected);
	});

	it('gives the English name and role of a known person', () => {
		const [entity] = entitiesOf('وقال حفتر');
		expect(entity).toMatchObject({
			type: 'PER',
			text: 'حفتر',
			english: 'Khalifa Haftar',
			role: 'Commander of the Libyan National Army'
		});
	});

	it('keeps an attached conjunction outside the span', () => {
		const text = 'زار وبنغازي';
		const [entity] = entitiesOf(text);
		expect(text.slice(entity.start, entity.end)).toBe('بنغازي');
		expect(entity.start).toBe(text.indexOf('وبنغازي') + 1);
	});
});

describe('people found by titles and name chains', () => {
	it.each([
		[
			'التقى وزير الخارجية الجزائري صبري بوقادوم المشير خليفة حفتر في بنغازي',
			[
				['PER', 'صبري بوقادوم'],
				['PER', 'خليفة حفتر'],
				['LOC', 'بنغازي']
			]
		],
		['قال الطبيب سمير النجار', [['PER', 'سمير النجار']]],
		['قال الرئيس فلان الفلاني', []],
		['وصل الشيخ حمدون بن راشد آل زيدون', [['PER', 'حمدون بن راشد آل زيدون']]],
		['وقال محمد بن سليمان', [['PER', 'محمد بن سليمان']]],
		[
			'ووصل أحمد زيدون إلى مصر',
			[
				['PER', 'أحمد زيدون'],
				['LOC', 'مصر']
			]
		],
		['وقع الاتفاق السفير الليبي رمضان بوزيد', [['PER', 'رمضان بوزيد']]]
	])('%s', (text, expected) => {
		expect(spansOf(text).filter(([type]) => type !== 'DATE')).toEqual(expected);
	});

	it('writes the role from the title and its complement', () => {
		const person = entitiesOf('التقى وزير الخارجية الجزائري صبري بوقادوم').find(
			(e) => e.type === 'PER'
		);
		expect(person?.role).toBe('Foreign Minister of Algeria');
	});

	it('finds a family name again later in the article', () => {
		expect(
			spansOf('التقى الرئيس يوسف زيدون الوفد. وقال زيدون إن الاجتماع كان جيدا.', 'PER')
		).toEqual([
			['PER', 'يوسف زيدون'],
			['PER', 'زيدون']
		]);
	});
});

describe('false friends', () => {
	it.each([
		['أمل الشعب في السلام'],
		['سلام في أفريقيا'],
		['نصر كبير للفريق'],
		['رئيس عادل وكريم وجميل']
	])('%s has no person', (text) => {
		expect(spansOf(text, 'PER')).toEqual([]);
	});

	it('tags a false friend after a title', () => {
		expect(spansOf('قالت السيدة أمل زيدون', 'PER')).toEqual([['PER', 'أمل زيدون']]);
	});
});

describe('organisations', () => {
	it.each([
		['أعلن حزب العدل الوطني', [['ORG', 'حزب العدل الوطني']]],
		['وقعت شركة زيدونكو اتفاقا', [['ORG', 'زيدونكو']]],
		['أعلنت الحكومة أمس', []]
	])('%s', (text, expected) => {
		expect(spansOf(text).filter(([type]) => type !== 'DATE')).toEqual(expected);
	});
});

describe('places from their context', () => {
	it.each([
		[
			'بنغازي (ليبيا) - وصل الوفد',
			[
				['LOC', 'بنغازي'],
				['LOC', 'ليبيا']
			]
		],
		['وقع الانفجار في بلدة الفارعة', [['LOC', 'الفارعة']]],
		[
			'بين بلدتي الفارعة وطموزة',
			[
				['LOC', 'الفارعة'],
				['LOC', 'طموزة']
			]
		],
		['تغلب ليون الفرنسي على ضيفه في مباراة سجل فيها هدف', [['ORG', 'ليون']]]
	])('%s', (text, expected) => {
		expect(spansOf(text)).toEqual(expected);
	});
});

describe('more name rules', () => {
	it.each([
		// a list of people after one already found
		[
			'قال الطبيب سمير زيدون، ويوسف بوزيان',
			[
				['PER', 'سمير زيدون'],
				['PER', 'يوسف بوزيان']
			]
		],
		// a gentilic before a name
		['سجل الليبي رمضان بوزيد هدفا', [['PER', 'رمضان بوزيد']]],
		// a kunya
		['وقال أبو زيدون إن', [['PER', 'أبو زيدون']]],
		// a bank named by an adjective
		['أعلن البنك الوطني', [['ORG', 'البنك الوطني']]],
		// the kind word stays outside a known organisation
		['أعلنت حركة زيدونكو', [['ORG', 'زيدونكو']]]
	])('%s', (text, expected) => {
		expect(spansOf(text).filter(([type]) => type !== 'DATE' && type !== 'NUM')).toEqual(expected);
	});
});

describe('spans the question generator relies on', () => {
	it.each([
		// An organisation never runs on into a weekday, or into a title that introduces a name.
		[
			'أعلن حزب الزيدون الثلاثاء النائب أحمد يوسف رئيسا',
			[
				['ORG', 'حزب الزيدون'],
				['DATE', 'الثلاثاء'],
				['PER', 'أحمد يوسف']
			]
		],
		// A brand that is also a family name belongs to the person after a given name…
		['فاز السائق ماركو فيراري بالسباق', [['PER', 'ماركو فيراري']]],
		// …and stays the company elsewhere.
		['قال سائق فيراري إن', [['ORG', 'فيراري']]],
		// Ordinary words are not people.
		['وأطلق الاتفاق دينامية جديدة في المنطقة', []],
		['وظل المنصب شاغرا', []],
		['وتحدث باسم الحكومة', []],
		['وعاش السكان بلا كهرباء', []]
	] as [string, [string, string][]][])('%s', (text, expected) => {
		expect(spansOf(text)).toEqual(expected);
	});

	it('keeps a preposition (منذ، خلال، حتى) outside a date, its meaning in the English', () => {
		const text = 'تدور المعارك منذ أبريل/نيسان 2019 وخلال الأسبوع الماضي حتى نهاية العام المقبل';
		const dates = entitiesOf(text).filter((e) => e.type === 'DATE');
		expect(dates.map((d) => [d.text, d.english])).toEqual([
			['أبريل/نيسان 2019', 'since April 2019'],
			['الأسبوع الماضي', 'during last week'],
			['نهاية العام المقبل', 'until late next year']
		]);
	});

	it('keeps the conjunction and the preposition outside names, and restores the article in the canonical name', () => {
		const text = 'والتقى ماركو فيراري وخليفة حفتر ممثل للأمم المتحدة';
		const found = entitiesOf(text).map((e) => [e.type, e.text, e.canonical]);
		expect(found).toEqual([
			['PER', 'ماركو فيراري', 'ماركو فيراري'],
			['PER', 'خليفة حفتر', 'خليفة حفتر'],
			['ORG', 'لأمم المتحدة', 'الأمم المتحدة']
		]);
	});
});

describe('a known surname after another given name', () => {
	it('is another person of that family, without the known person’s English name', () => {
		const [person] = entitiesOf('وقال الرئيس أحمد حفتر إن').filter((e) => e.type === 'PER');
		expect([person.text, person.english]).toEqual(['أحمد حفتر', '']);
	});

	it('still names the known person when it stands alone', () => {
		const [person] = entitiesOf('وقال حفتر إن').filter((e) => e.type === 'PER');
		expect([person.text, person.english]).toEqual(['حفتر', 'Khalifa Haftar']);
	});
});

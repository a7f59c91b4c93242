import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../../../../tests/fixtures/entities';

function dateOf(text: string) {
	const date = entitiesOf(text).find((entity) => entity.type === 'DATE');
	return date ? [date.text, date.value ?? '', date.english] : undefined;
}

describe('dates', () => {
	it.each([
		// weekdays
		['التقى الوفد الأربعاء', ['الأربعاء', '', 'Wednesday']],
		['يوم الجمعة', ['يوم الجمعة', '', 'Friday']],
		['وصل الخميس الماضي', ['الخميس الماضي', '', 'last Thursday']],
		// Gregorian months, both naming systems, paired
		['في 12 يناير/كانون الثاني', ['12 يناير/كانون الثاني', '--01-12', '12 January']],
		['في 12 كانون الثاني 2020', ['12 كانون الثاني 2020', '2020-01-12', '12 January 2020']],
		// the preposition stays outside the span; its meaning stays in the English
		['منذ أبريل/نيسان 2019', ['أبريل/نيسان 2019', '2019-04', 'since April 2019']],
		['في شهر آذار', ['آذار', '--03', 'March']],
		// a month placed by a direction word
		['في مارس المقبل', ['مارس المقبل', '--03', 'next March']],
		// a month name that is also a word, alone after a preposition of time
		['ستعقد القمة في مارس', ['مارس', '--03', 'March']],
		['منذ آب', ['آب', '--08', 'since August']],
		[
			'في 12 يناير/كانون الثاني الماضي',
			['12 يناير/كانون الثاني الماضي', '--01-12', '12 January (last)']
		],
		['في الثاني عشر من يناير', ['الثاني عشر من يناير', '--01-12', '12 January']],
		// Hijri
		['في 15 رمضان 1441 هـ', ['15 رمضان 1441 هـ', '1441-09-15AH', '15 Ramadan 1441 AH']],
		['في ذي الحجة', ['ذي الحجة', '--12AH', 'Dhu al-Hijja']],
		// years
		['عام 2011', ['عام 2011', '2011', '2011']],
		['حرب 1948', ['1948', '1948', '1948']],
		['بتاريخ 15/1/1959', ['بتاريخ 15/1/1959', '1959-01-15', '15 January 1959']],
		// relative
		['وصل أمس', ['أمس', '-P1D', 'yesterday']],
		['اليوم', ['اليوم', 'P0D', 'today']],
		['الأسبوع المقبل', ['الأسبوع المقبل', 'P1W', 'next week']],
		['الشهر الماضي', ['الشهر الماضي', '-P1M', 'last month']],
		['هذا العام', ['هذا العام', 'P0Y', 'this year']],
		['قبل عشرين عاما', ['قبل عشرين عاما', 'P20Y', '20 years ago']],
		// spans
		['بين 2010 و2012', ['بين 2010 و2012', '2010/2012', 'between 2010 and 2012']],
		['بين يناير ومارس', ['بين يناير ومارس', '--01/--03', 'between January and March']],
		['1936 - 1939', ['1936 - 1939', '1936/1939', 'from 1936 to 1939']],
		// times
		['الساعة الثالثة مساء', ['الساعة الثالثة مساء', 'T15:00', '3:00 p.m.']],
		['الساعة 10:30', ['الساعة 10:30', 'T10:30', '10:30']]
	])('%s', (text, expected) => {
		expect(dateOf(text)).toEqual(expected);
	});

	it.each([['مارس الضغط على الحكومة'], ['صفر من النقاط'], ['صلاة الجمعة'], ['قال رمضان']])(
		'%s is not a date',
		(text) => {
			expect(dateOf(text)).toBeUndefined();
		}
	);
});

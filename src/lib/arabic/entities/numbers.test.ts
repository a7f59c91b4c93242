import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../../../../tests/fixtures/entities';

function numberOf(text: string) {
	const number = entitiesOf(text).find((entity) => entity.type === 'NUM');
	return number ? [number.text, number.value, number.english, number.unit ?? ''] : undefined;
}

describe('numbers', () => {
	it.each([
		['حدود يبلغ طولها ألف كيلومتر', ['ألف كيلومتر', 1000, '1,000 kilometres', 'kilometre']],
		[
			'مساحتها ستة آلاف كيلومتر مربع',
			['ستة آلاف كيلومتر مربع', 6000, '6,000 square kilometres', 'square kilometre']
		],
		['قتل ثلاثة جنود', ['ثلاثة جنود', 3, '3 soldiers', 'soldier']],
		['وصل ثلاثة', ['ثلاثة', 3, '3', '']],
		['ثلاثة وعشرون', ['ثلاثة وعشرون', 23, '23', '']],
		['أحد عشر لاعبا', ['أحد عشر', 11, '11', '']],
		['ثلاثة آلاف', ['ثلاثة آلاف', 3000, '3,000', '']],
		['مليون دولار', ['مليون دولار', 1e6, '1,000,000 dollars', 'dollar']],
		['3.5 مليون دولار', ['3.5 مليون دولار', 3.5e6, '3.5 million dollars', 'dollar']],
		['50 في المئة', ['50 في المئة', 50, '50%', 'percent']],
		['بلغت 50%', ['50%', 50, '50%', 'percent']],
		['عشرات الجرحى', ['عشرات', undefined, 'dozens', '']],
		['ألف وخمسمئة', ['ألف وخمسمئة', 1500, '1,500', '']],
		['و1,000 شخص', ['1,000 شخص', 1000, '1,000 people', 'person']],
		// what is counted, when it is no unit of measure: an indefinite noun right after the number
		['وصل 12 وفدا', ['12 وفدا', 12, '12', 'delegation']],
		['الفصل 12 في الكتاب', ['12', 12, '12', '']]
	])('%s', (text, expected) => {
		expect(numberOf(text)).toEqual(expected);
	});
});

import { describe, expect, it } from 'vitest';
import { isDuration, supplementEntities } from './fallback-entities';
import { analyzedFixture } from './testing';
import type { Entity } from '../arabic/types';

describe('supplementEntities', () => {
	it.each([
		// text, expected [type, text] spans
		['التقى الوفدان الأربعاء في عمان.', [['DATE', 'الأربعاء']]],
		['وكانت الجزائر عرضت الخميس الماضي استضافة المنتدى.', [['DATE', 'الخميس الماضي']]],
		[
			'ودخل الاتفاق حيز التنفيذ في 12 يناير/كانون الثاني الماضي.',
			[['DATE', '12 يناير/كانون الثاني الماضي']]
		],
		['ومنذ أبريل/نيسان 2019، تدور معارك.', [['DATE', 'أبريل/نيسان 2019']]],
		['ويشهد اليمن منذ عام 2014 نزاعا.', [['DATE', 'عام 2014']]],
		['بحدود يبلغ طولها ألف كيلومتر.', [['NUM', 'ألف كيلومتر']]],
		['ويبلغ حجم المبادلات نحو 300 مليون دولار سنويا.', [['NUM', '300 مليون دولار']]],
		['وبلغت نسبة المشاركة 61 في المئة.', [['NUM', '61 في المئة']]],
		['وتبلغ مساحته نحو ستة آلاف كيلومتر مربع.', [['NUM', 'ستة آلاف كيلومتر مربع']]],
		['القرار 1701 واضح.', []],
		// People are the core's (src/lib/arabic/entities): titled names are no longer added here.
		['وقال وزير الخارجية المغربي كريم العلوي إن العلاقات جيدة.', []],
		['وقال الوزير إن الاجتماع كان مثمرا.', []]
	] as [string, [string, string][]][])('%s', (text, expected) => {
		const entities: [string, string][] = expected.map(([type, span]) => [type, span]);
		const places = ['اليمن', 'عدن']
			.filter((p) => text.includes(p))
			.map((p) => ['LOC', p] as ['LOC', string]);
		const analyzed = analyzedFixture(text, places);
		const found = supplementEntities(analyzed, text).map((e) => [e.type, e.text]);
		expect(found).toEqual(entities);
	});

	it('adds nothing where the core already has an entity', () => {
		const text = 'التقى الوفدان الأربعاء.';
		expect(supplementEntities(analyzedFixture(text, [['DATE', 'الأربعاء']]), text)).toEqual([]);
	});
});

describe('isDuration', () => {
	const entity = (type: Entity['type'], text: string, start: number, value?: string): Entity => ({
		type,
		start,
		end: start + text.length,
		text,
		canonical: text,
		english: '',
		role: '',
		value
	});

	it.each([
		['عشرة أيام', 'P10D', true],
		['خمس سنوات', undefined, true],
		['عام 2014', '2014', false],
		['الخميس', undefined, false]
	] as [string, string | undefined, boolean][])('isDuration(%s) = %s', (text, value, expected) => {
		expect(isDuration(entity('DATE', text, 0, value))).toBe(expected);
	});
});

import { describe, expect, it } from 'vitest';
import { dediacritize, normalizeForMatch, normalizeSpelling } from './normalize';

describe('dediacritize', () => {
	it.each([
		['', ''],
		['abc', 'abc'],
		['مُحَادَثَاتٌ', 'محادثات'],
		['أَكَّدَ', 'أكد'],
		['هٰذا', 'هذا'],
		['كـــبير', 'كبير'],
		['إِلَى', 'إلى']
	])('%s → %s', (input, expected) => expect(dediacritize(input)).toBe(expected));
});

describe('normalizeForMatch', () => {
	it.each([
		['', ''],
		['Hello', 'Hello'],
		['إِلى', 'الي'],
		['آخر', 'اخر'],
		['ٱلله', 'الله'],
		['الجزائرية', 'الجزائريه'],
		['مستشفى', 'مستشفي'],
		['ﺍﻟﺴﻼﻡ', 'السلام'],
		['ﻻ', 'لا'],
		['\u200Fعبد\u200Cالله', 'عبدالله'],
		['کتاب', 'كتاب'],
		['ایران', 'ايران'],
		['٢٠١٩', '2019'],
		['۱۴۰۰', '1400'],
		['كـبير', 'كبير']
	])('%s → %s', (input, expected) => expect(normalizeForMatch(input)).toBe(expected));
});

describe('normalizeSpelling', () => {
	it.each([
		['أَكَّدَتْ', 'أكدت'],
		['زيارة', 'زيارة'],
		['ی', 'ي']
	])('%s → %s', (input, expected) => expect(normalizeSpelling(input)).toBe(expected));
});

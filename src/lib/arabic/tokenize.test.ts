import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const texts = (s: string) => tokenize(s).tokens.map((t) => t.text);
const kinds = (s: string) => tokenize(s).tokens.map((t) => t.kind);

describe('tokenize: edge cases first', () => {
	it.each([
		['', []],
		['   \n ', []],
		['Hello world', ['Hello', 'world']]
	])('%j → %j', (input, expected) => {
		expect(texts(input)).toEqual(expected);
	});
});

describe('tokenize: words, punctuation and kinds', () => {
	const rows: [string, string[], string[]][] = [
		['قال الوزير', ['قال', 'الوزير'], ['word', 'word']],
		['يناير/كانون الثاني', ['يناير', '/', 'كانون', 'الثاني'], ['word', 'punct', 'word', 'word']],
		['عبدالمجيد تبون', ['عبدالمجيد', 'تبون'], ['word', 'word']],
		[
			'«السلام»، والحرب؛ لماذا؟',
			['«', 'السلام', '»', '،', 'والحرب', '؛', 'لماذا', '؟'],
			['punct', 'word', 'punct', 'punct', 'word', 'punct', 'word', 'punct']
		],
		['(ليبيا) -', ['(', 'ليبيا', ')', '-'], ['punct', 'word', 'punct', 'punct']],
		['وانتهى…', ['وانتهى', '…'], ['word', 'punct']],
		['وانتهى...', ['وانتهى', '...'], ['word', 'punct']],
		['"كلمة"', ['"', 'كلمة', '"'], ['punct', 'word', 'punct']],
		['كـبير', ['كـبير'], ['word']],
		['مُحَادَثَاتٌ', ['مُحَادَثَاتٌ'], ['word']],
		['منظمة WHO اليوم', ['منظمة', 'WHO', 'اليوم'], ['word', 'latin', 'word']],
		['COVID-19', ['COVID', '-', '19'], ['latin', 'punct', 'number']],
		['ﻻ', ['ﻻ'], ['word']],
		['★', ['★'], ['other']]
	];
	it.each(rows)('%s', (input, expectedTexts, expectedKinds) => {
		expect(texts(input)).toEqual(expectedTexts);
		expect(kinds(input)).toEqual(expectedKinds);
	});
});

describe('tokenize: numbers and their values', () => {
	const rows: [string, string, number][] = [
		['2019', '2019', 2019],
		['٢٠١٩', '٢٠١٩', 2019],
		['۱۴۰۰', '۱۴۰۰', 1400],
		['3.5', '3.5', 3.5],
		['٣٫٥', '٣٫٥', 3.5],
		['1,000,000', '1,000,000', 1000000],
		['2,5', '2,5', 2.5],
		['50%', '50%', 50],
		['٪٥٠', '٥٠', 50],
		['١٢٪', '١٢٪', 12]
	];
	it.each(rows)('%s', (input, text, value) => {
		const number = tokenize(input).tokens.find((t) => t.kind === 'number');
		expect(number?.text).toBe(text);
		expect(number?.value).toBe(value);
	});

	it('splits a range into number, dash, number', () => {
		const { tokens } = tokenize('2019-2020');
		expect(tokens.map((t) => [t.kind, t.value])).toEqual([
			['number', 2019],
			['punct', undefined],
			['number', 2020]
		]);
	});

	it('keeps a sentence-final full stop apart from the number', () => {
		expect(texts('عام 2020.')).toEqual(['عام', '2020', '.']);
	});
});

describe('tokenize: offsets', () => {
	it('gives UTF-16 offsets into the original text', () => {
		const input = 'وصل الوزيرُ إلى بنغازي 😀 أمس.';
		for (const t of tokenize(input).tokens) expect(input.slice(t.start, t.end)).toBe(t.text);
		expect(tokenize('a😀b').tokens.map((t) => [t.start, t.end])).toEqual([
			[0, 1],
			[1, 3],
			[3, 4]
		]);
	});
});

describe('tokenize: sentences', () => {
	const rows: [string, string[]][] = [
		['وصل الوزير. ثم غادر!', ['وصل الوزير.', 'ثم غادر!']],
		['هل وصل؟ نعم', ['هل وصل؟', 'نعم']],
		['قال: «انتهى.» ثم سكت', ['قال: «انتهى.»', 'ثم سكت']],
		['عنوان الخبر\nنص الخبر', ['عنوان الخبر', 'نص الخبر']],
		['بلغ 3.5 مليون.', ['بلغ 3.5 مليون.']],
		['', []]
	];
	it.each(rows)('%j', (input, expected) => {
		expect(tokenize(input).sentences.map((s) => input.slice(s.start, s.end))).toEqual(expected);
	});
});

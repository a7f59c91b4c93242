import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './articles';

describe('splitParagraphs', () => {
	it.each([
		['one paragraph', 'فقرة واحدة.', ['فقرة واحدة.']],
		['blank-line separated', 'الأولى.\n\nالثانية.', ['الأولى.', 'الثانية.']],
		['single newline stays inside', 'سطر\nسطر آخر', ['سطر\nسطر آخر']],
		['extra blank lines and spaces', '\n\nأ\n \n\n\nب\n\n', ['أ', 'ب']],
		['Windows line ends', 'أ\r\n\r\nب', ['أ', 'ب']],
		['empty', '', []]
	])('%s', (_name, body, expected) => {
		expect(splitParagraphs(body).map((p) => p.text)).toEqual(expected);
	});

	it('gives UTF-16 offsets into the original body', () => {
		const body = 'وزير الخارجية.\n\nبنغازي (ليبيا) - أجرى.';
		for (const paragraph of splitParagraphs(body)) {
			expect(body.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
		}
	});
});

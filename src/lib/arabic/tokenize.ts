/**
 * The tokenizer: splits text into words, numbers, punctuation, Latin runs and other symbols, and finds sentence
 * boundaries. Offsets are UTF-16 code units into the original text, which is never rewritten.
 */
import type { Sentence, Token, TokenKind } from './types';
import {
	ARABIC_DECIMAL_SEPARATOR,
	ARABIC_PERCENT_SIGN,
	ARABIC_THOUSANDS_SEPARATOR,
	HORIZONTAL_ELLIPSIS,
	digitValue,
	isArabicLetter,
	isArabicWordMark,
	isFormatControl,
	isLatinLetter
} from './charsets';

/** Characters that end a sentence. ؟ is ARABIC QUESTION MARK, ۔ ARABIC FULL STOP. */
const SENTENCE_END = new Set(['.', '!', '?', '\u061F', '\u06D4', HORIZONTAL_ELLIPSIS]);
/** Closing characters that stay in the sentence they close (a quote or bracket after the full stop). */
const CLOSERS = new Set(['»', '"', ')', ']', '\u201D', '\u2019', "'"]);

function isSpace(c: string): boolean {
	return /\s/.test(c) || c === '\u00A0';
}

/** Reads the digits of a number starting at i; returns the end and the digit string (Western digits). */
function readDigits(text: string, i: number): { end: number; digits: string } {
	let digits = '';
	while (i < text.length) {
		const d = digitValue(text[i]);
		if (d < 0) break;
		digits += d;
		i++;
	}
	return { end: i, digits };
}

/**
 * Reads a number: digits in any digit set, thousands groups (1,000 ٬), a decimal part (3.5 ٣٫٥ 3,5) and a
 * percent sign (% ٪). A comma followed by exactly three digits is a thousands separator, otherwise a decimal comma.
 */
function readNumber(text: string, start: number): { end: number; value: number } {
	const first = readDigits(text, start);
	let end = first.end;
	let intPart = first.digits;
	let frac = '';
	for (;;) {
		const sep = text[end];
		const next = end + 1 < text.length ? digitValue(text[end + 1]) : -1;
		if (next < 0) break;
		const group = readDigits(text, end + 1);
		if (
			(sep === ',' || sep === ARABIC_THOUSANDS_SEPARATOR) &&
			group.digits.length === 3 &&
			frac === ''
		) {
			intPart += group.digits;
			end = group.end;
			continue;
		}
		if ((sep === '.' || sep === ARABIC_DECIMAL_SEPARATOR || sep === ',') && frac === '') {
			frac = group.digits;
			end = group.end;
		}
		break;
	}
	if (text[end] === '%' || text[end] === ARABIC_PERCENT_SIGN) end++;
	const value = Number(frac ? `${intPart}.${frac}` : intPart);
	return { end, value };
}

/**
 * Split text into tokens and sentences.
 *
 * - word: a run of Arabic letters with their marks, tatweel and ZWNJ/ZWJ (joined names such as عبدالمجيد stay one
 *   token; the analyzer and entity layer split them);
 * - number: digits of any set with thousands groups, decimals and an attached percent sign, with `value`
 *   (a range 2019-2020 is number, punct, number);
 * - punct: ، ؛ ؟ « » " ( ) - / … and ASCII punctuation; "..." is one token;
 * - latin: a run of Latin letters and digits starting with a letter;
 * - other: any other symbol.
 * A sentence ends after . ! ? ؟ … (plus closing quotes/brackets) and at a line break.
 * @example tokenize('قال الوزير: ٣٫٥٪.').tokens.map((t) => t.text) // ['قال', 'الوزير', ':', '٣٫٥٪', '.']
 * @example tokenize('يناير/كانون').tokens.map((t) => t.kind) // ['word', 'punct', 'word']
 */
export function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
	const tokens: Token[] = [];
	const sentences: Sentence[] = [];
	let sentenceStart = -1;
	let sentenceEnd = -1;
	let pendingEnd = false;

	const closeSentence = () => {
		if (sentenceStart >= 0) sentences.push({ start: sentenceStart, end: sentenceEnd });
		sentenceStart = -1;
		pendingEnd = false;
	};
	const push = (start: number, end: number, kind: TokenKind, value?: number) => {
		const t = text.slice(start, end);
		if (pendingEnd && !(kind === 'punct' && (CLOSERS.has(t) || SENTENCE_END.has(t[0]))))
			closeSentence();
		if (sentenceStart < 0) sentenceStart = start;
		sentenceEnd = end;
		const token: Token = { start, end, text: t, kind };
		if (value !== undefined) token.value = value;
		tokens.push(token);
		if (kind === 'punct' && SENTENCE_END.has(t[0])) pendingEnd = true;
	};

	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (ch === '\n' || ch === '\r') {
			closeSentence();
			i++;
			continue;
		}
		if (isSpace(ch) || (isFormatControl(ch) && !isArabicWordMark(ch))) {
			i++;
			continue;
		}
		if (
			isArabicLetter(ch) ||
			(isArabicWordMark(ch) && i + 1 < text.length && isArabicLetter(text[i + 1]))
		) {
			let j = i + 1;
			while (j < text.length && (isArabicLetter(text[j]) || isArabicWordMark(text[j]))) j++;
			// A trailing ZWNJ/ZWJ or tatweel-only tail stays attached; that is harmless for matching.
			push(i, j, 'word');
			i = j;
			continue;
		}
		if (digitValue(ch) >= 0) {
			const { end, value } = readNumber(text, i);
			push(i, end, 'number', value);
			i = end;
			continue;
		}
		if (isLatinLetter(ch)) {
			let j = i + 1;
			while (j < text.length && (isLatinLetter(text[j]) || (text[j] >= '0' && text[j] <= '9'))) j++;
			push(i, j, 'latin');
			i = j;
			continue;
		}
		if (ch === '.' && text.startsWith('...', i)) {
			let j = i + 3;
			while (text[j] === '.') j++;
			push(i, j, 'punct');
			i = j;
			continue;
		}
		if (/[\p{P}]/u.test(ch) || '+<=>|~^`$'.includes(ch)) {
			// Sentence-ending runs such as "؟!" stay as separate one-character tokens.
			push(i, i + 1, /\p{P}/u.test(ch) ? 'punct' : 'other');
			i++;
			continue;
		}
		// Any other symbol, one code point (surrogate pairs kept whole).
		const cp = text.codePointAt(i) ?? 0;
		const width = cp > 0xffff ? 2 : 1;
		push(i, i + width, 'other');
		i += width;
	}
	closeSentence();
	return { tokens, sentences };
}

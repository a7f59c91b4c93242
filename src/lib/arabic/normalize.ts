/**
 * Normalisation for matching. The displayed text is never rewritten: these functions produce keys that the
 * analyzer and the entity recogniser compare, while offsets always point into the original string.
 */
import { isDiacritic, isFormatControl, digitValue, TATWEEL } from './charsets';

const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * Fold Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to base letters by compatibility normalisation.
 * Only applied when such a character is present, because NFKC is comparatively slow.
 * @example foldPresentationForms('ﻻ') // 'لا'
 */
export function foldPresentationForms(s: string): string {
	return PRESENTATION_FORMS.test(s) ? s.normalize('NFKC') : s;
}

/**
 * Remove harakat, tanwin, shadda, sukun, madda/hamza marks, the superscript (dagger) alef and tatweel.
 * Letters, including hamza seats (أ إ ؤ ئ), are kept.
 * @example dediacritize('مُحَادَثَاتٌ') // 'محادثات'
 * @example dediacritize('كـبير') // 'كبير'
 */
export function dediacritize(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const ch = s[i];
		if (ch === TATWEEL || isDiacritic(ch)) continue;
		out += ch;
	}
	return out;
}

/** Letter foldings of normalizeForMatch, beyond removing marks. */
const MATCH_FOLD: Record<string, string> = {
	'\u0622': '\u0627', // آ → ا
	'\u0623': '\u0627', // أ → ا
	'\u0625': '\u0627', // إ → ا
	'\u0671': '\u0627', // ٱ → ا
	'\u0672': '\u0627', // ٲ → ا
	'\u0673': '\u0627', // ٳ → ا
	'\u0649': '\u064A', // ى → ي
	'\u06CC': '\u064A', // Farsi yeh ی → ي
	'\u06D2': '\u064A', // yeh barree → ي
	'\u0629': '\u0647', // ة → ه
	'\u06C1': '\u0647', // heh goal → ه
	'\u06D5': '\u0647', // ae → ه
	'\u06A9': '\u0643', // keheh ک → ك
	'\u06AA': '\u0643' // swash kaf → ك
};

/**
 * The key under which words are compared: presentation forms folded, marks/tatweel/bidi/ZWJ/ZWNJ removed,
 * alef forms → ا, ى → ي, ة → ه, Persian ی ک → ي ك, all digits → Western digits.
 * @example normalizeForMatch('إِلى') // 'الي'
 * @example normalizeForMatch('الجزائرية') // 'الجزائريه'
 * @example normalizeForMatch('٢٠١٩') // '2019'
 */
export function normalizeForMatch(s: string): string {
	s = foldPresentationForms(s);
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < FOLD_TABLE_SIZE) out += FOLD_TABLE[c];
		else if (!isFormatControl(s[i])) out += s[i];
	}
	return out;
}

const FOLD_TABLE_SIZE = 0x0800;
/** normalizeForMatch of every character below U+0800 (Latin, Arabic and Arabic Supplement), computed once. */
const FOLD_TABLE: string[] = Array.from({ length: FOLD_TABLE_SIZE }, (_, c) => {
	const ch = String.fromCharCode(c);
	if (ch === TATWEEL || isDiacritic(ch) || isFormatControl(ch)) return '';
	const folded = MATCH_FOLD[ch];
	if (folded !== undefined) return folded;
	const d = digitValue(ch);
	return d >= 0 ? String(d) : ch;
});

/**
 * The matching key of one character ('' for marks and controls; two letters for a ligature such as ﻻ).
 * normalizeForMatch(s) equals the concatenation of foldCharForMatch over the characters of s.
 * @example foldCharForMatch('أ') // 'ا'
 * @example foldCharForMatch('ﻻ') // 'لا'
 */
export function foldCharForMatch(ch: string): string {
	const c = ch.charCodeAt(0);
	if (c < FOLD_TABLE_SIZE) return FOLD_TABLE[c];
	if (c >= 0xfb50 && c <= 0xfeff) return normalizeForMatch(ch.normalize('NFKC'));
	if (ch === TATWEEL || isDiacritic(ch) || isFormatControl(ch)) return '';
	const folded = MATCH_FOLD[ch];
	if (folded !== undefined) return folded;
	const d = digitValue(ch);
	return d >= 0 ? String(d) : ch;
}

/**
 * Like normalizeForMatch but keeps hamza seats and ة (only marks, tatweel and controls removed, presentation forms,
 * Persian letters and digits folded). Used to prefer the reading whose spelling matches the text exactly.
 * @example normalizeSpelling('أَكَّدَتْ') // 'أكدت'
 */
export function normalizeSpelling(s: string): string {
	s = foldPresentationForms(s);
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const ch = s[i];
		if (ch === TATWEEL || isDiacritic(ch) || isFormatControl(ch)) continue;
		if (ch === '\u06CC') out += '\u064A';
		else if (ch === '\u06A9') out += '\u0643';
		else {
			const d = digitValue(ch);
			out += d >= 0 ? String(d) : ch;
		}
	}
	return out;
}

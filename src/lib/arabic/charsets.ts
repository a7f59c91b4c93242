/**
 * Named Unicode constants and character predicates for Arabic script.
 * Names follow the Unicode character names (ARABIC FATHATAN = U+064B, …) so a reader can look them up.
 */

// Harakat and other combining marks (Unicode block Arabic, U+064B–U+065F, U+0670).
/** FATHATAN. @example شكراً */
export const FATHATAN = '\u064B';
/** DAMMATAN. @example كتابٌ */
export const DAMMATAN = '\u064C';
/** KASRATAN. @example بكتابٍ */
export const KASRATAN = '\u064D';
/** FATHA. @example كَتب */
export const FATHA = '\u064E';
/** DAMMA. @example يُكتب */
export const DAMMA = '\u064F';
/** KASRA. @example بِ */
export const KASRA = '\u0650';
/** SHADDA. @example أكّد */
export const SHADDA = '\u0651';
/** SUKUN. @example قَدْ */
export const SUKUN = '\u0652';
/** MADDAH ABOVE. @example آ (ا + U+0653) */
export const MADDAH_ABOVE = '\u0653';
/** HAMZA ABOVE. @example أ (ا + U+0654) */
export const HAMZA_ABOVE = '\u0654';
/** HAMZA BELOW. @example إ (ا + U+0655) */
export const HAMZA_BELOW = '\u0655';
/** ARABIC LETTER SUPERSCRIPT ALEF (the "dagger alef" of هٰذا). @example هٰذا */
export const SUPERSCRIPT_ALEF = '\u0670';
/** ARABIC TATWEEL: a stretching stroke with no linguistic value (كـبير). @example كـبير */
export const TATWEEL = '\u0640';

// Letters whose forms are unified for matching.
/** HAMZA. @example شيء */
export const HAMZA = '\u0621';
/** ALEF WITH MADDA ABOVE. @example آخر */
export const ALEF_WITH_MADDA_ABOVE = '\u0622';
/** ALEF WITH HAMZA ABOVE. @example أكد */
export const ALEF_WITH_HAMZA_ABOVE = '\u0623';
/** WAW WITH HAMZA ABOVE. @example مسؤول */
export const WAW_WITH_HAMZA_ABOVE = '\u0624';
/** ALEF WITH HAMZA BELOW. @example إلى */
export const ALEF_WITH_HAMZA_BELOW = '\u0625';
/** YEH WITH HAMZA ABOVE. @example رئيس */
export const YEH_WITH_HAMZA_ABOVE = '\u0626';
/** ALEF. @example قال */
export const ALEF = '\u0627';
/** TEH MARBUTA. @example زيارة */
export const TEH_MARBUTA = '\u0629';
/** HEH. @example كتابه */
export const HEH = '\u0647';
/** WAW. @example و */
export const WAW = '\u0648';
/** ALEF MAKSURA. @example على */
export const ALEF_MAKSURA = '\u0649';
/** YEH. @example في */
export const YEH = '\u064A';
/** ARABIC LETTER ALEF WASLA (ٱ), used in Quranic and some vowelled text. @example ٱلله */
export const ALEF_WASLA = '\u0671';
/** ARABIC LETTER KEHEH (ک), the Persian kaf, read as ك. @example کتاب (Persian spelling) */
export const KEHEH = '\u06A9';
/** KAF. @example كتاب */
export const KAF = '\u0643';
/** ARABIC LETTER FARSI YEH (ی), read as ي. @example ایران (Persian spelling) */
export const FARSI_YEH = '\u06CC';

// Punctuation specific to Arabic script.
/** ARABIC COMMA. @example قال، ثم */
export const ARABIC_COMMA = '\u060C';
/** ARABIC SEMICOLON. @example قال؛ ثم */
export const ARABIC_SEMICOLON = '\u061B';
/** ARABIC QUESTION MARK. @example لماذا؟ */
export const ARABIC_QUESTION_MARK = '\u061F';
/** ARABIC FULL STOP. @example انتهى۔ */
export const ARABIC_FULL_STOP = '\u06D4';
/** ARABIC PERCENT SIGN. @example ٥٠٪ */
export const ARABIC_PERCENT_SIGN = '\u066A';
/** ARABIC DECIMAL SEPARATOR. @example ٣٫٥ */
export const ARABIC_DECIMAL_SEPARATOR = '\u066B';
/** ARABIC THOUSANDS SEPARATOR. @example ١٬٠٠٠ */
export const ARABIC_THOUSANDS_SEPARATOR = '\u066C';
/** HORIZONTAL ELLIPSIS. @example وانتهى… */
export const HORIZONTAL_ELLIPSIS = '\u2026';
/** LEFT GUILLEMET. @example «السلام» */
export const LEFT_GUILLEMET = '\u00AB';
/** RIGHT GUILLEMET. @example «السلام» */
export const RIGHT_GUILLEMET = '\u00BB';

// Invisible formatting characters ignored for matching.
/** ZERO WIDTH NON JOINER. @example عبد‌الله */
export const ZERO_WIDTH_NON_JOINER = '\u200C';
/** ZERO WIDTH JOINER. @example (joins letters) */
export const ZERO_WIDTH_JOINER = '\u200D';
/** LEFT TO RIGHT MARK. @example (invisible) */
export const LEFT_TO_RIGHT_MARK = '\u200E';
/** RIGHT TO LEFT MARK. @example (invisible) */
export const RIGHT_TO_LEFT_MARK = '\u200F';
/** ARABIC LETTER MARK. @example (invisible) */
export const ARABIC_LETTER_MARK = '\u061C';

/** First code unit of ARABIC-INDIC DIGIT ZERO (٠); digits run to U+0669. @example ٠١٢٣ */
export const ARABIC_INDIC_DIGIT_ZERO = 0x0660;
/** First code unit of EXTENDED ARABIC-INDIC (Persian) DIGIT ZERO (۰); digits run to U+06F9. @example ۰۱۲۳ */
export const PERSIAN_DIGIT_ZERO = 0x06f0;

/**
 * True for a combining Arabic mark: harakat, tanwin, shadda, sukun, madda/hamza above or below, superscript alef.
 * @example isDiacritic('\u064E') // true (فتحة)
 * @example isDiacritic('ب') // false
 */
export function isDiacritic(ch: string): boolean {
	const c = ch.charCodeAt(0);
	return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed);
}

/**
 * True for an Arabic-script letter (base letters, extended letters for Persian/Urdu, presentation forms).
 * @example isArabicLetter('ع') // true
 * @example isArabicLetter('٣') // false (a digit)
 */
export function isArabicLetter(ch: string): boolean {
	const c = ch.charCodeAt(0);
	return (
		(c >= 0x0621 && c <= 0x063a) ||
		(c >= 0x0641 && c <= 0x064a) ||
		(c >= 0x0671 && c <= 0x06d3) ||
		c === 0x06d5 ||
		(c >= 0x06fa && c <= 0x06ff) ||
		(c >= 0x0750 && c <= 0x077f) ||
		(c >= 0x08a0 && c <= 0x08c7) ||
		(c >= 0xfb50 && c <= 0xfdff && c !== 0xfd3e && c !== 0xfd3f) ||
		(c >= 0xfe70 && c <= 0xfefc)
	);
}

/**
 * True for characters that may appear inside an Arabic word without being letters: marks, tatweel, ZWNJ/ZWJ.
 * @example isArabicWordMark('ـ') // true (تطويل)
 */
export function isArabicWordMark(ch: string): boolean {
	return (
		isDiacritic(ch) || ch === TATWEEL || ch === ZERO_WIDTH_NON_JOINER || ch === ZERO_WIDTH_JOINER
	);
}

/**
 * The value 0–9 of a digit in any of the three digit sets (Western, Arabic-Indic, Persian), or -1.
 * @example digitValue('٧') // 7
 * @example digitValue('۴') // 4
 */
export function digitValue(ch: string): number {
	const c = ch.charCodeAt(0);
	if (c >= 0x30 && c <= 0x39) return c - 0x30;
	if (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_ZERO + 9)
		return c - ARABIC_INDIC_DIGIT_ZERO;
	if (c >= PERSIAN_DIGIT_ZERO && c <= PERSIAN_DIGIT_ZERO + 9) return c - PERSIAN_DIGIT_ZERO;
	return -1;
}

/**
 * True for a digit of any of the three digit sets.
 * @example isDigit('٢') // true
 */
export function isDigit(ch: string): boolean {
	return digitValue(ch) >= 0;
}

/**
 * True for a Latin letter (ASCII or Latin-1/Extended-A accented letters).
 * @example isLatinLetter('é') // true
 * @example isLatinLetter('ب') // false
 */
export function isLatinLetter(ch: string): boolean {
	const c = ch.charCodeAt(0);
	return (
		(c >= 0x41 && c <= 0x5a) ||
		(c >= 0x61 && c <= 0x7a) ||
		(c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
	);
}

/**
 * True for invisible direction and joining controls, which carry no letters.
 * @example isFormatControl('\u200F') // true (RLM)
 */
export function isFormatControl(ch: string): boolean {
	const c = ch.charCodeAt(0);
	return (
		c === 0x200c ||
		c === 0x200d ||
		c === 0x200e ||
		c === 0x200f ||
		c === 0x061c ||
		(c >= 0x202a && c <= 0x202e) ||
		(c >= 0x2066 && c <= 0x2069) ||
		c === 0xfeff
	);
}

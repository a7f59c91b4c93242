/**
 * Titles and role words that stand before names in news (المشير خليفة حفتر، وزير الخارجية الجزائري صبري بوقادوم).
 * A learner may leave them out when typing a name; the generator strips them to find the bare name.
 * Stored in normalised spelling (normalizeForMatch: أ→ا، ة→ه، ى→ي).
 */
export const TITLE_WORDS = new Set([
	'الرئيس',
	'رئيس',
	'الرئيسه',
	'رئيسه',
	'المشير',
	'الفريق',
	'اول',
	'اللواء',
	'العقيد',
	'الجنرال',
	'الوزير',
	'وزير',
	'الوزيره',
	'وزيره',
	'نظيره',
	'نظيرته',
	'نظيرها',
	'الخارجيه',
	'الداخليه',
	'الدفاع',
	'الاقتصاد',
	'الزراعه',
	'الطاقه',
	'الدوله',
	'لشوون',
	'الملك',
	'العاهل',
	'الامير',
	'الشيخ',
	'السلطان',
	'السيد',
	'السيده',
	'الدكتور',
	'د',
	'السفير',
	'السفيره',
	'سفير',
	'سفيره',
	'المبعوث',
	'مبعوث',
	'الامين',
	'العام',
	'الممثل',
	'الخاص',
	'المدير',
	'مدير',
	'الاقليمي',
	'النائب',
	'القائد',
	'قائد',
	'المستشار',
	'الحكومه',
	'الوزراء',
	'مجلس',
	'النواب',
	'الدبلوماسي',
	'الخبير',
	'الاقتصادي',
	'المرشح',
	'مرشح',
	'المعارضه',
	'الراحل',
	'المنتخب',
	'الجديد',
	'السابق',
	'ولايته',
	'المنتهيه',
	'المفوضيه',
	'المبعوث',
	'الامم',
	'المتحده',
	'الخامس'
]);

/** Titles that introduce a person's name (normalised); a title chain must contain one before a name is read. */
export const PERSON_TITLES = new Set([
	'الرئيس', 'رئيس', 'الرئيسه', 'رئيسه', 'المشير', 'الفريق', 'اللواء', 'العقيد', 'الجنرال', 'الوزير', 'وزير', 'الوزيره',
	'وزيره', 'نظيره', 'نظيرته', 'نظيرها', 'الملك', 'العاهل', 'الامير', 'الشيخ', 'السلطان', 'السيد', 'السيده', 'الدكتور',
	'السفير', 'السفيره', 'المبعوث', 'مبعوث', 'الامين', 'الممثل', 'المدير', 'مدير', 'النائب', 'القائد', 'قائد', 'المستشار',
	'الدبلوماسي', 'الخبير', 'المرشح', 'مرشح', 'الراحل', 'الناطق', 'المتحدث', 'الصحفي', 'الكاتب'
]);

/** Words that join name parts (بن صالح، ولد أحمد، أبو مازن); a surname never starts after them. */
export const NAME_CONNECTIVES = new Set(['بن', 'ابن', 'بنت', 'ولد', 'ابو', 'ابي', 'ال', 'عبد', 'بو', 'ام']);

/**
 * True for a normalised word that is a title, a role word or a nisba adjective (…ي with the article, الجزائري،
 * المغربيه), which may stand before a name.
 * @example isTitleWord('المشير') // true
 */
export function isTitleWord(word: string): boolean {
	if (TITLE_WORDS.has(word)) return true;
	return /^ال\S+(ي|يه)$/.test(word) && word.length > 4;
}

/**
 * Small helpers over Arabic strings shared by grading, extraction and question writing.
 * All comparison goes through the core's normalizeForMatch, so every module unifies the same letters.
 */
import { normalizeForMatch } from '../arabic/normalize';

/** Punctuation that never matters in an answer: quotes, brackets, commas, full stops, dashes. */
const ANSWER_PUNCTUATION = /[«»"“”'‘’()[\]{}،,.؛;:؟?!\-–—…]/g;

/**
 * Normalise an answer for comparison: letters unified as by normalizeForMatch, punctuation dropped, spaces collapsed,
 * and a split عبد/أبو joined to the following ال-name (عبد الفتاح → عبدالفتاح).
 * @example normalizeAnswer('عبد الفتاح  البرهان') // 'عبدالفتاح البرهان'
 */
export function normalizeAnswer(s: string): string {
	const plain = normalizeForMatch(s).replace(ANSWER_PUNCTUATION, ' ').replace(/\//g, ' / ');
	return plain
		.split(/\s+/)
		.filter((w) => w !== '')
		.join(' ')
		.replace(/(^| )(عبد|ابو|ابي) (ال\S+)/g, '$1$2$3')
		.replace(/ \/ /g, '/');
}

/** Split into normalised words. */
export function answerWords(s: string): string[] {
	const n = normalizeAnswer(s);
	return n === '' ? [] : n.split(' ');
}

/**
 * Prefixes a learner may add or leave out before a word: conjunctions و ف, prepositions ب ل ك, the article,
 * and their combinations (normalised spelling).
 */
const LEADING_CLITICS = [
	'وبال',
	'وال',
	'فال',
	'بال',
	'كال',
	'لل',
	'ال',
	'وب',
	'ول',
	'فب',
	'فل',
	'و',
	'ف',
	'ب',
	'ل',
	'ك'
];

/**
 * The bare forms a word may stand for once leading clitics are removed (the word itself first).
 * Only strips when at least three letters remain, so short names are not eaten.
 * @example bareForms('وبورتسودان') // ['وبورتسودان', 'بورتسودان', 'نغازي'] (any clitic split is offered)
 */
export function bareForms(word: string): string[] {
	const forms = [word];
	for (const prefix of LEADING_CLITICS) {
		if (word.startsWith(prefix) && word.length - prefix.length >= 3)
			forms.push(word.slice(prefix.length));
	}
	return forms;
}

/**
 * True when a response word is the key word give or take leading clitics. The response may add any clitic
 * (بورتسودان → وبورتسودان); from the key only an article combination or a clitic before a long stem may be left out
 * (الإسكندرية → اسكندرية), so a root letter is never taken for a clitic (وزير ≠ زير).
 * @example sameWord('بورتسودان', 'وبورتسودان') // true
 */
export function sameWord(key: string, response: string): boolean {
	if (key === response) return true;
	const keyForms = bareForms(key).filter(
		(f) => f === key || key.length - f.length >= 2 || f.length >= 4
	);
	const responseForms = bareForms(response);
	return (
		responseForms.includes(key) ||
		keyForms.includes(response) ||
		keyForms.slice(1).some((f) => responseForms.slice(1).includes(f))
	);
}

/** Strip the و / ف a sentence-initial verb carries (ووقع → وقع) when the rest is still a word. */
export function stripConjunction(word: string): string {
	const first = word[0];
	if ((first === 'و' || first === 'ف') && word.length > 3) return word.slice(1);
	return word;
}

/** Remove quotation marks (for prompts that reuse a quoted phrase). */
export function stripQuotes(s: string): string {
	return s
		.replace(/["“”«»]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Keys for matching names: the text as the gazetteer and the rules compare it, and the proclitics that may be
 * peeled off the first word of a name (و ف ب ل ك، لل). Displayed text is never rewritten; only keys are.
 */
import { normalizeForMatch } from '../normalize';
import { isDiacritic, isFormatControl, TATWEEL } from '../charsets';

/** Proclitics that may stand before a name: conjunctions first, then one preposition. */
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
/** Shortest key a clitic-stripped word may leave (guards against ف+ل+كيا-style accidents). */
const MIN_STRIPPED_LENGTH = 3;
/** Shortest key left after two clitics (و + ب …). */
const MIN_DOUBLY_STRIPPED_LENGTH = 4;
/** Name openers of three letters that two clitics may stand before (ولعبد الرحيم، وبأبي مصعب): they need the next word. */
const SHORT_NAME_OPENERS = new Set(['عبد', 'ابو', 'ابي', 'ابا', 'ابن']);

/**
 * The matching key of a word or phrase: normalised (diacritics, alef forms, ى/ي, ة/ه) with runs of spaces collapsed.
 * @example matchKey('إفريقيا') === 'افريقيا'; matchKey('المَدِينَة') === 'المدينه'
 */
export function matchKey(text: string): string {
	return normalizeForMatch(text).replace(/\s+/g, ' ').trim();
}

/** One way to read a word as clitics + a name. */
export interface StrippedForm {
	/** The key of what remains after the clitics. */
	key: string;
	/** UTF-16 length of the clitics in the original word (the entity starts this far in). */
	offset: number;
	/** True when the article was restored (لل → ل + ال). */
	restoredArticle: boolean;
}

/** Characters the key drops: marks, tatweel, bidi and joiner controls. */
function isIgnorable(ch: string): boolean {
	return ch === TATWEEL || isDiacritic(ch) || isFormatControl(ch);
}

/** UTF-16 length of the first `letters` base letters of `word`, counting diacritics that follow each letter. */
function prefixLength(word: string, letters: number): number {
	let index = 0;
	let seen = 0;
	while (index < word.length && seen < letters) {
		index++;
		seen++;
		while (index < word.length && isIgnorable(word[index])) index++;
	}
	return index;
}

/**
 * The readings of a word as optional proclitics + name, the unstripped reading first.
 * @example strippedForms('وللأمم') gives the keys وللامم, للامم (offset 1), الامم (offset 2, article restored), لامم
 */
export function strippedForms(word: string): StrippedForm[] {
	const cached = formsMemo.get(word);
	if (cached) return cached;
	const forms = computeStrippedForms(word);
	if (formsMemo.size >= MEMO_LIMIT) formsMemo.clear();
	formsMemo.set(word, forms);
	return forms;
}

/** Words seen before and their readings (shared, never mutated by callers); cleared when it grows past the limit. */
const formsMemo = new Map<string, StrippedForm[]>();
const keyMemo = new Map<string, string>();
const MEMO_LIMIT = 50000;

/**
 * The match key of a single word, memoised (the same words recur throughout a text and across texts).
 * @example wordKey('إفريقيا') === 'افريقيا'
 */
export function wordKey(word: string): string {
	let key = keyMemo.get(word);
	if (key === undefined) {
		key = matchKey(word);
		if (keyMemo.size >= MEMO_LIMIT) keyMemo.clear();
		keyMemo.set(word, key);
	}
	return key;
}

function computeStrippedForms(word: string): StrippedForm[] {
	const key = wordKey(word);
	const forms: StrippedForm[] = [{ key, offset: 0, restoredArticle: false }];
	const seen = new Set([key]);
	const add = (letters: number, rest: string, restoredArticle = false) => {
		const shortest =
			letters > 1 && !SHORT_NAME_OPENERS.has(rest)
				? MIN_DOUBLY_STRIPPED_LENGTH
				: MIN_STRIPPED_LENGTH;
		if (rest.length < shortest || seen.has(rest)) return;
		seen.add(rest);
		forms.push({ key: rest, offset: prefixLength(word, letters), restoredArticle });
	};
	const bases: { letters: number; rest: string }[] = [{ letters: 0, rest: key }];
	if (CONJUNCTIONS.includes(key[0])) bases.push({ letters: 1, rest: key.slice(1) });
	for (const base of [...bases]) {
		const rest = base.rest;
		if (base.letters > 0) add(base.letters, rest);
		if (rest.startsWith('لل')) {
			// لل = ل + ال: the article's alef is not written after ل.
			add(base.letters + 1, 'ال' + rest.slice(2), true);
		}
		if (PREPOSITIONS.includes(rest[0])) add(base.letters + 1, rest.slice(1));
	}
	return forms;
}

/**
 * The key without a leading article ال, or '' when it has none.
 * @example withoutArticle('الكونغو') === 'كونغو'; withoutArticle('ليبيا') === ''
 */
export function withoutArticle(key: string): string {
	return key.startsWith('ال') && key.length > 4 ? key.slice(2) : '';
}

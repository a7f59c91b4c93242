/**
 * What every rule needs to know about the tokens of one text, computed once: match keys, the clitic-stripped
 * readings of each word, whether the lexicon knows the word, and the gazetteer's given names and nisbas.
 */
import type { AnalyzedToken } from '../types';
import type { Gazetteer, GivenName, NisbaEntry } from './gazetteer';
import { matchKey, strippedForms, type StrippedForm } from './match-key';
import { ALEF_MAKSURA, YEH } from '../charsets';

export interface TextContext {
	text: string;
	tokens: AnalyzedToken[];
	gazetteer: Gazetteer;
	/** Match key of each token ('' for non-words). */
	keys: string[];
	/** Clitic-stripped readings of each word token (the unstripped one first). */
	forms: StrippedForm[][];
	/** Index of the sentence each token belongs to (sentences end at . ! ? ؟ and line breaks). */
	sentence: number[];
	/** Part of speech of each token's best analysis ('' when none), read once. */
	pos: string[];
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);

/** True when text[from, to) contains a line break. */
function hasLineBreak(text: string, from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
	return false;
}

/**
 * Build the context of a text.
 * @example buildContext('قال الرئيس', tokens, gazetteer).keys // ['قال', 'الرييس']
 */
export function buildContext(
	text: string,
	tokens: AnalyzedToken[],
	gazetteer: Gazetteer
): TextContext {
	// One memo lookup per word: the first reading's key is the word's own key.
	const forms = tokens.map((token) => (token.kind === 'word' ? strippedForms(token.text) : []));
	const keys = forms.map((readings) => readings[0]?.key ?? '');
	const sentence: number[] = [];
	let current = 0;
	tokens.forEach((token, index) => {
		sentence.push(current);
		const next = tokens[index + 1];
		// The full stop of the abbreviation د. (Dr) ends no sentence.
		const abbreviation = token.text === '.' && tokens[index - 1]?.text === 'د';
		if (
			(SENTENCE_END.has(token.text) && !abbreviation) ||
			(next && hasLineBreak(text, token.end, next.start))
		)
			current++;
	});
	const pos = tokens.map((token) => token.analyses?.[0]?.pos ?? '');
	return { text, tokens, gazetteer, keys, forms, sentence, pos };
}

/**
 * True when token `index` is a word.
 * @example isWord(context of 'قال الرئيس .', 2) === false (the full stop)
 */
export function isWord(context: TextContext, index: number): boolean {
	return context.tokens[index]?.kind === 'word';
}

/**
 * True when the lexicon had no analysis for the word (a likely name, or a rare word).
 * @example isUnknownWord(context of 'قال لعمامرة', 1) === true when the lexicon does not know لعمامرة
 */
export function isUnknownWord(context: TextContext, index: number): boolean {
	const best = context.tokens[index]?.analyses?.[0];
	return isWord(context, index) && (!best || best.guess);
}

/**
 * The part of speech of the word's best analysis ('' when none).
 * @example partOfSpeech(context of 'قال الرئيس', 0) === 'verb'
 */
export function partOfSpeech(context: TextContext, index: number): string {
	return context.pos[index] ?? '';
}

/**
 * The given name this word is, possibly after a proclitic (وعلي، لمحمد).
 * @example givenNameAt(context of 'ولمحمد', 0)?.english === 'Muhammad'
 */
export function givenNameAt(
	context: TextContext,
	index: number,
	allowClitic = true
): GivenName | undefined {
	const text = context.tokens[index]?.text ?? '';
	for (const form of context.forms[index] ?? []) {
		if (!allowClitic && form.offset > 0) break;
		const name = context.gazetteer.givenNames.get(form.key);
		// A word written with final ى is not a name written with final ي (على "on" is not علي "Ali"); the
		// reverse is a common spelling of ى (موسي for موسى) and is accepted.
		// A short name written with madda (آن) is not the particle written with hamza or bare alef (أن، ان).
		const madda = name?.name.startsWith('آ') && name.name.length <= 2;
		if (madda && text.charAt(form.offset) !== 'آ') continue;
		if (name && !(text.endsWith(ALEF_MAKSURA) && name.name.endsWith(YEH))) return name;
	}
	return undefined;
}

/**
 * The nisba adjective this word is (الجزائري، والمصرية), if any.
 * @example nisbaAt(context of 'والجزائرية', 0)?.place === 'الجزائر'
 */
export function nisbaAt(context: TextContext, index: number): NisbaEntry | undefined {
	for (const form of context.forms[index] ?? []) {
		const nisba = context.gazetteer.nisbas.get(form.key);
		if (nisba) return nisba;
	}
	return undefined;
}

/**
 * True when the token's key (or its clitic-stripped key) is one of `words` (given as match keys).
 * @example isOneOf(context of 'والرئيس', 0, keySet(['الرئيس'])) === true
 */
export function isOneOf(
	context: TextContext,
	index: number,
	words: Set<string>,
	allowClitic = true
): boolean {
	if (!isWord(context, index)) return false;
	for (const form of context.forms[index]) {
		if (!allowClitic && form.offset > 0) break;
		if (words.has(form.key)) return true;
	}
	return false;
}

/**
 * A set of match keys.
 * @example keySet(['إلى', 'الأمم']).has('الي') === true
 */
export function keySet(words: string[]): Set<string> {
	return new Set(words.map(matchKey));
}

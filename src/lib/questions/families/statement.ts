/**
 * Statements: قال، أكد، أعلن، أوضح، حذر، أشاد، دعا، رحب. Agent = the speaker (subject); content = the quoted words,
 * or the clause after أن/إن.
 */
import type { NewsEvent } from '../types';
import type { ArticleView, SentenceView } from '../view';
import {
	findSubject,
	findTime,
	fromEntity,
	fromTokens,
	isTrigger,
	keySet,
	trigger,
	verbOf,
	type EventFamilySpec
} from './common';

const SAY = trigger(
	['قال', 'أكد', 'أعلن', 'أوضح', 'حذر', 'أشاد', 'دعا', 'رحب', 'أفاد'],
	[
		'قالت',
		'يقول',
		'تقول',
		'أكدت',
		'يؤكد',
		'تؤكد',
		'أعلنت',
		'يعلن',
		'تعلن',
		'أوضحت',
		'حذرت',
		'يحذر',
		'أشادت',
		'دعت',
		'يدعو',
		'تدعو',
		'رحبت'
	]
);
const THAT = keySet(['أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها']);
const QUOTES = new Set(['"', '«', '»', '“', '”']);

/**
 * What was said: the first of (a) the clause after أن/إن and (b) the first quotation, after the trigger, as a token
 * range. A quotation of fewer than four words («آخر التطورات») is a quoted phrase, not the words said.
 */
function content(
	view: ArticleView,
	sentence: SentenceView,
	index: number
): [number, number] | undefined {
	for (let i = index + 1; i <= sentence.lastToken; i++) {
		const k = view.words[i].key;
		if (QUOTES.has(k)) {
			let close = i + 1;
			while (close <= sentence.lastToken && !QUOTES.has(view.words[close].key)) close++;
			return close - 1 - i >= 4 ? [i + 1, close - 1] : undefined;
		}
		if (THAT.has(k) && i - index <= 16 && !QUOTES.has(view.words[i + 1]?.key ?? '')) {
			// The clause runs to the next punctuation other than quotation marks (أن الاتفاق "يساهم في …").
			let last = i + 1;
			while (
				last + 1 <= sentence.lastToken &&
				(view.words[last + 1].token.kind !== 'punct' || QUOTES.has(view.words[last + 1].key)) &&
				last - i < 12
			)
				last++;
			while (last > i + 1 && QUOTES.has(view.words[last].key)) last--;
			return last - i >= 3 ? [i + 1, last] : undefined;
		}
	}
	return undefined;
}

/** The statement family. */
export const statement: EventFamilySpec = {
	family: 'statement',
	extract(view, sentence, index) {
		const word = view.words[index];
		if (!isTrigger(word, SAY) || word.pos === 'noun') return [];
		const subject = findSubject(view, sentence, index, ['PER', 'ORG']);
		const range = content(view, sentence, index);
		if (!subject || !range) return [];
		const { time, since } = findTime(view, sentence, index);
		const event: NewsEvent = {
			family: 'statement',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb: verbOf(view, word),
			sentence: { start: sentence.start, end: sentence.end },
			agent: fromEntity(subject),
			content: fromTokens(view, range[0], range[1]),
			time: since || (time && time.start < word.token.start) ? undefined : time
		};
		return [event];
	}
};

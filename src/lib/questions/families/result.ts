/**
 * Match results: فاز/تغلب (or the noun فوزه) + على + the opponent + a score (بهدفين مقابل هدف واحد، بثلاثة أهداف دون
 * رد). The winner is the verb's subject, or for the noun the subject of the sentence's first verb (تأهل المنتخب
 * المغربي … بعد فوزه على …). Both sides are kept as written; the score is the quantity asked about.
 */
import type { NewsEvent } from '../types';
import type { ArticleView, SentenceView } from '../view';
import { findTime, fromTokens, isTrigger, trigger, type EventFamilySpec } from './common';

const WIN_VERB = trigger(['فاز', 'تغلب'], ['فازت', 'تغلبت', 'يفوز', 'يتغلب']);
const WIN_NOUN = /^(و|ب|بعد)?(فوز|تغلب)(ه|ها|هم)?$/;
/** A score's first word: بهدف، بهدفين، بثلاثة (أهداف)، بـ2 … */
const SCORE_HEAD = /^ب(هدف|هدفين|ثلاثه|اربعه|خمسه|سته|سبعه|\d+)$/;
const SCORE_TAIL = new Set([
	'مقابل',
	'دون',
	'نظيف',
	'رد',
	'لا',
	'شيء',
	'شي',
	'هدف',
	'هدفين',
	'واحد',
	'اهداف',
	'ثلاثه',
	'اربعه',
	'نظيفين'
]);

/** The phrase after `from` up to `max` words, stopping at punctuation, a preposition or a verb. */
function phraseAfter(view: ArticleView, sentence: SentenceView, from: number, max: number): number {
	let last = from - 1;
	for (let i = from; i <= sentence.lastToken && i - from < max; i++) {
		const w = view.words[i];
		if (w.token.kind !== 'word' || ['علي', 'الي', 'في', 'بعد', 'من', 'ل'].includes(w.key)) break;
		if (SCORE_HEAD.test(w.key) || (w.pos === 'verb' && !w.token.analyses?.[0]?.guess)) break;
		// «المنتخب المغربي لكرة القدم»: a complement in لـ ends the team's name (a place named لبنان does not).
		if (i > from && /^ل[^ا]/.test(w.key) && !sentence.entities.some((e) => e.first === i)) break;
		last = i;
	}
	return last;
}

/** The result family. */
export const result: EventFamilySpec = {
	family: 'result',
	extract(view, sentence, index) {
		const word = view.words[index];
		const isVerb = isTrigger(word, WIN_VERB);
		const isNoun = !isVerb && word.token.kind === 'word' && WIN_NOUN.test(word.key);
		if (!isVerb && !isNoun) return [];
		// The winner: after the verb, or after the sentence's first verb for the noun.
		let winnerFirst = index + 1;
		if (isNoun) {
			const verb = view.words
				.slice(sentence.firstToken, index)
				.find((w) => w.pos === 'verb' && !w.token.analyses?.[0]?.guess);
			if (!verb) return [];
			winnerFirst = verb.index + 1;
		}
		const winnerLast = phraseAfter(view, sentence, winnerFirst, 3);
		if (winnerLast < winnerFirst) return [];
		const on = isVerb ? winnerLast + 1 : index + 1;
		if (view.words[on]?.key !== 'علي') return [];
		const opponentLast = phraseAfter(view, sentence, on + 1, 3);
		if (opponentLast < on + 1) return [];
		const scoreFirst = opponentLast + 1;
		if (!SCORE_HEAD.test(view.words[scoreFirst]?.key ?? '')) return [];
		let scoreLast = scoreFirst;
		while (scoreLast + 1 <= sentence.lastToken && SCORE_TAIL.has(view.words[scoreLast + 1].key))
			scoreLast++;
		// A score names both sides: «بهدفين مقابل هدف واحد», «بهدفين دون رد».
		const scoreText = fromTokens(view, scoreFirst, scoreLast);
		if (!/مقابل|دون/.test(scoreText.text)) return [];
		const { time, since } = findTime(view, sentence, index);
		const event: NewsEvent = {
			family: 'result',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb: 'فاز',
			sentence: { start: sentence.start, end: sentence.end },
			agent: fromTokens(view, winnerFirst, winnerLast),
			partner: fromTokens(view, on + 1, opponentLast),
			quantity: scoreText,
			time: since ? undefined : time
		};
		return [event];
	}
};

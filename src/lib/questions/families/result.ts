/**
 * Match results: فاز/تغلب (or the noun فوزه) + على + the opponent + a score (بهدفين مقابل هدف واحد، بثلاثة أهداف دون
 * رد). The winner is the verb's subject, or for the noun the subject of the sentence's first verb (تأهل المنتخب
 * المغربي … بعد فوزه على …). Both sides are kept as written; the score is the quantity asked about.
 */
import type { EventArgument, NewsEvent } from '../types';
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
		if (
			SCORE_HEAD.test(w.key) ||
			w.key === 'بنتيجه' ||
			(w.pos === 'verb' && !w.token.analyses?.[0]?.guess)
		)
			break;
		// «المنتخب المغربي لكرة القدم»: a complement in لـ ends the team's name (a place named لبنان, a name such as
		// لوبيز that the analyzer reads without the preposition, does not).
		const preposition = (w.token.analyses?.[0]?.segments ?? []).some(
			(seg) => seg.role === 'proclitic' && /^ل/.test(seg.form)
		);
		if (
			i > from &&
			/^ل[^ا]/.test(w.key) &&
			preposition &&
			!sentence.entities.some((e) => e.first === i)
		)
			break;
		last = i;
	}
	return last;
}

/**
 * The score that starts at token `first`: «بهدفين مقابل هدف واحد», «بهدفين دون رد», or figures after بنتيجة
 * («بنتيجة 31 مقابل 24»، «بنتيجة 6-4 و3-6 و7-5») — the figures alone, as a learner would write them. Undefined when
 * the words there name no score of both sides.
 */
function scoreAt(
	view: ArticleView,
	sentence: SentenceView,
	first: number
): EventArgument | undefined {
	const head = view.words[first];
	if (!head || first > sentence.lastToken) return undefined;
	if (SCORE_HEAD.test(head.key)) {
		let last = first;
		while (last + 1 <= sentence.lastToken && SCORE_TAIL.has(view.words[last + 1].key)) last++;
		// A score names both sides: «بهدفين مقابل هدف واحد», «بهدفين دون رد».
		const text = fromTokens(view, first, last);
		return /مقابل|دون/.test(text.text) ? text : undefined;
	}
	if (head.key !== 'بنتيجه') return undefined;
	const isNumber = (i: number) => view.words[i]?.token.kind === 'number';
	if (!isNumber(first + 1)) return undefined;
	let last = first + 1;
	// number (- number | مقابل number) (و number - number)*
	for (let i = first + 2; i + 1 <= sentence.lastToken;) {
		const w = view.words[i];
		const joins = w.token.text === '-' || w.key === 'مقابل' || w.key === 'و';
		if (!joins || !isNumber(i + 1)) break;
		last = i + 1;
		i += 2;
	}
	if (last === first + 1) return undefined;
	return fromTokens(view, first + 1, last);
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
		// For the noun, a person named near the sentence's verb is the winner (توجت لاعبة التنس الجزائرية ليلى بن عمار
		// … إثر فوزها): the words before the name are a title, not the winner.
		const named = isNoun
			? sentence.entities.find(
					(e) =>
						e.entity.type === 'PER' &&
						e.marker === '' &&
						e.first >= winnerFirst &&
						e.first - winnerFirst <= 4 &&
						e.last < index
				)
			: undefined;
		const winnerLast = named ? named.last : phraseAfter(view, sentence, winnerFirst, 3);
		if (named) winnerFirst = named.first;
		if (winnerLast < winnerFirst) return [];
		let on = isVerb ? winnerLast + 1 : index + 1;
		// «فوزها في المباراة النهائية على …»: the match named between the win and its opponent.
		let match: EventArgument | undefined;
		if (view.words[on]?.key === 'في' && view.words[on]?.token.kind === 'word') {
			const matchLast = phraseAfter(view, sentence, on + 1, 3);
			if (matchLast >= on + 1 && view.words[matchLast + 1]?.key === 'علي') {
				match = fromTokens(view, on, matchLast);
				on = matchLast + 1;
			}
		}
		if (view.words[on]?.key !== 'علي') return [];
		const opponentLast = phraseAfter(view, sentence, on + 1, 3);
		if (opponentLast < on + 1) return [];
		const scoreFirst = opponentLast + 1;
		const scoreText = scoreAt(view, sentence, scoreFirst);
		if (!scoreText) return [];
		const { time, since } = findTime(view, sentence, index);
		// The verb in the winner's gender: فازت for فوزها or فازت.
		const feminine = /(ت|ها)$/.test(word.key) && !/^(فاز|تغلب)$/.test(word.key);
		const event: NewsEvent = {
			family: 'result',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb: feminine ? 'فازت' : 'فاز',
			sentence: { start: sentence.start, end: sentence.end },
			agent: fromTokens(view, winnerFirst, winnerLast),
			partner: fromTokens(view, on + 1, opponentLast),
			quantity: scoreText,
			complement: match?.text,
			time: since ? undefined : time
		};
		return [event];
	}
};

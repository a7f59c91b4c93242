/**
 * Quantities: a number with its unit (ألف كيلومتر، 300 مليون دولار، 887 أسيرا), as the entity recogniser marks it
 * (NUM), and what it measures when a verb such as يبلغ introduces it (حدود يبلغ طولها ألف كيلومتر).
 * A figure written in two parts joined by و (ساعتين و48 دقيقة، 187 ألفا و412 ناخبا) is one quantity; a change
 * written as a range (من خمس سنوات إلى سبع سنوات) is two, one for each end.
 */
import type { EventArgument, NewsEvent } from '../types';
import { isDuration } from '../fallback-entities';
import type { ArticleView, EntityView, SentenceView } from '../view';
import { fromEntity, isTrigger, trigger, type EventFamilySpec } from './common';

const AMOUNT = trigger(['بلغ'], ['يبلغ', 'تبلغ', 'بلغت', 'وصل', 'يصل', 'تصل']);
/** Words that only approximate a number (نحو، حوالي، أكثر من) and may stand between the measure and the number. */
const APPROXIMATE = new Set(['نحو', 'حوالي', 'اكثر', 'من', 'قرابه', 'زهاء', 'اقل', 'ما', 'يقارب']);

/** A first part that a second one continues: a count of thousands/millions (187 ألفا و412) or of hours (ساعتين و48 دقيقة). */
const CONTINUED =
	/(ألف|ألفا|آلاف|مليون|مليونا|ملايين|مليار|مليارا|مليارات|ساعة|ساعتين|ساعات|يوما|يومين|أيام|عاما|عامين|أعوام|سنة|سنتين|سنوات)$/;

/**
 * True when «first و second» is one figure (187 ألفا و412 ناخبا، ساعتين و48 دقيقة), not two quantities counted side
 * by side (86 قتيلا و140 مصابا) or set scores (6-4 و3-6).
 */
function continues(first: EntityView, second: EntityView): boolean {
	return CONTINUED.test(first.entity.text) && /^[\d٠-٩]/.test(second.entity.text);
}

function isQuantity(e: EntityView): boolean {
	return e.entity.type === 'NUM' || (e.entity.type === 'DATE' && isDuration(e.entity));
}

/** The quantity entity that starts at token `index`, or undefined. */
function quantityAt(sentence: SentenceView, index: number): EntityView | undefined {
	return sentence.entities.find((e) => e.first === index && isQuantity(e));
}

/** Multipliers after which the counted noun follows (3.3 مليون أجنبي). */
const MULTIPLIER = /(ألف|ألفا|آلاف|مليون|مليونا|ملايين|مليار|مليارا|مليارات)$/;
/** Words that finish a unit (متر مكعب، كيلومتر مربع) or stand for the counted noun (310 آخرون). */
const UNIT_END = new Set(['مكعب', 'مكعبا', 'مربع', 'مربعا', 'اخرون', 'اخرين', 'اخري']);

/**
 * The quantity with the word that completes it when the entity stopped short: the counted noun after a multiplier
 * (3.3 مليون | أجنبي), the end of a unit (500 متر | مكعب), or «آخرون» after a number (310 | آخرون). The key is
 * then the figure a learner would say, still an exact span of the text.
 * @example «نحو 3.3 مليون أجنبي» → 3.3 مليون أجنبي
 */
export function withCountedNoun(
	view: ArticleView,
	sentence: SentenceView,
	number: EntityView
): EventArgument {
	const base = fromEntity(number);
	const next = view.words[number.last + 1];
	if (
		!next ||
		number.last + 1 > sentence.lastToken ||
		next.token.kind !== 'word' ||
		next.token.start - number.entity.end > 1 ||
		sentence.entities.some((e) => e.first === number.last + 1)
	)
		return base;
	const verb = next.pos === 'verb' && !next.token.analyses?.[0]?.guess;
	const fits =
		UNIT_END.has(next.key) ||
		(MULTIPLIER.test(number.entity.text) &&
			(next.pos === 'noun' || next.pos === 'adjective') &&
			!/^(و|ف)?(ال|ب|ل)/.test(next.key));
	if (!fits || verb) return base;
	return { ...base, end: next.token.end, text: view.text.slice(base.start, next.token.end) };
}

/** The quantity family: triggered by a NUM entity that carries a unit. */
export const quantity: EventFamilySpec = {
	family: 'quantity',
	extract(view, sentence, index) {
		// A quantity, or a length of time (the core marks «عشرة أيام» as a duration DATE).
		const number = quantityAt(sentence, index);
		if (!number) return [];
		// The second part of «ساعتين و48 دقيقة» belongs to the first.
		const before = view.words[index - 1];
		const previous = sentence.entities.find((e) => e.last === index - 2 && isQuantity(e));
		if (before?.key === 'و' && previous && continues(previous, number)) return [];
		const next =
			view.words[number.last + 1]?.key === 'و' ? quantityAt(sentence, number.last + 2) : undefined;
		const joined = next && continues(number, next) ? next : undefined;
		// A bare number (a year, a resolution number) has nothing to ask about; a unit makes it a quantity.
		const counted = withCountedNoun(view, sentence, number);
		if (
			number.first === number.last &&
			!/[%٪]$/.test(number.entity.text) &&
			!joined &&
			counted.end === number.entity.end
		)
			return [];
		// «فجر اليوم»: today is no quantity.
		if (/^P0[A-Z]?$/.test(String(number.entity.value ?? '')) || /اليوم/.test(number.entity.text))
			return [];
		// What it measures: «يبلغ طولها»، «ويبلغ حجم المبادلات التجارية بين البلدين نحو …», never across a comma or
		// another figure («بلغت 20.4%، مقابل 12.9%» does not measure the second).
		let measure = '';
		let j = index - 1;
		while (j >= sentence.firstToken && APPROXIMATE.has(view.words[j].key)) j--;
		for (let k = j; k >= Math.max(sentence.firstToken, j - 8); k--) {
			const w = view.words[k];
			if (w.token.kind === 'punct' || sentence.entities.some((e) => e.last === k && isQuantity(e)))
				break;
			if (isTrigger(w, AMOUNT)) {
				measure = view.text.slice(w.token.start, view.words[j].token.end);
				break;
			}
		}
		const word = view.words[index];
		const event = (quantity: EventArgument, at = word): NewsEvent => ({
			family: 'quantity',
			trigger: { start: at.token.start, end: at.token.end, text: at.token.text },
			verb: '',
			sentence: { start: sentence.start, end: sentence.end },
			quantity,
			measure
		});
		if (joined) {
			const { start } = number.entity;
			const { end } = joined.entity;
			return [event({ start, end, text: view.text.slice(start, end), type: 'NUM' })];
		}
		// «من خمس سنوات إلى سبع سنوات»: each end is a figure of its own.
		const range = number.entity.text.match(/^(.+?) (إلى|الى) (.+)$/);
		if (range) {
			const { start } = number.entity;
			const secondStart = start + range[1].length + range[2].length + 2;
			const second = view.words.find((w) => w.token.start === secondStart);
			if (!second) return [];
			return [
				event({ start, end: start + range[1].length, text: range[1], type: 'NUM' }),
				event({ start: secondStart, end: number.entity.end, text: range[3], type: 'NUM' }, second)
			];
		}
		return [event(withCountedNoun(view, sentence, number))];
	}
};

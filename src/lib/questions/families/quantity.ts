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

/** Nouns of place and time that follow a figure without being annexed to it (10 كيلومترات | شمال المدينة). */
const NOT_ANNEXED = new Set(
	['شمال', 'جنوب', 'شرق', 'غرب', 'قرب', 'بعد', 'قبل', 'خلال', 'نحو', 'فوق', 'تحت', 'حول', 'امام']
		.concat(['وراء', 'داخل', 'خارج', 'بين', 'عند', 'مقابل', 'صباح', 'مساء', 'يوم', 'ليله', 'اثر'])
		.concat(['عقب', 'منذ', 'فقط', 'تقريبا', 'اخري', 'اخر', 'بينهم', 'بينها', 'معظمهم', 'منهم'])
);

/** The best reading of a word, when it is sure (not a guess) and carries no proclitic (و، ب، ل …). */
function plainReading(word: ArticleView['words'][number]) {
	const best = word.token.analyses?.[0];
	if (!best || best.guess || best.segments[0]?.role === 'proclitic') return undefined;
	if (best.segments.some((s) => s.role === 'enclitic')) return undefined;
	return best;
}

/**
 * Where the counted noun's phrase ends, which the figure's key takes whole: the indefinite noun it is annexed to
 * (800 مكتب | اقتراع، 25 حالة | وفاة) and the indefinite adjectives that describe it (40 هزة | ارتدادية، 60 مدرسة |
 * ابتدائية، 25 حالة وفاة | جديدة). A participle with its own complement (مكتب اقتراع | موزعة على …), a noun of place
 * or time (10 كيلومترات | شمال …), a name, a date or another figure ends it. `end` is its last token, `noun` the
 * last token before its adjectives (`last` for both when nothing continues the noun).
 */
export function countedPhraseEnd(
	view: ArticleView,
	sentence: SentenceView,
	last: number
): { end: number; noun: number } {
	const none = { end: last, noun: last };
	const noun = view.words[last];
	if (!noun || noun.token.kind !== 'word' || /^(و|ف)?(ال|لل)/.test(noun.key)) return none;
	if (!['noun', 'adjective'].includes(noun.pos) || /[%٪]$/.test(noun.token.text)) return none;
	// An accusative counted noun (40 قتيلا) is annexed to nothing; its adjectives are accusative too (مدنيا).
	const accusative = /[^ء]ا$/.test(noun.key) || /ً$/.test(noun.token.text);
	let end = last;
	let annexed = false;
	// An adjective agrees with the counted noun or with the noun annexed to it (حالة إسهال | حاد، حالة وفاة | جديدة).
	const genders = new Set([/ه$/.test(noun.key)]);
	for (let i = last + 1; i <= sentence.lastToken && i - last <= 3; i++) {
		const w = view.words[i];
		if (w.token.kind !== 'word' || view.words[i - 1].token.end !== w.token.start - 1) break;
		if (sentence.entities.some((e) => e.first <= i && i <= e.last)) break;
		const reading = plainReading(w);
		if (!reading || /^(ال|لل)/.test(w.key) || NOT_ANNEXED.has(w.key)) break;
		const nisba = /ي(ه|ا|ين|ون|ان|تان|تين)?$/.test(w.key);
		if (reading.pos === 'adjective') {
			// «موزعة على …»، «محملة بالمساعدات»: a participle (م…) that is no nisba says more than what was counted.
			if (/^م/.test(w.key) && !nisba) break;
			if (accusative ? !/ا$/.test(w.key) : /[^ء]ا$/.test(w.key)) break;
			if (!nisba && !genders.has(/ه$/.test(w.key))) break;
			end = i;
			continue;
		}
		// One noun annexed to the counted noun, right after it: indefinite, in the genitive (no accusative alif).
		if (reading.pos !== 'noun' || annexed || accusative || end !== last || /[^ء]ا$/.test(w.key))
			break;
		annexed = true;
		genders.add(/ه$/.test(w.key));
		end = i;
	}
	return { end, noun: annexed ? last + 1 : last };
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
		// A dual of a unit of time (يومين، ساعتين، شهرين) is a length of two in one word.
		const dual = number.entity.type === 'DATE' && /^P2[A-Z]$/.test(String(number.entity.value));
		if (
			number.first === number.last &&
			!/[%٪]$/.test(number.entity.text) &&
			!joined &&
			!dual &&
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
		// «800 مكتب اقتراع»، «40 هزة ارتدادية»: the key is the whole counted phrase.
		const whole = withCountedNoun(view, sentence, number);
		const lastToken = view.words.findIndex((w) => w.token.end === whole.end);
		const phrase =
			lastToken > number.first ? countedPhraseEnd(view, sentence, lastToken) : undefined;
		if (phrase && phrase.end > lastToken) {
			const end = view.words[phrase.end].token.end;
			// Its describing words may be left out by a learner who types the figure (17 جنديا for 17 جنديا تشاديا).
			const short =
				phrase.noun < phrase.end
					? view.text.slice(whole.start, view.words[phrase.noun].token.end)
					: undefined;
			return [event({ ...whole, end, text: view.text.slice(whole.start, end), short })];
		}
		return [event(whole)];
	}
};

/**
 * Quantities: a number with its unit (ألف كيلومتر، 300 مليون دولار، 887 أسيرا), as the entity recogniser marks it
 * (NUM), and what it measures when a verb such as يبلغ introduces it (حدود يبلغ طولها ألف كيلومتر).
 */
import type { NewsEvent } from '../types';
import { isDuration } from '../fallback-entities';
import { fromEntity, isTrigger, trigger, type EventFamilySpec } from './common';

const AMOUNT = trigger(['بلغ'], ['يبلغ', 'تبلغ', 'بلغت', 'وصل', 'يصل', 'تصل']);
/** Words that only approximate a number (نحو، حوالي، أكثر من) and may stand between the measure and the number. */
const APPROXIMATE = new Set(['نحو', 'حوالي', 'اكثر', 'من', 'قرابه', 'زهاء', 'اقل', 'ما', 'يقارب']);

/** The quantity family: triggered by a NUM entity that carries a unit. */
export const quantity: EventFamilySpec = {
	family: 'quantity',
	extract(view, sentence, index) {
		// A quantity, or a length of time (the core marks «عشرة أيام» as a duration DATE).
		const number = sentence.entities.find(
			(e) =>
				e.first === index &&
				(e.entity.type === 'NUM' || (e.entity.type === 'DATE' && isDuration(e.entity)))
		);
		if (!number) return [];
		// A bare number (a year, a resolution number) has nothing to ask about; a unit makes it a quantity.
		if (number.first === number.last && !/[%٪]$/.test(number.entity.text)) return [];
		// What it measures: «يبلغ طولها»، «ويبلغ حجم المبادلات التجارية بين البلدين نحو …».
		let measure = '';
		let j = index - 1;
		while (j >= sentence.firstToken && APPROXIMATE.has(view.words[j].key)) j--;
		for (let k = j; k >= Math.max(sentence.firstToken, j - 8); k--) {
			if (isTrigger(view.words[k], AMOUNT)) {
				measure = view.text.slice(view.words[k].token.start, view.words[j].token.end);
				break;
			}
		}
		const word = view.words[index];
		const event: NewsEvent = {
			family: 'quantity',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb: '',
			sentence: { start: sentence.start, end: sentence.end },
			quantity: fromEntity(number),
			measure
		};
		return [event];
	}
};

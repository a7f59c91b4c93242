/**
 * Fighting: معارك / اشتباكات / قتال / هجوم with a verb such as تدور or اندلعت, a place phrase (على أبواب طرابلس،
 * في العاصمة) and usually a starting point (منذ أبريل/نيسان 2019).
 */
import type { NewsEvent } from '../types';
import {
	findTime,
	fromTokens,
	hasForm,
	isTrigger,
	keySet,
	nounPhrase,
	PHRASE_STOPS,
	trigger,
	verbOf,
	type EventFamilySpec
} from './common';

const RAGE = trigger(
	['دار', 'اندلع', 'تجدد'],
	['تدور', 'دارت', 'اندلعت', 'تندلع', 'تجددت', 'تتواصل', 'تواصلت', 'تستمر', 'استمرت']
);
const FIGHT_NOUNS = keySet(['معارك', 'اشتباكات', 'قتال', 'مواجهات', 'معارك عنيفة']);
const PLACE_WORDS = new Set(['علي', 'في']);

/** The fighting family. */
export const fighting: EventFamilySpec = {
	family: 'fighting',
	extract(view, sentence, index) {
		const word = view.words[index];
		if (!isTrigger(word, RAGE)) return [];
		const noun = view.words[index + 1];
		if (!hasForm(noun, FIGHT_NOUNS)) return [];
		let nounLast = index + 1;
		// An adjective after the noun (معارك عنيفة) belongs to it.
		const adjective = view.words[index + 2];
		if (
			adjective &&
			adjective.token.kind === 'word' &&
			!PLACE_WORDS.has(adjective.key) &&
			!PHRASE_STOPS.has(adjective.key) &&
			!sentence.entities.some((e) => e.first === index + 2)
		)
			nounLast = index + 2;
		const { time, since } = findTime(view, sentence, index);
		let place;
		const placeStart = nounLast + 1;
		if (placeStart <= sentence.lastToken && PLACE_WORDS.has(view.words[placeStart].key)) {
			const stops = new Set([...PHRASE_STOPS].filter((s) => s !== 'علي'));
			const last = nounPhrase(view, sentence, placeStart, stops, 6);
			if (last > placeStart) place = fromTokens(view, placeStart, last);
		}
		if (!time) return [];
		const event: NewsEvent = {
			family: 'fighting',
			trigger: {
				start: word.token.start,
				end: view.words[nounLast].token.end,
				text: word.token.text
			},
			verb: verbOf(view, word),
			sentence: { start: sentence.start, end: sentence.end },
			object: fromTokens(view, index + 1, nounLast),
			place,
			time,
			timeSince: since
		};
		return [event];
	}
};

/**
 * Hosting: استضاف (استضافت الجزائر اجتماعا …) and an offer to host (عرضت الجزائر … استضافة منتدى …).
 * Agent = the host (a country, city or organisation); object = what is hosted; place = where the offer was made.
 */
import type { NewsEvent } from '../types';
import type { ArticleView, SentenceView } from '../view';
import {
	findPlace,
	findSubject,
	findTime,
	fromEntity,
	fromTokens,
	isTrigger,
	nounPhrase,
	PHRASE_STOPS,
	trigger,
	verbOf,
	type EventFamilySpec
} from './common';

const HOST = trigger(['استضاف'], ['استضافت', 'استضافا', 'يستضيف', 'تستضيف', 'ستستضيف']);
const OFFER = trigger(['عرض'], ['عرضت', 'عرضا', 'يعرض', 'تعرض']);
const HOSTING_NOUN = trigger(['استضافة'], []);
const HOSTING_STOPS = new Set([...PHRASE_STOPS, 'في']);

function objectAfter(
	view: ArticleView,
	sentence: SentenceView,
	from: number,
	skipEntities: boolean
) {
	let first = from + 1;
	// Skip the host, a date and a place standing between the verb and the object.
	while (first <= sentence.lastToken) {
		const covering = sentence.entities.find((e) => e.first <= first && first <= e.last);
		const w = view.words[first];
		// After استضاف the host (and a date) may stand before the object; after استضافة the object follows at once,
		// and it may itself be a name (منتدى للمصالحة الوطنية).
		if (
			covering &&
			(skipEntities ||
				covering.entity.type === 'DATE' ||
				covering.entity.type === 'LOC' ||
				covering.entity.type === 'PER')
		)
			first = covering.last + 1;
		else if (covering) break;
		else if (w.token.kind === 'punct' && !['"', '«'].includes(w.key)) return undefined;
		else if (
			['"', '«', 'في', 'منذ', 'العاصمه', 'مدينه'].includes(w.key) ||
			(skipEntities && /^ال\S+(ي|يه)$/.test(w.key))
		)
			first++;
		else break;
	}
	if (
		first > sentence.lastToken ||
		PHRASE_STOPS.has(view.words[first].key) ||
		view.words[first].token.kind !== 'word'
	)
		return undefined;
	// «القمة المقبلة في كوالالمبور»: the place is an argument of its own, not part of what is hosted.
	const last = nounPhrase(view, sentence, first, HOSTING_STOPS, 5);
	return fromTokens(view, first, last);
}

/** The hosting family. */
export const hosting: EventFamilySpec = {
	family: 'hosting',
	extract(view, sentence, index) {
		const word = view.words[index];
		let hostingIndex = -1;
		if (isTrigger(word, HOST)) hostingIndex = index;
		else if (isTrigger(word, OFFER)) {
			for (let i = index + 1; i <= Math.min(sentence.lastToken, index + 8); i++) {
				if (isTrigger(view.words[i], HOSTING_NOUN)) {
					hostingIndex = i;
					break;
				}
			}
			if (hostingIndex < 0) return [];
		} else return [];
		const subject = findSubject(view, sentence, index, ['LOC', 'ORG', 'PER']);
		const object = objectAfter(view, sentence, hostingIndex, hostingIndex === index);
		if (!subject || !object) return [];
		const { time, since } = findTime(view, sentence, index);
		const offer = hostingIndex !== index;
		const event: NewsEvent = {
			family: 'hosting',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb: verbOf(view, word),
			sentence: { start: sentence.start, end: sentence.end },
			agent: fromEntity(subject),
			object,
			// For an offer the place is where it was made (عرضت … في نيامي); for استضاف the host itself.
			place: offer
				? findPlace(view, sentence, index)
				: (sentence.entities
						.filter(
							(e) =>
								e.first > index &&
								e.entity.type === 'LOC' &&
								e.marker === 'في' &&
								e.entity.start !== subject.entity.start
						)
						.map((e) => fromEntity(e))[0] ??
					(subject.entity.type === 'LOC' ? fromEntity(subject) : undefined)),
			time,
			timeSince: since,
			complement: offer ? view.words[hostingIndex].token.text : ''
		};
		return [event];
	}
};

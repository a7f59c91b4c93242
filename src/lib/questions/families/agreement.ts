/**
 * Agreements: وقّع اتفاقا/مذكرة تفاهم، اتفق على، توصل إلى اتفاق. The signatories are the subject and a person
 * joined by و (وقع الوزير … ونظيره …) or after مع; the object is the agreement's noun phrase.
 */
import type { NewsEvent } from '../types';
import {
	findPlace,
	findSubject,
	findTime,
	findWord,
	fromEntity,
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

const SIGN = trigger(
	['وقّع'],
	['وقع', 'وقعت', 'وقعا', 'وقعوا', 'يوقع', 'توقع', 'يوقعان', 'توقعان', 'سيوقع']
);
const REACH = trigger(['توصل'], ['توصلت', 'توصلا', 'توصلوا', 'يتوصل', 'تتوصل']);
const AGREE = trigger(['اتفق'], ['اتفقت', 'اتفقا', 'اتفقوا', 'يتفق', 'تتفق']);
const AGREEMENT_NOUNS = keySet([
	'اتفاقا',
	'اتفاق',
	'اتفاقية',
	'مذكرة',
	'معاهدة',
	'صفقة',
	'بروتوكولا',
	'إعلانا',
	'عقدا',
	'اتفاقيات',
	'اتفاقات'
]);
const ON = keySet(['على']);
const WITH = keySet(['مع']);
/** Prepositions that show the words after a verb are not its subject. */
const MARKERS = keySet(['في', 'إلى', 'على', 'مع', 'من', 'عن', 'بين']);

/** The agreement family. */
export const agreement: EventFamilySpec = {
	family: 'agreement',
	extract(view, sentence, index) {
		const word = view.words[index];
		let objectIndex = -1;
		if (isTrigger(word, SIGN) || isTrigger(word, REACH)) {
			for (let i = index + 1; i <= Math.min(sentence.lastToken, index + 20); i++) {
				if (hasForm(view.words[i], AGREEMENT_NOUNS)) {
					objectIndex = i;
					break;
				}
			}
		} else if (isTrigger(word, AGREE)) {
			const on = findWord(view, sentence, index, ON, 10);
			if (on >= 0 && on + 1 <= sentence.lastToken) objectIndex = on + 1;
		}
		if (objectIndex < 0) return [];
		const last = nounPhrase(view, sentence, objectIndex, PHRASE_STOPS, 8);
		const subject = findSubject(view, sentence, index, ['PER', 'ORG', 'LOC']);
		let partner;
		if (subject) {
			const joined = sentence.entities.find(
				(e) =>
					e.first > subject.last &&
					e.first < objectIndex &&
					e.entity.type === subject.entity.type &&
					(e.marker === 'و' || e.marker === '' || e.marker === 'مع')
			);
			if (joined) partner = fromEntity(joined);
		}
		if (!partner) {
			const withIndex = findWord(view, sentence, index, WITH, 16);
			const other =
				withIndex >= 0
					? sentence.entities.find(
							(e) =>
								e.first > withIndex &&
								e.first - withIndex <= 8 &&
								['PER', 'ORG', 'LOC'].includes(e.entity.type)
						)
					: undefined;
			if (other) partner = fromEntity(other);
			else if (withIndex >= 0) {
				// «اتفاقا مع شركة ألمانية»: a partner with no name, kept as wording.
				const last = nounPhrase(view, sentence, withIndex + 1, PHRASE_STOPS, 2);
				if (view.words[withIndex + 1]?.token.kind === 'word')
					partner = fromTokens(view, withIndex + 1, last);
			}
		}
		// The subject phrase when it is not a name (ووقع الوزيران اتفاقا): kept for wording, never as an answer.
		let complement = '';
		const subjectEnd = isTrigger(word, AGREE) ? objectIndex - 2 : objectIndex - 1;
		if (!subject && subjectEnd - index >= 1 && subjectEnd - index <= 3) {
			const between = view.words.slice(index + 1, subjectEnd + 1);
			const plain =
				between.every(
					(w) =>
						w.token.kind === 'word' &&
						!MARKERS.has(w.key) &&
						['noun', 'adjective', 'number', ''].includes(w.pos)
				) && !sentence.entities.some((e) => e.first > index && e.first <= subjectEnd);
			if (plain) complement = fromTokens(view, index + 1, subjectEnd).text;
		}
		const { time, since } = findTime(view, sentence, index);
		const event: NewsEvent = {
			family: 'agreement',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb: verbOf(view, word),
			sentence: { start: sentence.start, end: sentence.end },
			agent: subject ? fromEntity(subject) : undefined,
			partner,
			object: fromTokens(view, objectIndex, last),
			place: findPlace(view, sentence, index),
			time: since ? undefined : time,
			complement,
			passive: isTrigger(word, REACH)
				? 'تمّ التوصل إلى'
				: isTrigger(word, AGREE)
					? 'تمّ الاتفاق على'
					: 'وُقِّع'
		};
		return [event];
	}
};

/**
 * Sessions held: عقد/عُقد/انعقد/يعقد with a meeting noun (اجتماعا، قمة، دورة، مؤتمرا، جلسة), with or without a named
 * partner: «وكانت اللجنة العليا المشتركة قد عقدت دورتها الأخيرة في نواكشوط في 14 مارس/آذار 2023»,
 * «ويعقد ممثلو الدول المانحة اجتماعا في جنيف في 25 أبريل/نيسان». The body that meets is kept as wording.
 */
import type { NewsEvent } from '../types';
import {
	clauseEnd,
	findPlace,
	findTime,
	fromEntity,
	fromTokens,
	isTrigger,
	keySet,
	trigger,
	verbOf,
	type EventFamilySpec
} from './common';

const HOLD = trigger(
	['عقد', 'انعقد', 'اختتم', 'افتتح', 'انطلق'],
	[
		'عقدت',
		'عقدا',
		'عقدوا',
		'يعقد',
		'تعقد',
		'ستعقد',
		'سيعقد',
		'انعقدت',
		'تنعقد',
		'ينعقد',
		'اختتمت',
		'تختتم',
		'يختتم',
		'افتتحت',
		'انطلقت',
		'تنطلق',
		'ينطلق'
	]
);
/** Meeting nouns, with the article or a pronoun (اجتماعها، الجولة، محادثات), normalised. */
const SESSION_NOUN =
	/^(ال)?(اجتماع|قم[هت]|دور[هت]|مؤتمر|موتمر|جلس[هت]|جول[هت]|لقاء|منتدي|محادثات|مفاوضات|اعمال)(ا|ها|ه|هم|ات)?$/;
const SESSION_NOUNS = { has: (key: string) => SESSION_NOUN.test(key) };
const STOPS = keySet([
	'في',
	'مع',
	'بين',
	'على',
	'إلى',
	'منذ',
	'لبحث',
	'لمناقشة',
	'لجمع',
	'حول',
	'بشأن'
]);
/** Words between a subject and its verb that are not part of the subject (كانت … قد عقدت). */
const AUXILIARIES = keySet(['قد', 'كان', 'كانت', 'وكان', 'وكانت', 'لقد']);

/** The session family. */
export const session: EventFamilySpec = {
	family: 'session',
	extract(view, sentence, index) {
		const word = view.words[index];
		if (!isTrigger(word, HOLD)) return [];
		let first = -1;
		let last = -1;
		let subjectFirst = -1;
		let subjectLast = -1;
		// Noun after the verb (يعقد ممثلو الدول المانحة اجتماعا), subject between them.
		let sawPlace = false;
		for (let i = index + 1; i <= Math.min(sentence.lastToken, index + 10); i++) {
			const w = view.words[i];
			if (w.token.kind !== 'word') break;
			if (w.key === 'في') {
				// «اختتمت في العاصمة الكازاخستانية أستانا الثلاثاء الجولة …»: a place may come before the noun.
				sawPlace = true;
				continue;
			}
			if (SESSION_NOUNS.has(w.key)) {
				first = i;
				last = i;
				// The noun's adjectives and complement (جولة جديدة من المفاوضات، دورتها الأخيرة), up to a preposition.
				for (let k = i + 1; k <= Math.min(sentence.lastToken, i + 4); k++) {
					const next = view.words[k];
					if (
						next.token.kind !== 'word' ||
						STOPS.has(next.key) ||
						next.pos === 'verb' ||
						sentence.entities.some((e) => e.first === k)
					)
						break;
					last = k;
				}
				while (last > i && ['من', 'ال'].includes(view.words[last].key)) last--;
				if (i > index + 1 && !sawPlace) {
					subjectFirst = index + 1;
					subjectLast = i - 1;
				}
				break;
			}
			if (STOPS.has(w.key) || (w.pos === 'verb' && !w.token.analyses?.[0]?.guess)) break;
		}
		// Or the noun before it (وكانت القمة السابقة قد عقدت في بغداد): the session itself is the subject.
		if (first < 0) {
			let j = index - 1;
			while (j >= sentence.firstToken && AUXILIARIES.has(view.words[j].key)) j--;
			let k = j;
			while (
				k >= sentence.firstToken &&
				k > j - 3 &&
				!SESSION_NOUNS.has(view.words[k].key) &&
				view.words[k].token.kind === 'word' &&
				!AUXILIARIES.has(view.words[k].key)
			)
				k--;
			if (k >= sentence.firstToken && SESSION_NOUNS.has(view.words[k].key)) {
				first = k;
				last = j;
			}
		} else if (subjectFirst < 0) {
			// A subject before the verb: «وكانت اللجنة العليا المشتركة قد عقدت دورتها».
			let j = index - 1;
			while (j >= sentence.firstToken && AUXILIARIES.has(view.words[j].key)) j--;
			let k = j;
			while (
				k - 1 >= sentence.firstToken &&
				j - k < 4 &&
				view.words[k - 1].token.kind === 'word' &&
				!AUXILIARIES.has(view.words[k - 1].key)
			)
				k--;
			if (
				j >= k &&
				j >= sentence.firstToken &&
				k > sentence.firstToken - 1 &&
				AUXILIARIES.has(view.words[k - 1]?.key ?? '')
			) {
				subjectFirst = k;
				subjectLast = j;
			}
		}
		if (first < 0) return [];
		// A place between the verb and the session noun (اختتمت في العاصمة العراقية بغداد … أعمال القمة) comes first;
		// after the noun, only within the same clause.
		const end = clauseEnd(view, sentence, index);
		const after =
			sentence.entities.find(
				(e) => e.first > index && e.last < first && e.entity.type === 'LOC' && e.marker === 'في'
			) ??
			sentence.entities.find(
				(e) =>
					e.first > Math.max(index, last) &&
					e.first < end &&
					e.entity.type === 'LOC' &&
					e.marker === 'في'
			);
		const placeArg = after
			? fromEntity(after)
			: first > index
				? findPlace(view, sentence, index)
				: undefined;
		const { time, since } = findTime(view, sentence, index);
		if (!placeArg && !time) return [];
		// «بقرار عقد القمة المقبلة»: a verbal noun is no verb to ask with; the present passive is (تُعقد القمة).
		const feminine = /(ه|ة)$/.test(view.words[first].key.replace(/^ال/, ''));
		const verb =
			word.pos === 'noun' && first > index ? (feminine ? 'تُعقد' : 'يُعقد') : verbOf(view, word);
		const event: NewsEvent = {
			family: 'session',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb,
			sentence: { start: sentence.start, end: sentence.end },
			object: fromTokens(view, first, last),
			place: placeArg,
			time: since ? undefined : time,
			complement: subjectFirst >= 0 ? fromTokens(view, subjectFirst, subjectLast).text : ''
		};
		return [event];
	}
};

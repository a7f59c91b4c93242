/**
 * Announcements and decisions stated as a noun phrase rather than a clause: «أعلنت السلطات الباكستانية الاثنين إعادة
 * فتح معبر طورخم»، «صوت مجلس الأمن الدولي الجمعة بالإجماع على تمديد مهمة …». The subject is the words between the
 * verb and the date (kept as wording), the object the phrase after the date; the date is what is asked.
 */
import type { NewsEvent } from '../types';
import {
	fromEntity,
	fromTokens,
	isTrigger,
	keySet,
	trigger,
	verbOf,
	type EventFamilySpec
} from './common';

const ANNOUNCE = trigger(
	['أعلن', 'قرر', 'صوت', 'أقر', 'وافق', 'أصدر'],
	['أعلنت', 'قررت', 'صوتت', 'أقرت', 'وافقت', 'أصدرت', 'يعلن', 'تعلن']
);
/** Words that open a clause (then the statement family asks instead) or end the phrase. */
const CLAUSE = keySet(['أن', 'إن', 'أنه', 'أنها']);
const STOPS = keySet([
	'مع',
	'بعد',
	'قبل',
	'إثر',
	'عقب',
	'بسبب',
	'وسط',
	'بحسب',
	'وفق',
	'حيث',
	'الذي',
	'التي'
]);

/** The announcement family. */
export const announcement: EventFamilySpec = {
	family: 'announcement',
	extract(view, sentence, index) {
		const word = view.words[index];
		// صوت is also «voice»: at the head of a sentence (or right after the dateline) it is the verb.
		const atHead =
			index === sentence.firstToken ||
			(view.dateline?.sentence === sentence.index && index === view.dateline.end + 1);
		if (!isTrigger(word, ANNOUNCE) || (word.pos === 'noun' && !atHead)) return [];
		// The date within six words of the verb, with only the subject (and «في + place») between.
		const date = sentence.entities.find(
			(e) => e.entity.type === 'DATE' && e.first > index && e.first - index <= 7
		);
		if (!date || date.first === index + 1) return [];
		for (let i = index + 1; i < date.first; i++) {
			const w = view.words[i];
			if (
				w.token.kind !== 'word' ||
				CLAUSE.has(w.key) ||
				(w.pos === 'verb' && !w.token.analyses?.[0]?.guess)
			)
				return [];
		}
		const next = view.words[date.last + 1];
		if (!next || next.token.kind !== 'word' || CLAUSE.has(next.key)) return [];
		let last = date.last + 1;
		for (let i = date.last + 2; i <= sentence.lastToken && i - date.last <= 7; i++) {
			const w = view.words[i];
			if (w.token.kind !== 'word' || STOPS.has(w.key) || CLAUSE.has(w.key)) break;
			if (w.pos === 'verb' && !w.token.analyses?.[0]?.guess) break;
			last = i;
		}
		while (last > date.last + 1 && ['في', 'من', 'الي', 'علي'].includes(view.words[last].key))
			last--;
		const subject = fromTokens(view, index + 1, date.first - 1);
		const event: NewsEvent = {
			family: 'announcement',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb: verbOf(view, word),
			sentence: { start: sentence.start, end: sentence.end },
			content: fromTokens(view, date.last + 1, last),
			time: fromEntity(date),
			complement: subject.text
		};
		return [event];
	}
};

/**
 * Something entering into force: دخل (وقف إطلاق النار / الاتفاق) حيز التنفيذ، سرى. The subject is the words between
 * the verb and حيز; the time is the date of the sentence.
 */
import { normalizeForMatch } from '../../arabic/normalize';
import type { NewsEvent } from '../types';
import {
	findTime,
	findWord,
	fromTokens,
	isTrigger,
	keySet,
	trigger,
	verbOf,
	type EventFamilySpec
} from './common';

const ENTER = trigger(['دخل'], ['دخلت', 'يدخل', 'تدخل', 'سيدخل']);
const FORCE = keySet(['حيز']);

/** The ceasefire (entry into force) family. */
export const ceasefire: EventFamilySpec = {
	family: 'ceasefire',
	extract(view, sentence, index) {
		const word = view.words[index];
		if (!isTrigger(word, ENTER)) return [];
		const force = findWord(view, sentence, index, FORCE, 7);
		if (force < 0 || force === index + 1) return [];
		const subject = fromTokens(view, index + 1, force - 1);
		const { time, since } = findTime(view, sentence, index);
		if (!time || since) return [];
		// Name it the way a teacher would: «وقف هش لإطلاق النار» is asked about as «وقف إطلاق النار».
		const key = normalizeForMatch(subject.text);
		const object =
			key.includes('اطلاق النار') && key.startsWith('وقف')
				? { ...subject, text: 'وقف إطلاق النار' }
				: subject;
		const event: NewsEvent = {
			family: 'ceasefire',
			trigger: {
				start: word.token.start,
				end: view.words[force + 1 <= sentence.lastToken ? force + 1 : force].token.end,
				text: word.token.text
			},
			verb: verbOf(view, word),
			sentence: { start: sentence.start, end: sentence.end },
			object,
			time
		};
		return [event];
	}
};

/**
 * Attacks and explosions told as a noun (في هجوم شنه مسلحون فجر الأحد على موقع عسكري في …، انفجار سيارة مفخخة …):
 * the time and place in the same clause, and the target after على, kept as wording («متى وقع الهجوم على موقع
 * عسكري؟»). Only a noun with a time or a place of its own in the text makes an event.
 */
import type { NewsEvent } from '../types';
import { clauseEnd, findTime, fromEntity, fromTokens, type EventFamilySpec } from './common';

const ATTACK_NOUN = /^(و|ب|في|وفي)?(ال)?(هجوم|تفجير|انفجار|اعتداء)(ا)?$/;
/** The definite form used in the question, by the noun's normalised stem. */
const DEFINITE: Record<string, string> = {
	هجوم: 'الهجوم',
	تفجير: 'التفجير',
	انفجار: 'الانفجار',
	اعتداء: 'الاعتداء'
};

/** The attack family. */
export const attack: EventFamilySpec = {
	family: 'attack',
	extract(view, sentence, index) {
		const word = view.words[index];
		if (word.token.kind !== 'word') return [];
		const m = ATTACK_NOUN.exec(word.key);
		if (!m) return [];
		// «في هجوم على …», «قتل … في هجوم»: a noun, not a verb (هاجم is another matter).
		if (word.pos === 'verb' && !word.token.analyses?.[0]?.guess) return [];
		const end = Math.min(clauseEnd(view, sentence, index), index + 18);
		const { time, since } = findTime(view, sentence, index);
		const timeOk = time && !since && time.start > word.token.start;
		const place = sentence.entities.find(
			(e) =>
				e.first > index &&
				e.first < end &&
				e.entity.type === 'LOC' &&
				(e.marker === 'في' || e.marker === 'ب')
		);
		if (!timeOk && !place) return [];
		// The target: على + noun (+ a gentilic adjective), before the place.
		let object = DEFINITE[m[3]];
		for (let i = index + 1; i < end - 1; i++) {
			const w = view.words[i];
			if (w.token.kind !== 'word') break;
			if (w.key === 'علي') {
				const noun = view.words[i + 1];
				if (!noun || noun.token.kind !== 'word' || sentence.entities.some((e) => e.first === i + 1))
					break;
				const adjective = view.words[i + 2];
				const withAdjective =
					adjective &&
					adjective.token.kind === 'word' &&
					/^[^ال]\S*(ي|يه)$/.test(adjective.key) &&
					adjective.pos === 'adjective';
				object += ` على ${noun.token.text}${withAdjective ? ` ${adjective.token.text}` : ''}`;
				break;
			}
		}
		const event: NewsEvent = {
			family: 'attack',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb: 'وقع',
			sentence: { start: sentence.start, end: sentence.end },
			object: { ...fromTokens(view, index, index), text: object },
			time: timeOk ? time : undefined,
			place: place ? fromEntity(place) : undefined
		};
		return [event];
	}
};

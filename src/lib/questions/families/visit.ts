/**
 * Visits and arrivals: زار، وصل إلى، قام بزيارة إلى، توجه إلى، تفقد, and the noun زيارة (زيارة الوزير الجزائري لبورتسودان).
 * Agent = the subject (or the person a reference such as الوزير الجزائري names); place = the place visited.
 */
import type { NewsEvent } from '../types';
import type { ArticleView, SentenceView } from '../view';
import {
	clauseEnd,
	findSubject,
	findTime,
	fromEntity,
	isTrigger,
	resolveReference,
	resolveReferenceBefore,
	titlePhrase,
	trigger,
	verbOf,
	type EventFamilySpec
} from './common';

const VISIT = trigger(
	['زار', 'تفقد'],
	['زارت', 'زارا', 'زاروا', 'يزور', 'تزور', 'سيزور', 'تفقدت', 'يتفقد']
);
const ARRIVE = trigger(
	['وصل', 'توجه'],
	['وصلت', 'وصلا', 'وصلوا', 'يصل', 'تصل', 'سيصل', 'توجهت', 'يتوجه', 'تتوجه']
);
const VISIT_NOUN = trigger(['زيارة'], ['زيارته', 'زيارتها']);

/** The visit family. */
export const visit: EventFamilySpec = {
	family: 'visit',
	extract(view, sentence, index) {
		const word = view.words[index];
		const isVerb = isTrigger(word, VISIT) || isTrigger(word, ARRIVE);
		const isNoun = !isVerb && isTrigger(word, VISIT_NOUN) && word.token.kind === 'word';
		if (!isVerb && !isNoun) return [];
		const direct = isTrigger(word, VISIT);
		const placeMarkers = direct ? ['', 'الي', 'ل'] : ['الي', 'ل'];
		const places = sentence.entities.filter(
			(e) => e.first > index && e.entity.type === 'LOC' && placeMarkers.includes(e.marker)
		);
		let agent;
		if (isNoun) {
			// زيارة + genitive: the visitor is named right after the noun, or referred to (زيارة الوزير الجزائري).
			const named = sentence.entities.find((e) => e.first === index + 1 && e.entity.type === 'PER');
			agent = named ? fromEntity(named) : resolveReference(view, index + 1);
			if (!agent) return [];
		} else {
			const subject = findSubject(view, sentence, index, ['PER', 'ORG']);
			agent = subject
				? fromEntity(subject)
				: (resolveReference(view, index + 1) ??
					resolveReferenceBefore(view, sentence, index) ??
					// «وصل وزير الخارجية الأفغاني بالوكالة إلى بكين»: an unnamed title, kept as wording.
					titlePhrase(view, sentence, index + 1));
		}
		// «تفقد … مقر القوة في بلدة الناقورة»: a place after في names where the visit was, when no place is its object.
		const end = clauseEnd(view, sentence, index);
		const inPlace = direct
			? sentence.entities.find(
					(e) => e.first > index && e.first < end && e.entity.type === 'LOC' && e.marker === 'في'
				)
			: undefined;
		const place =
			places.find((p) => !agent || p.entity.start !== agent.start) ??
			(inPlace && (!agent || inPlace.entity.start !== agent.start) ? inPlace : undefined);
		if (!place || !agent) return [];
		const { time, since } = findTime(view, sentence, index);
		const event: NewsEvent = {
			family: 'visit',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb: isNoun ? '' : verbOf(view, word),
			sentence: { start: sentence.start, end: sentence.end },
			agent,
			place: fromEntity(place),
			time: since || isNoun ? undefined : time,
			complement: direct || isNoun ? 'direct' : 'to'
		};
		return [event];
	}
};

export type { ArticleView, SentenceView };

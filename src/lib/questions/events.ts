/**
 * Event extraction: every sentence is scanned word by word, and each event family decides whether the word triggers
 * one of its events and which arguments the sentence (its dateline, or the previous sentence for references) gives it.
 */
import type { AnalyzedText } from '../arabic/types';
import { action } from './families/action';
import { attack } from './families/attack';
import { agreement } from './families/agreement';
import { announcement } from './families/announcement';
import { ceasefire } from './families/ceasefire';
import { clause, relative } from './families/clause';
import type { EventFamilySpec } from './families/common';
import { election } from './families/election';
import { fighting } from './families/fighting';
import { hosting } from './families/hosting';
import { meeting } from './families/meeting';
import { quantity } from './families/quantity';
import { result } from './families/result';
import { session } from './families/session';
import { statement } from './families/statement';
import { visit } from './families/visit';
import type { NewsEvent } from './types';
import { buildView, type ArticleView } from './view';

/** All families, in the order their events are preferred when two claim the same trigger. */
export const EVENT_FAMILIES: readonly EventFamilySpec[] = [
	meeting,
	session,
	visit,
	hosting,
	agreement,
	ceasefire,
	election,
	statement,
	announcement,
	fighting,
	quantity,
	action,
	result,
	attack,
	clause,
	relative
];

/**
 * The events of a prepared article.
 * @example extractEventsFromView(buildView(analyzeText('التقى الرئيس التونسي قيس سعيد نظيره الجزائري في الجزائر الأحد.', lexicon, gazetteer)))
 * // → [{family: 'meeting', agent: {text: 'قيس سعيد'}, …}]
 */
export function extractEventsFromView(view: ArticleView): NewsEvent[] {
	const events: NewsEvent[] = [];
	const seen = new Set<string>();
	// Headlines and subtitles before the dateline are telegraphic (no verbs' subjects where grammar puts them); the
	// body states the same facts in full sentences.
	const bodyStart = view.dateline ? view.dateline.sentence : 0;
	for (const sentence of view.sentences) {
		if (sentence.index < bodyStart) continue;
		for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
			for (const family of EVENT_FAMILIES) {
				for (const event of family.extract(view, sentence, i)) {
					const key = `${event.family}:${event.trigger.start}`;
					if (seen.has(key)) continue;
					seen.add(key);
					events.push(event);
				}
			}
		}
	}
	return events;
}

/**
 * The events of an analysed article.
 * @example extractEvents(analyzeText('وقع الوزيران اتفاقا للتعاون في مجال الطاقة الاثنين.', lexicon, gazetteer))
 * // → [{family: 'agreement', object: {text: 'اتفاقا للتعاون في مجال الطاقة'}, time: {text: 'الاثنين'}, …}]
 */
export function extractEvents(analyzed: AnalyzedText, text?: string): NewsEvent[] {
	return extractEventsFromView(buildView(analyzed, text));
}

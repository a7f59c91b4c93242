/**
 * «أين …؟» / «إلى أين …؟» questions about the place of an event.
 */
import { normalizeForMatch } from '../../arabic/normalize';
import {
	agreementPrompts,
	acceptOf,
	arabicQuestion,
	english,
	englishQuestion,
	englishVerb,
	positionDifficulty,
	positionScore,
	shorten,
	withObjectPronoun,
	type Draft,
	type KindContext
} from '../draft';
import type { NewsEvent } from '../types';
import { isSeatOf } from './action';

function prompt(event: NewsEvent): [string, string] | undefined {
	const { agent, partner, object } = event;
	const en = englishVerb(normalizeForMatch(event.verb));
	switch (event.family) {
		case 'meeting': {
			if (!agent || !partner) return undefined;
			const rest = event.transitive ? partner.text : `${event.complement ?? ''} مع ${partner.text}`;
			return [
				arabicQuestion('أين', event.verb, agent.text, rest),
				englishQuestion(`where did ${english(agent)}`, en, english(partner))
			];
		}
		case 'visit': {
			if (!agent) return undefined;
			if (event.complement === 'to')
				return [
					arabicQuestion('إلى أين', event.verb, agent.text, event.time?.text),
					englishQuestion(
						`where did ${english(agent)}`,
						en.replace(' in', ''),
						event.time ? english(event.time) : ''
					)
				];
			const verb = event.verb || 'زار';
			return [
				arabicQuestion('ما المكان الذي', withObjectPronoun(verb), agent.text, event.time?.text),
				englishQuestion(
					`which place did ${english(agent)} visit`,
					event.time ? english(event.time) : ''
				)
			];
		}
		case 'hosting': {
			if (!agent || !object) return undefined;
			if (event.complement)
				return [
					arabicQuestion('أين', event.verb, agent.text, event.complement, shorten(object.text, 6)),
					englishQuestion(`where did ${english(agent)} offer to host`, shorten(object.text, 6))
				];
			// A city named apart from the host (تستضيف ماليزيا القمة المقبلة في كوالالمبور).
			if (event.place && event.place.start !== agent.start)
				return [
					arabicQuestion('أين', event.verb, agent.text, shorten(object.text, 6)),
					englishQuestion(`where does (or did) ${english(agent)} host`, shorten(object.text, 6))
				];
			// «ما الجهة التي استضافت …»: only for a past-tense host verb (استضاف/استضافت).
			if (!/^است/.test(normalizeForMatch(event.verb))) return undefined;
			const verb = normalizeForMatch(event.verb).endsWith('ت') ? event.verb : event.verb + 'ت';
			return [
				arabicQuestion('ما الجهة التي', verb, shorten(object.text, 6), event.time?.text),
				englishQuestion('which place hosted', shorten(object.text, 6))
			];
		}
		case 'agreement':
			return agreementPrompts(event, 'أين', 'where');
		case 'session': {
			if (!object) return undefined;
			// «أين يعقد ممثلو الدول المانحة اجتماعا؟» / «أين عقدت القمة السابقة؟»
			const before = object.start < event.trigger.start;
			const ar = before
				? arabicQuestion('أين', event.verb, object.text)
				: arabicQuestion('أين', event.verb, event.complement, object.text);
			return [
				ar,
				englishQuestion(
					`where was (or is) ${shorten(object.text, 4)} held`,
					event.complement ? `by ${event.complement}` : ''
				)
			];
		}
		default:
			return undefined;
	}
}

/**
 * Where-questions for the events of an article.
 * @example whereQuestions(ctx) // [{prompt_ar: 'أين أجرى رمطان لعمامرة محادثات مع عبد الفتاح البرهان؟', answer: 'بورتسودان', …}]
 */
export function whereQuestions(ctx: KindContext): Draft[] {
	const out: Draft[] = [];
	for (const event of ctx.events) {
		const place = event.place;
		if (!place || place.type !== 'LOC') continue;
		if (event.agent && isSeatOf(ctx, event.agent, place)) continue;
		const texts = prompt(event);
		if (!texts) continue;
		out.push({
			type: 'where',
			prompt_ar: texts[0],
			prompt_en: texts[1],
			answer: place.text,
			alsoCorrect: [],
			accept: acceptOf(place),
			evidence: event.sentence,
			difficulty: positionDifficulty(ctx.view, event),
			distractorKind: 'LOC',
			score: 9.5 + positionScore(ctx.view, event)
		});
	}
	return out;
}

/**
 * «مَن الذي استقبله …؟» / «مع مَن …؟» questions about the partner of a meeting or agreement.
 */
import { normalizeForMatch } from '../../arabic/normalize';
import {
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

/**
 * Whom-questions for the events of an article.
 * @example whomQuestions(ctx) // [{prompt_ar: 'مع مَن أجرى رمطان لعمامرة محادثات في بورتسودان؟', answer: 'عبد الفتاح البرهان', …}]
 */
export function whomQuestions(ctx: KindContext): Draft[] {
	const out: Draft[] = [];
	for (const event of ctx.events) {
		const { agent, partner } = event;
		if (!agent || !partner || partner.type !== 'PER') continue;
		if (event.family !== 'meeting' && event.family !== 'agreement') continue;
		if (event.family === 'agreement' && !event.object) continue;
		const en = englishVerb(normalizeForMatch(event.verb));
		const placeAr = event.place ? `في ${event.place.text}` : '';
		let ar: string;
		if (event.family === 'meeting' && event.transitive) {
			ar = arabicQuestion(
				'مَن الذي',
				withObjectPronoun(event.verb),
				agent.text,
				placeAr,
				event.time?.text
			);
		} else if (event.family === 'meeting') {
			ar = arabicQuestion('مع مَن', event.verb, agent.text, event.complement, placeAr);
		} else {
			ar = arabicQuestion('مع مَن', event.verb, agent.text, shorten(event.object!.text, 6));
		}
		out.push({
			type: 'whom',
			prompt_ar: ar,
			prompt_en: englishQuestion(
				`whom did ${english(agent)}`,
				en,
				event.place ? `in ${english(event.place)}` : ''
			),
			answer: partner.text,
			alsoCorrect: [agent.text],
			accept: acceptOf(partner),
			evidence: event.sentence,
			difficulty: positionDifficulty(ctx.view, event),
			distractorKind: 'PER',
			score: 9 + positionScore(ctx.view, event) + (agent.resolved ? -1 : 0)
		});
	}
	return out;
}

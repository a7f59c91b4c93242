/**
 * «ماذا …؟» / «ما الذي …؟» questions about what was signed, agreed or offered.
 */
import { normalizeForMatch } from '../../arabic/normalize';
import {
	arabicQuestion,
	english,
	englishQuestion,
	englishVerb,
	positionScore,
	type Draft,
	type KindContext
} from '../draft';

/**
 * What-questions for the events of an article.
 * @example whatQuestions(ctx) // [{prompt_ar: 'ماذا وقّع الوزيران؟', answer: 'اتفاقا للتعاون في مجال الصيد البحري', …}]
 */
export function whatQuestions(ctx: KindContext): Draft[] {
	const out: Draft[] = [];
	for (const event of ctx.events) {
		const object = event.object;
		if (!object || object.text.split(/\s+/).length < 2 || object.text.split(/\s+/).length > 9)
			continue;
		let ar: string | undefined;
		let en: string | undefined;
		const placeAr = event.place ? `في ${event.place.text}` : '';
		if (event.family === 'agreement') {
			const verbKey = normalizeForMatch(event.verb);
			const named = event.partner && event.partner.type !== 'SPAN';
			const who = event.agent
				? named
					? `${event.agent.text} و${event.partner!.text}`
					: event.agent.text + (event.partner ? ` مع ${event.partner.text}` : '')
				: event.complement;
			if (/^(اتفق|يتفق|تتفق)/.test(verbKey)) {
				if (!who) continue;
				ar = arabicQuestion('على ماذا', event.verb, who);
			} else if (who) ar = arabicQuestion('ماذا', event.verb, who, placeAr, event.time?.text);
			else if ((!event.passive || event.passive === 'وُقِّع') && (placeAr || event.time))
				ar = arabicQuestion('ما الذي وُقِّع', placeAr, event.time?.text);
			else continue;
			en = englishQuestion(
				`what did ${event.agent ? english(event.agent) : who || 'they'}`,
				englishVerb(verbKey),
				event.place ? `in ${english(event.place)}` : ''
			);
		} else if (event.family === 'hosting' && event.agent) {
			if (event.complement)
				ar = arabicQuestion(
					'ما الذي',
					event.verb,
					event.agent.text,
					`${event.complement}ه`.replace(/ةه$/, 'ته')
				);
			else
				ar = arabicQuestion(
					'ماذا',
					event.verb,
					event.agent.text,
					event.time && event.timeSince ? `منذ ${event.time.text}` : ''
				);
			en = englishQuestion(
				`what did ${english(event.agent)}`,
				event.complement ? 'offer to host' : 'host'
			);
		}
		if (!ar || !en) continue;
		out.push({
			type: 'what',
			prompt_ar: ar,
			prompt_en: en,
			answer: object.text,
			alsoCorrect: [],
			accept: [],
			evidence: event.sentence,
			difficulty: 2,
			distractorKind: 'SPAN',
			score: 8 + positionScore(ctx.view, event)
		});
	}
	return out;
}

/**
 * Who / when questions about clauses read without a known verb (families/clause.ts), worded with the clause as
 * written: «متى أصدرت المحكمة الدستورية حكما بعدم دستورية المادة الثامنة؟», «ما الجهة التي رفعت الدعوى؟». They
 * score below the families' own questions, which win when both ask the same thing of the same sentence.
 */
import {
	acceptOf,
	arabicQuestion,
	englishQuestion,
	positionDifficulty,
	positionScore,
	type Draft,
	type KindContext
} from '../draft';
import type { NewsEvent } from '../types';
import { masculineVerb } from './who';

function drafts(ctx: KindContext, event: NewsEvent): Draft[] {
	const out: Draft[] = [];
	const { agent, time, wording } = event;
	if (!wording) return out;
	// A trigger a family claimed with its agent is asked by that family, in its own words.
	if (
		ctx.events.some(
			(e) => e.family !== 'clause' && e.trigger.start === event.trigger.start && e.agent
		)
	)
		return out;
	const base = {
		evidence: event.sentence,
		difficulty: positionDifficulty(ctx.view, event),
		alsoCorrect: [] as string[]
	};
	const score = 7.5 + positionScore(ctx.view, event);
	if (time && wording.when.trim() !== '')
		out.push({
			...base,
			type: 'when',
			prompt_ar: arabicQuestion('متى', event.verb, wording.when),
			prompt_en: englishQuestion('when did this happen, according to the text'),
			answer: time.text,
			accept: acceptOf(time),
			distractorKind: 'DATE',
			score
		});
	if (agent && wording.who) {
		const person = agent.type === 'PER';
		// A body with a feminine verb is «ما الجهة التي …»; «مَن» takes any agent with the verb in the masculine.
		const word = ctx.view.words.find((w) => w.token.start === event.trigger.start);
		const bare = event.verb.replace(/^[وف]/, '').replace(/^س(?=[يت])/, '');
		const feminine =
			!person && (/ت$/.test(bare) || (/^ت/.test(bare) && !/^ت/.test(word?.lemma ?? '')));
		const opener = feminine ? 'ما الجهة التي' : 'مَن';
		const verb = feminine ? event.verb : masculineVerb(ctx.view, event);
		out.push({
			...base,
			type: 'who',
			prompt_ar: arabicQuestion(opener, verb, wording.who),
			prompt_en: englishQuestion(
				person
					? 'who did this, according to the text'
					: 'which body did this, according to the text'
			),
			answer: agent.text,
			accept: acceptOf(agent),
			distractorKind: person ? 'PER' : 'ORG',
			score: score - 0.25
		});
	}
	return out;
}

/**
 * Questions about the clauses of an article that no family claimed.
 * @example clauseQuestions(ctx) // [{type: 'when', prompt_ar: 'متى أصدرت المحكمة الدستورية حكما بعدم دستورية المادة الثامنة؟', answer: 'الأربعاء'}]
 */
export function clauseQuestions(ctx: KindContext): Draft[] {
	return ctx.events.flatMap((e) => (e.family === 'clause' ? drafts(ctx, e) : []));
}

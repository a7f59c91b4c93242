/**
 * Who / whom / when / where questions about single actions (families/action.ts), worded with the verb and object as
 * written: «مَن أدى اليمين الدستورية؟», «متى قدم مراد الزغلامي استقالته؟», «على مَن قضت محكمة جنايات القاهرة
 * بالسجن المشدد؟», «أين برأت محكمة الاستئناف …؟». A body's action is asked with «ما الجهة التي» when the verb is
 * feminine (تبنت، قضت), never with a pronoun that could not agree.
 */
import {
	acceptOf,
	arabicQuestion,
	english,
	englishQuestion,
	positionDifficulty,
	positionScore,
	type Draft,
	type KindContext
} from '../draft';
import { normalizeAnswer } from '../text-utils';
import type { NewsEvent } from '../types';

function drafts(ctx: KindContext, event: NewsEvent): Draft[] {
	const { agent, object, partner, time, place } = event;
	if (!agent) return [];
	const out: Draft[] = [];
	const base = {
		evidence: event.sentence,
		difficulty: positionDifficulty(ctx.view, event),
		alsoCorrect: [] as string[]
	};
	const score = 9 + positionScore(ctx.view, event);
	const obj = object?.text ?? '';
	const on = partner ? `على ${partner.text}` : '';
	const en = event.measure ?? 'did this';
	const named = agent.type === 'PER' || agent.type === 'ORG';
	if (named && (obj || event.complement === 'resign')) {
		const feminine = /ت$/.test(event.verb);
		const opener = agent.type === 'PER' ? 'مَن' : feminine ? 'ما الجهة التي' : '';
		if (opener)
			out.push({
				...base,
				type: 'who',
				prompt_ar: arabicQuestion(opener, event.verb, obj, on),
				prompt_en: englishQuestion(
					'who',
					en.replace(/ it$/, ''),
					partner ? `(${english(partner)})` : ''
				),
				answer: agent.text,
				accept: acceptOf(agent),
				distractorKind: agent.type === 'PER' ? 'PER' : 'ORG',
				score
			});
	}
	if (partner && partner.type === 'PER')
		out.push({
			...base,
			type: 'whom',
			prompt_ar: arabicQuestion('على مَن', event.verb, agent.text, obj),
			prompt_en: englishQuestion(`against whom did ${english(agent)} rule`),
			answer: partner.text,
			accept: acceptOf(partner),
			distractorKind: 'PER',
			score: score - 0.5
		});
	if (time)
		out.push({
			...base,
			type: 'when',
			prompt_ar: arabicQuestion('متى', event.verb, agent.text, obj, on),
			prompt_en: englishQuestion(`when: ${english(agent)} ${en}`),
			answer: time.text,
			accept: acceptOf(time),
			distractorKind: 'DATE',
			score: score - 0.5
		});
	// «أين برأت محكمة الاستئناف؟» names neither whom nor what: it asks where the court sits. A place is asked only
	// with what was done there, and never when it is the seat written with the agent (محكمة الاستئناف في الإسكندرية).
	if (place && place.type === 'LOC' && (obj || partner) && !isSeatOf(ctx, agent, place))
		out.push({
			...base,
			type: 'where',
			prompt_ar: arabicQuestion('أين', event.verb, agent.text, obj, on),
			prompt_en: englishQuestion(`where: ${english(agent)} ${en}`),
			answer: place.text,
			accept: acceptOf(place),
			distractorKind: 'LOC',
			score: score - 0.5
		});
	return out;
}

/**
 * True when a place is the seat of the agent, written right after it (محكمة الاستئناف في الإسكندرية، المحكمة
 * الدستورية في الكويت): where the body sits, not where this happened.
 */
export function isSeatOf(
	ctx: KindContext,
	agent: { end: number },
	place: { start: number }
): boolean {
	if (place.start < agent.end) return false;
	const between = ctx.view.text.slice(agent.end, place.start).trim();
	return between === 'في' || between === 'ب';
}

/** Scores a win may have been won by, in the words news uses. */
const SCORES = [
	'بهدف دون رد',
	'بهدفين دون رد',
	'بهدفين مقابل هدف واحد',
	'بثلاثة أهداف مقابل هدف واحد',
	'بثلاثة أهداف مقابل هدفين',
	'بأربعة أهداف مقابل هدف واحد'
];

/**
 * Wrong scores like a written one of two figures (31 مقابل 24، 2-1), the winner still ahead; none for a score of sets
 * (6-4 و3-6 و7-5), whose wrong versions would be guesswork.
 * @example otherScores('31 مقابل 24') // ['33 مقابل 24', '31 مقابل 27', '30 مقابل 22']
 */
function otherScores(score: string): string[] {
	const m = score.match(/^(\d+)(\s*-\s*|\s+مقابل\s+)(\d+)$/);
	if (!m) return [];
	const [a, b] = [Number(m[1]), Number(m[3])];
	const out = [
		[a + 2, b],
		[a, b + 3],
		[a - 1, b - 2],
		[a + 1, b + 1]
	]
		.filter(([x, y]) => y >= 0 && x > y && !(x === a && y === b))
		.map(([x, y]) => `${x}${m[2]}${y}`);
	return [...new Set(out)].slice(0, 3);
}

/** «بأي نتيجة فاز … على …؟», «على مَن فاز …؟» and «متى فاز … على …؟» for a match result. */
function resultDrafts(ctx: KindContext, event: NewsEvent): Draft[] {
	const { agent, partner, quantity, time } = event;
	if (!agent || !partner || !quantity) return [];
	const base = {
		evidence: event.sentence,
		difficulty: positionDifficulty(ctx.view, event),
		alsoCorrect: [] as string[]
	};
	const score = 9.5 + positionScore(ctx.view, event);
	const key = normalizeAnswer(quantity.text);
	const verb = event.verb || 'فاز';
	const out: Draft[] = [];
	const distractors = /^ب/.test(quantity.text)
		? SCORES.filter((s) => normalizeAnswer(s) !== key).slice(0, 3)
		: otherScores(quantity.text);
	if (distractors.length === 3)
		out.push({
			...base,
			type: 'how_many',
			prompt_ar: arabicQuestion('بأيّ نتيجة', verb, agent.text, 'على', partner.text),
			prompt_en: englishQuestion(`by what score did ${agent.text} beat ${partner.text}`),
			answer: quantity.text,
			accept: [quantity.text.replace(/^ب/, '')],
			distractorKind: 'given',
			distractors,
			score
		});
	// «على مَن فازت ليلى بن عمار في المباراة النهائية؟» when the opponent is named (a person, a team by its country).
	const named = ctx.view.entities.find(
		(e) =>
			['PER', 'ORG', 'LOC'].includes(e.entity.type) &&
			e.entity.start >= partner.start &&
			e.entity.end <= partner.end
	);
	if (named)
		out.push({
			...base,
			type: 'whom',
			prompt_ar: arabicQuestion('على مَن', verb, agent.text, event.complement),
			prompt_en: englishQuestion(`whom did ${agent.text} beat`),
			answer: named.entity.text,
			accept: [partner.text],
			distractorKind: named.entity.type as 'PER' | 'ORG' | 'LOC',
			score: score - 0.25
		});
	if (time)
		out.push({
			...base,
			type: 'when',
			prompt_ar: arabicQuestion('متى', verb, agent.text, 'على', partner.text),
			prompt_en: englishQuestion(`when did ${agent.text} beat ${partner.text}`),
			answer: time.text,
			accept: acceptOf(time),
			distractorKind: 'DATE',
			score: score - 0.5
		});
	return out;
}

/**
 * «متى وقع الهجوم على موقع عسكري؟» / «أين وقع …؟» for the attack of an article: only when the article tells of one
 * attack with a time or place (two would make «the attack» ambiguous).
 */
function attackDrafts(ctx: KindContext): Draft[] {
	const attacks = ctx.events.filter((e) => e.family === 'attack');
	const keys = new Set(attacks.map((e) => e.object?.text));
	if (attacks.length === 0 || keys.size > 1) return [];
	// The first telling, where time and place are given together.
	const event = attacks[0];
	const wording = event.object!.text;
	const base = {
		evidence: event.sentence,
		difficulty: positionDifficulty(ctx.view, event),
		alsoCorrect: [] as string[]
	};
	const score = 9.5 + positionScore(ctx.view, event);
	const out: Draft[] = [];
	if (event.time)
		out.push({
			...base,
			type: 'when',
			prompt_ar: arabicQuestion('متى وقع', wording),
			prompt_en: englishQuestion('when did the attack take place'),
			answer: event.time.text,
			accept: acceptOf(event.time),
			distractorKind: 'DATE',
			score
		});
	if (event.place && event.place.type === 'LOC')
		out.push({
			...base,
			type: 'where',
			prompt_ar: arabicQuestion('أين وقع', wording),
			prompt_en: englishQuestion('where did the attack take place'),
			answer: event.place.text,
			accept: acceptOf(event.place),
			distractorKind: 'LOC',
			score: score - 0.5
		});
	return out;
}

/**
 * Questions about the actions of an article.
 * @example actionQuestions(ctx) // [{type: 'who', prompt_ar: 'مَن أدى اليمين الدستورية؟', answer: 'جون دراماني ماهاما', …}]
 */
export function actionQuestions(ctx: KindContext): Draft[] {
	return attackDrafts(ctx).concat(
		ctx.events.flatMap((e) =>
			e.family === 'action' ? drafts(ctx, e) : e.family === 'result' ? resultDrafts(ctx, e) : []
		)
	);
}

/**
 * «مَن …؟» questions about the agent of an event: who met, visited, signed, hosted, said, was elected, and whom a
 * newly elected person succeeds.
 */
import { normalizeForMatch } from '../../arabic/normalize';
import {
	acceptOf,
	arabicQuestion,
	english,
	englishQuestion,
	englishVerb,
	pastTense,
	positionDifficulty,
	positionScore,
	shorten,
	type Draft,
	type KindContext
} from '../draft';
import type { NewsEvent } from '../types';

/** The passive verb, feminine when the office is (ممثلة، رئيسة): عُيِّن/عُيِّنت، انتُخِب/انتُخِبت. */
export function passiveOf(event: NewsEvent): string {
	const feminine = /ة$/.test(event.office?.text.split(' ')[0] ?? '');
	return (event.family === 'appointment' ? 'عُيِّن' : 'انتُخِب') + (feminine ? 'ت' : '');
}

function draftFor(ctx: KindContext, event: NewsEvent): Draft[] {
	const { view } = ctx;
	const out: Draft[] = [];
	const base = {
		evidence: event.sentence,
		difficulty: positionDifficulty(view, event),
		distractorKind: 'PER' as const
	};
	const score = 10 + positionScore(view, event);
	const verbKey = normalizeForMatch(event.verb);
	const en = englishVerb(verbKey);
	const agent = event.agent;
	const placeAr = event.place ? `في ${event.place.text}` : '';
	const placeEn = event.place ? `in ${english(event.place)}` : '';
	switch (event.family) {
		case 'meeting': {
			if (!agent || agent.type !== 'PER' || !event.partner) break;
			const partner = event.transitive
				? event.partner.text
				: `${event.complement ?? ''} مع ${event.partner.text}`;
			out.push({
				...base,
				type: 'who',
				prompt_ar: arabicQuestion('مَن', event.verb, partner, placeAr),
				prompt_en: englishQuestion('who', pastTense(en), english(event.partner), placeEn),
				answer: agent.text,
				alsoCorrect: [event.partner.text],
				accept: acceptOf(agent),
				score: score + (agent.resolved ? -2 : 0)
			});
			break;
		}
		case 'visit': {
			if (!agent || agent.type !== 'PER' || !event.place) break;
			const verb = event.verb || 'زار';
			const to = event.complement === 'to' ? 'إلى' : '';
			out.push({
				...base,
				type: 'who',
				prompt_ar: arabicQuestion('مَن', verb, to, event.place.text, event.time?.text),
				prompt_en: englishQuestion(
					'who',
					pastTense(event.verb ? en : 'visit'),
					english(event.place),
					event.time ? english(event.time) : ''
				),
				answer: agent.text,
				alsoCorrect: [],
				accept: acceptOf(agent),
				score: score - 0.5 + (agent.resolved ? -2 : 0)
			});
			break;
		}
		case 'agreement': {
			// Only signing names who did it: «اتفقا على …» or «توصلا إلى …» has a dual subject, not one person.
			if (!agent || agent.type !== 'PER' || !event.object || event.passive !== 'وُقِّع') break;
			const withPartner = event.partner ? `مع ${event.partner.text}` : '';
			out.push({
				...base,
				type: 'who',
				prompt_ar: arabicQuestion(
					'مَن',
					event.verb,
					withPartner,
					shorten(event.object.text, 6),
					placeAr
				),
				prompt_en: englishQuestion(
					'who',
					pastTense(en),
					shorten(event.object.text, 6),
					event.partner ? `with ${english(event.partner)}` : '',
					placeEn
				),
				answer: agent.text,
				alsoCorrect: event.partner ? [event.partner.text] : [],
				accept: acceptOf(agent),
				score: score - 0.5
			});
			break;
		}
		case 'statement': {
			if (!agent || agent.type !== 'PER' || !event.content) break;
			const quoted = /["«“]/.test(view.text.slice(event.content.start - 1, event.content.start));
			const content = shorten(event.content.text, 10);
			const lead = leadOf(view, event.content.start);
			const ar = quoted
				? `مَن ${event.verb}${lead ? ` ${lead} ` : ': '}«${content}»؟`
				: arabicQuestion('مَن', event.verb, lead || 'أنّ', content);
			out.push({
				...base,
				type: 'who',
				prompt_ar: ar,
				prompt_en: englishQuestion(
					'who',
					pastTense(en),
					quoted ? `"…" (the words quoted in Arabic)` : 'this, according to the text'
				),
				answer: agent.text,
				alsoCorrect: [],
				accept: acceptOf(agent),
				difficulty: 2,
				score: score - 2.5
			});
			break;
		}
		case 'election':
		case 'appointment': {
			const person = event.object;
			if (!person) break;
			const office = event.office?.text ?? '';
			const pred = event.predecessor ? `خلفًا لـ${event.predecessor.text}` : '';
			if (!office && !pred && event.complement !== 'win') break;
			let ar: string;
			if (event.complement === 'win') {
				if (!event.content) break;
				ar = arabicQuestion('مَن فاز', `بـ${event.content.text}`).replace('بـال', 'بال');
			} else if (event.agent && (event.agent.type === 'ORG' || event.agent.type === 'PER')) {
				const verb =
					normalizeForMatch(event.verb).startsWith('انتخاب') ||
					normalizeForMatch(event.verb).startsWith('تعيين')
						? ''
						: event.verb;
				ar = verb
					? arabicQuestion('مَن الذي', `${verb}ه`, event.agent.text, office, pred)
					: arabicQuestion(
							passiveOf(event).endsWith('ت') ? 'مَن التي' : 'مَن الذي',
							passiveOf(event),
							office,
							pred
						);
			} else
				ar = arabicQuestion(
					passiveOf(event).endsWith('ت') ? 'مَن التي' : 'مَن الذي',
					passiveOf(event),
					office,
					pred
				);
			const role = event.family === 'appointment' ? 'appointed' : 'elected';
			out.push({
				...base,
				type: 'who',
				prompt_ar: ar,
				prompt_en: englishQuestion(
					`who was ${role}`,
					event.predecessor ? `to succeed ${english(event.predecessor)}` : '',
					event.complement === 'win' ? 'the winner' : ''
				),
				answer: person.text,
				alsoCorrect: [],
				accept: acceptOf(person),
				score
			});
			if (event.predecessor && (office || event.complement !== 'win')) {
				out.push({
					...base,
					type: 'who',
					prompt_ar: arabicQuestion('خلفًا لمن', passiveOf(event), person.text, office),
					prompt_en: englishQuestion(`whom did ${english(person)} succeed`),
					answer: event.predecessor.text,
					alsoCorrect: [person.text],
					accept: acceptOf(event.predecessor),
					difficulty: 2,
					score: score - 1
				});
			}
			break;
		}
		default:
			break;
	}
	return out;
}

/**
 * The words that introduce reported speech right before it, as written: «من أن»، «إن»، «إلى» (before a quotation:
 * دعا … إلى «…»), or '' when there are none.
 */
export function leadOf(view: KindContext['view'], contentStart: number): string {
	const i = view.words.findIndex((w) => w.token.start >= contentStart);
	if (i <= 0) return '';
	let j = i - 1;
	if (['"', '«', '“'].includes(view.words[j].key)) j--;
	if (j < 0) return '';
	const k = view.words[j].key;
	if (['ان', 'انه', 'انها'].includes(k)) {
		const before = view.words[j - 1]?.key;
		return before === 'من' ? `من ${view.words[j].token.text}` : view.words[j].token.text;
	}
	if (['الي', 'ب', 'بـ', 'علي'].includes(k)) return view.words[j].token.text;
	return '';
}

/**
 * Who-questions for the events of an article.
 * @example whoQuestions(ctx) // [{prompt_ar: 'مَن أجرى محادثات مع عبد الفتاح البرهان في بورتسودان؟', answer: 'رمطان لعمامرة', …}]
 */
export function whoQuestions(ctx: KindContext): Draft[] {
	return ctx.events.flatMap((event) => draftFor(ctx, event));
}

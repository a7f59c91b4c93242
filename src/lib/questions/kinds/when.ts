/**
 * «متى …؟» / «منذ متى …؟» questions about the time of an event.
 */
import { normalizeForMatch } from '../../arabic/normalize';
import { leadOf, passiveOf, speechExcerpt } from './who';
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
	type Draft,
	type KindContext
} from '../draft';
import type { NewsEvent } from '../types';
import { isDuration } from '../fallback-entities';
import { spanText, type SentenceView } from '../view';

function prompt(
	ctx: KindContext,
	event: NewsEvent,
	statementsByAgent: Map<string, number>
): [string, string] | undefined {
	const { agent, partner, object, place } = event;
	const en = englishVerb(normalizeForMatch(event.verb));
	switch (event.family) {
		case 'meeting': {
			if (!agent || !partner) return undefined;
			const rest = event.transitive ? partner.text : `${event.complement ?? ''} مع ${partner.text}`;
			return [
				arabicQuestion('متى', event.verb, agent.text, rest),
				englishQuestion(`when did ${english(agent)}`, en, english(partner))
			];
		}
		case 'visit': {
			if (!agent || !place || !event.verb) return undefined;
			const to = event.complement === 'to' ? 'إلى' : '';
			return [
				arabicQuestion('متى', event.verb, agent.text, to, place.text),
				englishQuestion(`when did ${english(agent)}`, en, english(place))
			];
		}
		case 'hosting': {
			if (!agent || !object) return undefined;
			if (event.timeSince)
				return [
					arabicQuestion('منذ متى', event.verb, agent.text, shorten(object.text, 6)),
					englishQuestion(`since when has ${english(agent)}`, 'hosted', shorten(object.text, 6))
				];
			return [
				arabicQuestion('متى', event.verb, agent.text, event.complement, shorten(object.text, 6)),
				englishQuestion(
					`when did ${english(agent)}`,
					event.complement ? 'offer to host' : 'host',
					shorten(object.text, 6)
				)
			];
		}
		case 'agreement':
			return agreementPrompts(event, 'متى', 'when');
		case 'session': {
			if (!object) return undefined;
			const before = object.start < event.trigger.start;
			const ar = before
				? arabicQuestion('متى', event.verb, object.text, place ? `في ${place.text}` : '')
				: arabicQuestion(
						'متى',
						event.verb,
						event.complement,
						object.text,
						place ? `في ${place.text}` : ''
					);
			return [
				ar,
				englishQuestion(
					`when was (or is) ${shorten(object.text, 4)} held`,
					place ? `in ${english(place)}` : ''
				)
			];
		}
		case 'ceasefire':
			if (!object) return undefined;
			return [
				arabicQuestion('متى', event.verb, object.text, 'حيز التنفيذ'),
				englishQuestion(
					`when did the ${normalizeForMatch(object.text).includes('اطلاق النار') ? 'ceasefire' : 'measure'} take effect`
				)
			];
		case 'election':
		case 'appointment': {
			if (!event.object) return undefined;
			const passive = passiveOf(event);
			if (event.complement === 'win')
				return event.content
					? [
							arabicQuestion('متى جرت', event.content.text),
							englishQuestion('when did the vote take place')
						]
					: undefined;
			return [
				arabicQuestion('متى', passive, event.object.text, event.office?.text),
				englishQuestion(
					`when was ${english(event.object)}`,
					event.family === 'appointment' ? 'appointed' : 'elected'
				)
			];
		}
		case 'statement': {
			if (!agent || (statementsByAgent.get(normalizeForMatch(agent.text)) ?? 0) > 1)
				return undefined;
			const lead = event.content ? leadOf(ctx.view, event.content.start) : '';
			const quoted =
				event.content &&
				/["«“]/.test(ctx.view.text.slice(event.content.start - 1, event.content.start));
			// Cut where a phrase ends and before any figure or date, which other questions ask (as in «مَن قال …؟»).
			const excerpt = event.content && speechExcerpt(ctx.view, event.content, 8);
			if (event.content && !excerpt) return undefined;
			const said = excerpt
				? quoted
					? `${lead ? lead + ' ' : ''}«${excerpt}»`
					: `${lead || 'أنّ'} ${excerpt}`
				: '';
			return [
				arabicQuestion('متى', event.verb, agent.text, said),
				englishQuestion(`when did ${english(agent)}`, en)
			];
		}
		case 'announcement': {
			if (!event.content || !event.complement) return undefined;
			return [
				arabicQuestion('متى', event.verb, event.complement, shorten(event.content.text, 7)),
				englishQuestion(`when did ${event.complement}`, en, '(according to the text)')
			];
		}
		case 'fighting': {
			if (!object) return undefined;
			const lead = event.timeSince ? 'منذ متى' : 'متى';
			return [
				arabicQuestion(lead, event.verb, object.text, place?.text),
				englishQuestion(
					event.timeSince ? 'since when has there been fighting' : 'when was there fighting',
					place ? shorten(place.text, 5) : ''
				)
			];
		}
		default:
			return undefined;
	}
}

const SENTENCE_PUNCTUATION = /^[،,.؛:!؟?]$/;
/** Words that lead into a figure (أكثر من، نحو، بنسبة) and go out of a prompt with it; normalised. */
const FIGURE_LEADS = new Set([
	'من',
	'اكثر',
	'اقل',
	'نحو',
	'حوالي',
	'قرابة',
	'زهاء',
	'الي',
	'في',
	'علي'
]);

/**
 * «منذ متى …؟» for any clause that says since when something has been so (ويشهد اليمن منذ عام 2014 نزاعا …): the
 * clause is asked back with the date taken out, when it opens with a verb.
 */
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);
/** Participles that carry a «since» as a relative clause would (الحرب في السودان، المستمرة منذ …). */
const SINCE_PARTICIPLE = /^ال(مستمر|متواصل|قائم|دائر|مندلع|متصاعد)(ه)?$/;
/** Words that name the kind of a body before its name (حركة الشباب). */
const KIND_WORDS = new Set(['حركه', 'جماعه', 'منظمه', 'حزب', 'تنظيم', 'جبهه', 'مجموعه']);

/**
 * «منذ متى …؟» for a «since» inside a relative clause or after a participle, turned round so the antecedent is
 * the subject: «حركة الشباب، التي تقاتل الحكومة منذ عام 2007» → «منذ متى تقاتل حركة الشباب الحكومة؟»,
 * «الفيضانات التي تضرب شمال غرب باكستان منذ الخميس» → «منذ متى تضرب الفيضانات شمال غرب باكستان؟»,
 * «الحرب في السودان، المستمرة منذ أبريل» → «منذ متى الحرب في السودان مستمرة؟». Undefined when the antecedent is
 * not a name or a definite noun phrase right before the relative.
 */
export function relativeSince(
	view: KindContext['view'],
	sentence: SentenceView,
	since: number
): string | undefined {
	const isVerb = (w: (typeof view.words)[number]) =>
		w.pos === 'verb' && !w.token.analyses?.[0]?.guess;
	let rel = -1;
	for (let k = since - 1; k >= sentence.firstToken && since - k <= 8; k--) {
		const w = view.words[k];
		if (w.token.kind === 'punct') break;
		if (RELATIVES.has(w.key)) {
			rel = k;
			break;
		}
	}
	let predicate: string[];
	if (rel >= 0) {
		const verb = view.words[rel + 1];
		// Right after a relative pronoun a word with a verb reading is the verb (الذي حكم, not the noun حُكم).
		const verbReading = verb?.token.analyses?.some((a) => a.pos === 'verb' && !a.guess);
		if (!verb || rel + 1 >= since || !verbReading) return undefined;
		if (view.words.slice(rel + 2, since).some(isVerb)) return undefined;
		predicate = [verb.token.text, rel + 2 <= since - 1 ? spanText(view, rel + 2, since - 1) : ''];
	} else {
		const p = view.words[since - 1];
		if (!p || since - 1 < sentence.firstToken || !SINCE_PARTICIPLE.test(p.key)) return undefined;
		rel = since - 1;
		predicate = [];
		const participle = p.token.text.replace(/^ال/, '');
		predicate.push('', participle);
	}
	// The antecedent: a name ending right before the relative (after a comma), or «definite noun (+ adjectives)
	// (+ في/ب + place)».
	let j = rel - 1;
	if (j >= sentence.firstToken && view.words[j].token.kind === 'punct' && view.words[j].key === '،')
		j--;
	if (j < sentence.firstToken) return undefined;
	let antecedent: string | undefined;
	const named = sentence.entities.find(
		(e) => e.last === j && ['PER', 'ORG', 'LOC'].includes(e.entity.type) && e.marker === ''
	);
	if (named) {
		const kind = view.words[named.first - 1];
		antecedent =
			kind && KIND_WORDS.has(kind.key)
				? `${kind.token.text} ${named.entity.text}`
				: named.entity.text;
	} else {
		let k = j;
		const place = sentence.entities.find((e) => e.last === k && e.entity.type === 'LOC');
		if (place && ['في', 'ب'].includes(place.marker)) {
			k = place.first - (place.marker === 'في' ? 2 : 1);
		}
		while (
			k > sentence.firstToken &&
			/^ال\S+(ي|يه)$/.test(view.words[k].key) &&
			view.words[k].pos === 'adjective'
		)
			k--;
		const head = view.words[k];
		if (!head || k < sentence.firstToken || !/^ال/.test(head.key) || head.pos !== 'noun')
			return undefined;
		if (sentence.entities.some((e) => e.first <= k && k <= e.last)) return undefined;
		antecedent = spanText(view, k, j);
	}
	const [verb, rest] = predicate;
	return verb
		? arabicQuestion('منذ متى', verb, antecedent, rest)
		: arabicQuestion('منذ متى', antecedent, rest);
}

function sinceQuestions(ctx: KindContext): Draft[] {
	const { view } = ctx;
	const out: Draft[] = [];
	const bodyStart = view.dateline ? view.dateline.sentence : 0;
	for (const sentence of view.sentences) {
		if (sentence.index < bodyStart) continue;
		for (const date of sentence.entities.filter(
			(e) => e.entity.type === 'DATE' && e.marker === 'منذ' && !isDuration(e.entity)
		)) {
			const since = date.first - 1;
			const relative = relativeSince(view, sentence, since);
			if (relative) {
				out.push({
					type: 'when',
					prompt_ar: relative,
					prompt_en: englishQuestion('since when, according to the text'),
					answer: date.entity.text,
					alsoCorrect: [],
					accept: [],
					evidence: { start: sentence.start, end: sentence.end },
					difficulty: 2,
					distractorKind: 'DATE',
					score: 8.5 + positionScore(view, { sentence } as never)
				});
				continue;
			}
			let from: number;
			let to: number;
			const asides: [number, number][] = [];
			const outside = (i: number) => !asides.some(([a, b]) => a <= i && i <= b);
			const atStart =
				since === sentence.firstToken ||
				(view.dateline?.sentence === sentence.index && since === view.dateline.end + 1);
			if (atStart) {
				// «ومنذ أبريل/نيسان 2019، تدور معارك …»: the clause after the comma.
				from = date.last + 1;
				if (from <= sentence.lastToken && SENTENCE_PUNCTUATION.test(view.words[from].token.text))
					from++;
				to = from;
				while (
					to + 1 <= sentence.lastToken &&
					!SENTENCE_PUNCTUATION.test(view.words[to + 1].token.text)
				)
					to++;
			} else {
				from = since;
				for (;;) {
					while (
						from - 1 >= sentence.firstToken &&
						!SENTENCE_PUNCTUATION.test(view.words[from - 1].token.text) &&
						view.words[from - 1].token.text !== '-'
					)
						from--;
					// «وتشهد منطقة بحيرة تشاد، التي تتقاسمها …، هجمات متكررة منذ عام 2015»: a relative clause between
					// commas describes the subject; the clause goes on before it, and the prompt leaves it out.
					const aside = asideBefore(view, sentence, from - 1);
					if (!aside) break;
					asides.push(aside);
					from = aside[0];
				}
				to = date.last;
				while (
					to + 1 <= sentence.lastToken &&
					!SENTENCE_PUNCTUATION.test(view.words[to + 1].token.text)
				)
					to++;
			}
			if (from > to || from > sentence.lastToken) continue;
			const head = view.words[from];
			if (head.pos !== 'verb' && !/^و?(كان|كانت)$/.test(head.key)) continue;
			// منذ must belong to the clause's verb, not to a later one (… زيارة يقوم بها … منذ الأربعاء); «وكانت … قد
			// علقت …» is one verb.
			const auxiliary = /^و?(كان|كانت)$/.test(head.key);
			if (
				!atStart &&
				view.words
					.slice(from + 1, since)
					.some(
						(w) =>
							outside(w.index) &&
							w.pos === 'verb' &&
							!w.token.analyses?.[0]?.guess &&
							!(auxiliary && view.words[w.index - 1]?.key === 'قد')
					)
			)
				continue;
			const parts: string[] = [];
			// «وكانت ميانمار قد علقت مشاركتها …» is asked with its own verb: «منذ متى علقت ميانمار مشاركتها …؟».
			const qad = auxiliary
				? view.words.slice(from + 1, since).find((w) => outside(w.index) && w.key === 'قد')
				: undefined;
			const ownVerb = qad && view.words[qad.index + 1];
			if (ownVerb && ownVerb.index < since) asides.push([qad.index, ownVerb.index]);
			const verbText = ownVerb ? ownVerb.token.text : verbOfWord(head.token.text, head.key);
			parts.push(verbText);
			const rest: string[] = [];
			for (let i = from + 1; i <= to; i++) {
				if (i >= since && i <= date.last) continue;
				rest.push(view.words[i].token.text);
			}
			// The clause ends before the next verb (نزاعا أودى بحياة … → نزاعا).
			for (let i = from + 1; i <= to; i++) {
				if ((i >= since && i <= date.last) || !outside(i)) continue;
				const w = view.words[i];
				if (
					w.pos === 'verb' &&
					!w.token.analyses?.[0]?.guess &&
					!(auxiliary && view.words[i - 1]?.key === 'قد')
				) {
					to = i - 1;
					break;
				}
			}
			// A figure after the date is asked by another question (… لتأمين أكثر من 90 في المئة): the prompt stops
			// before it and the words that lead into it, when enough of the clause is left to say what is asked.
			const figure = sentence.entities.find(
				(e) => e.entity.type === 'NUM' && e.first > date.last && e.first <= to
			);
			if (figure) {
				let end = figure.first - 1;
				while (
					end > date.last &&
					(FIGURE_LEADS.has(view.words[end].key) ||
						/^[لب]\S{3,}$/.test(view.words[end].key) ||
						// a verb left without what it did (نزاعا أودى | بحياة …)
						(view.words[end].token.analyses ?? []).some((a) => a.pos === 'verb' && !a.guess))
				)
					end--;
				const kept = spanTextOf(view, from + 1, end, [[since, date.last], ...asides]);
				if (kept.split(' ').length >= 3) to = end;
			}
			const restText =
				rest.length > 0 && to >= from + 1
					? spanTextOf(view, from + 1, to, [[since, date.last], ...asides])
					: '';
			out.push({
				type: 'when',
				prompt_ar: arabicQuestion('منذ متى', verbText, shorten(restText, 12)),
				prompt_en: englishQuestion('since when, according to the text'),
				answer: date.entity.text,
				alsoCorrect: [],
				accept: [],
				evidence: { start: sentence.start, end: sentence.end },
				difficulty: 2,
				distractorKind: 'DATE',
				score: 8.5 + positionScore(view, { sentence } as never)
			});
		}
	}
	return out;
}

/** A sentence-initial verb without its و/ف (ويشهد → يشهد). */
function verbOfWord(text: string, key: string): string {
	return /^[وف]/.test(key) && key.length > 3 ? text.slice(1) : text;
}

/** The text of tokens [from, to] with the token ranges in `skips` left out, spaces normalised. */
function spanTextOf(
	view: KindContext['view'],
	from: number,
	to: number,
	skips: [number, number][]
): string {
	const pieces: string[] = [];
	let runStart = -1;
	for (let i = from; i <= to + 1; i++) {
		const kept = i <= to && !skips.some(([a, b]) => a <= i && i <= b);
		if (kept && runStart < 0) runStart = i;
		if (!kept && runStart >= 0) {
			pieces.push(spanText(view, runStart, i - 1));
			runStart = -1;
		}
	}
	return pieces.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The relative clause set off by commas that ends at the comma `comma` (، التي تتقاسمها تشاد والنيجر،), as the token
 * range from its opening comma to its closing one; undefined when the words before `comma` are no such aside.
 */
function asideBefore(
	view: KindContext['view'],
	sentence: SentenceView,
	comma: number
): [number, number] | undefined {
	if (comma <= sentence.firstToken || !/^[،,]$/.test(view.words[comma]?.token.text ?? ''))
		return undefined;
	for (let k = comma - 1; k > sentence.firstToken && comma - k <= 14; k--) {
		const w = view.words[k];
		if (w.token.kind !== 'punct') continue;
		if (!/^[،,]$/.test(w.token.text)) return undefined;
		return RELATIVES.has(view.words[k + 1]?.key ?? '') ? [k, comma] : undefined;
	}
	return undefined;
}

export type { SentenceView };

/**
 * When-questions for the events of an article.
 * @example whenQuestions(ctx) // [{prompt_ar: 'متى دخل وقف إطلاق النار حيز التنفيذ؟', answer: '12 يناير/كانون الثاني', …}]
 */
export function whenQuestions(ctx: KindContext): Draft[] {
	const statementsByAgent = new Map<string, number>();
	for (const e of ctx.events) {
		if (e.family === 'statement' && e.agent) {
			const k = normalizeForMatch(e.agent.text);
			statementsByAgent.set(k, (statementsByAgent.get(k) ?? 0) + 1);
		}
	}
	const out: Draft[] = sinceQuestions(ctx);
	for (const event of ctx.events) {
		const time = event.time;
		if (!time || time.type !== 'DATE' || (time.entity && isDuration(time.entity))) continue;
		const texts = prompt(ctx, event, statementsByAgent);
		if (!texts) continue;
		out.push({
			type: 'when',
			prompt_ar: texts[0],
			prompt_en: texts[1],
			answer: time.text,
			alsoCorrect: [],
			accept: acceptOf(time),
			evidence: event.sentence,
			difficulty: positionDifficulty(ctx.view, event),
			distractorKind: 'DATE',
			score:
				9.5 +
				positionScore(ctx.view, event) +
				(event.family === 'statement' ? -3 : 0) +
				(event.family === 'ceasefire' || event.family === 'fighting' ? 1 : 0)
		});
	}
	return out;
}

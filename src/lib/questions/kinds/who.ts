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
import type { Span } from '../../arabic/types';
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
				prompt_ar: arabicQuestion('مَن', masculineVerb(view, event), partner, placeAr),
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
			const verb = event.verb ? masculineVerb(view, event) : 'زار';
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
			const content = speechExcerpt(view, event.content);
			if (!content) break;
			const lead = leadOf(view, event.content.start);
			const verb = masculineVerb(view, event);
			const ar = quoted
				? `مَن ${verb}${lead ? ` ${lead} ` : ': '}«${content}»؟`
				: arabicQuestion('مَن', verb, lead || 'أنّ', content);
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

/** Most words of reported speech a who-prompt quotes. */
const SPEECH_WORDS = 14;
/** Words before which reported speech may be cut (a new phrase starts there). */
const PHRASE_OPENERS = new Set([
	'في',
	'علي',
	'من',
	'الي',
	'عن',
	'مع',
	'بين',
	'خلال',
	'لكن',
	'بل',
	'حتي',
	'بعد',
	'قبل'
]);

/**
 * The reported words a who-prompt quotes: whole when short; otherwise cut where a phrase ends (after a comma, or
 * before a preposition or و), never inside a phrase; and never past a figure or a date, which other questions ask
 * about («لن تتجاوز 30 ريالا» would give away «كم تكلفة …»). Undefined when fewer than four words remain. `maxWords`
 * caps the excerpt (a when-prompt quotes less than a who-prompt).
 * @example speechExcerpt(view, content) // 'هذه الأرقام إيجابية، لكنها لا تعكس بعد تحسنا حقيقيا في القدرة الشرائية للمواطنين'
 */
export function speechExcerpt(
	view: KindContext['view'],
	content: Span,
	maxWords = SPEECH_WORDS
): string | undefined {
	const words = view.words.filter(
		(w) =>
			w.token.start >= content.start &&
			w.token.end <= content.end &&
			!['"', '«', '»', '“', '”'].includes(w.key)
	);
	let end = words.length;
	const stop = words.findIndex(
		(w) =>
			view.entities.some(
				(e) =>
					(e.entity.type === 'NUM' || e.entity.type === 'DATE') &&
					e.entity.start <= w.token.start &&
					w.token.start < e.entity.end
			) || /\d/.test(w.token.text)
	);
	if (stop >= 0) end = stop;
	const text = (from: number, to: number) =>
		view.text.slice(words[from].token.start, words[to - 1].token.end).replace(/["«»“”]/g, '');
	if (end === words.length && end <= maxWords) return end >= 4 ? text(0, end) : undefined;
	// Right before the figure (لن تتجاوز…): the dots stand for what another question asks.
	let cut = stop;
	while (cut > 0 && PHRASE_OPENERS.has(words[cut - 1].key)) cut--;
	if (stop >= 0 && cut >= 3 && cut <= maxWords && words[cut - 1].token.kind === 'word')
		return text(0, cut) + '…';
	end = Math.min(end, maxWords);
	// The last phrase boundary at or before `end`: a comma after a word, or a word that opens a phrase.
	for (let cut = end; cut >= 4; cut--) {
		const before = words[cut - 1];
		const next = words[cut];
		const comma = next && /^[،,؛;]$/.test(next.token.text);
		const afterComma = before.token.kind === 'punct';
		if (afterComma) continue;
		if (comma || (next && (PHRASE_OPENERS.has(next.key) || /^و\S{2,}/.test(next.key)))) {
			const kept = words.slice(0, cut).filter((w) => w.token.kind === 'word').length;
			if (kept >= 4) return text(0, cut) + '…';
		}
	}
	return undefined;
}

/**
 * The verb of a who-prompt in the masculine, which «مَن» takes whoever is asked about (قالت → قال): the feminine
 * would give away the answer among male distractors. Kept as written when the stem is not plainly verb + ت.
 * @example masculineVerb(view, event) // 'أوضح' for «وأوضحت رئيسة الفريق …»
 */
export function masculineVerb(view: KindContext['view'], event: NewsEvent): string {
	const verb = event.verb;
	const word = view.words.find((w) => w.token.start === event.trigger.start);
	if (!word) return verb;
	// «تتوجه» (she heads) → «يتوجه»: the analyzer's reading says the present tense is hers.
	const features = word.token.analyses?.[0]?.features ?? '';
	if (/present tense, she\/it/.test(features) && /^ت/.test(verb) && word.pos === 'verb')
		return 'ي' + verb.slice(1);
	if (!verb.endsWith('ت')) return verb;
	const stem = verb.slice(0, -1);
	if (word.lemma && normalizeForMatch(stem) === word.lemma) return stem;
	// A verb ending in ى drops it before ت (التقت → التقى، أدت → أدى).
	if (
		word.lemma &&
		/past tense, she\/it/.test(features) &&
		normalizeForMatch(stem + 'ى') === word.lemma
	)
		return stem + 'ى';
	return verb;
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

/**
 * Meetings and talks: التقى، اجتمع مع، أجرى محادثات/مباحثات مع، عقد لقاء مع، بحث مع، استقبل، اتصل بـ/هاتف.
 * Agent = the subject; partner = the object of التقى/استقبل/هاتف, the person after مع, or after بـ for اتصل.
 */
import type { NewsEvent } from '../types';
import type { ArticleView, SentenceView } from '../view';
import {
	findMarked,
	findPlace,
	findSubject,
	findTime,
	findWord,
	fromEntity,
	fromTokens,
	hasForm,
	isTrigger,
	keySet,
	resolveReference,
	resolveReferenceBefore,
	titlePhrase,
	trigger,
	verbOf,
	type EventFamilySpec
} from './common';

/** Verbs whose object is the person met (التقى الرئيس نظيره). */
const MEET_DIRECT = trigger(
	['التقى', 'استقبل', 'هاتف'],
	[
		'التقت',
		'التقيا',
		'التقوا',
		'يلتقي',
		'تلتقي',
		'سيلتقي',
		'استقبلت',
		'استقبلا',
		'يستقبل',
		'تستقبل',
		'هاتفت'
	]
);
/** Verbs whose partner follows مع (اجتمع مع، بحث مع، تباحث مع). */
const MEET_WITH = trigger(
	['اجتمع', 'بحث', 'تباحث'],
	[
		'اجتمعت',
		'اجتمعا',
		'اجتمعوا',
		'يجتمع',
		'تجتمع',
		'بحثت',
		'بحثا',
		'بحثوا',
		'يبحث',
		'تبحث',
		'تباحثت',
		'تباحثا'
	]
);
/** Verbs whose partner follows بـ (اتصل بالرئيس). */
const CALL = trigger(['اتصل'], ['اتصلت', 'يتصل', 'تتصل']);
/** Support verbs + talk nouns + مع (أجرى محادثات مع، عقد لقاء مع). */
const SUPPORT = trigger(
	['أجرى', 'عقد'],
	['أجرت', 'أجريا', 'أجروا', 'يجري', 'تجري', 'عقدت', 'عقدا', 'عقدوا', 'يعقد', 'تعقد']
);
const TALK_NOUNS = keySet([
	'محادثات',
	'مباحثات',
	'مشاورات',
	'لقاء',
	'اجتماعا',
	'اجتماع',
	'اتصالا',
	'محادثة',
	'مباحثات'
]);
const WITH = keySet(['مع']);

function build(
	view: ArticleView,
	sentence: SentenceView,
	index: number,
	transitive: boolean,
	complement = ''
): NewsEvent | undefined {
	const word = view.words[index];
	const subject = findSubject(view, sentence, index, ['PER', 'ORG', 'LOC']);
	let agent = subject ? fromEntity(subject) : undefined;
	if (!agent || agent.type !== 'PER') {
		// «والتقى الوزير الموريتاني …»: a title + nisba right after the verb names someone met before.
		const resolved =
			resolveReference(view, index + 1) ?? resolveReferenceBefore(view, sentence, index);
		if (resolved) agent = resolved;
	}
	let partner;
	if (transitive) {
		const after = sentence.entities.find(
			(e) =>
				e.entity.type === 'PER' &&
				e.first > index &&
				(!agent || e.entity.start > agent.end || agent.resolved) &&
				(e.marker === '' || e.marker === 'ب') &&
				e.entity.start !== agent?.start
		);
		if (after) partner = fromEntity(after);
		else if (agent && !agent.resolved && agent.start > word.token.start) {
			// «والتقى رئيس الوزراء الهايتي فلان الخميس في نيويورك الأمين العام المساعد …»: an untitled-name object.
			const agentLast = view.words.findIndex((w) => w.token.end >= agent!.end);
			for (let i = agentLast + 1; i <= sentence.lastToken; i++) {
				const covering = sentence.entities.find((e) => e.first <= i && i <= e.last);
				if (covering && covering.entity.type !== 'PER') {
					i = covering.last;
					continue;
				}
				if (view.words[i].key === 'في') continue;
				// «استقبل الرئيس فلان بقصر قرطاج رئيس الحكومة»: a place phrase in ب before the object.
				const placeAfter = sentence.entities.find(
					(e) => e.first === i + 1 && e.entity.type === 'LOC'
				);
				if (/^ب/.test(view.words[i].key) && placeAfter) {
					i = placeAfter.last;
					continue;
				}
				const phrase = titlePhrase(view, sentence, i);
				if (phrase) partner = phrase;
				break;
			}
		} else if (
			agent &&
			!agent.resolved &&
			agent.end <= word.token.start &&
			agent.start >= sentence.start
		) {
			// «قد استقبل وفدي التفاوض الاثنين الماضي»: a non-name object right after the verb, kept as wording.
			let last = index;
			while (last + 1 <= sentence.lastToken && last - index < 3) {
				const w = view.words[last + 1];
				if (
					w.token.kind !== 'word' ||
					w.pos === 'preposition' ||
					w.pos === 'verb' ||
					sentence.entities.some((e) => e.first === last + 1)
				)
					break;
				last++;
			}
			if (last > index) partner = fromTokens(view, index + 1, last);
		}
	} else {
		const withIndex = findWord(view, sentence, index, WITH, 16);
		if (withIndex >= 0) {
			const person = sentence.entities.find(
				(e) => e.first > withIndex && e.first - withIndex <= 10 && e.entity.type === 'PER'
			);
			const other = findMarked(sentence, withIndex - 1, ['PER', 'ORG', 'LOC'], ['مع']);
			const chosen = person ?? other;
			if (chosen) partner = fromEntity(chosen);
			// «مع القائم بأعمال السفير الأفغاني»: a title with no name, kept as wording.
			else partner = titlePhrase(view, sentence, withIndex + 1);
		}
	}
	if (!agent && !partner) return undefined;
	const { time, since } = findTime(view, sentence, index);
	return {
		family: 'meeting',
		trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
		verb: verbOf(view, word),
		sentence: { start: sentence.start, end: sentence.end },
		agent,
		partner,
		// The place comes after the people: a place inside a title (الممثل الخاص … في العراق) is not where they met.
		place: findPlace(view, sentence, Math.max(index, partnerLast(view, partner))),
		time: since ? undefined : time,
		complement,
		transitive
	};
}

/** The meeting family. */
export const meeting: EventFamilySpec = {
	family: 'meeting',
	extract(view, sentence, index) {
		const word = view.words[index];
		if (isTrigger(word, MEET_DIRECT)) return listOf(build(view, sentence, index, true));
		if (isTrigger(word, CALL)) return listOf(build(view, sentence, index, true));
		if (isTrigger(word, MEET_WITH)) {
			if (findWord(view, sentence, index, WITH, 16) < 0) return [];
			return listOf(build(view, sentence, index, false));
		}
		// «محادثات أجراها وزير الداخلية … مع …»: the talk noun before a support verb with its pronoun.
		if (
			/^(اجرا|عقد)(ها|ه)$/.test(word.key) &&
			hasForm(view.words[index - 1], TALK_NOUNS) &&
			findWord(view, sentence, index, WITH, 16) >= 0
		) {
			const noun = view.words[index - 1];
			const event = build(view, sentence, index, false, noun.token.text.replace(/^[وف]/, ''));
			// أجراها → أجرى، عقدها → عقد: the verb without the pronoun that points back at the noun.
			if (event) event.verb = word.token.text.replace(/اها$|اه$/, 'ى').replace(/(ها|ه)$/, '');
			return listOf(event);
		}
		if (isTrigger(word, SUPPORT)) {
			for (let i = index + 1; i <= Math.min(sentence.lastToken, index + 10); i++) {
				if (hasForm(view.words[i], TALK_NOUNS)) {
					const event = build(view, sentence, index, false, view.words[i].token.text);
					return listOf(event);
				}
			}
		}
		return [];
	}
};

/** The token index of the partner's last word (or -1). */
function partnerLast(view: ArticleView, partner: { end: number } | undefined): number {
	if (!partner) return -1;
	const i = view.words.findIndex((w) => w.token.end >= partner.end);
	return i;
}

function listOf<T>(x: T | undefined): T[] {
	return x ? [x] : [];
}

/**
 * Single actions told as verb + subject + a fixed object: the swearing-in (أدى … اليمين الدستورية), resignations
 * (قدم … استقالته، استقال), chairing (ترأس القمة …), claiming or condemning an attack (تبنت … الهجوم، أدان …
 * الهجوم), scoring (سجل … هدفي المغرب) and court rulings (قضت محكمة … بالسجن … على …، برأت محكمة … …). The object
 * words are kept as the question's wording (مَن أدى اليمين الدستورية؟); the subject is a named person or body,
 * or for rulings the court as written (محكمة جنايات القاهرة).
 */
import type { EventArgument, NewsEvent } from '../types';
import type { ArticleView, SentenceView } from '../view';
import {
	clauseEnd,
	findPlace,
	findTime,
	fromEntity,
	fromTokens,
	isTrigger,
	trigger,
	verbOf,
	type EventFamilySpec,
	type Trigger
} from './common';

interface ActionSpec {
	/** Short name, kept in the event's complement so question writers can word it. */
	name: string;
	verbs: Trigger;
	/** The object's first word, normalised (proclitics kept: بالسجن). Undefined: the verb alone (استقال). */
	object?: RegExp;
	/** Most words of the object phrase kept for the wording. */
	objectWords: number;
	/** English past tense with its object. */
	en: string;
}

const ACTIONS: ActionSpec[] = [
	{
		name: 'oath',
		verbs: trigger(['أدى'], ['أدت', 'أديا', 'أدوا', 'يؤدي', 'تؤدي', 'سيؤدي', 'ستؤدي']),
		object: /^اليمين$/,
		objectWords: 2,
		en: 'took the oath of office'
	},
	{
		name: 'resign',
		verbs: trigger(['قدم'], ['قدمت', 'يقدم', 'تقدم']),
		object: /^استقال(ته|تها|ه)$/,
		objectWords: 1,
		en: 'resigned'
	},
	{
		name: 'resign',
		verbs: trigger(['استقال'], ['استقالت']),
		objectWords: 0,
		en: 'resigned'
	},
	{
		name: 'chair',
		verbs: trigger(['ترأس'], ['ترأست', 'يترأس', 'تترأس']),
		object: /^(ال)?(قمه|اجتماع|جلسه|مؤتمر|موتمر|وفد|لجنه|اعمال|دوره)$/,
		objectWords: 1,
		en: 'chaired it'
	},
	{
		name: 'claim',
		verbs: trigger(['تبنى'], ['تبنت', 'يتبنى']),
		object: /^(ال)?(هجوم|هجمات|تفجير|تفجيرات|عمليه|اعتداء)$/,
		objectWords: 1,
		en: 'claimed the attack'
	},
	{
		name: 'condemn',
		verbs: trigger(['أدان', 'ندد'], ['أدانت', 'نددت', 'يدين', 'تدين']),
		object: /^(ال)?(هجوم|هجمات|تفجير|تفجيرات|اعتداء|اعتداءات)$/,
		objectWords: 1,
		en: 'condemned the attack'
	},
	{
		name: 'score',
		verbs: trigger(['سجل', 'أحرز'], ['سجلت', 'أحرزت']),
		object: /^(ال)?(هدف|هدفي|هدفا|اهداف|هدفين)$/,
		objectWords: 2,
		en: 'scored'
	},
	{
		name: 'ruling',
		verbs: trigger(['قضى'], ['قضت']),
		object: /^بال(سجن|اعدام|حبس|غرامه|براءه)$/,
		objectWords: 2,
		en: 'ruled'
	},
	{
		name: 'acquit',
		verbs: trigger(['برأ'], ['برأت', 'برات']),
		objectWords: 0,
		en: 'acquitted'
	}
];

/** Words that may follow the object head inside its phrase: adjectives (الدستورية، المشدد) and a construct noun. */
function objectEnd(view: ArticleView, sentence: SentenceView, head: number, max: number): number {
	let last = head;
	for (let i = head + 1; i <= sentence.lastToken && i - head < max; i++) {
		const w = view.words[i];
		if (w.token.kind !== 'word' || sentence.entities.some((e) => e.first <= i && i <= e.last)) {
			// «هدفي المغرب»: a place or team named in the object stays in it.
			const ent = sentence.entities.find((e) => e.first === i && e.entity.type === 'LOC');
			if (ent && w.token.kind === 'word') last = ent.last;
			break;
		}
		if (!/^ال/.test(w.key) || (w.pos === 'verb' && !w.token.analyses?.[0]?.guess)) break;
		last = i;
	}
	return last;
}

/**
 * True when the object phrase ending at `last` stands whole: its last word is definite (اليمين الدستورية) or a
 * name (هدف مصر), carries a pronoun (استقالته), is an indefinite accusative (هدفا) or a dual or plural in -ين (هدفين). A bare indefinite
 * (أهداف، اجتماع) is half a construct or a counted noun, and no object to ask with («مَن أحرز أهداف؟»).
 */
function objectWhole(view: ArticleView, sentence: SentenceView, last: number): boolean {
	const w = view.words[last];
	// A name is definite (هدف | مصر).
	if (sentence.entities.some((e) => e.first <= last && last <= e.last)) return true;
	const best = w.token.analyses?.[0];
	if (/^(و|ف)?(ال|لل)/.test(w.key) || /(ا|ين)$/.test(w.key) || /ً$/.test(w.token.text)) return true;
	// Without an analysis, the spelling of a pronoun ending (استقالته) is all there is to go on.
	if (!best) return /(ه|ها|هم|هما)$/.test(w.token.text);
	return best.segments.some((seg) => seg.role === 'enclitic');
}

/** A court named as written (محكمة جنايات القاهرة، محكمة الاستئناف) starting at `first`, up to a date or a preposition. */
function courtAt(
	view: ArticleView,
	sentence: SentenceView,
	first: number
): EventArgument | undefined {
	const head = view.words[first];
	if (!head || !/^(ال)?محكمه$/.test(head.key)) return undefined;
	let last = first;
	for (let i = first + 1; i <= sentence.lastToken && i - first < 4; i++) {
		const w = view.words[i];
		if (w.token.kind !== 'word' || ['في', 'ب', 'علي', 'من'].includes(w.key)) break;
		if (sentence.entities.some((e) => e.first <= i && i <= e.last && e.entity.type === 'DATE'))
			break;
		if (w.pos === 'verb' && !w.token.analyses?.[0]?.guess) break;
		last = i;
	}
	return fromTokens(view, first, last);
}

/** The action family. */
export const action: EventFamilySpec = {
	family: 'action',
	extract(view, sentence, index) {
		const word = view.words[index];
		const spec = ACTIONS.find((a) => isTrigger(word, a.verbs));
		if (!spec) return [];
		const end = Math.min(clauseEnd(view, sentence, index), index + 16);
		// The object head, within the clause; the subject stands between verb and object, or right after the object.
		let head = -1;
		if (spec.object) {
			for (let i = index + 1; i < end && i <= sentence.lastToken; i++) {
				const w = view.words[i];
				if (w.token.kind !== 'word') break;
				if (spec.object.test(w.key) || w.forms.some((f) => spec.object!.test(f))) {
					head = i;
					break;
				}
			}
			if (head < 0) return [];
		}
		let objectLast = head >= 0 ? objectEnd(view, sentence, head, spec.objectWords) : -1;
		// The object as a learner can be asked about it: a bare indefinite takes the noun it is annexed to (اجتماع |
		// الحكومة، أهداف | فريقه) or the figure that counts it (سبعة أهداف); with neither, no question is better.
		let objectFirst = head;
		const counted = sentence.entities.find(
			(e) => e.entity.type === 'NUM' && e.first < head && e.last === head
		);
		// «أحرز عشرين هدفا»: a counted object is asked with its count (never «مَن أحرز هدفا؟»).
		if (counted) objectFirst = counted.first;
		else if (head >= 0 && !objectWhole(view, sentence, objectLast)) {
			const next = view.words[objectLast + 1];
			const annexed =
				objectLast + 1 <= sentence.lastToken &&
				next.token.kind === 'word' &&
				next.pos === 'noun' &&
				!sentence.entities.some((e) => e.first <= objectLast + 1 && objectLast + 1 <= e.last) &&
				objectWhole(view, sentence, objectLast + 1) &&
				!/(ا|ين)$/.test(next.key);
			if (annexed) objectLast++;
			else return [];
		}
		const subjectTypes =
			spec.name === 'score' || spec.name === 'oath' || spec.name === 'resign'
				? ['PER']
				: ['PER', 'ORG'];
		const candidates = sentence.entities.filter(
			(e) =>
				e.first > index && e.first < end && subjectTypes.includes(e.entity.type) && e.marker === ''
		);
		let agent: EventArgument | undefined;
		const between = candidates.find((e) => head < 0 || e.last < head);
		const afterObject = candidates.find(
			(e) => head >= 0 && e.first > objectLast && e.first - objectLast <= 6
		);
		if (between) agent = fromEntity(between);
		// «وترأس القمة رئيس الوزراء …»: the subject after the object, never for rulings (… على رجل الأعمال فلان).
		else if (afterObject && spec.name !== 'ruling' && spec.name !== 'acquit')
			agent = fromEntity(afterObject);
		else if (spec.name === 'ruling' || spec.name === 'acquit')
			agent = courtAt(view, sentence, index + 1);
		if (!agent) return [];
		// A ruling names whom it sentenced after على; an acquittal, its object right after the court's time and place.
		let patient: EventArgument | undefined;
		if (spec.name === 'ruling') {
			const p = sentence.entities.find(
				(e) => e.first > objectLast && e.first < end && e.entity.type === 'PER'
			);
			const onIndex = p
				? view.words.slice(objectLast + 1, p.first).findIndex((w) => w.key === 'علي')
				: -1;
			if (p && onIndex >= 0) patient = fromEntity(p);
		}
		const { time, since } = findTime(view, sentence, index);
		let place = findPlace(view, sentence, index);
		// The dateline says where the story was filed; only a place named in the sentence says where this happened.
		if (place && view.dateline && place.start === view.dateline.place.entity.start)
			place = undefined;
		if (place && agent.start <= place.start && place.end <= agent.end) place = undefined;
		const object = head >= 0 ? fromTokens(view, objectFirst, objectLast) : undefined;
		const event: NewsEvent = {
			family: 'action',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb: verbOf(view, word),
			sentence: { start: sentence.start, end: sentence.end },
			agent,
			partner: patient,
			object,
			time: since ? undefined : time,
			place,
			complement: spec.name,
			measure: spec.en
		};
		return [event];
	}
};

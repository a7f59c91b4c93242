/**
 * Shared machinery of the event families: trigger matching (by lemma when the analyzer gives one, by normalised
 * surface form otherwise), and argument finding by position and by the preposition that introduces an entity
 * (subject after the verb, partner after مع, place after في/إلى, time = a date in the sentence or the dateline).
 */
import { normalizeForMatch } from '../../arabic/normalize';
import type { EntityType } from '../../arabic/types';
import type { EventArgument, EventFamily, NewsEvent } from '../types';
import { isDuration } from '../fallback-entities';
import { TITLE_WORDS } from '../titles';
import {
	spanText,
	type ArticleView,
	type EntityView,
	type SentenceView,
	type WordView
} from '../view';

/** One event family: how to spot its triggers and read its arguments. */
export interface EventFamilySpec {
	family: EventFamily;
	/** Events whose trigger is the word at `index` of the sentence, or none. */
	extract(view: ArticleView, sentence: SentenceView, index: number): NewsEvent[];
}

/** A set of normalised keys built from written Arabic words. */
export function keySet(words: string[]): Set<string> {
	return new Set(words.map((w) => normalizeForMatch(w)));
}

/** A trigger: lemmas (vowels optional) and surface forms (normalised on load). */
export interface Trigger {
	lemmas: Set<string>;
	surfaces: Set<string>;
}

/**
 * Make a trigger from lemmas and the inflected forms news uses most.
 * @example trigger(['التقى'], ['التقى', 'التقت', 'يلتقي'])
 */
export function trigger(lemmas: string[], surfaces: string[]): Trigger {
	return { lemmas: keySet(lemmas), surfaces: keySet([...lemmas, ...surfaces]) };
}

/** True when a word is one of the trigger's words (by lemma, or by a proclitic-free surface form). */
export function isTrigger(word: WordView | undefined, t: Trigger): boolean {
	if (!word || word.token.kind !== 'word') return false;
	if (
		word.lemma &&
		t.lemmas.has(word.lemma) &&
		(word.pos === 'verb' || word.pos === '' || word.pos === 'noun')
	)
		return true;
	return word.forms.some((f) => t.surfaces.has(f));
}

/** True when a word's key (or a proclitic-free form) is in the set. */
export function hasForm(word: WordView | undefined, set: Set<string>): boolean {
	return !!word && word.token.kind === 'word' && word.forms.some((f) => set.has(f));
}

/** The trigger as written without a leading و/ف (ووقع → وقع), for questions that open with it. */
export function verbOf(view: ArticleView, word: WordView): string {
	const segments = word.token.analyses?.[0]?.segments;
	if (
		segments &&
		segments.length > 0 &&
		segments[0].role === 'proclitic' &&
		['و', 'ف'].includes(segments[0].form)
	) {
		return word.token.text.slice(segments[0].text.length);
	}
	const text = word.token.text;
	// The analyzer's segments are trusted when there are any: فازت has no proclitic (not ف + ازت).
	if (segments && segments.length > 0) return text;
	if (
		(word.key.startsWith('و') || word.key.startsWith('ف')) &&
		word.key.length > 3 &&
		word.forms.includes(word.key.slice(1))
	) {
		const rest = normalizeForMatch(text.slice(1));
		if (rest === word.key.slice(1) && !hasOwnWaw(word)) return text.slice(1);
	}
	return text;
}

/** Verbs whose first letter is a root و (وقع، وصل، وجه) must keep it. */
const WAW_INITIAL = keySet([
	'وقع',
	'وقعت',
	'وقعا',
	'وقعوا',
	'وصل',
	'وصلت',
	'وصلا',
	'وصلوا',
	'وجه',
	'وجهت',
	'وافق',
	'وافقت',
	'وعد',
	'وعدت',
	'وضع'
]);

function hasOwnWaw(word: WordView): boolean {
	return WAW_INITIAL.has(word.key) && !WAW_INITIAL.has(word.key.slice(1));
}

/** An argument from an entity. */
export function fromEntity(ev: EntityView, resolved = false): EventArgument {
	const { start, end, text, type } = ev.entity;
	return { start, end, text, type, entity: ev.entity, resolved };
}

/** An argument from a run of tokens (not an entity). */
export function fromTokens(view: ArticleView, first: number, last: number): EventArgument {
	return {
		start: view.words[first].token.start,
		end: view.words[last].token.end,
		text: spanText(view, first, last),
		type: 'SPAN'
	};
}

const ACTOR_TYPES: EntityType[] = ['PER', 'ORG', 'LOC'];

/** Nouns that open the name of a place or body named after a person (مركز محمد بن راشد للفضاء، جامعة الملك …). */
const NAMED_AFTER = keySet([
	'مركز',
	'جامعة',
	'مؤسسة',
	'مستشفى',
	'مطار',
	'ملعب',
	'شارع',
	'قاعدة',
	'جائزة',
	'مدرسة',
	'معهد',
	'مسجد',
	'ميناء',
	'جسر',
	'أكاديمية',
	'كلية',
	'صندوق',
	'قصر',
	'ساحة',
	'مدينة',
	'حي',
	'مكتبة',
	'متحف',
	'مجمع',
	'مستشفيات',
	'دار'
]);

/**
 * True when a person entity is the namesake inside a longer name (مركز محمد بن راشد للفضاء, جامعة الملك عبد العزيز):
 * that person is not the one who acts or is asked about.
 * @example in «وأعلن مركز محمد بن راشد للفضاء أن …», محمد بن راشد is inside a name
 */
export function isNamesake(view: ArticleView, e: EntityView): boolean {
	if (e.entity.type !== 'PER' || e.first === 0) return false;
	let i = e.first - 1;
	// «جامعة الملك عبد العزيز»: past the namesake's titles.
	while (i > 0 && TITLE_WORDS.has(view.words[i].key)) i--;
	const before = view.words[i];
	if (!before || before.token.kind !== 'word') return false;
	// Only the construct head (مركز، جامعة): «مديرة المستشفى سعاد …» is a title, not a name.
	if (/^(و|ف)?(ب|ل)?ال/.test(before.key)) return false;
	return NAMED_AFTER.has(before.key.replace(/^(و|ف)?(ب|ل)?/, '')) || NAMED_AFTER.has(before.key);
}

/** Markers after which an entity is a complement, never a subject. */
const COMPLEMENT_MARKERS = new Set([
	'في',
	'مع',
	'الي',
	'من',
	'منذ',
	'علي',
	'عن',
	'بين',
	'خلفا',
	'قرب',
	'ب',
	'ل',
	'ك',
	'حتي',
	'لدي',
	'عند'
]);

/** Words that end the stretch in which a verb's subject may stand. */
const SUBJECT_STOPS = keySet([
	'مع',
	'في',
	'على',
	'من',
	'عن',
	'بين',
	'خلال',
	'أن',
	'إن',
	'الذي',
	'التي',
	'حيث'
]);

/**
 * The subject of a verb: the person (else organisation, else place) after the trigger, before the first
 * preposition; in a subject-first or nominal sentence the nearest such entity before the trigger.
 * @example in «أجرى وزير الخارجية الجزائري رمطان لعمامرة محادثات مع …» the subject is رمطان لعمامرة
 */
export function findSubject(
	view: ArticleView,
	sentence: SentenceView,
	index: number,
	types: EntityType[] = ACTOR_TYPES
): EntityView | undefined {
	const after = sentence.entities.filter((e) => e.first > index);
	let limit = sentence.lastToken;
	for (let i = index + 1; i <= sentence.lastToken; i++) {
		const w = view.words[i];
		if (w.token.kind === 'punct' && w.key !== '"' && w.key !== '«' && w.key !== '»') {
			limit = i;
			break;
		}
		if (SUBJECT_STOPS.has(w.key)) {
			limit = i;
			break;
		}
	}
	// A place or body right after a title (سفير المملكة المتحدة، رئيس مجلس النواب) belongs to a person's title.
	const inTitle = (e: EntityView) =>
		e.entity.type !== 'PER' &&
		e.first > 0 &&
		TITLE_WORDS.has(stripWaw(view.words[e.first - 1].key));
	const candidates = after.filter(
		(e) =>
			e.last < limit + 1 &&
			types.includes(e.entity.type) &&
			!COMPLEMENT_MARKERS.has(e.marker) &&
			!inTitle(e) &&
			!isNamesake(view, e)
	);
	for (const type of types) {
		const hit = candidates.find((e) => e.entity.type === type);
		if (hit && hit.first - index <= 9) return hit;
	}
	const datelineEnd =
		view.dateline && view.dateline.sentence === sentence.index ? view.dateline.end : -1;
	const before = sentence.entities
		.filter(
			(e) =>
				e.first > datelineEnd &&
				e.last < index &&
				index - e.last <= 4 &&
				types.includes(e.entity.type) &&
				!COMPLEMENT_MARKERS.has(e.marker) &&
				// Not across a clause boundary (…، واتفقا): the name belongs to the previous clause.
				!view.words
					.slice(e.last + 1, index)
					.some((w, k, between) => w.token.kind === 'punct' && /^و/.test(between[k + 1]?.key ?? ''))
		)
		.pop();
	return before;
}

/** The first entity of a type after token `from` introduced by one of the markers, within `window` tokens. */
export function findMarked(
	sentence: SentenceView,
	from: number,
	types: EntityType[],
	markers: string[],
	window = 14
): EntityView | undefined {
	return sentence.entities.find(
		(e) =>
			e.first > from &&
			e.first - from <= window &&
			types.includes(e.entity.type) &&
			markers.includes(e.marker)
	);
}

/** Index of the first word after `from` (within the sentence) whose key is in the set. */
export function findWord(
	view: ArticleView,
	sentence: SentenceView,
	from: number,
	keys: Set<string>,
	window = 12
): number {
	for (let i = from + 1; i <= Math.min(sentence.lastToken, from + window); i++) {
		if (keys.has(view.words[i].key)) return i;
	}
	return -1;
}

/** The place of an event: a place introduced by في/ب (or إلى for movement) after the trigger, else the dateline. */
export function findPlace(
	view: ArticleView,
	sentence: SentenceView,
	index: number,
	markers = ['في', 'ب']
): EventArgument | undefined {
	const end = clauseEnd(view, sentence, index);
	const place = sentence.entities.find(
		(e) => e.first > index && e.first < end && e.entity.type === 'LOC' && markers.includes(e.marker)
	);
	if (place) return fromEntity(place);
	if (
		view.dateline &&
		view.dateline.sentence === sentence.index &&
		!sentence.entities.some((e) => e.first > index && e.entity.type === 'LOC' && e.marker === 'في')
	) {
		return fromEntity(view.dateline.place);
	}
	return undefined;
}

/**
 * The first token after `index` that opens another clause: a comma or stop followed by a word in و/ف
 * («التقى … تينوبو، وبحث معه … في منطقة الساحل»), or a verb the analyzer is sure of after an object. The place or
 * time of the event never lies beyond it.
 */
export function clauseEnd(view: ArticleView, sentence: SentenceView, index: number): number {
	for (let i = index + 1; i <= sentence.lastToken; i++) {
		const w = view.words[i];
		if (w.token.kind === 'punct' && !['"', '«', '»', '“', '”', '(', ')'].includes(w.key)) {
			const next = view.words[i + 1];
			if (next && i + 1 <= sentence.lastToken && /^[وف]/.test(next.key) && next.key.length > 2)
				return i;
		}
	}
	return sentence.lastToken + 1;
}

/** The time of an event: a date in the same sentence (after the trigger first); منذ marks a starting point. */
export function findTime(
	view: ArticleView,
	sentence: SentenceView,
	index: number
): { time?: EventArgument; since?: boolean } {
	const dates = sentence.entities.filter((e) => e.entity.type === 'DATE' && !isDuration(e.entity));
	// A date after the trigger, before the next verb or أن (which would open another clause with its own time).
	let clauseEnd = sentence.lastToken;
	for (let i = index + 1; i <= sentence.lastToken; i++) {
		const w = view.words[i];
		if (
			(w.pos === 'verb' && !w.token.analyses?.[0]?.guess && i > index + 1) ||
			THAT_WORDS.has(w.key)
		) {
			clauseEnd = i;
			break;
		}
	}
	// A date before it only when no verb or أن stands between (أعلنت الأمم المتحدة الخميس أن … توصلا: not the time of توصلا).
	const before = dates.filter((e) => e.last < index).pop();
	const beforeOk =
		before &&
		!view.words
			.slice(before.last + 1, index)
			.some((w) => (w.pos === 'verb' && !w.token.analyses?.[0]?.guess) || THAT_WORDS.has(w.key));
	const date =
		dates.find((e) => e.first > index && e.first < clauseEnd) ?? (beforeOk ? before : undefined);
	if (!date) return {};
	return { time: fromEntity(date), since: date.marker === 'منذ' };
}

const THAT_WORDS = keySet(['أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'حيث', 'الذي', 'التي']);

/** Words that may refer back to a named person (الوزير الجزائري، الرئيس المنتخب، المبعوث الأممي). */
const REFERENCE_TITLES = keySet([
	'الوزير',
	'الوزيرة',
	'الرئيس',
	'المبعوث',
	'الملك',
	'العاهل',
	'الأمير',
	'السفير',
	'المحافظ',
	'الزعيم',
	'الجنرال',
	'المشير'
]);

/**
 * Resolve a reference such as الوزير الجزائري (title + nisba) at `index` to the person the article named with that
 * title or nisba before (وزير الخارجية الجزائري رمطان لعمامرة … الوزير الجزائري). Only when exactly one person fits.
 * @example «… الوزير الموريتاني …» after «نظيره الموريتاني سيدي محمد ولد أحمد» → سيدي محمد ولد أحمد
 */
export function resolveReference(view: ArticleView, index: number): EventArgument | undefined {
	if (index < 0) return undefined;
	const title = view.words[index];
	const nisba = view.words[index + 1];
	if (
		!title ||
		!nisba ||
		!REFERENCE_TITLES.has(title.forms[0] === title.key ? stripWaw(title.key) : title.key)
	)
		return undefined;
	if (!/^ال\S+(ي|يه)$/.test(nisba.key)) return undefined;
	const bareTitle = stripWaw(title.key).replace(/^ال/, '').replace(/ه$/, '');
	const matches = new Map<string, EntityView>();
	for (const ev of view.entities) {
		if (ev.entity.type !== 'PER' || ev.first >= index) continue;
		const words = view.words.slice(Math.max(0, ev.first - 6), ev.first).map((w) => w.key);
		const hasNisba = words.includes(nisba.key);
		const hasTitle = words.some((k) => k.includes(bareTitle) || k.startsWith('نظير'));
		if (hasNisba && hasTitle)
			matches.set(normalizeForMatch(ev.entity.canonical || ev.entity.text), ev);
	}
	if (matches.size !== 1) return undefined;
	const [ev] = [...matches.values()];
	return fromEntity(ev, true);
}

/** Auxiliaries between a fronted subject and its verb (وكان الرئيس الجيبوتي قد وصل). */
const AUXILIARY_WORDS = keySet(['قد', 'لقد', 'كان', 'كانت', 'وكان', 'وكانت']);

/**
 * A reference standing before the verb (وكان الرئيس الجيبوتي قد وصل …): the title + nisba two words before the
 * verb once auxiliaries are skipped, resolved as by resolveReference.
 */
export function resolveReferenceBefore(
	view: ArticleView,
	sentence: SentenceView,
	index: number
): EventArgument | undefined {
	let j = index - 1;
	while (j >= sentence.firstToken && AUXILIARY_WORDS.has(view.words[j].key)) j--;
	return j - 1 >= sentence.firstToken ? resolveReference(view, j - 1) : undefined;
}

function stripWaw(key: string): string {
	return key.startsWith('و') && key.length > 3 ? key.slice(1) : key;
}

/**
 * The noun phrase that starts at `first`: following words up to a stop (punctuation, a preposition that opens a new
 * argument, a date or person), at most `max` words. Quotes inside are kept in the span.
 */
export function nounPhrase(
	view: ArticleView,
	sentence: SentenceView,
	first: number,
	stops: Set<string>,
	max = 8
): number {
	let last = first;
	for (let i = first + 1; i <= sentence.lastToken && i - first < max; i++) {
		const w = view.words[i];
		if (w.token.kind === 'punct') {
			if (w.key === '"' || w.key === '«' || w.key === '»') continue;
			break;
		}
		if (stops.has(w.key)) break;
		if (w.pos === 'verb' && !w.token.analyses?.[0]?.guess) break;
		if (
			sentence.entities.some(
				(e) => e.first === i && (e.entity.type === 'DATE' || e.entity.type === 'PER')
			)
		)
			break;
		last = i;
	}
	// Do not end on a quote mark or a dangling preposition.
	while (
		last > first &&
		['"', '«', '»', 'في', 'مع', 'من', 'الي', 'علي'].includes(view.words[last].key)
	)
		last--;
	return last;
}

/** Stops for object phrases: prepositions and words that open a new argument or clause. */
export const PHRASE_STOPS = keySet([
	'مع',
	'بين',
	'لمدة',
	'بحسب',
	'حسب',
	'وفق',
	'وفقا',
	'خلال',
	'منذ',
	'بوساطة',
	'برعاية',
	'بقيمة',
	'بعد',
	'قبل',
	'إلى',
	'الذي',
	'التي',
	'حيث',
	'وسط',
	'عقب',
	'ضمن',
	'على',
	'مباشرة',
	'أمس',
	'اليوم',
	'سنويا'
]);

/**
 * A title phrase used as wording when the text names no one (الأمين العام المساعد للشؤون السياسية، القائم بأعمال
 * السفير الأفغاني): from `first`, which must be a title word, up to a preposition, punctuation, verb, date or name,
 * at most `max` words. Undefined when `first` is not a title.
 */
export function titlePhrase(
	view: ArticleView,
	sentence: SentenceView,
	first: number,
	max = 6
): EventArgument | undefined {
	const head = view.words[first];
	if (!head || head.token.kind !== 'word' || !TITLE_WORDS.has(stripWaw(head.key))) return undefined;
	let last = first;
	for (let i = first + 1; i <= sentence.lastToken && i - first < max; i++) {
		const w = view.words[i];
		if (w.token.kind !== 'word' || ['في', 'الي', 'مع', 'علي', 'من', 'عن', 'منذ'].includes(w.key))
			break;
		if (w.pos === 'verb' && !w.token.analyses?.[0]?.guess) break;
		if (
			sentence.entities.some(
				(e) => e.first === i && (e.entity.type === 'DATE' || e.entity.type === 'PER')
			)
		)
			break;
		last = i;
	}
	return fromTokens(view, first, last);
}

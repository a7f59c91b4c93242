/**
 * Any clause that opens with its verb (أصدرت المحكمة الدستورية اليوم الأربعاء حكما …، ورفعت الدعوى جمعية المحامين
 * في سبتمبر 2024): the families above know their own verbs; this one knows none and reads only what every such
 * clause has — the verb, the words after it, a date of its own, and a named subject (a person, an organisation, or
 * a body as written: المعهد الوطني للإحصاء، اللجنة الانتخابية الوطنية المستقلة).
 *
 * The wording of its questions is the clause as written, up to where another clause starts (a comma, الذي/التي,
 * بعد/إثر …) and never past a figure (which another question asks about): «متى أصدرت المحكمة الدستورية حكما بعدم
 * دستورية المادة الثامنة؟», «ما الجهة التي رفعت الدعوى؟». A date belongs to the clause only when no other verb,
 * أن or subordinate clause stands between, so «بعد توقيعها اتفاقا ليلة الجمعة» never dates the announcement before it.
 */
import type { EventArgument, NewsEvent } from '../types';
import {
	spanText,
	type ArticleView,
	type EntityView,
	type SentenceView,
	type WordView
} from '../view';
import { isDuration } from '../fallback-entities';
import { TITLE_WORDS } from '../titles';
import { normalizeForMatch } from '../../arabic/normalize';
import { fromEntity, fromTokens, isNamesake, keySet, verbOf, type EventFamilySpec } from './common';

/** Words that open another clause inside the sentence: the clause's own words end before them. */
const CLAUSE_STOPS = keySet([
	'الذي',
	'التي',
	'الذين',
	'اللذين',
	'اللتين',
	'بعد',
	'قبل',
	'إثر',
	'عقب',
	'حين',
	'عندما',
	'بينما',
	'فيما',
	'حيث',
	'لكن',
	'لكنه',
	'لكنها',
	'مما',
	'ما',
	'بحسب',
	'حسب',
	'وفق',
	'وفقا',
	'وسط',
	'جراء',
	'بسبب'
]);
/** Words that make the time of what follows another clause's (أنه يتوقع، إن …). */
const THAT = keySet(['أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم']);
/** Words of a time of day or «today» that stand with a date and go with it (اليوم الأربعاء، مساء الجمعة). */
const TIME_WORDS = keySet([
	'يوم',
	'اليوم',
	'أمس',
	'مساء',
	'صباح',
	'فجر',
	'ظهر',
	'ليلة',
	'ليل',
	'مساء',
	'صباحا',
	'مساءا',
	'ظهر'
]);
/** Prepositions and words that lead into a phrase (cut before them) and never end a prompt. */
const LEADS = keySet([
	'في',
	'على',
	'من',
	'إلى',
	'عن',
	'مع',
	'بين',
	'خلال',
	'لمدة',
	'نحو',
	'حوالي',
	'قرابة',
	'أكثر',
	'أقل',
	'زهاء',
	'نيابة',
	'بحضور',
	'بمشاركة',
	'بقيمة',
	'بنسبة',
	'بمبلغ',
	'بلغت',
	'بلغ',
	'غضون',
	'و'
]);
/** «ومن المقرر/المنتظر/المتوقع أن …»: what follows is planned or expected. */
const PLANNED = keySet(['المقرر', 'المنتظر', 'المتوقع']);
/** Prepositions a long clause may be cut before. */
const PREPOSITIONS = keySet(['في', 'على', 'من', 'إلى', 'عن', 'مع', 'بين', 'خلال', 'لدى', 'حول']);
/** Verbs that name no action a learner can be asked about by themselves. */
const NO_ACTION = keySet([
	'بلغ',
	'بلغت',
	'يبلغ',
	'تبلغ',
	'كان',
	'كانت',
	'يكون',
	'تكون',
	'ليس',
	'ليست',
	'أصبح',
	'أصبحت',
	'بات',
	'باتت'
]);
/** Heads of a body named as written (المحكمة الدستورية، جمعية المحامين الكويتية، إدارة الكوارث والطوارئ التركية). */
const BODY_HEADS = keySet([
	'محكمة',
	'جمعية',
	'معهد',
	'لجنة',
	'هيئة',
	'وزارة',
	'مجلس',
	'بنك',
	'صندوق',
	'منظمة',
	'اتحاد',
	'نقابة',
	'نقابات',
	'شركة',
	'إدارة',
	'مركز',
	'حكومة',
	'مفوضية',
	'وكالة',
	'جامعة',
	'رابطة',
	'حزب',
	'جبهة',
	'برلمان',
	'سلطات',
	'مؤسسة',
	'بلدية',
	'نيابة'
]);
/** Words naming the kind of a group before its name (حركة الشباب، جماعة الحوثيين), normalised. */
const ORG_KINDS = keySet(['حركة', 'جماعة', 'تنظيم', 'جبهة', 'ميليشيا']);
/** Most words of the clause a prompt quotes. */
const MAX_WORDS = 11;

/** True when the token at i is inside an entity of one of the types. */
function entityAt(sentence: SentenceView, i: number): EntityView | undefined {
	return sentence.entities.find((e) => e.first <= i && i <= e.last);
}

function isDate(e: EntityView | undefined): boolean {
	if (!e || e.entity.type !== 'DATE') return false;
	// «الشهر المقبل»، «الأسبوع الماضي»: a time before or after now, whatever its value says, is a date.
	return !isDuration(e.entity) || /(المقبل|القادم|الماضي|المنصرم)$/.test(e.entity.text);
}

/** A sure verb (the analyzer's best reading, not a guess). */
function sureVerb(view: ArticleView, w: WordView): boolean {
	if (w.pos !== 'verb' || w.token.analyses?.[0]?.guess) return false;
	// «يسجل الاقتصاد التونسي نموا بنسبة …»: a word in -وا that may also be a noun in the accusative (نُمُوًّا) is that
	// noun after a noun or adjective; a verb of «they» does not follow its subject straight after a noun without الذين.
	const previous = view.words[w.index - 1];
	const noun = (w.token.analyses ?? []).some((a) => a.pos === 'noun' && !a.guess);
	return !(
		/وا$/.test(w.key) &&
		noun &&
		previous?.token.kind === 'word' &&
		['noun', 'adjective', 'proper noun'].includes(previous.pos)
	);
}

/**
 * A body named as written from `first`: a head noun (المحكمة، جمعية) and the definite words that follow it (الدستورية،
 * المحامين الكويتية، للإحصاء، والطوارئ التركية), at most five words. Undefined when `first` is not such a head.
 */
export function bodyAt(
	view: ArticleView,
	sentence: SentenceView,
	first: number
): EventArgument | undefined {
	const head = view.words[first];
	if (!head || head.token.kind !== 'word') return undefined;
	const bare = head.key.replace(/^ال/, '');
	// «وكالة»، «وزارة»، «لجنة»، «بنك» are heads as written (their و، ل، ب is no clitic: «ولجنة» is no head).
	if (!BODY_HEADS.has(bare)) return undefined;
	// After a definite head only adjectives and a ل-phrase follow (المحكمة الدستورية، المعهد الوطني للإحصاء), never
	// the object of the verb (أغلقت السلطات المدارس); an indefinite head takes one definite noun first (جمعية المحامين).
	// An indefinite head opens a construct (جمعية آباء التلاميذ): nouns follow until a definite one closes it.
	let open = !/^ال/.test(head.key);
	let last = first;
	for (let i = first + 1; i <= sentence.lastToken && i - first < 5; i++) {
		const w = view.words[i];
		if (w.token.kind !== 'word' || entityAt(sentence, i) || sureVerb(view, w) || LEADS.has(w.key))
			break;
		const definite = /^(و?ال|لل)/.test(w.key);
		if (open) {
			if (w.pos && w.pos !== 'noun' && w.pos !== 'adjective') break;
			open = !definite;
			last = i;
			continue;
		}
		if (!definite) break;
		// An adjective agrees with its head (اللجنة … المستقلة); a participle that does not is another noun (المحكمة المتهم).
		const agrees =
			/ه$/.test(head.key) === /ه$/.test(w.key) ||
			/(ي|يه)$/.test(w.key) ||
			(/ه$/.test(head.key) && /^ال\S{3}[اي]$/.test(w.key));
		// «إدارة الكوارث والطوارئ التركية»: a noun joined by و stays in the name.
		const adjective =
			/^وال/.test(w.key) ||
			(w.pos === 'adjective' && agrees) ||
			/^لل/.test(w.key) ||
			/^(و?ال)\S+(ي|يه|يون|يين)$/.test(w.key);
		if (!adjective) break;
		last = i;
	}
	// A construct left open (جمعية آباء) names nothing whole, nor does a name going on in a ل-genitive (الاتحاد
	// العام | لعمال سلطنة عمان).
	if (open) return undefined;
	// «الهيئة الوطنية | لإدارة الكوارث»: a name that goes on in a ل-genitive takes it with its definite words; one
	// that goes on further (into a place name: الاتحاد العام لعمال سلطنة عمان) is cut short, and names nothing.
	const genitive = (i: number) =>
		i <= sentence.lastToken &&
		/^ل[^ل]/.test(view.words[i].key) &&
		view.words[i].pos === 'noun' &&
		!entityAt(sentence, i);
	if (genitive(last + 1) && last > first) {
		let k = last + 1;
		while (
			k + 1 <= sentence.lastToken &&
			k - last < 3 &&
			/^(و?ال)/.test(view.words[k + 1].key) &&
			['noun', 'adjective'].includes(view.words[k + 1].pos) &&
			!entityAt(sentence, k + 1) &&
			!sureVerb(view, view.words[k + 1])
		)
			k++;
		const after = entityAt(sentence, k + 1);
		const named = after && ['PER', 'LOC', 'ORG'].includes(after.entity.type);
		if (k > last + 1 && !named && !genitive(k + 1)) last = k;
	}
	const next = view.words[last + 1];
	if (next && last + 1 <= sentence.lastToken && /^ل[^ل]/.test(next.key) && next.pos === 'noun')
		return undefined;
	// A head alone (المجلس، الحكومة) may be many bodies: only a named one is a subject to ask about.
	if (last === first) return undefined;
	return fromTokens(view, first, last);
}

/**
 * An organisation entity with the words the recogniser left off its end (إدارة الكوارث | والطوارئ التركية): following
 * definite words that are a nisba adjective or joined by و, at most three.
 */
export function withBodyTail(
	view: ArticleView,
	sentence: SentenceView,
	e: EntityView
): EventArgument | undefined {
	const arg = fromEntity(e);
	let last = e.last;
	for (let i = e.last + 1; i <= sentence.lastToken && i - e.last <= 3; i++) {
		const w = view.words[i];
		if (w.token.kind !== 'word' || entityAt(sentence, i) || sureVerb(view, w)) break;
		if (!/^وال/.test(w.key) && !/^ال\S+(ي|يه)$/.test(w.key)) break;
		last = i;
	}
	// «الاتحاد العام | لعمال سلطنة عمان»: a name that goes on in a ل-genitive was cut short; no key is better.
	const next = view.words[last + 1];
	if (
		next &&
		last + 1 <= sentence.lastToken &&
		next.token.kind === 'word' &&
		/^ل[^ل]/.test(next.key) &&
		next.pos === 'noun'
	)
		return undefined;
	if (last === e.last) return arg;
	const end = view.words[last].token.end;
	return { ...arg, end, text: view.text.slice(arg.start, end) };
}

/** Cardinal number words in the definite (النقابات الخمس، الأحزاب الثلاثة), normalised. */
const NUMBER_ADJECTIVES = keySet([
	'الاثنان',
	'الاثنين',
	'الثلاث',
	'الثلاثة',
	'الأربع',
	'الأربعة',
	'الخمس',
	'الخمسة',
	'الست',
	'الستة',
	'السبع',
	'السبعة',
	'الثماني',
	'الثمانية',
	'التسع',
	'التسعة',
	'العشر',
	'العشرة'
]);

/**
 * The last token of what describes the subject after its name (النقابات التعليمية | الخمس الأكثر تمثيلا في المغرب،
 * حزب النهضة | الحاكم في البلاد): definite adjectives and number words, the noun that specifies an elative
 * (الأكثر تمثيلا), then a place in في. A who-prompt leaves them out with the subject, or they would stand in the verb's
 * place («ما الجهة التي أعلنت الخمس الأكثر تمثيلا …»).
 */
function subjectModifiersEnd(
	view: ArticleView,
	sentence: SentenceView,
	subjectLast: number,
	person: boolean
): number {
	let k = subjectLast + 1;
	const inSentence = (i: number) => i <= sentence.lastToken && view.words[i]?.token.kind === 'word';
	// «وكالة الأنباء المغربية "لاماب"»: the body's own name in quotation marks right after it goes with it.
	const QUOTES = ['"', '«', '»', '“', '”'];
	const quoted =
		k < sentence.lastToken && QUOTES.includes(view.words[k].key)
			? entityAt(sentence, k + 1)
			: undefined;
	if (quoted && quoted.first === k + 1 && QUOTES.includes(view.words[quoted.last + 1]?.key ?? ''))
		k = quoted.last + 2;
	const describes = (w: WordView) =>
		/^ال/.test(w.key) &&
		!entityAt(sentence, w.index) &&
		(w.pos === 'adjective' ||
			w.pos === 'number' ||
			NUMBER_ADJECTIVES.has(w.key) ||
			(w.token.analyses ?? []).some((a) => a.pos === 'adjective' && !a.guess));
	let moved = false;
	while (inSentence(k) && describes(view.words[k])) {
		// «الأكثر تمثيلا»: an elative takes the indefinite noun that says in what.
		const elative = /^الا\S{3}$/.test(view.words[k].key);
		k++;
		moved = true;
		if (elative && inSentence(k) && /ا$/.test(view.words[k].key) && !/^ال/.test(view.words[k].key))
			k++;
	}
	// «… في المغرب»، «… في البلاد»: where the body is, said right after it (or after its name: المجلس الدستوري في
	// السنغال). After a person it is where the event took place, and stays.
	if ((moved || !person) && inSentence(k + 1) && view.words[k].key === 'في') {
		const place = entityAt(sentence, k + 1);
		if (place && place.entity.type === 'LOC' && place.first === k + 1) k = place.last + 1;
		else if (!place && /^ال/.test(view.words[k + 1].key) && view.words[k + 1].pos === 'noun')
			k += 2;
	}
	return k - 1;
}

/**
 * The closing comma of a relative clause that opens at the comma `comma` (، التي تقاتل الحكومة منذ عام 2007،), or -1
 * when no relative pronoun follows the comma or no second comma closes it within a few words.
 */
function asideEnd(view: ArticleView, sentence: SentenceView, comma: number): number {
	if (!/^[،,]$/.test(view.words[comma].token.text)) return -1;
	if (!['الذي', 'التي', 'الذين'].includes(view.words[comma + 1]?.key ?? '')) return -1;
	for (let k = comma + 2; k <= sentence.lastToken && k - comma <= 14; k++) {
		const w = view.words[k];
		if (w.token.kind !== 'punct' || ['"', '«', '»', '“', '”'].includes(w.key)) continue;
		return /^[،,]$/.test(w.token.text) && k < sentence.lastToken ? k : -1;
	}
	return -1;
}

/** Prepositions written apart (في، على، مع …), normalised. */
const PREPOSITION_WORDS = keySet([
	'في',
	'على',
	'من',
	'إلى',
	'عن',
	'مع',
	'بين',
	'لدى',
	'حول',
	'عبر'
]);

/**
 * True when the word `p` (right before a name) ends the definite words of a prepositional phrase opened after the
 * verb at `verb`: «في المجلة الطبية | "…"»، «مع الوزير | فلان»، «بالصحيفة المحلية | "…"». The name is in apposition
 * to them, inside the phrase.
 */
function inPrepositionalPhrase(view: ArticleView, verb: number, p: number): boolean {
	// Back over the adjectives (الطبية، المحلية) to the phrase's noun, which may be a title (مع الوزير فلان); a second
	// noun (في الهجوم | الجندي فلان) starts another phrase, the subject's.
	let k = p;
	const word = (i: number) => view.words[i];
	const joined = (i: number) => joinedPreposition(word(i)) && /^(و|ف)?(ب|ك)ال/.test(word(i).key);
	const definite = (i: number) => /^(و|ف)?(ال|لل)/.test(word(i).key) || joined(i);
	while (
		k > verb + 1 &&
		word(k).token.kind === 'word' &&
		definite(k) &&
		word(k).pos === 'adjective'
	)
		k--;
	if (k <= verb || word(k).token.kind !== 'word' || !definite(k) || word(k).pos === 'adjective')
		return false;
	// «بالصحيفة المحلية»: the preposition joined to the noun (never the و-ك of وكالة, nor a ل-genitive in a name).
	if (joined(k)) return true;
	return k - 1 > verb && PREPOSITION_WORDS.has(word(k - 1).key.replace(/^[وف]/, ''));
}

/** True when the analyzer reads ب or ك joined to the word (بالصحيفة، كعضو), never the و-ك of وكالة. */
function joinedPreposition(w: WordView): boolean {
	const segments = w.token.analyses?.[0]?.segments ?? [];
	return segments.some((seg) => seg.role === 'proclitic' && /^[بك]$/.test(seg.form));
}

/** The clause family. */
export const clause: EventFamilySpec = {
	family: 'clause',
	extract(view, sentence, index) {
		const word = view.words[index];
		if (word.token.kind !== 'word' || !sureVerb(view, word)) return [];
		// The clause opens with the verb: the sentence's first word (after the dateline), or a word in و after a comma.
		const bodyStart =
			view.dateline && view.dateline.sentence === sentence.index
				? view.dateline.end + 1
				: sentence.firstToken;
		const prev = view.words[index - 1];
		// «ومن المقرر أن تعلن المحكمة العليا …»: a planned act, asked in the future (ستعلن).
		// «… ، ومن المنتظر أن تبدأ الهيئة …»: the same after a comma.
		const plannedStart =
			index - 3 === bodyStart ||
			(index - 4 >= bodyStart &&
				/^[،,]$/.test(view.words[index - 4].token.text) &&
				/^ومن$/.test(view.words[index - 3].key));
		const planned =
			index - 3 >= bodyStart &&
			plannedStart &&
			/^و?من$/.test(view.words[index - 3].key) &&
			PLANNED.has(view.words[index - 2].key) &&
			view.words[index - 1].key === 'ان' &&
			/^[يت]/.test(word.key);
		const opens =
			planned ||
			index === bodyStart ||
			(index > bodyStart &&
				prev?.token.kind === 'punct' &&
				/^[،,]$/.test(prev.token.text) &&
				/^و/.test(word.key));
		if (!opens) return [];
		const verb = planned ? 'س' + verbOf(view, word) : verbOf(view, word);
		// «وكانت المنطقة قد تضررت …»: كان with قد and a verb tells when that verb happened.
		const auxiliary = /^(كان|كانت)$/.test(verb.replace(/^[وف]/, ''));
		if (auxiliary) {
			const qad = view.words
				.slice(index + 1, Math.min(sentence.lastToken, index + 8) + 1)
				.findIndex((w) => w.key === 'قد');
			if (qad < 0 || !sureVerb(view, view.words[index + 2 + qad] ?? word)) return [];
		} else if (NO_ACTION.has(verb.replace(/^[وف]/, '')) || NO_ACTION.has(word.key)) return [];
		let mainVerbSeen = !auxiliary;
		// The clause's own words: up to punctuation, another clause, a figure, or the MAX_WORDS-th word.
		let end = index; // last token kept
		let time: EventArgument | undefined;
		let timeFirst = -1;
		let timeLast = -1;
		let subject: EventArgument | undefined;
		let subjectFirst = -1;
		let subjectLast = -1;
		let dated = true; // a date may still be the clause's own
		let verbs = 0; // verbs of an أن-clause passed
		let full = false; // stopped at MAX_WORDS rather than at a clause boundary
		let words = 0;
		let closed = false; // past a figure: only the clause's date is still looked for
		let aside: [number, number] | undefined; // a relative clause between commas after the subject
		let limit = MAX_WORDS; // words the wording may keep
		let clauseAfterDate = false; // what follows the clause's date is another clause
		let unfinished = false; // the wording stops at a figure inside an أن-clause
		let figureFirst = false; // the figure stands right after the verb (its subject or object)
		for (let i = index + 1; i <= sentence.lastToken; i++) {
			const w = view.words[i];
			if (w.token.kind === 'punct') {
				if (['"', '«', '»', '“', '”'].includes(w.key)) continue;
				// «وتبنت حركة الشباب، التي تقاتل الحكومة منذ عام 2007، الهجوم …»: a relative clause between commas right
				// after the subject describes it; the clause goes on after the second comma, without it.
				const close = subject && subjectLast === i - 1 && !aside ? asideEnd(view, sentence, i) : -1;
				if (close > 0) {
					aside = [i, close];
					i = close;
					continue;
				}
				break;
			}
			const ent = entityAt(sentence, i);
			if (
				ent &&
				(ent.entity.type === 'NUM' ||
					(ent.entity.type === 'DATE' && isDuration(ent.entity) && !isDate(ent)))
			) {
				if (ent.entity.text === 'اليوم' || /^P0/.test(String(ent.entity.value ?? ''))) {
					continue; // «اليوم الأربعاء»: today, not a length of time
				}
				if (!closed) {
					// The words that lead into the figure go with it (لتوريد …، بقيمة …، نيابة عن …).
					while (end > index + 1 && LEADS.has(view.words[end].key)) end--;
					if (
						end > index + 1 &&
						/^[لب]\S{3,}$/.test(view.words[end].key) &&
						!entityAt(sentence, end)
					)
						end--;
				}
				// The wording ends here; the clause's own date may still follow (… نيابة عن 37 عاملا في سبتمبر 2024).
				// Cut inside what was said (أن نسبة البطالة تراجعت | إلى 15.3%), the wording shows it goes on.
				if (!closed && !dated) unfinished = true;
				// «وصل أكثر من 150 ألف مهاجر …»: a figure with only leading words before it is the verb's own argument.
				if (!closed)
					figureFirst = view.words
						.slice(index + 1, ent.first)
						.every((x) => x.token.kind !== 'word' || LEADS.has(x.key));
				closed = true;
				i = ent.last;
				continue;
			}
			if (isDate(ent)) {
				// «أمس الثلاثاء»، «اليوم الأربعاء»: a word for today or yesterday gives way to the day it names.
				const adjacent =
					time && ent!.first === timeLast + 1 && TIME_WORDS.has(normalizeForMatch(time.text));
				if ((time && !adjacent) || !dated || ent!.marker === 'منذ') break;
				time = fromEntity(ent!);
				if (!adjacent) timeFirst = ent!.first;
				timeLast = ent!.last;
				i = ent!.last;
				continue;
			}
			if (closed) {
				if (CLAUSE_STOPS.has(w.key) || sureVerb(view, w) || THAT.has(w.key)) break;
				continue;
			}
			if (CLAUSE_STOPS.has(w.key)) break;
			// The verb of an أن-clause is part of what was said (أن نسبة البطالة تراجعت); any other verb opens a clause.
			if (sureVerb(view, w) && i > index + 1) {
				if (!mainVerbSeen && view.words[i - 1].key === 'قد') mainVerbSeen = true;
				// «أنه يتوقع أن يبلغ …»: a verb after أن completes the verb before it, it opens no clause of its own.
				else if (verbs > 0 && view.words[i - 1].key === 'ان') {
					/* part of what was said */
				} else if (dated || verbs > 0) break;
				else verbs++;
			}
			if (THAT.has(w.key)) dated = false;
			// The subject: a person (first), an organisation named without a preposition, or a body as written, near
			// the verb and before any date or أن; never a body that belongs to a title (رئيس جمعية المحامين فلان).
			if (dated && !time && i - index <= 6) {
				// The word before, past quotation marks (في مجلة "لانسيت": the name is the journal's, not a subject).
				let p = i - 1;
				while (p > index && ['"', '«', '»', '“', '”'].includes(view.words[p].key)) p--;
				const previous = view.words[p];
				const afterTitle = i > 0 && TITLE_WORDS.has(previous.key.replace(/^و/, ''));
				// «عدد أعضاء مجلس الأمة»: a body after an indefinite noun is its genitive, not the subject.
				const inConstruct =
					p > index &&
					previous.token.kind === 'word' &&
					!/^(و|ف)?(ال|لل)/.test(previous.key) &&
					!BODY_HEADS.has(previous.key) &&
					// «حركة الشباب»، «جماعة …»: the kind of a named group before its name.
					!(ent?.entity.type === 'ORG' && ORG_KINDS.has(previous.key.replace(/^و/, ''))) &&
					!entityAt(sentence, p);
				// «في المجلة الطبية "…"»، «مع الوزير فلان»: a name right after the noun of a prepositional phrase (and its
				// adjectives) stands for it, inside the phrase — in a passive clause (نُشرت النتائج في الصحيفة "…") as in
				// an active one, it is no subject.
				const excluded = !!ent && inPrepositionalPhrase(view, index, p);
				let candidate: { arg: EventArgument; first: number; last: number } | undefined;
				if (excluded) candidate = undefined;
				else if (ent && ent.entity.type === 'PER' && ent.marker === '' && !isNamesake(view, ent))
					candidate = { arg: fromEntity(ent), first: ent.first, last: ent.last };
				else if (
					!afterTitle &&
					!inConstruct &&
					ent &&
					ent.entity.type === 'ORG' &&
					ent.marker === ''
				)
					// «شركة قطر للطاقة»: the head noun before the name goes out of the wording with it.
					candidate = (() => {
						const tail = withBodyTail(view, sentence, ent);
						if (!tail) return undefined;
						// «حركة الشباب»: the group is named with its kind (the key a learner would give).
						const kind = ORG_KINDS.has(previous.key) && p === ent.first - 1;
						const arg = kind
							? {
									...tail,
									start: previous.token.start,
									text: view.text.slice(previous.token.start, tail.end)
								}
							: tail;
						return {
							arg,
							first:
								BODY_HEADS.has(previous.key) || ORG_KINDS.has(previous.key.replace(/^و/, ''))
									? p
									: ent.first,
							last: view.words.findIndex((x) => x.token.end === arg.end)
						};
					})();
				else if (!afterTitle && !inConstruct && !ent) {
					const body = bodyAt(view, sentence, i);
					if (body)
						candidate = {
							arg: body,
							first: i,
							last: view.words.findIndex((x) => x.token.end === body.end)
						};
				}
				if (candidate && (!subject || (candidate.arg.type === 'PER' && subject.type !== 'PER'))) {
					subject = candidate.arg;
					subjectFirst = candidate.first;
					subjectLast = candidate.last;
				}
			}
			if (ent && ent.last > i) {
				end = ent.last;
				words += ent.last - i + 1;
				i = ent.last;
			} else {
				end = i;
				words++;
			}
			if (words >= limit) {
				// «أعلن فريق من الباحثين في جامعة … أمس الثلاثاء عن تطوير …»: a long subject before the date leaves no
				// room for what was done after it; the clause gets a few more words once, or its prompt lacks its object.
				const afterDate = time
					? view.words
							.slice(timeLast + 1, i + 1)
							.filter((x) => x.token.kind === 'word' && !LEADS.has(x.key))
					: [];
				// …unless what follows the date is another clause (زلزال مدمر في فبراير 2023 | أودى بحياة …).
				const opensClause = afterDate.some((x) =>
					(x.token.analyses ?? []).some((a) => a.pos === 'verb')
				);
				clauseAfterDate = opensClause;
				if (limit === MAX_WORDS && time && afterDate.length < 3 && !opensClause) {
					limit += 4;
					continue;
				}
				full = true;
				break;
			}
		}
		// Cut at MAX_WORDS: back to before the last preposition, so no phrase is left half (… المادة الثامنة من قانون).
		// Never back to the clause's date, which would leave the prompt without what was done after it.
		if (full) {
			const floor = Math.max(index + 2, time && !clauseAfterDate ? timeLast + 1 : 0);
			let j = end;
			while (j > floor && !PREPOSITIONS.has(view.words[j].key)) j--;
			if (j > floor) end = j - 1;
		}
		// Time words that stand with the date go with it (اليوم الأربعاء، مساء الجمعة، في 12 مايو، اعتبارا من الأول …).
		if (time) {
			while (
				timeFirst - 1 > index &&
				(TIME_WORDS.has(view.words[timeFirst - 1].key) ||
					['في', 'من', 'اعتبارا', 'ابتداء', 'بدءا'].includes(view.words[timeFirst - 1].key))
			)
				timeFirst--;
		}
		// The wording: the clause's words without the date, ending on a content word.
		const keep = (i: number) =>
			!(time && i >= timeFirst && i <= timeLast) && !(aside && i >= aside[0] && i <= aside[1]);
		let last = end;
		while (
			last > index &&
			(!keep(last) || LEADS.has(view.words[last].key) || THAT.has(view.words[last].key))
		)
			last--;
		// «أعلن بنك المغرب أنه يتوقع»: an أن-clause of one word says nothing; the clause ends before أن.
		const that = view.words.slice(index + 1, last + 1).findIndex((w) => THAT.has(w.key));
		if (that >= 0 && last - (index + 1 + that) <= 1) {
			last = index + that;
			while (last > index && (!keep(last) || LEADS.has(view.words[last].key))) last--;
		}
		const tokens: number[] = [];
		for (let i = index + 1; i <= last; i++)
			if (keep(i) && view.words[i].token.kind === 'word') tokens.push(i);
		const text = (list: number[]) =>
			list
				.map((i) => view.words[i].token.text)
				.join(' ')
				.replace(/["«»“”]/g, '') + (unfinished && list.at(-1) === last ? '…' : '');
		const rest = text(tokens);
		// Who-wording: the same without the subject and the title words before it.
		let whoTokens: number[] = [];
		if (subject) {
			let from = subjectFirst;
			while (from - 1 > index && TITLE_WORDS.has(view.words[from - 1].key.replace(/^و/, '')))
				from--;
			// «وزير الداخلية التركي مراد أوزتورك»: the title phrase between verb and name goes with the name.
			if (subject.type === 'PER') {
				let j = from - 1;
				while (
					j > index &&
					view.words[j].token.kind === 'word' &&
					!LEADS.has(view.words[j].key) &&
					!['PER', 'DATE', 'NUM'].includes(entityAt(sentence, j)?.entity.type ?? '')
				)
					j--;
				if (j === index) from = index + 1;
			}
			const through = subjectModifiersEnd(view, sentence, subjectLast, subject.type === 'PER');
			whoTokens = tokens.filter((i) => i < from || i > through);
		}
		if (!time && whoTokens.length < 1) return [];
		// «سجلت المملكة | أكثر من 4800 إصابة»، «وصل | 150 ألف مهاجر …»: when the figure is what was done or who did it,
		// a wording without it («متى سجلت المملكة؟») asks about nothing; the figure's own question covers it.
		if (closed && (figureFirst || (subject && whoTokens.length === 0))) return [];
		// With no subject named, a wording that opens with a preposition (ووصل إلى السواحل … أكثر من 150 ألف مهاجر)
		// leaves the figure as the one who did it, and a transitive verb (one with a passive) with one word after it
		// (سجلت المملكة | … 4800 إصابة) leaves it as what was done: the same. «جرى الاستفتاء» is whole.
		const best = word.token.analyses?.[0];
		const transitive = (word.token.analyses ?? []).some(
			(a) => a.lemma === best?.lemma && a.features.includes('passive')
		);
		if (
			closed &&
			!subject &&
			(LEADS.has(view.words[index + 1]?.key ?? '') || (tokens.length <= 1 && transitive))
		)
			return [];
		// A clause after a comma (… ، وزار السبت الجرحى) leaves its subject unsaid: a question needs it named.
		if (index !== bodyStart && !subject) return [];
		const event: NewsEvent = {
			family: 'clause',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb,
			sentence: { start: sentence.start, end: sentence.end },
			agent: subject,
			time,
			wording: {
				when: rest,
				// «مَن أعلن إرسال | 2500 عنصر …»: one indefinite word left before a figure is half a construct, and says
				// so (a definite or accusative object, الدعوى، اتفاقا, is whole).
				who:
					whoTokens.length >= 1
						? text(whoTokens) +
							(closed &&
							whoTokens.length === 1 &&
							!/^(و|ف)?ال/.test(view.words[whoTokens[0]].key) &&
							!/(ا|ً|…)$/.test(view.words[whoTokens[0]].key)
								? '…'
								: '')
						: undefined
			}
		};
		return [event];
	}
};

/** Words before «ما أعلنه …» that make it the source of the sentence (بحسب ما، وفق ما). */
const ACCORDING_TO = keySet(['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا']);

/**
 * The subject of a sentence that opens with its verb (ارتفعت حصيلة ضحايا الفيضانات التي …): nouns and adjectives
 * after the verb, up to a relative, a preposition, a figure or four words. Undefined when the sentence does not open
 * with a verb or its subject is a figure (قتل 12 شخصا).
 */
function openingSubject(view: ArticleView, sentence: SentenceView): string | undefined {
	const start =
		view.dateline && view.dateline.sentence === sentence.index
			? view.dateline.end + 1
			: sentence.firstToken;
	const verb = view.words[start];
	if (!verb || verb.token.kind !== 'word' || !sureVerb(view, verb)) return undefined;
	let last = start;
	for (let i = start + 1; i <= sentence.lastToken && i - start <= 4; i++) {
		const w = view.words[i];
		if (
			w.token.kind !== 'word' ||
			entityAt(sentence, i) ||
			!['noun', 'adjective'].includes(w.pos) ||
			LEADS.has(w.key) ||
			CLAUSE_STOPS.has(w.key) ||
			/^[وفبل]/.test(w.key.replace(/^(ال|لل)/, 'x'))
		)
			break;
		last = i;
	}
	if (last === start || view.words[start + 1].pos !== 'noun') return undefined;
	return spanText(view, start + 1, last);
}

/** Object pronouns a verb in a relative clause carries back to its antecedent (النتائج التي أعلنتها). */
const RESUMPTIVE = new Set(['ه', 'ها', 'هم', 'هما']);
/** Words before an antecedent that end it (وفق النتائج …، بحسب حصيلة …). */
const BEFORE_ANTECEDENT = keySet([
	'وفق',
	'وفقا',
	'بحسب',
	'حسب',
	'في',
	'من',
	'على',
	'إلى',
	'عن',
	'مع',
	'بعد',
	'قبل'
]);

/**
 * A verb in a relative clause that names its subject (النتائج المؤقتة التي أعلنتها اللجنة الانتخابية مساء الجمعة،
 * قانون إقامة الأجانب، الذي أقره مجلس الأمة في فبراير، حصيلة أولية أعلنتها إدارة الكوارث): the antecedent is what
 * was done, so «متى أعلنت اللجنة الانتخابية النتائج المؤقتة؟» and «ما الجهة التي أعلنت النتائج المؤقتة؟».
 */
export const relative: EventFamilySpec = {
	family: 'clause',
	extract(view, sentence, index) {
		const word = view.words[index];
		if (word.token.kind !== 'word' || !sureVerb(view, word)) return [];
		const segments = word.token.analyses?.[0]?.segments ?? [];
		const stem = segments.find((s) => s.role === 'stem');
		const clitic = segments.find((s) => s.role === 'enclitic');
		// «بطولة دبي التي تنطلق الاثنين المقبل»: the antecedent is the subject, and the date is when it happens.
		const ownSubject =
			!clitic &&
			['الذي', 'التي'].includes(view.words[index - 1]?.key ?? '') &&
			segments[0] === stem;
		if (!stem || (!ownSubject && (!clitic || !RESUMPTIVE.has(clitic.form) || segments[0] !== stem)))
			return [];
		// The antecedent: up to four nouns and adjectives before الذي/التي (and a comma), or right before the verb.
		let j = index - 1;
		if (j >= sentence.firstToken && ['الذي', 'التي'].includes(view.words[j].key)) j--;
		if (j >= sentence.firstToken && /^[،,]$/.test(view.words[j].token.text)) j--;
		const last = j;
		while (
			j >= sentence.firstToken &&
			last - j < 4 &&
			view.words[j].token.kind === 'word' &&
			['noun', 'adjective', 'proper noun'].includes(view.words[j].pos) &&
			!BEFORE_ANTECEDENT.has(view.words[j].key) &&
			!['PER', 'DATE', 'NUM'].includes(entityAt(sentence, j)?.entity.type ?? '')
		)
			j--;
		const first = j + 1;
		// «بحسب ما أعلنته الهيئة …»، «وفق ما أعلنه المجلس …»: what was announced is what the sentence opens with
		// (ارتفعت حصيلة ضحايا الفيضانات … بحسب ما أعلنته …).
		const what =
			!ownSubject &&
			view.words[index - 1]?.key === 'ما' &&
			ACCORDING_TO.has(view.words[index - 2]?.key ?? '')
				? openingSubject(view, sentence)
				: undefined;
		if (!what && (first > last || view.words[first].pos !== 'noun')) return [];
		const antecedentText = what ?? spanText(view, first, last).replace(/^و/, '');
		if (ownSubject) {
			let d = index + 1;
			while (d <= sentence.lastToken && TIME_WORDS.has(view.words[d].key)) d++;
			const own = entityAt(sentence, d);
			if (!own || own.first < index + 1 || !isDate(own) || own.marker === 'منذ') return [];
			return [
				{
					family: 'clause',
					trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
					verb: verbOf(view, word),
					sentence: { start: sentence.start, end: sentence.end },
					time: fromEntity(own),
					wording: { when: antecedentText }
				}
			];
		}
		// Its subject right after the verb: a person, an organisation, or a body as written.
		const ent = entityAt(sentence, index + 1);
		let subject: EventArgument | undefined;
		let subjectLast = -1;
		if (ent && ent.first === index + 1 && ['PER', 'ORG'].includes(ent.entity.type)) {
			subject = ent.entity.type === 'ORG' ? withBodyTail(view, sentence, ent) : fromEntity(ent);
			if (!subject) return [];
			subjectLast = view.words.findIndex((x) => x.token.end === subject!.end);
		} else if (!ent) {
			subject = bodyAt(view, sentence, index + 1);
			if (subject) subjectLast = view.words.findIndex((x) => x.token.end === subject!.end);
		}
		if (!subject) return [];
		// Its own date right after the subject (مساء الجمعة، في فبراير/شباط الماضي).
		let k = subjectLast + 1;
		while (
			k <= sentence.lastToken &&
			(TIME_WORDS.has(view.words[k].key) || view.words[k].key === 'في')
		)
			k++;
		const date = entityAt(sentence, k);
		const time =
			date && date.first > subjectLast && date.first <= k && isDate(date)
				? fromEntity(date)
				: undefined;
		const antecedent = antecedentText;
		const event: NewsEvent = {
			family: 'clause',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb: stem.text,
			sentence: { start: sentence.start, end: sentence.end },
			agent: subject,
			time,
			wording: { when: `${subject.text} ${antecedent}`, who: antecedent }
		};
		return [event];
	}
};

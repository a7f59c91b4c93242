/**
 * People the gazetteer may not know: a title before a name (الفريق أول عبد الفتاح البرهان، وزير الخارجية الجزائري رمطان
 * لعمامرة), or a chain of given and family names (محمد بن سلمان، علي موسى). Given names that are also ordinary words
 * (أمل، سلام، نصر، عادل) never start a name on their own.
 */
import type { Candidate } from './candidate';
import {
	givenNameAt,
	isOneOf,
	isUnknownWord,
	isWord,
	keySet,
	nisbaAt,
	partOfSpeech,
	type TextContext
} from './context';
import { lookupKey, type GivenName } from './gazetteer';
import { matchKey } from './match-key';
import { isSportsSentence } from './sports';
import { matchTitleWords, TITLES, type Title } from './titles';

/** Words that join the parts of a name (ابن، أبو، آل، ولد …) and foreign name particles (دي، فان، فون …). */
const NAME_PARTICLES = keySet([
	'بن',
	'ابن',
	'بنت',
	'ابنة',
	'أبو',
	'أبي',
	'أبا',
	'آل',
	'ولد',
	'عبد',
	'أم',
	'دي',
	'دو',
	'دا',
	'فان',
	'فون',
	'دل',
	'ديل',
	'لو',
	'لا',
	'سان',
	'أول'
]);
/** Words the lexicon may not know that are never names (adverbs and particles). */
const NOT_NAMES = keySet([
	'الآن',
	'الان',
	'ليس',
	'لدى',
	'لدي',
	'لدينا',
	'حاليا',
	'أيضا',
	'ايضا',
	'فقط',
	'جدا',
	'كذلك',
	'هناك',
	'هنا',
	'حيث',
	'بينما',
	'ثم',
	'إذ',
	'إذا',
	'لكن',
	'لكنه',
	'بل'
]);
/** Longest name chain we accept, in tokens. */
const MAX_NAME_TOKENS = 9;
/** Longest complement of a governing title (وزير الخارجية والتعاون الدولي الجزائري), in tokens. */
const MAX_COMPLEMENT_TOKENS = 6;

/** Ministries and what they are called in English, for roles such as "Foreign Minister". */
const MINISTRIES = new Map<string, string>(
	[
		['الخارجية', 'Foreign'],
		['خارجية', 'Foreign'],
		['الدفاع', 'Defence'],
		['دفاع', 'Defence'],
		['الداخلية', 'Interior'],
		['داخلية', 'Interior'],
		['المالية', 'Finance'],
		['مالية', 'Finance'],
		['العدل', 'Justice'],
		['الصحة', 'Health'],
		['التعليم', 'Education'],
		['التربية', 'Education'],
		['الاقتصاد', 'Economy'],
		['النفط', 'Oil'],
		['الطاقة', 'Energy'],
		['الزراعة', 'Agriculture'],
		['الإعلام', 'Information'],
		['الثقافة', 'Culture'],
		['النقل', 'Transport'],
		['العمل', 'Labour'],
		['التجارة', 'Trade'],
		['السياحة', 'Tourism'],
		['الإسكان', 'Housing'],
		['الشباب', 'Youth'],
		['الرياضة', 'Sports'],
		['الأوقاف', 'Religious Endowments'],
		['البيئة', 'Environment'],
		['الصناعة', 'Industry'],
		['الاتصالات', 'Communications'],
		['التخطيط', 'Planning'],
		['الري', 'Irrigation'],
		['المياه', 'Water'],
		['الكهرباء', 'Electricity']
	].map(([ar, en]) => [ar.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي'), en])
);

/** Verbs of saying, past (both genders) and present; each also with و or ف before it. */
const SPEECH_VERB_FORMS = [
	['قال', 'قالت', 'يقول', 'تقول'],
	['أكد', 'أكدت', 'يؤكد', 'تؤكد'],
	['أعلن', 'أعلنت', 'يعلن', 'تعلن'],
	['أضاف', 'أضافت', 'يضيف', 'تضيف'],
	['أوضح', 'أوضحت', 'يوضح', 'توضح'],
	['صرح', 'صرحت'],
	['ذكر', 'ذكرت', 'يذكر', 'تذكر'],
	['أشار', 'أشارت', 'يشير', 'تشير'],
	['اعتبر', 'اعتبرت', 'يعتبر', 'تعتبر'],
	['رأى', 'رأت', 'يرى', 'ترى'],
	['دعا', 'دعت', 'يدعو', 'تدعو'],
	['طالب', 'طالبت', 'يطالب', 'تطالب'],
	['نفى', 'نفت', 'ينفي', 'تنفي'],
	['شدد', 'شددت', 'يشدد', 'تشدد'],
	['توقع', 'توقعت', 'يتوقع', 'تتوقع'],
	['أعرب', 'أعربت'],
	['لفت', 'لفتت'],
	['حذر', 'حذرت', 'يحذر', 'تحذر'],
	['كشف', 'كشفت'],
	['أفاد', 'أفادت'],
	['اعترف', 'اعترفت'],
	['أردف', 'أردفت'],
	['تابع', 'تابعت'],
	['استطرد', 'استطردت'],
	['علق', 'علقت'],
	['أبلغ', 'أبلغت'],
	['ناشد', 'ناشدت'],
	['أوضح', 'أوضحت']
].flat();
const SPEECH_VERBS = keySet(SPEECH_VERB_FORMS.flatMap((verb) => [verb, `و${verb}`, `ف${verb}`]));

/** The gazetteer entry of a single word (with clitics stripped), if any. */
function singleWordEntry(context: TextContext, index: number) {
	const forms = context.forms[index] ?? [];
	// A word that is itself a given name carries no clitic (كلاوس is Klaus, not ك + لاوس).
	const given = forms.length > 1 ? context.gazetteer.givenNames.get(forms[0].key) : undefined;
	for (const form of given && !given.commonMeaning ? forms.slice(0, 1) : forms) {
		const entry = lookupKey(context.gazetteer, form.key);
		if (entry) return entry;
	}
	return undefined;
}

/** True when the word begins with the conjunction و/ف (a new name in a list: وعباس), not a name starting with و. */
function startsWithConjunction(context: TextContext, index: number): boolean {
	const key = context.keys[index] ?? '';
	if (NAME_PARTICLES.has(key)) return false;
	const best = context.tokens[index]?.analyses?.[0];
	const segments = best && !best.guess ? best.segments : [];
	if (segments[0]?.role === 'proclitic' && (segments[0].form === 'و' || segments[0].form === 'ف'))
		return true;
	if (!key.startsWith('و') && !key.startsWith('ف')) return false;
	const rest = key.slice(1);
	return context.gazetteer.givenNames.has(rest) || !!lookupKey(context.gazetteer, rest);
}

/**
 * True when the word can be part of a person's name at `position` inside the chain.
 * @example isNameWord(context of 'قال سمير النجار', 2, 1, false) === true (an unknown family name)
 */
export function isNameWord(
	context: TextContext,
	index: number,
	position: number,
	afterTitle: boolean
): boolean {
	if (!isWord(context, index)) return false;
	const key = context.keys[index];
	if (NAME_PARTICLES.has(key) || NOT_NAMES.has(key)) return false;
	// A title starts the next person's mention (… لعمامرة الفريق أول عبد الفتاح البرهان).
	if (position > 0 && TITLES.byFirstWord.has(key) && !givenNameAt(context, index, false))
		return false;
	const entry = lookupKey(context.gazetteer, key);
	if (entry) return entry.type === 'PER';
	const given = givenNameAt(context, index, false);
	if (given) return !given.commonMeaning || afterTitle || position > 0;
	if (nisbaAt(context, index) && position === 0) return false;
	if (!isUnknownWord(context, index) && !(position > 0 && onlyJussive(context, index)))
		return false;
	if (key.length < 2) return false;
	// An unknown word starting like ب + a noun of place or instrument (بمجهود) or لل ends a name.
	if (position > 0 && /^(لل|بم)/.test(key)) return false;
	// An unknown word with the article rarely starts a name (the family name النجار comes after a given name).
	if (position === 0 && hasArticle(context, index)) return false;
	return true;
}

/**
 * True when, after a first and a last name (`position` ≥ 2), the unknown word at `index` starts with و: it opens
 * the next name of a list (ايمانويل ايبواه | ودراماني ديابي), not a third part of this one.
 * @example startsNextListedName(context of 'ايمانويل ايبواه ودراماني', 2, 2) === true
 */
function startsNextListedName(context: TextContext, index: number, position: number): boolean {
	return (
		position >= 2 &&
		(context.keys[index] ?? '').startsWith('و') &&
		isUnknownWord(context, index) &&
		!NAME_PARTICLES.has(context.keys[index])
	);
}

/**
 * True when the word's best reading is a present-tense verb that can only be jussive (a shortened form such as
 * أدعُ، يقلْ), which needs لم or a like particle before it. Inside a name, after a name word, no such particle is
 * there: the letters are more likely the next part of a foreign name (… كوفي أدو) than a shortened verb.
 * @example onlyJussive(context of 'الرئيس نانا كوفي أدو', 3) === true when أدو reads only as a jussive
 */
function onlyJussive(context: TextContext, index: number): boolean {
	const best = context.tokens[index]?.analyses?.[0];
	return (
		best !== undefined &&
		best.pos === 'verb' &&
		best.features.includes('jussive') &&
		!best.features.includes('subjunctive')
	);
}

/**
 * True when the word starts with the article ال. A hamza on the alef says it does not: أليكس، ألفريد، إليزابيث are names.
 * @example hasArticle(context of 'أليكس', 0) === false; hasArticle(context of 'الكاتب', 0) === true
 */
export function hasArticle(context: TextContext, index: number): boolean {
	if (!(context.keys[index] ?? '').startsWith('ال')) return false;
	const first = context.tokens[index].text.charAt(0);
	return first !== 'أ' && first !== 'إ' && first !== 'آ';
}

/** Nouns that follow a given name as its apposition rather than as a family name (محمد رئيس …). */
const APPOSITION_NOUNS = keySet([
	'رئيس',
	'وزير',
	'وزيرة',
	'مدير',
	'مديرة',
	'أمين',
	'قائد',
	'نائب',
	'عضو',
	'مساعد',
	'مستشار',
	'سفير',
	'مندوب',
	'ممثل',
	'رئيسة',
	'زعيم',
	'مدرب',
	'لاعب',
	'نجم',
	'صاحب',
	'أحد',
	'كل',
	'بعد',
	'قبل',
	'عند',
	'منذ',
	'أمام',
	'خلال',
	'حول',
	'نحو',
	'ضد',
	'غير',
	'بين',
	'مع',
	'عن',
	'إلى',
	'من',
	'في',
	'على',
	'الذي',
	'التي',
	'وهو',
	'وهي',
	'هو',
	'هي',
	'أن',
	'إن',
	'أنه',
	'إنه',
	'قد',
	'لم',
	'لن',
	'لا',
	'ما'
]);

/** True when a word the lexicon knows can still be a family name right after a given name (أحمد رزق، نور الشريف). */
function isKnownSurname(context: TextContext, index: number): boolean {
	if (
		!isWord(context, index) ||
		APPOSITION_NOUNS.has(context.keys[index]) ||
		nisbaAt(context, index)
	)
		return false;
	if (lookupKey(context.gazetteer, context.keys[index])) return false;
	if (TITLES.byFirstWord.has(context.keys[index])) return false;
	if (hasPrepositionClitic(context, index)) return false;
	// A known word with a pronoun suffix (زوجته "his wife", رفاقه) is never a family name.
	const best = context.tokens[index]?.analyses?.[0];
	if (best && !best.guess && best.segments.some((segment) => segment.role === 'enclitic'))
		return false;
	const pos = partOfSpeech(context, index);
	// With the article only adjectives make family names (نور الشريف); التقدم "progress" does not. Without it,
	// nouns do (أحمد رزق) but adjectives rather describe (اداري "administrative").
	if (context.keys[index].startsWith('ال')) return pos === 'adjective' || pos === 'proper noun';
	if (pos === 'adjective')
		return !context.keys[index].endsWith('ي') && !context.keys[index].endsWith('ا');
	return (pos === 'noun' || pos === 'proper noun') && !context.keys[index].endsWith('ا');
}

/**
 * True for a word with the article the lexicon knows (الشاعر، العطية، الكندي) ending a name of two or more parts
 * after a given name (سعيد محمد الكندي، عبد الله بن حمد العطية), where the name clearly ends: a family name,
 * not a word describing the person or starting the rest of the sentence.
 * @example isDefiniteFamilyName(context of 'وحضر سعيد محمد الكندي ،', 3, 2) === true
 */
function isDefiniteFamilyName(context: TextContext, index: number, position: number): boolean {
	if (position < 2 || !hasArticle(context, index)) return false;
	// The given name before it is only a name (محمد الكندي), or a father's name after بن (بن حمد العطية);
	// علي may be على "on" (أعطى محمد علي الكتاب).
	const given = givenNameAt(context, index - 1, false);
	if (!given || (given.commonMeaning && !NASAB.has(context.keys[index - 2] ?? ''))) return false;
	const key = context.keys[index];
	if (
		NOT_NAMES.has(key) ||
		APPOSITION_NOUNS.has(key) ||
		TIME_WORDS.has(key) ||
		TITLES.byFirstWord.has(key) ||
		REGNAL_ORDINALS.has(key) ||
		hasPrepositionClitic(context, index)
	)
		return false;
	const entry = lookupKey(context.gazetteer, key);
	if (entry && entry.type !== 'PER') return false;
	// The family named with آل is complete (آل مكتوم); a feminine adjective describes what follows the name.
	if (context.keys[index - 2] === 'ال') return false;
	const pos = partOfSpeech(context, index);
	if (pos === 'adjective' && key.endsWith('ه')) return false;
	if (!['noun', 'adjective', 'proper noun'].includes(pos) && !isUnknownWord(context, index))
		return false;
	const next = index + 1;
	return (
		!isWord(context, next) ||
		nameEndsAfter(context, index) ||
		OFFICES.has(context.keys[next]) ||
		APPOSITION_NOUNS.has(context.keys[next])
	);
}

/** The words of a nasab (بن حمد، ابنة محمد). */
const NASAB = keySet(['بن', 'ابن', 'بنت', 'ابنة']);

/**
 * True when the word follows a definite noun or adjective it may describe (الشعب المصري، الجانب السوداني), with no
 * preposition of its own.
 */
function describesDefiniteNoun(context: TextContext, index: number): boolean {
	if (hasPrepositionClitic(context, index)) return false;
	const before = index - 1;
	const pos = partOfSpeech(context, before);
	return (
		isWord(context, before) &&
		/^(و?ال|لل|بال)/.test(context.keys[before]) &&
		(pos === 'noun' || pos === 'adjective')
	);
}

/** Parts of speech after which a name has clearly ended (نبيل سلامة في …، … سلامة وبحث). */
const NAME_ENDERS = new Set(['preposition', 'conjunction', 'particle', 'verb']);

/**
 * True when nothing of a name can follow token `index`: the sentence or clause ends, or a preposition (alone or
 * attached), conjunction, particle or verb comes next.
 * @example nameEndsAfter(context of 'نبيل سلامة في السراي', 1) === true
 */
function nameEndsAfter(context: TextContext, index: number): boolean {
	if (!isWord(context, index + 1)) return true;
	// A word with a preposition (بالوزير، للصحفيين) continues no name.
	if (hasPrepositionClitic(context, index + 1)) return true;
	const best = context.tokens[index + 1].analyses?.[0];
	if (!best || best.guess) return false;
	return NAME_ENDERS.has(best.pos) || best.segments[0]?.form === 'و';
}

/**
 * True for one word the gazetteer knows only as a company or brand, standing where a family name would (ماركو
 * فيراري): not after a conjunction or preposition, and not followed by another name word.
 * @example isBrandSurname(context of 'ماركو فيراري', 1) === true
 */
function isBrandSurname(context: TextContext, index: number): boolean {
	if (!isWord(context, index) || hasPrepositionClitic(context, index)) return false;
	const key = context.keys[index];
	if (key.startsWith('ال') || key.startsWith('و')) return false;
	return lookupKey(context.gazetteer, key)?.kind === 'company';
}

/** True when the word carries a preposition (ب ل ك): names inside a chain do not (لارسنال، بتمزق). */
function hasPrepositionClitic(context: TextContext, index: number): boolean {
	// The analyzer's split of an unknown word is a guess (برزاني is not ب + رزاني).
	const best = context.tokens[index]?.analyses?.[0];
	const segments = best && !best.guess ? best.segments : [];
	if (
		segments.some(
			(segment) => segment.role === 'proclitic' && ['ب', 'ل', 'ك'].includes(segment.form)
		)
	)
		return true;
	return (context.keys[index] ?? '').startsWith('لل');
}

/**
 * Index of the last token of a name chain starting at `index`, or -1.
 * @example nameChainEnd(context of 'الشيخ محمد بن راشد آل مكتوم قال', 1, true) === 5
 */
export function nameChainEnd(
	context: TextContext,
	index: number,
	afterTitle: boolean,
	startPosition = 0
): number {
	let last = -1;
	let position = startPosition;
	let j = index;
	const firstGiven = givenNameAt(context, index, false);
	while (j < context.tokens.length && j - index < MAX_NAME_TOKENS) {
		if (
			position > 0 &&
			(context.sentence[j] !== context.sentence[index] ||
				startsWithConjunction(context, j) ||
				hasPrepositionClitic(context, j))
		)
			break;
		if (startsNextListedName(context, j, position)) break;
		// عبد + a divine name with the article (عبد الباقي، عبد الله) is one given name, also after a first name (أحمد
		// عبد الله), where عبد alone might otherwise pass for a family name.
		if (
			context.keys[j] === 'عبد' &&
			isWord(context, j + 1) &&
			context.keys[j + 1].startsWith('ال')
		) {
			last = j + 1;
			position += 2;
			j += 2;
			continue;
		}
		const compoundPart = position > 0 && context.keys[j] === 'الدين' && last === j - 1;
		// A family name the lexicon knows (أحمد رزق، نور الشريف) after a given name that is only a name, or after a
		// titled given name when it is an adjective with the article.
		const knownSurname =
			position === 1 &&
			last === index &&
			!!firstGiven &&
			isKnownSurname(context, j) &&
			(!firstGiven.commonMeaning ||
				(afterTitle && (context.keys[j].startsWith('ال') || nameEndsAfter(context, j))));
		// After a title, a first name the lexicon reads as a common word still starts a name when a particle or an
		// unknown name follows (الشيخ حشر بن مكتوم، السابق سلفان شالوم).
		const knownFirst =
			position === 0 &&
			afterTitle &&
			isWord(context, j) &&
			!context.forms[j].some((f) => f.key.startsWith('ال') || TITLES.byFirstWord.has(f.key)) &&
			!context.keys[j].endsWith('ا') &&
			!hasPrepositionClitic(context, j) &&
			!lookupKey(context.gazetteer, context.keys[j]) &&
			!nisbaAt(context, j) &&
			!TITLES.byFirstWord.has(context.keys[j]) &&
			!APPOSITION_NOUNS.has(context.keys[j]) &&
			(isOneOf(context, j + 1, NAME_PARTICLES, false) ||
				(isUnknownWord(context, j + 1) && !hasArticle(context, j + 1)) ||
				lookupKey(context.gazetteer, context.keys[j + 1] ?? '')?.type === 'PER');
		if (
			compoundPart ||
			knownSurname ||
			knownFirst ||
			(last === j - 1 && isDefiniteFamilyName(context, j, position)) ||
			isNameWord(context, j, position, afterTitle)
		) {
			last = j;
			position++;
			j++;
			continue;
		}
		// A particle joins two name parts (محمد بن سلمان), or starts a kunya (أبو مازن); foreign names may have two in
		// a row (جان دو لا فونتين).
		if (
			isOneOf(context, j, NAME_PARTICLES, position === 0) &&
			(isNameWord(context, j + 1, 1, true) ||
				(position > 0 &&
					isForeignParticle(context, j) &&
					isForeignParticle(context, j + 1) &&
					isNameWord(context, j + 2, 1, true)))
		) {
			position++;
			j++;
			continue;
		}
		break;
	}
	return withOrdinal(context, last);
}

/**
 * The end of a name with a ruler's ordinal after its given name (تشارلز الأول، فرناندو الثالث، لويس الرابع عشر).
 * @example withOrdinal(context of 'فرناندو الثالث ملك', 0) === 1
 */
function withOrdinal(context: TextContext, last: number): number {
	if (last < 0 || !REGNAL_ORDINALS.has(context.keys[last + 1] ?? '')) return last;
	const given = givenNameAt(context, last, false);
	if (!given || given.commonMeaning) return last;
	return context.keys[last + 2] === 'عشر' ? last + 2 : last + 1;
}

/** Ordinals after a ruler's name, masculine (the feminine ones follow queens: إليزابيث الثانية). */
const REGNAL_ORDINALS = keySet([
	'الأول',
	'الثاني',
	'الثالث',
	'الرابع',
	'الخامس',
	'السادس',
	'السابع',
	'الثامن',
	'التاسع',
	'العاشر',
	'الحادي',
	'الأولى',
	'الثانية',
	'الثالثة'
]);

/** The particles of European names (دي، دو، دا، فان، فون، لا، لو، دل، ديل), written apart. */
const FOREIGN_PARTICLES = keySet(['دي', 'دو', 'دا', 'فان', 'فون', 'دل', 'ديل', 'لو', 'لا']);
function isForeignParticle(context: TextContext, index: number): boolean {
	return isWord(context, index) && FOREIGN_PARTICLES.has(context.keys[index]);
}

/** True when the word can belong to the complement of a governing title (الخارجية، للأمم، المتحدة …). */
function isComplementWord(context: TextContext, index: number, governs: boolean): boolean {
	if (!isWord(context, index)) return false;
	const key = context.keys[index];
	if (TITLES.modifiers.has(key) || nisbaAt(context, index)) return true;
	const entry = singleWordEntry(context, index);
	if (entry && entry.type !== 'PER') return governs || entry.type === 'LOC';
	if (!governs) return false;
	if (key === 'باسم' || key === 'لشوون' || key === 'لدي' || key === 'في') return true;
	const pos = partOfSpeech(context, index);
	if (isUnknownWord(context, index)) return key.startsWith('ال') || key.startsWith('لل');
	return pos === 'noun' || pos === 'adjective';
}

/** Modifiers of two words after a title: the outgoing president (الرئيس المنتهية ولايته). */
const TWO_WORD_MODIFIERS = keySet(['المنتهية ولايته', 'المنتهية ولايتها']);
/** Prepositions of an envoy's or ambassador's destination. */
const DESTINATION_PREPOSITIONS = keySet(['إلى', 'لدى', 'في']);
/** Titles that take a destination (المبعوث إلى، السفير لدى، الممثل الخاص في). */
const SENT_TITLES = keySet([
	'المبعوث',
	'المبعوثة',
	'مبعوث',
	'السفير',
	'السفيرة',
	'سفير',
	'الممثل',
	'ممثل',
	'المندوب',
	'مندوب'
]);

/**
 * Last token of «إلى/لدى + place» after an envoy's title (المبعوث الأممي الخاص إلى اليمن), or -1.
 * @example destinationEnd(context of 'المبعوث الخاص إلى اليمن هانس', 2, 0) === 3
 */
function destinationEnd(context: TextContext, index: number, titleIndex: number): number {
	if (!isWord(context, index) || !DESTINATION_PREPOSITIONS.has(context.keys[index])) return -1;
	if (!context.forms[titleIndex].some((form) => SENT_TITLES.has(form.key))) return -1;
	const entry = singleWordEntry(context, index + 1);
	if (!entry || entry.type !== 'LOC') return -1;
	// A place of two words (الولايات المتحدة) is read whole.
	for (let end = Math.min(index + 4, context.tokens.length - 1); end > index + 1; end--) {
		const phrase = context.keys.slice(index + 1, end + 1).join(' ');
		if (lookupKey(context.gazetteer, phrase)?.type === 'LOC') return end;
	}
	return index + 1;
}

/** English role from a title and its complement: "Foreign Minister of Algeria", "Former President". */
function roleEnglish(context: TextContext, title: Title, from: number, to: number): string {
	let english = title.english;
	let of = '';
	const modifiers: string[] = [];
	for (let k = from; k <= to; k++) {
		const key = context.keys[k];
		const ministry = MINISTRIES.get(key);
		if (ministry && /Minister/.test(english) && !english.includes(ministry))
			english = `${ministry} ${english}`;
		const modifier = TITLES.modifiers.get(key);
		if (modifier) modifiers.push(modifier);
		const nisba = nisbaAt(context, k);
		if (nisba && !of) of = nisba.placeEnglish || nisba.english;
		const entry = singleWordEntry(context, k);
		if (entry && entry.type === 'LOC' && !of) of = entry.english;
	}
	// A spokesman speaks for something (المتحدث باسم الخارجية، باسم الجيش): the ministry or the first noun's gloss.
	if (english.endsWith(' for')) {
		const target = spokenFor(context, from, to);
		english = `${english.slice(0, -4)}${target.text}`;
		// A name the gazetteer knows says it all (for Yemen, for the Deutsche Presse-Agentur).
		if (target.named) of = '';
	}
	const prefix = modifiers
		.filter((m) => m === 'former' || m === 'interim' || m === 'late')
		.join(' ');
	const role = `${prefix ? prefix[0].toUpperCase() + prefix.slice(1) + ' ' : ''}${english}`;
	return of ? `${role} of ${of}` : role;
}

/**
 * What a spokesman's title speaks for, in English (" for the Foreign Ministry", " for the army"), or '' when the
 * complement names nothing we can render; `named` when it is a name the gazetteer knows.
 * @example spokenFor(context of 'المتحدث باسم الجيش', 0, 2).text === ' for the army'
 */
function spokenFor(
	context: TextContext,
	from: number,
	to: number
): { text: string; named: boolean } {
	for (let k = from; k <= to; k++) {
		const key = context.keys[k];
		if (key === 'باسم' || TITLES.byFirstWord.has(key)) continue;
		const ministry =
			MINISTRIES.get(key) ?? (key === 'وزاره' ? MINISTRIES.get(context.keys[k + 1]) : '');
		if (ministry) return { text: ` for the ${ministry} Ministry`, named: false };
		// A name the gazetteer knows (الأمم المتحدة، مصر).
		for (let end = Math.min(to, k + 3); end >= k; end--) {
			const entry = lookupKey(context.gazetteer, context.keys.slice(k, end + 1).join(' '));
			if (entry && entry.type !== 'PER')
				// "the United Nations", but "Hamas" and "Egypt".
				return {
					text:
						entry.type === 'ORG' && entry.english.includes(' ')
							? ` for the ${entry.english}`
							: ` for ${entry.english}`,
					named: true
				};
		}
		if (nisbaAt(context, k)) continue;
		const best = context.tokens[k]?.analyses?.[0];
		const gloss = best && !best.guess ? best.gloss.split(/[;,]/)[0].trim() : '';
		if (gloss && best?.pos === 'noun') return { text: ` for the ${gloss}`, named: false };
	}
	return { text: '', named: false };
}

/** The abbreviation د. (Dr) before a name: the letter and its full stop are two tokens. */
const DOCTOR: Title = { arabic: 'د.', english: 'Dr', governs: false, strong: true };

/** The title `د.` at `index`, if there. */
function abbreviatedTitle(
	context: TextContext,
	index: number
): { title: Title; last: number } | undefined {
	if (context.tokens[index].text !== 'د' || context.tokens[index + 1]?.text !== '.')
		return undefined;
	return { title: DOCTOR, last: index + 1 };
}

/** The longest written-out title at `index`, if any. */
function fullTitle(
	context: TextContext,
	index: number
): { title: Title; last: number } | undefined {
	// Most words open no title: test the readings before building the list matchTitleWords takes.
	if (!opensTitle(context, index)) return undefined;
	const firstForms = context.forms[index].map((form) => form.key);
	return matchTitleWords(firstForms, context.keys, index);
}

/**
 * True when a given name that is also a word (مبارك "blessed", خالد "eternal") is read as a name on its own after a
 * strong title when the name clearly ends there (الرئيس مبارك تناول، الشيخ خالد ،). Not علي, which is also على written
 * with ي (رئيس المجلس علي هامش …).
 */
function commonNameAfterTitle(context: TextContext, title: Title, index: number): boolean {
	if (!title.strong || context.forms[index][0].offset > 0 || context.keys[index] === 'علي')
		return false;
	// The name must clearly end here: a noun or an unknown word after it is likely its family name (سعيد صيام).
	if (!isWord(context, index + 1)) return true;
	const pos = partOfSpeech(context, index + 1);
	return !isUnknownWord(context, index + 1) && !['noun', 'adjective', 'proper noun'].includes(pos);
}

/** True when some reading of the word is the first word of a title. */
function opensTitle(context: TextContext, index: number): boolean {
	for (const form of context.forms[index]) if (TITLES.byFirstWord.has(form.key)) return true;
	return false;
}

/**
 * Person candidates from titles before names and from chains of given names.
 * @example findPersonCandidates(context of 'التقى وزير الخارجية الجزائري رمطان لعمامرة') gives PER رمطان لعمامرة, role "Foreign Minister of Algeria"
 */
export function findPersonCandidates(context: TextContext): Candidate[] {
	const { tokens } = context;
	const candidates: Candidate[] = [];
	const covered = new Set<number>();
	const push = (
		first: number,
		last: number,
		offset: number,
		role: string,
		source: string,
		strength: number
	) => {
		// A given name alone, then a brand that is also a family name (ماركو فيراري): one person, who wins.
		last = withOrdinal(context, last);
		// The proclitics of a name's first word stay outside the span (بأبي مصعب، ولعبد الرحيم).
		if (offset === 0) offset = proclitics(context, first);
		const given = last === first ? givenNameAt(context, first) : undefined;
		if (given && !given.commonMeaning && isBrandSurname(context, last + 1)) {
			last++;
			strength = 3;
		}
		candidates.push({
			type: 'PER',
			first,
			last,
			start: tokens[first].start + offset,
			end: tokens[last].end,
			canonical: context.text.slice(tokens[first].start + offset, tokens[last].end),
			english: '',
			role,
			source,
			strength
		});
		for (let k = first; k <= last; k++) covered.add(k);
	};
	for (let index = 0; index < tokens.length; index++) {
		if (!isWord(context, index)) continue;
		const match = abbreviatedTitle(context, index) ?? fullTitle(context, index);
		if (!match) continue;
		const { title } = match;
		let j = match.last + 1;
		const complementStart = j;
		while (
			j - complementStart < MAX_COMPLEMENT_TOKENS &&
			context.sentence[j] === context.sentence[index]
		) {
			// Stop before a word that starts a name, unless the title still needs its complement.
			const needsComplement = title.governs && j === complementStart;
			if (!needsComplement && nameChainEnd(context, j, true) >= 0) break;
			// «إلى/لدى + place» says where an envoy or ambassador is sent (المبعوث الخاص إلى اليمن).
			const destination = destinationEnd(context, j, index);
			if (destination > 0) {
				j = destination + 1;
				continue;
			}
			// A modifier of two words (الرئيس المنتهية ولايته).
			if (TWO_WORD_MODIFIERS.has(`${context.keys[j]} ${context.keys[j + 1] ?? ''}`)) {
				j += 2;
				continue;
			}
			if (!isComplementWord(context, j, title.governs)) break;
			j++;
		}
		// A name after و is another person than the titled one (الرئيس وأبو مصعب …): other rules read it.
		if (startsWithConjunction(context, j)) continue;
		const last = nameChainEnd(context, j, true);
		if (last < 0) continue;
		// A given name that is also a word (علي "on" in some spellings, أمل "hope") needs a second name part.
		const firstGiven = givenNameAt(context, j, false);
		if (firstGiven?.commonMeaning && last === j && !commonNameAfterTitle(context, title, j))
			continue;
		if (!title.strong) {
			// A weak title (الطبيب، اللاعب) needs a name that looks like one: a known given name or person first,
			// or at least two unknown words (a foreign name: تييري هنري).
			const given = givenNameAt(context, j, false);
			const known =
				(given && !given.commonMeaning) ||
				lookupKey(context.gazetteer, context.keys[j])?.type === 'PER';
			// …or, in a sports report, one unknown word (الحارس هيلتون).
			const sportsName =
				isSportsSentence(context, j) && isUnknownWord(context, j) && looksLikeName(context.keys[j]);
			if (!known && last === j && !sportsName) continue;
		}
		push(j, last, 0, roleEnglish(context, title, index, j - 1), 'title', 2);
		index = last;
	}
	// «خلفا لـ + name»: whom someone succeeds (خلفا لرياض عبد الواحد); the ل stays outside the span.
	for (let index = 0; index + 1 < tokens.length; index++) {
		if (context.keys[index] !== 'خلفا' || covered.has(index + 1)) continue;
		const next = index + 1;
		const form = context.forms[next]?.find((f) => f.offset > 0 && context.keys[next][0] === 'ل');
		if (!form || context.keys[next].startsWith('لل') || TITLES.byFirstWord.has(form.key)) continue;
		const given = context.gazetteer.givenNames.get(form.key);
		const unknown =
			isUnknownWord(context, next) && looksLikeName(form.key) && !form.key.startsWith('ال');
		if (!given && !unknown) continue;
		const rest = startsWithConjunction(context, next + 1)
			? -1
			: nameChainEnd(context, next + 1, true);
		// A given name that is also a word needs the rest of the name (خلفا لعادل حميد …).
		if (rest < 0 && given?.commonMeaning) continue;
		push(next, Math.max(next, rest), form.offset, '', 'successor', 2);
		index = Math.max(next, rest);
	}
	// A gentilic before a name (للبرازيلي فريد، المغربي مبارك بوصوفة) and the subject after a verb (وسجل كيني
	// ميلر، وقال البدري): weaker evidence, so the name must contain an unknown word or a known given name.
	for (let index = 1; index < tokens.length; index++) {
		if (covered.has(index) || !isWord(context, index)) continue;
		// A time word may stand between the verb and its subject (وقعت أمس فايزة …، وقال اليوم …).
		const before =
			index >= 2 && TIME_WORDS.has(context.keys[index - 1]) && isVerbAt(context, index - 2)
				? index - 2
				: index - 1;
		// A given name the analyser also reads as a verb (أندريه) is the first name, not a verb before its subject.
		const givenBefore = givenNameAt(context, before, false);
		const afterVerb =
			isVerbAt(context, before) &&
			!covered.has(before) &&
			!(givenBefore && !givenBefore.commonMeaning);
		const afterNisba =
			!afterVerb &&
			isWord(context, before) &&
			context.keys[before].includes('ال') &&
			!!nisbaAt(context, before);
		if (!afterNisba && !afterVerb) continue;
		const speech = isSpeechVerb(context, before);
		if (!givenNameAt(context, index) && !looksLikeName(context.keys[index])) continue;
		// The subject named with its office right after (وقال محرم الراغب مدير عام النادي): the office is the evidence.
		const withOffice = afterVerb ? nameBeforeOffice(context, index) : -1;
		if (withOffice >= 0) {
			push(index, withOffice, 0, '', 'office-apposition', 1);
			index = withOffice;
			continue;
		}
		// A gentilic that opens its phrase (للبرازيلي، من المغربي، يمررها الإسباني) stands like a title before the name,
		// so a given name that is also a word may start it (المغربي مبارك بوصوفة، للبرازيلي فريد الذي).
		const gentilicTitle = afterNisba && !describesDefiniteNoun(context, before);
		let last = nameChainEnd(context, index, gentilicTitle);
		if (
			gentilicTitle &&
			last === index &&
			givenNameAt(context, index, false)?.commonMeaning &&
			!nameEndsAfter(context, index)
		)
			last = -1;
		// The speaker's given name and a word that ends known people's names (وقال رضا خان): a family name, even
		// when the lexicon reads it as a word (خان "betrayed").
		if (
			last <= index &&
			speech &&
			givenNameAt(context, index, false) &&
			isGazetteerSurname(context, index + 1)
		)
			last = index + 1;
		// A given name that is also a word, alone between a verb of saying and what was said (وأكد خالد أن …).
		if (last < 0 && speech && speakerBeforeQuote(context, index)) last = index;
		if (
			last < 0 &&
			speech &&
			isUnknownWord(context, index) &&
			context.keys[index].startsWith('ال') &&
			!isWord(context, index + 1)
		)
			last = index;
		if (last < 0) continue;
		const compound = compoundGivenAt(context, index);
		const given =
			givenNameAt(context, index, false) ?? (compound?.offset === 0 ? compound.given : undefined);
		// One unknown word alone after a verb is often an adverbial accusative (مقفلا) or a verbal noun with ب. After
		// a gentilic (البرازيلي إيمرسون) or a verb of saying (وقال بوين) an ending in ون/ين is the name's own.
		const pluralLike = afterNisba || speech ? /(ا|وا|ات)$/ : /(ا|ين|ون|وا|ات)$/;
		// A first letter that may be a preposition or conjunction (بتمزق، لفترة) says little between a verb of saying
		// and what was said (وقال بوين إنه، وأكد كوبل أن): there the word is the speaker.
		// There an ending in ا is the name's own too (ويقول ديمورا إن).
		const speakerSlot = speech && isUnknownWord(context, index) && beforeQuote(context, index);
		// After a gentilic the word is the name whatever its first letter (الإسباني فابريغاس، العاجي كولو توريه).
		const cliticLike = /^(ب|ل|ك|و|ف)/.test(context.keys[index]) && !speakerSlot && !afterNisba;
		const plural =
			pluralLike.test(context.keys[index]) &&
			!(speakerSlot && !/(وا|ات)$/.test(context.keys[index]));
		if (last === index && !given && (plural || cliticLike)) continue;
		const unknownCount = Array.from({ length: last - index + 1 }, (_, k) =>
			isUnknownWord(context, index + k)
		).filter(Boolean).length;
		if (!given && unknownCount === 0) continue;
		if (givenNameAt(context, index) && !given) continue;
		push(index, last, 0, '', afterNisba ? 'nisba-name' : 'verb-subject', 1);
		index = last;
	}
	// The subject between أن/إن and its verb (وأكد أن إيبرمان قال …): one unknown word shaped like a name, with no
	// article and no ending of a plural or an accusative, before a verb the lexicon knows.
	for (let index = 1; index + 1 < tokens.length; index++) {
		if (covered.has(index) || !isWord(context, index)) continue;
		if (!isOneOf(context, index - 1, THAT_PARTICLES, false)) continue;
		const key = context.keys[index];
		if (!isUnknownWord(context, index) || hasArticle(context, index) || key.length < 3) continue;
		if (!looksLikeName(key) || /(ا|ين|ون|وا|ات)$/.test(key) || /^[وف]/.test(key)) continue;
		const next = context.tokens[index + 1].analyses?.[0];
		if (!isWord(context, index + 1) || !next || next.guess || next.pos !== 'verb') continue;
		push(index, index, 0, '', 'subject-after-that', 1);
	}
	for (let index = 0; index < tokens.length; index++) {
		if (covered.has(index) || !isWord(context, index)) continue;
		const compound = compoundGivenAt(context, index);
		const given = compound?.given ?? givenNameAt(context, index) ?? kunyaAt(context, index);
		if (!given) continue;
		if (given.commonMeaning) {
			// A given name with the article that is also a club or place the gazetteer knows (العربي) starts no name
			// unless بن follows (حارس العربي | أحمد خليل, but العربي بن مبارك).
			const entry = hasArticle(context, index) ? singleWordEntry(context, index) : undefined;
			if (entry && entry.type !== 'PER' && !isOneOf(context, index + 1, NAME_PARTICLES, false))
				continue;
			// A given name that is also a word (حسن "good", طاهر "pure") starts a name only before another given
			// name that is not (حسن مصطفى، طاهر عبد العزيز).
			const next = givenNameAt(context, index + 1, false);
			const nextKey = context.keys[index + 1] ?? '';
			const nextUnknown =
				isUnknownWord(context, index + 1) &&
				!hasArticle(context, index + 1) &&
				looksLikeName(nextKey) &&
				!lookupKey(context.gazetteer, nextKey);
			// …or a family name shaped like a nisba that is no place's gentilic, unknown to the lexicon or right after
			// a verb of saying (وقال كريم العلوي).
			const nextFamily =
				(isUnknownWord(context, index + 1) ||
					(isSpeechVerb(context, index - 1) && context.forms[index][0].offset === 0)) &&
				/^ال\S{2,}ي$/.test(nextKey) &&
				!nisbaAt(context, index + 1) &&
				!lookupKey(context.gazetteer, nextKey);
			const nextIsName =
				(next && !next.commonMeaning) ||
				['عبد', 'بن', 'ابن', 'بنت', 'ولد'].includes(nextKey) ||
				// …or a family name made as a kunya (حسن أبو السعود، محمود أبو زيد).
				(nextKey === 'ابو' && !!kunyaAt(context, index + 1)) ||
				nextUnknown ||
				nextFamily;
			if (!nextIsName || startsWithConjunction(context, index + 1)) continue;
		}
		// The reading after the clitics: a given name, or a kunya's أبو/أبي (وبأبي مصعب starts at أبي).
		const form = compound
			? undefined
			: context.forms[index].find(
					(f) => context.gazetteer.givenNames.has(f.key) || KUNYA_WORDS.has(f.key)
				);
		const offset = compound?.offset ?? form?.offset ?? 0;
		// After a preposition (لدينا is not ل + دينا) a name needs a second part that is clearly a name.
		if (
			form &&
			offset > 0 &&
			/^[وف]?[بلك]/.test(context.keys[index]) &&
			!/^[وف]$/.test(context.keys[index].slice(0, offset))
		) {
			const next = givenNameAt(context, index + 1, false);
			const nextKey = context.keys[index + 1] ?? '';
			const clear =
				(next && !next.commonMeaning) ||
				(isUnknownWord(context, index + 1) &&
					looksLikeName(nextKey) &&
					!hasArticle(context, index + 1));
			if (!clear) continue;
		}
		// Chain from the name itself: the clitic-stripped first word counts as a given name.
		// A given name of two words (عبد الرحيم) is one part of the chain.
		const firstLast = compound ? index + 1 : index;
		let last = firstLast;
		let position = firstLast - index + 1;
		let j = firstLast + 1;
		while (
			j < tokens.length &&
			j - index < MAX_NAME_TOKENS &&
			context.sentence[j] === context.sentence[index]
		) {
			if (startsWithConjunction(context, j) || hasPrepositionClitic(context, j)) break;
			if (startsNextListedName(context, j, position)) break;
			// عبد + a divine name, or a family name made as a kunya (أبو السعود، أبو الفضل): two words of the name.
			if (
				((context.keys[j] === 'عبد' && isWord(context, j + 1)) ||
					(context.keys[j] === 'ابو' && !!kunyaAt(context, j))) &&
				context.keys[j + 1].startsWith('ال')
			) {
				last = j + 1;
				position += 2;
				j += 2;
				continue;
			}
			if (
				isNameWord(context, j, position, false) ||
				(position === 1 && isKnownSurname(context, j)) ||
				(last === j - 1 && isDefiniteFamilyName(context, j, position))
			) {
				last = j;
			} else if (!(
				isOneOf(context, j, NAME_PARTICLES, false) && isNameWord(context, j + 1, 1, true)
			)) {
				break;
			}
			position++;
			j++;
		}
		if (last === index && !compound) {
			// A given name alone is a name only when the lexicon does not read it as a common word.
			const pos = partOfSpeech(context, index);
			if (!isUnknownWord(context, index) && pos !== 'proper noun') continue;
		}
		push(index, last, offset, '', 'given-name', last > index ? 2 : 1);
		index = last;
	}
	return candidates;
}

/** True for a verb, or a verb of saying the analyser read otherwise (ناشد as an adjective, "one who appeals"). */
function isVerbAt(context: TextContext, index: number): boolean {
	return partOfSpeech(context, index) === 'verb' || isSpeechVerb(context, index);
}

/** Offices that follow a name as its apposition, each governing a definite complement (مدير الكرة، وزيرة التعاون). */
const OFFICES = keySet([
	'وزير',
	'وزيرة',
	'مدير',
	'مديرة',
	'رئيس',
	'رئيسة',
	'نائب',
	'سفير',
	'سفيرة',
	'أمين',
	'مستشار',
	'مستشارة',
	'قائد',
	'محافظ',
	'مدرب',
	'عضو',
	'المتحدث',
	'الناطق',
	'مندوب',
	'ممثل',
	'زعيم',
	'مؤسس',
	'عميد',
	'مفتي'
]);

/**
 * Last token of a name of one to three words right before an office in construct with a definite noun (محرم الراغب
 * | مدير عام النادي، فايزة أبو النجا | وزيرة التعاون الدولي), or -1. The name's words carry no clitic and are not
 * offices, titles, verbs or particles; the first has no article.
 * @example nameBeforeOffice(context of 'وقال محرم الراغب مدير عام النادي', 1) === 2
 */
function nameBeforeOffice(context: TextContext, index: number): number {
	// Most subjects have no office after them: look for one before testing the words.
	let office = -1;
	for (let k = index + 1; k <= index + 3 && office < 0; k++)
		if (OFFICES.has(context.keys[k] ?? '')) office = k;
	if (office < 0) return -1;
	if (!isPlainNameWord(context, index)) return -1;
	// A name with the article is one word shaped like a family name that names no place (وقال البدري مدير الكرة).
	const familyAlone = hasArticle(context, index) && isFamilyShaped(context, index);
	if (hasArticle(context, index) && !familyAlone) return -1;
	for (let last = index; last < (familyAlone ? index + 1 : index + 3); last++) {
		if (last > index && !isPlainNameWord(context, last)) return -1;
		const office = last + 1;
		if (!isWord(context, office) || !OFFICES.has(context.keys[office])) continue;
		const complement = office + 1;
		const key = context.keys[complement] ?? '';
		// The office's complement is definite (مدير الكرة، مدير عام النادي), or a construct ending in a definite
		// word (رئيس حزب الأمة).
		const definite = (k: number) => /^(ال|لل)/.test(context.keys[k] ?? '') && isWord(context, k);
		// One word alone is a name when the lexicon does not read it as a common word (تشغل منصب وزيرة …).
		const oneCommonWord =
			last === index &&
			!familyAlone &&
			!isUnknownWord(context, index) &&
			!givenNameAt(context, index, false) &&
			partOfSpeech(context, index) !== 'proper noun';
		if (
			!oneCommonWord &&
			isWord(context, complement) &&
			(definite(complement) ||
				key === 'عام' ||
				(partOfSpeech(context, complement) === 'noun' &&
					!hasPrepositionClitic(context, complement) &&
					definite(complement + 1)))
		)
			return last;
	}
	return -1;
}

/**
 * True for a word with the article shaped like a family name (البدري، الآلوسي): ending in ي, unknown to the lexicon
 * or read as an adjective, and no place's gentilic.
 * @example isFamilyShaped(context of 'وقال البدري', 1) === true when the lexicon does not know it
 */
function isFamilyShaped(context: TextContext, index: number): boolean {
	const key = context.keys[index] ?? '';
	if (!/^ال\S{2,}ي$/.test(key) || nisbaAt(context, index) || lookupKey(context.gazetteer, key))
		return false;
	return isUnknownWord(context, index) || partOfSpeech(context, index) === 'adjective';
}

/** Times and days, which stand between a verb and its object but never in a name (التقت دوبون صباح السبت …). */
const TIME_WORDS = keySet([
	'صباح',
	'مساء',
	'ظهر',
	'فجر',
	'ليلة',
	'يوم',
	'اليوم',
	'أمس',
	'غدا',
	'السبت',
	'الأحد',
	'الاثنين',
	'الإثنين',
	'الثلاثاء',
	'الأربعاء',
	'الخميس',
	'الجمعة',
	'أيضا',
	'بدوره',
	'بدورها'
]);

/** A word that may be part of a name before an office: no clitic, no office or title, no verb or particle. */
function isPlainNameWord(context: TextContext, index: number): boolean {
	if (!isWord(context, index) || OFFICES.has(context.keys[index]) || opensTitle(context, index))
		return false;
	if (hasPrepositionClitic(context, index) || startsWithConjunction(context, index)) return false;
	if (NOT_NAMES.has(context.keys[index]) || NAME_PARTICLES.has(context.keys[index])) return false;
	if (TIME_WORDS.has(context.keys[index])) return false;
	const pos = partOfSpeech(context, index);
	if (isUnknownWord(context, index) || givenNameAt(context, index, false)) return true;
	return pos === 'noun' || pos === 'adjective' || pos === 'proper noun';
}

/** Particles after which a clause's subject comes (أن ماكرون قال، إن بوين أكد). */
const THAT_PARTICLES = keySet(['أن', 'إن', 'لأن', 'بأن']);

/** What follows the speaker after a verb of saying: أن/إن (أنه، إنها …), a colon, a comma or a quotation mark. */
const QUOTE_OPENERS = keySet([
	'أن',
	'إن',
	'أنه',
	'إنه',
	'أنها',
	'إنها',
	'أنهم',
	'إنهم',
	'بأن',
	'بأنه',
	'بأنها',
	'لـ'
]);
const QUOTE_MARKS = new Set([':', '،', ',', '"', '«', "'"]);

/** True for a given name without clitics (not علي) right before أن/إن or a quotation: the speaker. */
function speakerBeforeQuote(context: TextContext, index: number): boolean {
	const given = givenNameAt(context, index, false);
	if (!given || context.keys[index] === 'علي') return false;
	return beforeQuote(context, index);
}

/** True when أن/إن (أنه، بأن …), a colon, comma or quotation mark follows the word: what was said starts there. */
export function beforeQuote(context: TextContext, index: number): boolean {
	const next = context.tokens[index + 1];
	if (!next) return false;
	return isWord(context, index + 1)
		? QUOTE_OPENERS.has(context.keys[index + 1])
		: QUOTE_MARKS.has(next.text);
}

/**
 * Shape test for an unknown word standing alone as a name: common nouns with ة, pronoun suffixes (مقصورتها) or
 * prepositions (للخلف، بمقدورهم) are not first names.
 * @example looksLikeName('ناكامورا') === true; looksLikeName('منضدة') === false
 */
export function looksLikeName(key: string): boolean {
	if (/^(لل|بال|بم|كال)/.test(key)) return false;
	if (
		/(ه|ها|هم|هما|هن|كم|نا)$/.test(key) &&
		key.length > 4 &&
		/(ته|تها|تهم|يه|يها|يهم|هم|هما|هن|كم|نا)$/.test(key)
	)
		return false;
	return !key.endsWith('ه') || key.length <= 3;
}

const KUNYA_WORDS = keySet(['أبو', 'ابو', 'أبي', 'ابن', 'أم', 'بن']);

/** A kunya or nasab opening a name: أبو/ابن + a given name, an unknown name or عبد + … (أبو الحسن، ابن بطوطة). */
function kunyaAt(context: TextContext, index: number): GivenName | undefined {
	if (!isOneOf(context, index, KUNYA_WORDS)) return undefined;
	if (context.keys[index] === 'ام' || context.keys[index] === 'بن') {
		if (!givenNameAt(context, index + 1, false)) return undefined;
	}
	const nextKey = context.keys[index + 1] ?? '';
	const bare = nextKey.replace(/^ال/, '');
	const next = givenNameAt(context, index + 1, false) ?? context.gazetteer.givenNames.get(bare);
	const unknown =
		isUnknownWord(context, index + 1) &&
		looksLikeName(nextKey) &&
		!lookupKey(context.gazetteer, nextKey);
	if (!next && !unknown && nextKey !== 'عبد') return undefined;
	if (lookupKey(context.gazetteer, `${context.keys[index]} ${nextKey}`)) return undefined;
	return { name: context.keys[index], gender: '', english: '', commonMeaning: '' };
}

/** Last words of the gazetteer's people of two or more words (خان of عمران خان), by gazetteer. */
const SURNAMES = new WeakMap<TextContext['gazetteer'], Set<string>>();

/**
 * True when the word, without clitics or article of its own, is the last word of a person's name in the gazetteer
 * (خان، كروز) and no entry or given name by itself.
 * @example isGazetteerSurname(context of 'وقال رضا خان', 2) === true when the gazetteer has عمران خان
 */
function isGazetteerSurname(context: TextContext, index: number): boolean {
	if (!isWord(context, index) || hasPrepositionClitic(context, index)) return false;
	if (startsWithConjunction(context, index)) return false;
	let surnames = SURNAMES.get(context.gazetteer);
	if (!surnames) {
		surnames = new Set();
		for (const entry of context.gazetteer.entries) {
			if (entry.type !== 'PER') continue;
			const words = matchKey(entry.canonical).split(' ');
			if (words.length > 1 && !NAME_PARTICLES.has(words[words.length - 1]))
				surnames.add(words[words.length - 1]);
		}
		SURNAMES.set(context.gazetteer, surnames);
	}
	const key = context.keys[index];
	return (
		surnames.has(key) &&
		!lookupKey(context.gazetteer, key) &&
		!context.gazetteer.givenNames.has(key) &&
		!APPOSITION_NOUNS.has(key) &&
		!NOT_NAMES.has(key)
	);
}

/**
 * UTF-16 length of the proclitics before a name's first word: 0 when the word itself is a name part, else the
 * clitics before the first reading that is a given name, a kunya word or a name particle (وبأبي → أبي).
 * @example proclitics(context of 'أشاد بأبي مصعب', 1) === 1
 */
function proclitics(context: TextContext, index: number): number {
	const forms = context.forms[index] ?? [];
	const isNamePart = (key: string) =>
		context.gazetteer.givenNames.has(key) || KUNYA_WORDS.has(key) || NAME_PARTICLES.has(key);
	if (!forms.length || isNamePart(forms[0].key) || isUnknownWord(context, index)) return 0;
	return forms.find((form) => form.offset > 0 && isNamePart(form.key))?.offset ?? 0;
}

/**
 * A given name of two words starting at `index` (عبد الرحيم، ولعبد الرحيم), with the clitics' length, if any.
 * @example compoundGivenAt(context of 'التقى عبد الرحيم', 1)?.given.english === 'Abdul Rahim'
 */
export function compoundGivenAt(
	context: TextContext,
	index: number
): { given: GivenName; offset: number } | undefined {
	if (!isWord(context, index + 1)) return undefined;
	const next = context.keys[index + 1];
	// Most words are no compound's second word: one set lookup instead of a joined key per reading.
	if (!compoundSecondWords(context.gazetteer.givenNames).has(next)) return undefined;
	for (const form of context.forms[index] ?? []) {
		const given = context.gazetteer.givenNames.get(`${form.key} ${next}`);
		if (given) return { given, offset: form.offset };
	}
	return undefined;
}

/** The second words of the two-word given names (الرحيم of عبد الرحيم), kept per map while its size is unchanged. */
const SECOND_WORDS = new WeakMap<Map<string, GivenName>, { size: number; words: Set<string> }>();
function compoundSecondWords(givenNames: Map<string, GivenName>): Set<string> {
	let cached = SECOND_WORDS.get(givenNames);
	if (!cached || cached.size !== givenNames.size) {
		const words = new Set<string>();
		for (const key of givenNames.keys()) {
			const space = key.indexOf(' ');
			if (space >= 0) words.add(key.slice(space + 1));
		}
		SECOND_WORDS.set(givenNames, (cached = { size: givenNames.size, words }));
	}
	return cached.words;
}

/**
 * Speech verbs (قال، أكد …), for rules that look at who speaks.
 * @example isSpeechVerb(context of 'وقال الوزير', 0) === true
 */
export function isSpeechVerb(context: TextContext, index: number): boolean {
	return SPEECH_VERBS.has(context.keys[index] ?? '');
}

/**
 * Organisations the gazetteer may not know, found from their head noun: حزب العدالة والتنمية، منظمة التحرير، جامعة
 * بيرزيت، مجلس الأمن القومي. Some heads name a kind of thing and are left outside the name (شركة نوكيا، صحيفة
 * هآرتس، حركة حماس: the name is what follows). Plain descriptions such as الحكومة العراقية or وزارة الخارجية are
 * not names and are left alone.
 */
import type { Candidate } from './candidate';
import {
	isOneOf,
	isUnknownWord,
	isWord,
	keySet,
	nisbaAt,
	partOfSpeech,
	type TextContext
} from './context';
import { lookupKey } from './gazetteer';
import { TITLES } from './titles';

/** Heads that belong to the name (حزب الله، مجلس الأمن، جامعة القاهرة). */
const INNER_HEADS = keySet([
	'حزب',
	'منظمة',
	'جامعة',
	'معهد',
	'نادي',
	'اتحاد',
	'الاتحاد',
	'جبهة',
	'جمعية',
	'مجلس',
	'المجلس',
	'هيئة',
	'مؤسسة',
	'بنك',
	'مصرف',
	'محكمة',
	'كتائب',
	'سرايا',
	'ألوية',
	'لواء',
	'رابطة',
	'نقابة',
	'أكاديمية',
	'مستشفى',
	'صندوق',
	'بعثة',
	'تحالف',
	'ائتلاف',
	'تجمع',
	'التجمع',
	'تيار',
	'التيار',
	'منتدى'
]);
/** Heads that name a kind of organisation and stay outside the name (شركة نوكيا، وكالة رويترز). */
const OUTER_HEADS = keySet([
	'شركة',
	'صحيفة',
	'جريدة',
	'مجلة',
	'وكالة',
	'قناة',
	'إذاعة',
	'تلفزيون',
	'حركة',
	'تنظيم',
	'جماعة',
	'فريق',
	'نادي',
	'موقع',
	'مجموعة'
]);
/** Heads whose following words must include an unknown word or a known name to count (مركز، برنامج are common). */
const WEAK_HEADS = keySet([
	'مركز',
	'صندوق',
	'برنامج',
	'مستشفى',
	'بعثة',
	'تحالف',
	'تجمع',
	'التجمع',
	'المجلس',
	'مجلس',
	'هيئة',
	'مؤسسة',
	'جمعية',
	'تيار',
	'التيار',
	'لواء',
	'منتدى',
	'الاتحاد',
	'اتحاد',
	'محكمة'
]);
/** Modifiers that end an organisation name rather than continue it (الحالي، الجديد, time words). */
const STOP_WORDS = keySet([
	'الحالي',
	'الحالية',
	'الجديد',
	'الجديدة',
	'السابق',
	'السابقة',
	'اليوم',
	'امس',
	'الذي',
	'التي',
	'الذين',
	'الماضي',
	'المقبل',
	'العام',
	'الاول',
	'الثاني',
	'الاسبوع',
	'الأسبوعي',
	'الأسبوعية',
	'اليومي',
	'اليومية',
	'الشهري',
	'الشهرية',
	'السنوي',
	'السنوية',
	'الطارئ',
	'الطارئة',
	'الاستثنائي',
	'الاستثنائية',
	'المقبلة',
	'الماضية',
	'المتمردة',
	'المتمرد',
	'المعارضة',
	'المعارض',
	'الحاكم',
	'الحاكمة'
]);
const MAX_NAME_TOKENS = 5;
/** Weekdays: a date after an organisation, never part of its name (أعلن مجلس الأمن الخميس). */
const WEEKDAY_KEYS = keySet([
	'السبت',
	'الأحد',
	'الاثنين',
	'الإثنين',
	'الثلاثاء',
	'الأربعاء',
	'الخميس',
	'الجمعة'
]);

/** True when the word can continue an organisation's name (definite nouns and adjectives, names, و+ال…). */
function isOrgModifier(context: TextContext, index: number): boolean {
	if (!isWord(context, index)) return false;
	const key = context.keys[index];
	if (STOP_WORDS.has(key) || WEEKDAY_KEYS.has(key)) return false;
	// A person's title followed by a name starts the next thing in the sentence (مجلس النواب العراقي الثلاثاء
	// النائب محمود …), while a title word followed by a definite word may still be part of the name (مجلس الوزراء).
	if (
		context.forms[index].some((form) => TITLES.byFirstWord.has(form.key)) &&
		isWord(context, index + 1) &&
		!context.keys[index + 1].startsWith('ال')
	)
		return false;
	const pos = partOfSpeech(context, index);
	if (
		pos === 'verb' ||
		pos === 'preposition' ||
		pos === 'conjunction' ||
		pos === 'pronoun' ||
		pos === 'relative pronoun' ||
		pos === 'demonstrative' ||
		pos === 'particle'
	) {
		return false;
	}
	// Definite words continue the name (حزب العدالة والتنمية); a prepositional phrase does not (منتدى للمصالحة).
	if (key.startsWith('ال') || key.startsWith('وال')) return true;
	if (key.startsWith('لل')) return false;
	if (nisbaAt(context, index)) return true;
	if (lookupKey(context.gazetteer, key)) return true;
	// An unknown word names the organisation only right after its head (جامعة بيرزيت، نادي سيلتك); later it is
	// usually the next thing in the sentence (… الأوروبي خافيير سولانا) or a prepositional phrase (بفاس، وإسرائيل).
	if (index - 1 >= 0 && !isHeadAt(context, index - 1)) return false;
	if (/^[وفبلك]/.test(key)) return false;
	return isUnknownWord(context, index);
}

/** True when token `index` is an organisation head noun. */
function isHeadAt(context: TextContext, index: number): boolean {
	return (
		context.forms[index]?.some((f) => INNER_HEADS.has(f.key) || OUTER_HEADS.has(f.key)) ?? false
	);
}

/** Banks named by an adjective (البنك التجاري، المصرف الأهلي), optionally with a nisba (البنك التجاري القطري). */
const BANK_HEADS = keySet([
	'البنك',
	'المصرف',
	'للبنك',
	'للمصرف',
	'والبنك',
	'والمصرف',
	'بالبنك',
	'بالمصرف'
]);

function findBankCandidates(context: TextContext): Candidate[] {
	const out: Candidate[] = [];
	for (let index = 0; index < context.tokens.length; index++) {
		if (!isOneOf(context, index, BANK_HEADS, false)) continue;
		const adjective = index + 1;
		const key = context.keys[adjective] ?? '';
		// The adjective agrees with the masculine head (التجاري، not التنموية which belongs to another noun).
		if (
			partOfSpeech(context, adjective) !== 'adjective' ||
			!key.startsWith('ال') ||
			key.endsWith('ه') ||
			STOP_WORDS.has(key)
		)
			continue;
		if (
			lookupKey(
				context.gazetteer,
				`${context.keys[index].replace(/^(لل|و|ب)/, 'ال').replace(/^الال/, 'ال')} ${key}`
			)
		)
			continue;
		let last = adjective;
		const nisba = nisbaAt(context, adjective + 1);
		if (nisba && !context.keys[adjective + 1].endsWith('ه')) last = adjective + 1;
		const form = context.forms[index].find(
			(f) => BANK_HEADS.has(f.key) || f.key === 'البنك' || f.key === 'المصرف'
		);
		const offset = context.keys[index].startsWith('لل')
			? 1
			: context.keys[index].startsWith('و') || context.keys[index].startsWith('ب')
				? 1
				: (form?.offset ?? 0);
		out.push(candidate(context, index, last, offset, 'bank'));
	}
	return out;
}

/** A court: محكمة or المحكمة, whatever proclitics it carries (للمحكمة، بمحكمة، والمحكمة). */
const COURT_HEADS = keySet(['محكمة', 'المحكمة']);
/**
 * Words that say which court (العليا، الدستورية، الاستئناف، النقض، جنايات …): a court named by one or more of them is
 * a proper name, while المحكمة alone or المحكمة المختصة is not.
 */
const COURT_KINDS = keySet([
	'العليا',
	'الدستورية',
	'الاتحادية',
	'الإدارية',
	'الجنائية',
	'الجزائية',
	'العسكرية',
	'الابتدائية',
	'الشرعية',
	'التجارية',
	'المدنية',
	'الخاصة',
	'الدولية',
	'الأوروبية',
	'الأفريقية',
	'الإفريقية',
	'العربية',
	'الميدانية',
	'المركزية',
	'المتخصصة',
	'الاقتصادية',
	'الثورية',
	'الاستئناف',
	'استئناف',
	'النقض',
	'التمييز',
	'العدل',
	'جنايات',
	'الجنايات',
	'جنح',
	'الجنح',
	'الأسرة',
	'الصلح',
	'التحكيم',
	'الثورة',
	'الشعب',
	'القضاء',
	'أمن',
	'الدولة',
	'مكافحة',
	'الإرهاب',
	'لحقوق',
	'الإنسان',
	'والشعوب'
]);

/**
 * Courts and tribunals (المحكمة العليا، محكمة الاستئناف، محكمة جنايات القاهرة، المحكمة الأوروبية لحقوق الإنسان): the
 * head, the words that say which court, and a city in construct. A gentilic at the end describes the court (المحكمة
 * العليا الأمريكية) and stays out, and so does the place after في/ب (محكمة الاستئناف في الرباط: ORG + LOC).
 * @example findCourtCandidates(context of 'وأيدت محكمة الاستئناف في الرباط الحكم') gives ORG محكمة الاستئناف
 */
function findCourtCandidates(context: TextContext): Candidate[] {
	const out: Candidate[] = [];
	for (let index = 0; index < context.tokens.length; index++) {
		const form = context.forms[index]?.find((f) => COURT_HEADS.has(f.key));
		if (!form) continue;
		let last = index;
		let j = index + 1;
		while (isWord(context, j) && COURT_KINDS.has(context.keys[j]) && j - index <= MAX_NAME_TOKENS) {
			last = j;
			j++;
		}
		if (last === index) continue;
		// A city in construct is part of the name (محكمة جنايات القاهرة); after في/ب it is where the court sits, a
		// place of its own (محكمة الاستئناف | في | الرباط), so that «where?» keeps its answer.
		const place = placeEnd(context, j);
		if (place >= 0) last = place;
		const found = candidate(context, index, last, form.offset, 'court');
		found.strength = 2;
		out.push(found);
		index = last;
	}
	return out;
}

/** Last token of the place (one or two words the gazetteer knows as LOC) starting at `index`, or -1. */
function placeEnd(context: TextContext, index: number): number {
	if (!isWord(context, index)) return -1;
	const two = `${context.keys[index]} ${context.keys[index + 1] ?? ''}`;
	if (isWord(context, index + 1) && lookupKey(context.gazetteer, two)?.type === 'LOC')
		return index + 1;
	return lookupKey(context.gazetteer, context.keys[index])?.type === 'LOC' ? index : -1;
}

/**
 * Organisation candidates from head nouns.
 * @example findOrganisationCandidates(context of 'أعلن حزب العدالة والتنمية') gives ORG حزب العدالة والتنمية
 */
export function findOrganisationCandidates(context: TextContext): Candidate[] {
	const { tokens } = context;
	const out: Candidate[] = [];
	for (let index = 0; index < tokens.length; index++) {
		if (!isWord(context, index)) continue;
		const form = context.forms[index].find((f) => INNER_HEADS.has(f.key) || OUTER_HEADS.has(f.key));
		if (!form) continue;
		const outer = OUTER_HEADS.has(form.key) && !INNER_HEADS.has(form.key);
		let last = index;
		let evidence = false;
		let j = index + 1;
		while (
			j < tokens.length &&
			j - index <= MAX_NAME_TOKENS &&
			context.sentence[j] === context.sentence[index]
		) {
			if (!isOrgModifier(context, j)) break;
			const key = context.keys[j];
			// و + ال… continues the name only after the first modifier (العدالة والتنمية).
			if (key.startsWith('وال') && j === index + 1) break;
			const entry = lookupKey(context.gazetteer, key);
			if (isUnknownWord(context, j) || entry) evidence = true;
			last = j;
			j++;
			// Outer heads name one thing: شركة نوكيا، وكالة رويترز.
			if (outer) break;
		}
		// A gentilic at the end describes the organisation (مجلس النواب اللبناني، نادي تشيلسي الإنجليزي).
		if (
			!outer &&
			last > index + 1 &&
			nisbaAt(context, last) &&
			!lookupKey(context.gazetteer, context.keys.slice(index, last + 1).join(' '))
		)
			last--;
		if (last === index) continue;
		if (outer) {
			if (!isUnknownWord(context, last) && !lookupKey(context.gazetteer, context.keys[last]))
				continue;
			if (context.keys[last].startsWith('ال') && isUnknownWord(context, last) === false) continue;
			out.push(candidate(context, last, last, 0, 'org-outer-head'));
		} else {
			if (WEAK_HEADS.has(form.key) && !evidence && last - index < 2) continue;
			out.push(candidate(context, index, last, form.offset, 'org-head'));
		}
		index = last;
	}
	out.push(...findBankCandidates(context), ...findCourtCandidates(context));
	out.push(...findQuotedMedia(context));
	return out;
}

/** Heads of media whose name often follows in quotation marks (صحيفة "…"، قناة «…»، وكالة الأنباء الرسمية "…"). */
const MEDIA_HEADS = keySet([
	'صحيفة',
	'الصحيفة',
	'جريدة',
	'مجلة',
	'وكالة',
	'قناة',
	'إذاعة',
	'تلفزيون',
	'موقع',
	'جمعية',
	'شركة'
]);
const OPENING_QUOTES = new Set(['«', '"', '“']);
const CLOSING_QUOTES = new Set(['»', '"', '”']);

/**
 * A name in quotation marks right after a media head and up to three words describing it (صحيفة " بابل "، وكالة
 * الأنباء الرسمية " سونا "): the quoted words are the organisation, whatever else they could be (a place: بابل).
 * @example findQuotedMedia(context of 'نشرت صحيفة " بابل " تقريرا') gives ORG بابل
 */
function findQuotedMedia(context: TextContext): Candidate[] {
	const { tokens } = context;
	const out: Candidate[] = [];
	for (let open = 1; open < tokens.length; open++) {
		if (!OPENING_QUOTES.has(tokens[open].text)) continue;
		let head = -1;
		for (let k = open - 1; k >= Math.max(0, open - 4) && head < 0; k--) {
			if (!isWord(context, k) || context.sentence[k] !== context.sentence[open]) break;
			if (isOneOf(context, k, MEDIA_HEADS)) head = k;
		}
		if (head < 0) continue;
		let close = open + 1;
		while (close < tokens.length && close - open <= 5 && isWord(context, close)) close++;
		if (close === open + 1 || !CLOSING_QUOTES.has(tokens[close]?.text ?? '')) continue;
		const found = candidate(context, open + 1, close - 1, 0, 'quoted-media');
		// Stronger than a gazetteer place of the same words (بابل، واشنطن …).
		found.strength = 3.2;
		out.push(found);
		open = close;
	}
	return out;
}

function candidate(
	context: TextContext,
	first: number,
	last: number,
	offset: number,
	source: string
): Candidate {
	const start = context.tokens[first].start + offset;
	const end = context.tokens[last].end;
	return {
		type: 'ORG',
		first,
		last,
		start,
		end,
		// After the preposition of لل the span starts at the article's ل: the canonical name restores its alef
		// (للبنك التجاري → span لبنك التجاري, canonical البنك التجاري).
		canonical:
			offset > 0 && context.keys[first].startsWith('لل')
				? 'ا' + context.text.slice(start, end)
				: context.text.slice(start, end),
		english: '',
		role: '',
		source,
		strength: 1
	};
}

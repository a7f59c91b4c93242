/**
 * Sports pages name clubs after their cities (ليون، بورتو، دينامو كييف): a city in a sports sentence that is
 * treated as a team (after ضيفه/مضيفه/أمام/فريق, before a masculine nisba such as البرتغالي, or after a club word
 * such as دينامو) is an organisation. Cities take feminine agreement (ليون الفرنسية), clubs masculine (ليون الفرنسي).
 */
import type { Candidate } from './candidate';
import { isOneOf, isWord, keySet, nisbaAt, type TextContext } from './context';
import { lookupKey } from './gazetteer';

/** Words that make a sentence a sports report. */
const SPORTS_WORDS = keySet([
	'مباراة',
	'المباراة',
	'مباريات',
	'الدوري',
	'دوري',
	'هدف',
	'هدفا',
	'أهداف',
	'الأهداف',
	'الفريق',
	'فريق',
	'المنتخب',
	'منتخب',
	'اللاعب',
	'لاعب',
	'مرمى',
	'المرمى',
	'الشوط',
	'الدقيقة',
	'فوز',
	'فوزه',
	'تعادل',
	'التعادل',
	'الكأس',
	'كأس',
	'البطولة',
	'بطولة',
	'نادي',
	'النادي',
	'ملعب',
	'الملعب',
	'المدرب',
	'مدرب',
	'الحارس',
	'ركلة',
	'جزاء',
	'المجموعة',
	'دور',
	'ذهاب',
	'إياب',
	'الموسم',
	'أبطال',
	'الكرة',
	'كرة',
	'القدم',
	'تغلب',
	'سحق',
	'خسر',
	'الخسارة',
	'ضيفه',
	'مضيفه',
	'الجولة',
	'جولة',
	'شوط',
	'الهدف',
	'هدفين',
	'بهدف',
	'بهدفين',
	'هدفي',
	'المهاجم',
	'مهاجم',
	'المدافع',
	'تسديدة',
	'تمريرة',
	'عرضية',
	'ركنية',
	'الصدارة',
	'المتصدر',
	'لاعبي',
	'لاعبو',
	'اللاعبين',
	'الأندية',
	'الفريقين',
	'ركلات',
	'الترجيح'
]);
/** Words right before a team name. */
const TEAM_BEFORE = keySet([
	'ضيفه',
	'مضيفه',
	'أمام',
	'امام',
	'فريق',
	'نادي',
	'لفريق',
	'لنادي',
	'منافسه',
	'مواجهة',
	'لقاء',
	'للقاء',
	'مع',
	'على',
	'علي',
	'فريقي',
	'وصيفه',
	'غريمه',
	'جاره'
]);
/** Words that say the next name is a club's, even a country's (نادي قطر). */
const CLUB_WORDS = keySet(['نادي', 'النادي']);
/** Club words that come before a city's name (دينامو كييف، ستيوا بوخارست). */
const CLUB_PREFIXES = keySet([
	'دينامو',
	'ستيوا',
	'سسكا',
	'ريال',
	'أتلتيكو',
	'أولمبيك',
	'اولمبياكوس',
	'سبورتنغ',
	'سبورتينغ',
	'ايك',
	'أيك',
	'باناثينايكوس',
	'لوكوموتيف',
	'سبارتاك',
	'شاختار',
	'زينيت',
	'بوروسيا',
	'فيردر',
	'أسيك',
	'اسيك',
	'هابويل',
	'مكابي',
	'بيتار',
	'رابيد',
	'أستون',
	'وست',
	'نيوكاسل',
	'إنتر',
	'انتر'
]);

/**
 * True when the sentence of token `index` reads like a sports report.
 * @example isSportsSentence(context of 'سجل اللاعب هدفا في المباراة', 0) === true
 */
export function isSportsSentence(context: TextContext, index: number): boolean {
	let counts = SPORTS_COUNTS.get(context);
	if (!counts) {
		// Count once per text: sentence index → number of sports words.
		counts = new Map();
		for (let k = 0; k < context.tokens.length; k++) {
			if (isOneOf(context, k, SPORTS_WORDS))
				counts.set(context.sentence[k], (counts.get(context.sentence[k]) ?? 0) + 1);
		}
		SPORTS_COUNTS.set(context, counts);
	}
	return (counts.get(context.sentence[index]) ?? 0) >= 2 || isFixtureList(context, index);
}

/**
 * True when a country in brackets follows token `last`: «ليون ( فرنسا )», a club with its country in a results list.
 * @example countryInBracketsAfter(context of 'ليون ( فرنسا ) - بورتو ( البرتغال )', 0) === true
 */
function countryInBracketsAfter(context: TextContext, last: number): boolean {
	if (context.tokens[last + 1]?.text !== '(') return false;
	for (let end = last + 2; end <= last + 4; end++) {
		if (context.tokens[end + 1]?.text !== ')') continue;
		const phrase = context.keys.slice(last + 2, end + 1).join(' ');
		return !!lookupKey(context.gazetteer, phrase)?.kind.startsWith('country');
	}
	return false;
}

/**
 * True when the sentence is a list of fixtures or results: two or more names each followed by its country in
 * brackets, joined by a dash (سلتيك ( اسكتلندا ) - كوبنهاغن ( الدنمارك ) 1 - صفر). A dateline has one such name.
 */
function isFixtureList(context: TextContext, index: number): boolean {
	let lists = FIXTURE_LISTS.get(context);
	if (!lists) {
		lists = new Set();
		const bracketed = new Map<number, number>();
		const dashed = new Set<number>();
		for (let k = 0; k < context.tokens.length; k++) {
			if (context.tokens[k].text === '-' || context.tokens[k].text === '–')
				dashed.add(context.sentence[k]);
			if (isWord(context, k) && countryInBracketsAfter(context, k))
				bracketed.set(context.sentence[k], (bracketed.get(context.sentence[k]) ?? 0) + 1);
		}
		for (const [sentence, count] of bracketed)
			if (count >= 2 && dashed.has(sentence)) lists.add(sentence);
		FIXTURE_LISTS.set(context, lists);
	}
	return lists.has(context.sentence[index]);
}

const FIXTURE_LISTS = new WeakMap<TextContext, Set<number>>();

const SPORTS_COUNTS = new WeakMap<TextContext, Map<number, number>>();

/** True when the candidate is a country the gazetteer knows (a national team in a sports report). */
function isCountry(context: TextContext, candidate: Candidate): boolean {
	const phrase = context.keys.slice(candidate.first, candidate.last + 1).join(' ');
	const forms = context.forms[candidate.first] ?? [];
	const keys =
		candidate.first === candidate.last
			? forms.map((form) => form.key)
			: [
					phrase,
					...forms.map((f) =>
						[f.key, ...context.keys.slice(candidate.first + 1, candidate.last + 1)].join(' ')
					)
				];
	return keys.some((key) => lookupKey(context.gazetteer, key)?.kind.startsWith('country'));
}

/**
 * Retype city candidates that stand for clubs in sports sentences, and add club names made of a club word + city.
 * @example retypeClubs(context of 'تغلب بورتو البرتغالي على ضيفه') turns LOC بورتو into ORG
 */
export function retypeClubs(context: TextContext, candidates: Candidate[]): Candidate[] {
	const added: Candidate[] = [];
	for (const candidate of candidates) {
		const before = candidate.first - 1;
		if (candidate.type !== 'LOC') continue;
		if (!isSportsSentence(context, candidate.first) && !isOneOf(context, before, CLUB_WORDS))
			continue;
		const after = candidate.last + 1;
		const nisba = nisbaAt(context, after);
		const masculineNisba =
			!!nisba && /ي$/.test(context.keys[after]) && context.keys[after].startsWith('ال');
		const afterClubWord = isOneOf(context, before, CLUB_PREFIXES, false);
		const teamWord = isOneOf(context, before, TEAM_BEFORE);
		const startsWithConjunction = candidate.start > context.tokens[candidate.first].start;
		if (afterClubWord) {
			added.push({
				...candidate,
				type: 'ORG',
				first: before,
				start: context.tokens[before].start,
				canonical: context.text.slice(context.tokens[before].start, candidate.end),
				english: '',
				role: 'sports club',
				source: 'club',
				strength: candidate.strength + 1
			});
		} else if (isOneOf(context, before, CLUB_WORDS)) {
			// After نادي a country's name is a club's (نادي قطر), not the national team.
			candidate.type = 'ORG';
			candidate.role = 'sports club';
			candidate.english = candidate.english ? `${candidate.english} (club)` : '';
		} else if (isCountry(context, candidate)) {
			// A country stands for its national team (فازت على ألمانيا) and stays a place.
			continue;
		} else if (
			masculineNisba ||
			teamWord ||
			(countryInBracketsAfter(context, candidate.last) &&
				isFixtureList(context, candidate.first)) ||
			(startsWithConjunction && isOneOf(context, before, TEAM_BEFORE))
		) {
			candidate.type = 'ORG';
			candidate.role = 'sports club';
			candidate.english = candidate.english ? `${candidate.english} (club)` : '';
		}
	}
	return added;
}

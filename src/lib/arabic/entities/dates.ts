/**
 * Dates and times: a small grammar over weekday / day / month (Gregorian in both naming systems, paired as in
 * `يناير/كانون الثاني`, and Hijri) / year / relative words (أمس، الخميس الماضي، الأسبوع المقبل، قبل عشرين عاما),
 * spans (`منذ أبريل/نيسان 2019`، بين … و …، من … إلى …) and clock times (الساعة الثالثة). Each date gets an
 * ISO-like `value` (2020-01-12, --01-12, 2019-04, 2011; T15:00 for a time) and an English rendering.
 */
import type { Candidate } from './candidate';
import { isWord, type TextContext } from './context';
import { matchKey } from './match-key';
import { NUMBER_START_KEYS, readNumber } from './numbers';

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const HIJRI_NAMES = [
	'Muharram',
	'Safar',
	'Rabi al-Awwal',
	'Rabi al-Thani',
	'Jumada al-Ula',
	'Jumada al-Akhira',
	'Rajab',
	"Sha'ban",
	'Ramadan',
	'Shawwal',
	"Dhu al-Qa'da",
	'Dhu al-Hijja'
];
const WEEKDAY_NAMES = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
];

/** Words before a month that make an ambiguous month name (مارس، نيسان، آب) the month, as match keys. */
const MONTH_PREPOSITIONS = new Set(
	['في', 'منذ', 'خلال', 'حتى', 'مطلع', 'أوائل', 'أواخر', 'منتصف', 'نهاية', 'بداية', 'أواسط'].map(
		matchKey
	)
);

/** [spellings separated by |, month number, ambiguous (also an everyday word or a name)] */
const GREGORIAN_ROWS: [string, number, boolean][] = [
	['يناير|جانفي|كانون الثاني|كانون ثاني', 1, false],
	['فبراير|فيفري|شباط', 2, false],
	['مارس', 3, true],
	['آذار', 3, false],
	['أبريل|إبريل|أفريل', 4, false],
	['نيسان', 4, true],
	['مايو|أيار', 5, false],
	['ماي', 5, true],
	['يونيو|يونيه|جوان|حزيران', 6, false],
	['يوليو|يوليه|جويلية|تموز', 7, false],
	['أغسطس|أغشت|أوت', 8, false],
	['آب', 8, true],
	['سبتمبر|شتنبر|أيلول', 9, false],
	['أكتوبر|تشرين الأول|تشرين أول', 10, false],
	['نوفمبر|نونبر|تشرين الثاني|تشرين ثاني', 11, false],
	['ديسمبر|دجنبر|كانون الأول|كانون أول', 12, false]
];
const HIJRI_ROWS: [string, number, boolean][] = [
	['محرم', 1, true],
	['صفر', 2, true],
	['ربيع الأول|ربيع أول', 3, false],
	['ربيع الآخر|ربيع الثاني|ربيع ثاني', 4, false],
	['جمادى الأولى|جمادى الأول', 5, false],
	['جمادى الآخرة|جمادى الثانية|جمادى الآخر', 6, false],
	['رجب', 7, true],
	['شعبان', 8, true],
	['رمضان', 9, true],
	['شوال', 10, false],
	['ذو القعدة|ذي القعدة', 11, false],
	['ذو الحجة|ذي الحجة', 12, false]
];
const WEEKDAY_ROWS: [string, number][] = [
	['الأحد', 0],
	['الاثنين|الإثنين', 1],
	['الثلاثاء', 2],
	['الأربعاء', 3],
	['الخميس', 4],
	['الجمعة', 5],
	['السبت', 6]
];
/** Relative words standing alone: [spellings, English, value]. */
const RELATIVE_ROWS: [string, string, string][] = [
	['أمس الأول|أول أمس|أول من أمس', 'the day before yesterday', '-P2D'],
	['أمس|البارحة', 'yesterday', '-P1D'],
	['اليوم', 'today', 'P0D'],
	['غدا|غداً|بكرة|بكرا', 'tomorrow', 'P1D'],
	['بعد غد', 'the day after tomorrow', 'P2D'],
	['الليلة الماضية|ليلة أمس|مساء أمس', 'last night', '-P1D'],
	['الليلة', 'tonight', 'P0D'],
	['حاليا|حالياً', 'currently', 'P0D'],
	['يوميا|يومياً', 'daily', 'R/P1D'],
	['أسبوعيا|أسبوعياً', 'weekly', 'R/P1W'],
	['شهريا|شهرياً', 'monthly', 'R/P1M'],
	['سنويا|سنوياً', 'yearly', 'R/P1Y']
];
/** Periods that take الماضي/المقبل …: [spellings, English noun, ISO unit]. */
const PERIOD_ROWS: [string, string, string][] = [
	['العام|عام', 'year', 'Y'],
	['السنة|سنة', 'year', 'Y'],
	['الشهر|شهر', 'month', 'M'],
	['الأسبوع|أسبوع', 'week', 'W'],
	['الأعوام|السنوات|السنين', 'years', 'Y'],
	['الأشهر|الشهور', 'months', 'M'],
	['الأسابيع', 'weeks', 'W'],
	['الأيام', 'days', 'D'],
	['العقد', 'decade', 'Y'],
	['القرن', 'century', 'Y'],
	['الصيف', 'summer', 'Y'],
	['الشتاء', 'winter', 'Y'],
	['الربيع', 'spring', 'Y'],
	['الخريف', 'autumn', 'Y']
];
/** Words after a period or weekday that place it in time: [spellings, English, direction]. */
const DIRECTION_ROWS: [string, string, number][] = [
	['الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|السابق|السابقة', 'last', -1],
	['المقبل|المقبلة|القادم|القادمة|التالي|التالية', 'next', 1],
	['الجاري|الجارية|الحالي|الحالية', 'this', 0],
	['الأخير|الأخيرة', 'recent', -1]
];
/** Words that may open a date and belong to its span. */
const DATE_PREFIX_ROWS: [string, string][] = [
	['منذ', 'since'],
	['حتى', 'until'],
	['مطلع|أوائل|بداية|بدايات', 'early'],
	['أواخر|نهاية|أواخر', 'late'],
	['منتصف|أواسط', 'mid'],
	['تاريخ|بتاريخ', ''],
	['يوم', ''],
	['صباح|صبيحة', 'morning of'],
	['مساء|عشية', 'evening of'],
	['ظهر|ظهيرة', 'noon of'],
	['فجر', 'dawn of'],
	['ليلة', 'night of'],
	['خلال', 'during'],
	['قبل', 'before'],
	['بعد', 'after']
];
/** Two of a time unit in one word (يومين "two days"): [spellings, ISO unit, English]. */
const DUAL_ROWS: [string, [string, string]][] = [
	['يومين|يومان', ['D', 'two days']],
	['أسبوعين|أسبوعان', ['W', 'two weeks']],
	['شهرين|شهران', ['M', 'two months']],
	['عامين|عامان|سنتين|سنتان', ['Y', 'two years']],
	['ساعتين|ساعتان', ['H', 'two hours']]
];
const TIME_UNITS: Record<string, string> = {
	year: 'Y',
	month: 'M',
	week: 'W',
	day: 'D',
	hour: 'H',
	minute: 'MIN'
};
/** Time-of-day words after a clock time. */
const DAYTIME_ROWS: [string, string, number][] = [
	['صباحا|صباحاً|صباح', 'a.m.', 0],
	['ظهرا|ظهراً', 'p.m.', 12],
	['عصرا|عصراً', 'p.m.', 12],
	['مساء|مساءً|مساءا', 'p.m.', 12],
	['ليلا|ليلاً', 'p.m.', 12],
	['فجرا|فجراً', 'a.m.', 0]
];
/** Ordinal words for clock hours and days: [spellings, value]. */
const ORDINAL_ROWS: [string, number][] = [
	['الأول|الأولى|الواحدة', 1],
	['الثاني|الثانية', 2],
	['الثالث|الثالثة', 3],
	['الرابع|الرابعة', 4],
	['الخامس|الخامسة', 5],
	['السادس|السادسة', 6],
	['السابع|السابعة', 7],
	['الثامن|الثامنة', 8],
	['التاسع|التاسعة', 9],
	['العاشر|العاشرة', 10],
	['الحادي عشر|الحادية عشرة', 11],
	['الثاني عشر|الثانية عشرة', 12]
];
const DECADE_ROWS: [string, number][] = [
	['الخمسينيات|الخمسينات', 1950],
	['الستينيات|الستينات', 1960],
	['السبعينيات|السبعينات', 1970],
	['الثمانينيات|الثمانينات', 1980],
	['التسعينيات|التسعينات', 1990]
];

interface Phrase<T> {
	words: string[];
	value: T;
}

/** A phrase table keyed by first word, longest phrases first. */
function phraseTable<T>(rows: [string, T][]): Map<string, Phrase<T>[]> {
	const table = new Map<string, Phrase<T>[]>();
	for (const [spellings, value] of rows) {
		for (const spelling of spellings.split('|')) {
			const words = matchKey(spelling).split(' ');
			const list = table.get(words[0]) ?? [];
			list.push({ words, value });
			list.sort((a, b) => b.words.length - a.words.length);
			table.set(words[0], list);
		}
	}
	return table;
}

const GREGORIAN = phraseTable(
	GREGORIAN_ROWS.map(([s, n, amb]) => [s, { month: n, ambiguous: amb, hijri: false }])
);
const HIJRI = phraseTable(
	HIJRI_ROWS.map(([s, n, amb]) => [s, { month: n, ambiguous: amb, hijri: true }])
);
const WEEKDAYS = phraseTable(WEEKDAY_ROWS);
const RELATIVES = phraseTable(RELATIVE_ROWS.map(([s, en, v]) => [s, { english: en, value: v }]));
const PERIODS = phraseTable(PERIOD_ROWS.map(([s, en, u]) => [s, { english: en, unit: u }]));
const DIRECTIONS = phraseTable(
	DIRECTION_ROWS.map(([s, en, d]) => [s, { english: en, direction: d }])
);
const PREFIXES = phraseTable(DATE_PREFIX_ROWS);
/** Prefixes that are prepositions and stay outside the DATE span (منذ أبريل → أبريل, since April). */
const PREPOSITION_PREFIXES = new Set(['since', 'until', 'during']);
const DAYTIMES = phraseTable(DAYTIME_ROWS.map(([s, en, add]) => [s, { english: en, add }]));
const ORDINALS = phraseTable(ORDINAL_ROWS);
const DECADES = phraseTable(DECADE_ROWS);
const DUALS = phraseTable(DUAL_ROWS);
const HOUR_WORDS = phraseTable([['الساعة', 0]]);
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'لهذا', 'لهذه', 'وهذا', 'وهذه'].map(matchKey));
const YEAR_WORDS = new Set([
	'عام',
	'العام',
	'سنه',
	'السنه',
	'عامي',
	'سنتي',
	'لعام',
	'لسنه',
	'بعام',
	'بسنه',
	'وعام'
]);
const ERA_WORDS = new Map([
	['م', 'AD'],
	['ميلادي', 'AD'],
	['ميلاديه', 'AD'],
	['للميلاد', 'AD'],
	['ه', 'AH'],
	['هـ', 'AH'],
	['هجري', 'AH'],
	['هجريه', 'AH'],
	['قبل الميلاد', 'BC']
]);
const RANGE_WORDS = new Set(['الي', 'حتي', 'و', '-', '–']);
const MIN_YEAR = 1800;
const MAX_YEAR = 2100;

interface Match<T> {
	value: T;
	last: number;
	offset: number;
}

/** Match a phrase of `table` at token `index`; the first word may carry a proclitic when `clitics` is set. */
function matchPhrase<T>(
	context: TextContext,
	index: number,
	table: Map<string, Phrase<T>[]>,
	clitics = true
): Match<T> | undefined {
	if (!isWord(context, index)) return undefined;
	for (const form of context.forms[index]) {
		if (!clitics && form.offset > 0) break;
		const list = table.get(form.key);
		if (!list) continue;
		for (const { words, value } of list) {
			let ok = true;
			for (let k = 1; k < words.length; k++) if (context.keys[index + k] !== words[k]) ok = false;
			if (ok) return { value, last: index + words.length - 1, offset: form.offset };
		}
	}
	return undefined;
}

/** The parts of one date. */
interface DateParts {
	first: number;
	last: number;
	offset: number;
	year?: number;
	month?: number;
	day?: number;
	hijri?: boolean;
	weekday?: number;
	relative?: { english: string; value: string };
	time?: { hour: number; minute: number; english: string };
	prefix?: string;
	decade?: number;
	era?: string;
}

function isYear(context: TextContext, index: number): number | undefined {
	const token = context.tokens[index];
	if (
		token?.kind !== 'number' ||
		token.value === undefined ||
		!/^\d{3,4}$/.test(normalizedDigits(token.text))
	)
		return undefined;
	return token.value >= 500 && token.value <= MAX_YEAR ? token.value : undefined;
}

function normalizedDigits(text: string): string {
	return matchKey(text);
}

function dayNumber(context: TextContext, index: number): number | undefined {
	const token = context.tokens[index];
	if (token?.kind !== 'number' || token.value === undefined || !Number.isInteger(token.value))
		return undefined;
	return token.value >= 1 && token.value <= 31 ? token.value : undefined;
}

/** A month (Gregorian or Hijri) at `index`, with a paired name after / or in brackets (يناير/كانون الثاني). */
function matchMonth(
	context: TextContext,
	index: number
):
	(Match<{ month: number; ambiguous: boolean; hijri: boolean }> & { paired: boolean }) | undefined {
	const month = matchPhrase(context, index, GREGORIAN) ?? matchPhrase(context, index, HIJRI);
	if (!month) return undefined;
	let last = month.last;
	let paired = false;
	const separator = context.tokens[last + 1]?.text;
	if (separator === '/' || separator === '(' || separator === '-') {
		const second = matchPhrase(context, last + 2, GREGORIAN, false);
		if (second && second.value.month === month.value.month) {
			last = second.last;
			paired = true;
			if (separator === '(' && context.tokens[last + 1]?.text === ')') last++;
		}
	}
	return { ...month, last, paired };
}

/** An era word after a year (م، هـ، ميلادي، هجري، قبل الميلاد). */
function matchEra(context: TextContext, index: number): { era: string; last: number } | undefined {
	const key = context.keys[index] ?? context.tokens[index]?.text;
	if (!key) return undefined;
	if (key === 'قبل' && context.keys[index + 1] === 'الميلاد') return { era: 'BC', last: index + 1 };
	const era = ERA_WORDS.get(key) ?? ERA_WORDS.get(context.tokens[index]?.text ?? '');
	return era ? { era, last: index } : undefined;
}

/** A year possibly in brackets: 2019، (1933). Returns the year and the last token. */
function matchYear(
	context: TextContext,
	index: number
): { year: number; last: number } | undefined {
	if (context.tokens[index]?.text === '(') {
		const year = isYear(context, index + 1);
		if (year !== undefined && context.tokens[index + 2]?.text === ')')
			return { year, last: index + 2 };
		return undefined;
	}
	const year = isYear(context, index);
	return year !== undefined ? { year, last: index } : undefined;
}

const DATE_SEPARATORS = new Set(['/', '-', '.']);

/** A numeric date: 15/1/1959، 2020-01-12، (9/2/1948). */
function matchNumericDate(context: TextContext, index: number): DateParts | undefined {
	const { tokens } = context;
	let i = index;
	const open = tokens[i]?.text === '(';
	if (open) i++;
	const parts: number[] = [];
	let last = i - 1;
	while (tokens[i]?.kind === 'number' && parts.length < 3) {
		parts.push(tokens[i].value ?? NaN);
		last = i;
		if (!DATE_SEPARATORS.has(tokens[i + 1]?.text ?? '') || tokens[i + 2]?.kind !== 'number') break;
		i += 2;
	}
	if (parts.length < 2) return undefined;
	let [day, month, year] = parts;
	if (parts.length === 3 && day > 31) [year, month, day] = parts;
	// Month first (4/22/1948) when the middle number cannot be a month.
	if (parts.length === 3 && month > 12 && day <= 12) [month, day] = [day, month];
	if (parts.length === 2) {
		// 4/2019 (month/year)
		if (parts[1] < MIN_YEAR || parts[0] > 12) return undefined;
		[month, year] = parts;
		day = NaN;
	}
	if (
		!(month >= 1 && month <= 12) ||
		(year !== undefined && !(year >= 100 && year <= MAX_YEAR)) ||
		(!Number.isNaN(day) && !(day >= 1 && day <= 31))
	)
		return undefined;
	if (open && tokens[last + 1]?.text === ')') last++;
	return { first: index, last, offset: 0, day: Number.isNaN(day) ? undefined : day, month, year };
}

/** The core of a date at `index` (no prefix): numeric, day-month-year, month-year, weekday, year, relative. */
function matchCore(context: TextContext, index: number, inSpan = false): DateParts | undefined {
	const numeric = matchNumericDate(context, index);
	if (numeric) return numeric;
	// Day + (من) + month [+ year]
	const day = dayNumber(context, index);
	if (day !== undefined) {
		let m = index + 1;
		if (context.keys[m] === 'من') m++;
		const month = matchMonth(context, m);
		if (month && month.offset === 0) {
			const parts: DateParts = {
				first: index,
				last: month.last,
				offset: 0,
				day,
				month: month.value.month,
				hijri: month.value.hijri
			};
			addYear(context, parts);
			addDirection(context, parts);
			return parts;
		}
		return undefined;
	}
	// Ordinal day in words: الثاني عشر من يناير
	const ordinal = matchPhrase(context, index, ORDINALS);
	if (ordinal && context.keys[ordinal.last + 1] === 'من') {
		const month = matchMonth(context, ordinal.last + 2);
		if (month) {
			const parts: DateParts = {
				first: index,
				last: month.last,
				offset: ordinal.offset,
				day: ordinal.value,
				month: month.value.month,
				hijri: month.value.hijri
			};
			addYear(context, parts);
			addDirection(context, parts);
			return parts;
		}
	}
	// Month [+ year]
	const month = matchMonth(context, index);
	if (month) {
		const parts: DateParts = {
			first: index,
			last: month.last,
			offset: month.offset,
			month: month.value.month,
			hijri: month.value.hijri
		};
		addYear(context, parts);
		addDirection(context, parts);
		// أيلول (7/9/1945): the month name followed by the full date in brackets.
		const numeric =
			parts.year === undefined ? matchNumericDate(context, month.last + 1) : undefined;
		if (numeric && context.tokens[month.last + 1]?.text === '(')
			return { ...numeric, first: index, offset: month.offset };
		const before = context.keys[index - 1];
		const clear =
			!month.value.ambiguous ||
			!!parts.prefix ||
			month.paired ||
			inSpan ||
			parts.year !== undefined ||
			before === 'شهر' ||
			before === 'الشهر' ||
			// After a preposition of time no verb or name can follow (في مارس، منذ آب، مطلع نيسان).
			MONTH_PREPOSITIONS.has(before ?? '');
		return clear ? parts : undefined;
	}
	// Weekday [+ الماضي/المقبل] [+ day month year]
	const weekday = matchPhrase(context, index, WEEKDAYS);
	if (weekday) {
		const parts: DateParts = {
			first: index,
			last: weekday.last,
			offset: weekday.offset,
			weekday: weekday.value
		};
		const direction = matchPhrase(context, weekday.last + 1, DIRECTIONS, false);
		if (direction) {
			parts.last = direction.last;
			parts.relative = {
				english: `${direction.value.english} ${WEEKDAY_NAMES[weekday.value]}`,
				value: ''
			};
		} else {
			let next = weekday.last + 1;
			if (context.tokens[next]?.text === '،' || context.tokens[next]?.text === ',') next++;
			if (context.keys[next] === 'الموافق') next++;
			const date = matchCore(context, next);
			if (date && date.day !== undefined) {
				parts.last = date.last;
				Object.assign(parts, {
					day: date.day,
					month: date.month,
					year: date.year,
					hijri: date.hijri
				});
			}
		}
		// الجمعة "Friday" is also "the (prayer) assembly": accept it alone only after يوم or with more date words.
		if (weekday.value === 5 && parts.last === weekday.last && context.keys[index - 1] !== 'يوم')
			return undefined;
		return parts;
	}
	// عام 2011، العام 2011، عامي 2010 و2011
	if (isWord(context, index) && YEAR_WORDS.has(context.keys[index])) {
		const year = matchYear(context, index + 1);
		if (year) {
			const parts: DateParts = {
				first: index,
				last: year.last,
				offset:
					context.keys[index].startsWith('ل') ||
					context.keys[index].startsWith('ب') ||
					context.keys[index].startsWith('و')
						? 1
						: 0,
				year: year.year
			};
			const era = matchEra(context, year.last + 1);
			if (era) {
				parts.last = era.last;
				parts.era = era.era;
				parts.hijri = era.era === 'AH';
			}
			return parts;
		}
	}
	// A year alone: 1948، (2019)
	const year = matchYear(context, index);
	if (year && year.year >= MIN_YEAR) {
		const next = context.tokens[year.last + 1];
		const era = matchEra(context, year.last + 1);
		const nextIsNoun =
			next?.kind === 'word' &&
			!era &&
			next.analyses?.[0]?.pos === 'noun' &&
			!matchPhrase(context, year.last + 1, GREGORIAN);
		if (!nextIsNoun) {
			const parts: DateParts = { first: index, last: year.last, offset: 0, year: year.year };
			if (era) {
				parts.last = era.last;
				parts.era = era.era;
				parts.hijri = era.era === 'AH';
			}
			return parts;
		}
	}
	// Durations: عشرين عاما، ثلاثة أيام، يومين (after قبل/منذ/خلال they place an event in time)
	const dual = matchPhrase(context, index, DUALS);
	if (dual)
		return {
			first: index,
			last: dual.last,
			offset: dual.offset,
			relative: { english: dual.value[1], value: `P2${dual.value[0]}` }
		};
	const amount = readNumber(context, index);
	if (amount?.unit && amount.value !== undefined && TIME_UNITS[amount.unit.singular]) {
		const english = `${amount.value} ${amount.value === 1 ? amount.unit.singular : amount.unit.plural}`;
		return {
			first: index,
			last: amount.last,
			offset: amount.offset,
			relative: { english, value: `P${amount.value}${TIME_UNITS[amount.unit.singular]}` }
		};
	}
	// Decades: الثمانينيات
	const decade = matchPhrase(context, index, DECADES);
	if (decade)
		return { first: index, last: decade.last, offset: decade.offset, decade: decade.value };
	// Relative words: أمس، اليوم، غدا
	const relative = matchPhrase(context, index, RELATIVES);
	if (relative)
		return { first: index, last: relative.last, offset: relative.offset, relative: relative.value };
	// Periods: العام الماضي، الشهر المقبل، هذا العام، السنوات الأخيرة
	const demonstrative = DEMONSTRATIVES.has(context.keys[index] ?? '');
	const period = matchPhrase(context, demonstrative ? index + 1 : index, PERIODS);
	if (period) {
		if (demonstrative && period.offset === 0) {
			return {
				first: index,
				last: period.last,
				offset: 0,
				relative: { english: `this ${period.value.english}`, value: `P0${period.value.unit}` }
			};
		}
		const direction = matchPhrase(context, period.last + 1, DIRECTIONS, false);
		if (direction) {
			const sign = direction.value.direction < 0 ? '-' : '';
			return {
				first: index,
				last: direction.last,
				offset: period.offset,
				relative: {
					english: `${direction.value.english} ${period.value.english}`,
					value:
						direction.value.direction === 0
							? `P0${period.value.unit}`
							: `${sign}P1${period.value.unit}`
				}
			};
		}
	}
	return undefined;
}

/** يناير الماضي، 12 مارس المقبل: a month without a year placed by a direction word (English "last January"). */
function addDirection(context: TextContext, parts: DateParts): void {
	if (parts.year !== undefined) return;
	const direction = matchPhrase(context, parts.last + 1, DIRECTIONS, false);
	if (!direction || direction.value.english === 'recent') return;
	parts.last = direction.last;
	parts.prefix = direction.value.english;
}

/** Add a following year (and era) to a day-month or month. */
function addYear(context: TextContext, parts: DateParts): void {
	let next = parts.last + 1;
	if (context.tokens[next]?.text === '،' || context.tokens[next]?.text === ',') next++;
	if (isWord(context, next) && YEAR_WORDS.has(context.keys[next])) next++;
	const year = matchYear(context, next);
	if (!year) return;
	parts.year = year.year;
	parts.last = year.last;
	const era = matchEra(context, year.last + 1);
	if (era) {
		parts.last = era.last;
		parts.era = era.era;
		if (era.era === 'AH') parts.hijri = true;
	}
}

/** A clock time: الساعة الثالثة، الساعة 10:30 صباحا، الساعة العاشرة والنصف. */
function matchTime(context: TextContext, index: number): DateParts | undefined {
	const hourWord = matchPhrase(context, index, HOUR_WORDS);
	if (!hourWord) return undefined;
	let j = hourWord.last + 1;
	let hour: number | undefined;
	let minute = 0;
	const token = context.tokens[j];
	if (token?.kind === 'number' && token.value !== undefined && token.value <= 24) {
		hour = Math.floor(token.value);
		if (context.tokens[j + 1]?.text === ':' && context.tokens[j + 2]?.kind === 'number') {
			minute = context.tokens[j + 2].value ?? 0;
			j += 2;
		}
	} else {
		const ordinal = matchPhrase(context, j, ORDINALS, false);
		if (!ordinal) return undefined;
		hour = ordinal.value;
		j = ordinal.last;
		const fraction = context.keys[j + 1];
		if (fraction === 'والنصف') {
			minute = 30;
			j++;
		} else if (fraction === 'والربع') {
			minute = 15;
			j++;
		} else if (fraction === 'الا' && context.keys[j + 2] === 'ربعا') {
			hour -= 1;
			minute = 45;
			j += 2;
		}
	}
	let english = `${hour}:${String(minute).padStart(2, '0')}`;
	const daytime = matchPhrase(context, j + 1, DAYTIMES, false);
	if (daytime) {
		j = daytime.last;
		if (hour < 12) hour += daytime.value.add;
		english += ` ${daytime.value.english}`;
	}
	return { first: index, last: j, offset: hourWord.offset, time: { hour, minute, english } };
}

/** ISO-like value of a date. */
function dateValue(parts: DateParts): string {
	if (parts.time)
		return `T${String(parts.time.hour).padStart(2, '0')}:${String(parts.time.minute).padStart(2, '0')}`;
	if (parts.relative) return parts.relative.value;
	if (parts.decade) return `${parts.decade / 10}X`;
	const month = parts.month ? String(parts.month).padStart(2, '0') : '';
	const day = parts.day ? String(parts.day).padStart(2, '0') : '';
	const year = parts.year !== undefined ? String(parts.year) : '';
	const calendar = parts.hijri ? 'AH' : '';
	if (year && month && day) return `${year}-${month}-${day}${calendar}`;
	if (year && month) return `${year}-${month}${calendar}`;
	if (month && day) return `--${month}-${day}${calendar}`;
	if (year) return `${year}${calendar}`;
	if (month) return `--${month}${calendar}`;
	return '';
}

/** English rendering of a date. */
function dateEnglish(parts: DateParts): string {
	if (parts.time) return parts.time.english;
	if (parts.relative) return parts.relative.english;
	if (parts.decade) return `the ${parts.decade}s`;
	const months = parts.hijri ? HIJRI_NAMES : MONTH_NAMES;
	// "last January", but "12 January (last)".
	const words: string[] = parts.prefix && !parts.day ? [parts.prefix] : [];
	if (parts.weekday !== undefined)
		words.push(WEEKDAY_NAMES[parts.weekday] + (parts.day ? ',' : ''));
	if (parts.day) words.push(String(parts.day));
	if (parts.month) words.push(months[parts.month - 1]);
	if (parts.year !== undefined)
		words.push(String(parts.year) + (parts.hijri ? ' AH' : parts.era === 'BC' ? ' BC' : ''));
	if (parts.prefix && parts.day) words.push(`(${parts.prefix})`);
	return words.join(' ');
}

/** Every key a date, a time or a date prefix can start with (the first words of all the tables above). */
const FIRST_KEYS = new Set<string>([
	...[
		PREFIXES,
		HOUR_WORDS,
		ORDINALS,
		GREGORIAN,
		HIJRI,
		WEEKDAYS,
		DUALS,
		DECADES,
		RELATIVES,
		PERIODS
	].flatMap((table: Map<string, unknown>) => [...table.keys()]),
	...YEAR_WORDS,
	...DEMONSTRATIVES,
	...NUMBER_START_KEYS,
	'بين',
	'وبين',
	'من',
	'ومن'
]);

/**
 * False when no date can start at token `index`: a word none of whose readings opens a date phrase. Numbers,
 * brackets and other non-words may always start one. A quick pre-check that keeps the full matchers off most words.
 */
function mayStartDate(context: TextContext, index: number): boolean {
	if (!isWord(context, index)) return context.tokens[index] !== undefined;
	for (const form of context.forms[index]) if (FIRST_KEYS.has(form.key)) return true;
	return false;
}

/**
 * DATE candidates: dates, spans of dates and clock times.
 * @example findDateCandidates(context of 'منذ أبريل/نيسان 2019') gives DATE منذ أبريل/نيسان 2019, value 2019-04, english "since April 2019"
 * @example findDateCandidates(context of 'التقى الرئيس الخميس الماضي') gives DATE الخميس الماضي, english "last Thursday"
 */
export function findDateCandidates(context: TextContext): Candidate[] {
	const { tokens } = context;
	const out: Candidate[] = [];
	for (let index = 0; index < tokens.length; index++) {
		if (!mayStartDate(context, index)) continue;
		const time = matchTime(context, index);
		if (time) {
			out.push(toCandidate(context, time, time, ''));
			index = time.last;
			continue;
		}
		// Optional prefix words (منذ، مطلع، صباح، بتاريخ، يوم) and بين … for spans.
		let start = index;
		let offset = 0;
		const prefixes: string[] = [];
		let between = false;
		let from = false;
		let lead = -1;
		for (;;) {
			const prefix = matchPhrase(context, start, PREFIXES);
			if (prefix) {
				if (start === index) offset = prefix.offset;
				if (start === index && PREPOSITION_PREFIXES.has(prefix.value)) lead = prefix.last + 1;
				if (prefix.value) prefixes.push(prefix.value);
				start = prefix.last + 1;
				if (context.keys[start] === 'من' && prefix.value && prefix.value !== 'since') start++;
				continue;
			}
			if (start === index && ['بين', 'وبين'].includes(context.keys[start] ?? '')) {
				between = true;
				offset = context.keys[start].startsWith('و') ? 1 : 0;
				start++;
				continue;
			}
			if (start === index && ['من', 'ومن'].includes(context.keys[start] ?? '')) {
				from = true;
				start++;
				continue;
			}
			break;
		}
		if (!mayStartDate(context, start)) continue;
		const core = matchCore(context, start);
		if (!core) continue;
		if (
			from &&
			!RANGE_WORDS.has(context.keys[core.last + 1] ?? context.tokens[core.last + 1]?.text ?? '')
		) {
			// من alone is a preposition, not part of the date.
			start = index + 1;
		}
		// Spans: … و … (after بين)، … إلى/حتى …، 1936 - 1939
		let last = core.last;
		let end: DateParts | undefined;
		const connector = context.keys[last + 1] || context.tokens[last + 1]?.text;
		const attached =
			isWord(context, last + 1) &&
			(context.keys[last + 1]?.startsWith('و') ?? false) &&
			connector !== 'و';
		if (connector && RANGE_WORDS.has(connector) && (between || from || connector !== 'و')) {
			// … و 2012، … إلى مارس، 1936 - 1939
			end = matchCore(context, last + 2, true) ?? undefined;
			if (end) last = end.last;
		} else if (between && attached) {
			// بين يناير ومارس
			end = matchCore(context, last + 1, true) ?? undefined;
			if (end) last = end.last;
		}
		if (between && !end) continue;
		let first = from && start === index + 1 ? index + 1 : index;
		// A preposition before the date (منذ، خلال، حتى) is not part of it: the span starts after it, while its
		// meaning stays in the English (since April 2019).
		if (lead > first && lead <= core.first) first = lead;
		// Brackets belong to the date only after a word that introduces it (عام (1933)، بتاريخ (9/2/1948)).
		if (first === start && tokens[first]?.text === '(' && tokens[last]?.text === ')') {
			first++;
			last--;
		}
		const parts: DateParts = { ...core, first, last, offset: first === index ? offset : 0 };
		let english = dateEnglish(core);
		if (end)
			english = `${between ? 'between ' : 'from '}${english} ${between ? 'and' : 'to'} ${dateEnglish(end)}`;
		if (prefixes.length === 1 && prefixes[0] === 'before' && core.relative?.value.startsWith('P'))
			english = `${english} ago`;
		else if (
			prefixes.length === 1 &&
			prefixes[0] === 'after' &&
			core.relative?.value.startsWith('P')
		)
			english = `${english} later`;
		else if (prefixes.length) english = `${prefixes.join(' ')} ${english}`;
		const candidate = toCandidate(context, parts, core, english);
		// A span's value is an ISO interval (2010/2012).
		if (end) candidate.value = `${dateValue(core)}/${dateValue(end)}`;
		out.push(candidate);
		index = last;
	}
	return out;
}

function toCandidate(
	context: TextContext,
	parts: DateParts,
	core: DateParts,
	english: string
): Candidate {
	const start = context.tokens[parts.first].start + parts.offset;
	const end = context.tokens[parts.last].end;
	return {
		type: 'DATE',
		first: parts.first,
		last: parts.last,
		start,
		end,
		canonical: context.text.slice(start, end),
		english: english || dateEnglish(core),
		role: '',
		value: dateValue(core),
		source: core.time ? 'time' : 'date',
		strength: 2
	};
}

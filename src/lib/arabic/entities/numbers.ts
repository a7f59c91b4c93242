/**
 * Numbers written in digits or words, with their value and unit: `ألف كيلومتر` (1,000 kilometres), `ثلاثة`,
 * `3.5 مليون دولار`, `50 في المئة`, `عشرات` (dozens). Compound numbers follow the Arabic order, joined by و:
 * `ثلاثة وعشرون`، `ألف وخمسمئة`، `مليون و200 ألف`.
 */
import type { Candidate } from './candidate';
import { isWord, type TextContext } from './context';
import { matchKey } from './match-key';

/** [words (all spellings), value] */
const NUMBER_WORD_ROWS: [string, number][] = [
	['واحد واحدة', 1],
	['اثنان اثنين اثنتان اثنتين', 2],
	['ثلاثة ثلاث', 3],
	['أربعة أربع', 4],
	['خمسة خمس', 5],
	['ستة', 6],
	['سبعة سبع', 7],
	['ثمانية ثماني ثمان', 8],
	['تسعة تسع', 9],
	['عشرة عشر', 10],
	['عشرون عشرين', 20],
	['ثلاثون ثلاثين', 30],
	['أربعون أربعين', 40],
	['خمسون خمسين', 50],
	['ستون ستين', 60],
	['سبعون سبعين', 70],
	['ثمانون ثمانين', 80],
	['تسعون تسعين', 90],
	['مئة مائة', 100],
	['مئتان مئتين مائتان مائتين', 200],
	['ثلاثمئة ثلاثمائة', 300],
	['أربعمئة أربعمائة', 400],
	['خمسمئة خمسمائة', 500],
	['ستمئة ستمائة', 600],
	['سبعمئة سبعمائة', 700],
	['ثمانمئة ثمانمائة ثمانيمئة', 800],
	['تسعمئة تسعمائة', 900],
	['ألف', 1000],
	['ألفان ألفين', 2000],
	['آلاف', 1000],
	['مليون', 1e6],
	['مليونان مليونين', 2e6],
	['ملايين', 1e6],
	['مليار بليون', 1e9],
	['ملياران مليارين', 2e9],
	['مليارات', 1e9],
	['تريليون', 1e12]
];
/** Teens: the unit word followed by عشر/عشرة (ثلاثة عشر = 13); أحد/إحدى and اثنا/اثنتا only occur here. */
const TEEN_UNITS: [string, number][] = [
	['أحد إحدى حادي', 1],
	['اثنا اثني اثنتا اثنتي', 2]
];
/** Words for an unspecified count: عشرات "dozens", مئات "hundreds" … (value left undefined). */
const VAGUE_ROWS: [string, string][] = [
	['عشرات', 'dozens'],
	['مئات مئات', 'hundreds'],
	['الاف آلاف', 'thousands'],
	['ملايين', 'millions'],
	['مليارات', 'billions'],
	['بضعة بضع', 'a few'],
	['عدة', 'several']
];
/** Units of measure and money: [spellings, English singular, English plural]. */
const UNIT_ROWS: [string, string, string][] = [
	['كيلومتر كيلومترا كيلومترات كلم كم', 'kilometre', 'kilometres'],
	['متر مترا أمتار', 'metre', 'metres'],
	['ميل ميلا أميال', 'mile', 'miles'],
	['كيلوغرام كيلوغراما كغ كيلو', 'kilogram', 'kilograms'],
	['طن طنا أطنان', 'tonne', 'tonnes'],
	['برميل برميلا براميل', 'barrel', 'barrels'],
	['هكتار هكتارا هكتارات', 'hectare', 'hectares'],
	['ميغاواط ميجاوات', 'megawatt', 'megawatts'],
	['دولار دولارا دولارات', 'dollar', 'dollars'],
	['يورو', 'euro', 'euros'],
	['جنيه جنيها جنيهات', 'pound', 'pounds'],
	['دينار دينارا دنانير', 'dinar', 'dinars'],
	['ريال ريالا ريالات', 'riyal', 'riyals'],
	['درهم درهما دراهم', 'dirham', 'dirhams'],
	['ليرة ليرات', 'lira', 'liras'],
	['روبل روبلا', 'rouble', 'roubles'],
	['ين', 'yen', 'yen'],
	['شخص شخصا أشخاص', 'person', 'people'],
	['نسمة', 'inhabitant', 'inhabitants'],
	['قتيل قتيلا قتلى', 'dead', 'dead'],
	['جريح جريحا جرحى', 'wounded', 'wounded'],
	['لاجئ لاجئا لاجئين', 'refugee', 'refugees'],
	['جندي جنديا جنود', 'soldier', 'soldiers'],
	['عام عاما أعوام', 'year', 'years'],
	['سنة سنوات', 'year', 'years'],
	['شهر شهرا أشهر شهور', 'month', 'months'],
	['أسبوع أسبوعا أسابيع', 'week', 'weeks'],
	['يوم يوما أيام', 'day', 'days'],
	['ساعة ساعات', 'hour', 'hours'],
	['دقيقة دقائق', 'minute', 'minutes']
];
const PERCENT_WORDS = ['في المئة', 'في المائة', 'بالمئة', 'بالمائة', 'في المية'];

function table<T>(rows: [string, T][]): Map<string, T> {
	const map = new Map<string, T>();
	for (const [words, value] of rows)
		for (const word of words.split(' ')) map.set(matchKey(word), value);
	return map;
}

const NUMBER_WORDS = table(NUMBER_WORD_ROWS);
const TEENS = table(TEEN_UNITS);
const VAGUE = table(VAGUE_ROWS);
/** Keys a number written in words can start with (ثلاثة، عشرات، أحد عشر), for quick pre-checks elsewhere. */
export const NUMBER_START_KEYS: ReadonlySet<string> = new Set([
	...NUMBER_WORDS.keys(),
	...TEENS.keys(),
	...VAGUE.keys()
]);
const UNITS = new Map<string, { singular: string; plural: string }>();
for (const [words, singular, plural] of UNIT_ROWS)
	for (const word of words.split(' ')) UNITS.set(matchKey(word), { singular, plural });
const PERCENTS = PERCENT_WORDS.map((phrase) => matchKey(phrase).split(' '));
const SCALE_MIN = 1000;

/** A number read from the tokens. */
export interface NumberReading {
	first: number;
	last: number;
	/** Offset of the first token's clitic (و، ب، ل) to leave out of the span. */
	offset: number;
	value?: number;
	/** English for a vague count ("dozens"). */
	vague?: string;
	percent: boolean;
	unit?: { singular: string; plural: string };
}

/** The number-word value of a word (with proclitics stripped), and the clitic offset. */
function wordValue(
	context: TextContext,
	index: number
): { value: number; offset: number } | undefined {
	for (const form of context.forms[index] ?? []) {
		const value = NUMBER_WORDS.get(form.key);
		if (value !== undefined) return { value, offset: form.offset };
	}
	return undefined;
}

/** True when token `index` is the conjunction و standing alone or attached to a number (و3، وعشرون). */
function isAnd(context: TextContext, index: number): boolean {
	return context.tokens[index]?.kind === 'word' && context.keys[index] === 'و';
}

/**
 * Read a number starting at token `index` (digits or words, compound with و, with a scale, a percent and a unit).
 * @example readNumber(context of 'ألف كيلومتر', 0) → {value: 1000, unit: {singular: 'kilometre', …}}
 */
export function readNumber(context: TextContext, index: number): NumberReading | undefined {
	const { tokens } = context;
	const first = tokens[index];
	if (!first) return undefined;
	let total = 0;
	let current = 0;
	let any = false;
	let offset = 0;
	let last = index - 1;
	let j = index;
	let vague: string | undefined;
	if (first.kind === 'word') {
		const vagueForm = context.forms[index].find((form) => VAGUE.has(form.key));
		if (vagueForm && !wordValue(context, index + 1) && tokens[index + 1]?.kind !== 'number') {
			const reading: NumberReading = {
				first: index,
				last: index,
				offset: vagueForm.offset,
				vague: VAGUE.get(vagueForm.key),
				percent: false
			};
			// عشرات الآلاف "tens of thousands"
			if (isWord(context, index + 1) && VAGUE.has(context.keys[index + 1].replace(/^ال/, ''))) {
				reading.last = index + 1;
				reading.vague = `${reading.vague} of ${VAGUE.get(context.keys[index + 1].replace(/^ال/, ''))}`;
			}
			return reading;
		}
	}
	while (j < tokens.length) {
		const token = tokens[j];
		let value: number | undefined;
		if (token.kind === 'number' && token.value !== undefined && !token.text.includes('%')) {
			if (any && current !== 0 && !isScaleNext(context, j)) break;
			value = token.value;
		} else if (token.kind === 'word') {
			const word = wordValue(context, j);
			const teen = context.forms[j]?.find((form) => TEENS.has(form.key));
			if (teen && ['عشر', 'عشره'].includes(context.keys[j + 1] ?? '')) {
				value = 10 + (TEENS.get(teen.key) ?? 0);
				if (!any) offset = teen.offset;
				j++;
			} else if (word) {
				value = word.value;
				if (['عشر', 'عشره'].includes(context.keys[j + 1] ?? '') && value < 10) {
					value += 10;
					j++;
				}
				if (!any) offset = word.offset;
				else if (word.offset === 0 && value < SCALE_MIN) break;
			}
		} else if (token.kind === 'number' && token.text.includes('%') && !any) {
			return { first: index, last: j, offset: 0, value: token.value, percent: true };
		}
		if (value === undefined) break;
		if (
			value >= SCALE_MIN &&
			(value === 1000 || value === 1e6 || value === 1e9 || value === 1e12) &&
			any
		) {
			total += (current || 1) * value;
			current = 0;
		} else if (value >= SCALE_MIN) {
			total += current + value;
			current = 0;
		} else {
			current += value;
		}
		any = true;
		last = j;
		j++;
		// Continue through و (a separate token, or attached to the next number word).
		if (isAnd(context, j) && (tokens[j + 1]?.kind === 'number' || wordValue(context, j + 1))) j++;
		else if (isWord(context, j) && context.keys[j].startsWith('و') && wordValue(context, j))
			continue;
		else if (tokens[j]?.kind === 'number' || isScaleWord(context, j)) continue;
		else break;
	}
	if (!any) return undefined;
	const reading: NumberReading = {
		first: index,
		last,
		offset,
		value: total + current,
		percent: false
	};
	if (vague) reading.vague = vague;
	// Percent: 50 في المئة، 50 بالمئة.
	for (const words of PERCENTS) {
		if (words.every((word, k) => context.keys[last + 1 + k] === word)) {
			reading.percent = true;
			reading.last = last + words.length;
			return reading;
		}
	}
	const unitKey = context.keys[last + 1] ?? '';
	const unit = UNITS.get(unitKey) ?? UNITS.get(unitKey.replace(/^ال/, ''));
	if (unit && isWord(context, last + 1)) {
		reading.unit = unit;
		reading.last = last + 1;
		// An area: كيلومتر مربع "square kilometre".
		if (['مربع', 'مربعا', 'مربعه'].includes(context.keys[last + 2] ?? '')) {
			reading.unit = { singular: `square ${unit.singular}`, plural: `square ${unit.plural}` };
			reading.last = last + 2;
		}
	}
	return reading;
}

function isScaleWord(context: TextContext, index: number): boolean {
	const word = wordValue(context, index);
	return !!word && word.offset === 0 && word.value >= SCALE_MIN;
}

function isScaleNext(context: TextContext, index: number): boolean {
	return isScaleWord(context, index);
}

/**
 * "1,000", "3.5 million" style English for a value.
 * @example formatNumber(1000) === '1,000'; formatNumber(3500000) === '3.5 million'
 */
export function formatNumber(value: number): string {
	if (value >= 1e9 && value % 1e8 === 0 && value % 1e9 !== 0) return `${value / 1e9} billion`;
	if (value >= 1e6 && value % 1e5 === 0 && value % 1e6 !== 0) return `${value / 1e6} million`;
	// Thousands separated by commas, at most two decimals (Intl is slow and locale data may be missing).
	const [whole, fraction] = (Math.round(value * 100) / 100).toString().split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction ? `${grouped}.${fraction}` : grouped;
}

/**
 * English rendering of a number reading ("1,000 kilometres", "50%", "dozens").
 * @example numberEnglish(reading of 'ألف كيلومتر') === '1,000 kilometres'
 */
export function numberEnglish(reading: NumberReading): string {
	if (reading.vague) return reading.vague;
	const value = reading.value ?? 0;
	if (reading.percent) return `${formatNumber(value)}%`;
	if (!reading.unit) return formatNumber(value);
	return `${formatNumber(value)} ${value === 1 ? reading.unit.singular : reading.unit.plural}`;
}

/** Words after a number that are never what it counts (months, weekdays, ordinary function words). */
const NOT_COUNTED = new Set(
	[
		'في',
		'من',
		'إلى',
		'على',
		'عن',
		'مع',
		'بين',
		'ألف',
		'أن',
		'التي',
		'الذي',
		'عام',
		'سنة',
		'يناير',
		'فبراير',
		'مارس',
		'أبريل',
		'مايو',
		'يونيو',
		'يوليو',
		'أغسطس',
		'سبتمبر',
		'أكتوبر',
		'نوفمبر',
		'ديسمبر'
	].map(matchKey)
);

/**
 * True when token `index` is the noun a number counts: a word the lexicon reads as a noun, indefinite (no ال), with no
 * clitic, and no month or function word.
 * @example isCountedNoun(context of '887 أسيرا', 1) === true; isCountedNoun(context of '1701 الذي', 1) === false
 */
function isCountedNoun(context: TextContext, index: number): boolean {
	if (!isWord(context, index)) return false;
	const key = context.keys[index];
	if (key.startsWith('ال') || NOT_COUNTED.has(key)) return false;
	const best = context.tokens[index].analyses?.[0];
	if (!best || best.guess || best.pos !== 'noun') return false;
	return best.segments.length === 1;
}

/** False when no number can start at token `index`: a word none of whose readings is a number word. */
function mayStartNumber(context: TextContext, index: number): boolean {
	if (!isWord(context, index)) return context.tokens[index]?.kind === 'number';
	for (const form of context.forms[index]) if (NUMBER_START_KEYS.has(form.key)) return true;
	return false;
}

/**
 * NUM candidates for every number in the text that no other rule claimed.
 * @example findNumberCandidates(context of 'حدود يبلغ طولها ألف كيلومتر') gives NUM ألف كيلومتر, value 1000, english "1,000 kilometres"
 */
export function findNumberCandidates(context: TextContext, claimed: Set<number>): Candidate[] {
	const out: Candidate[] = [];
	for (let index = 0; index < context.tokens.length; index++) {
		if (claimed.has(index) || !mayStartNumber(context, index)) continue;
		const reading = readNumber(context, index);
		if (!reading) continue;
		// What is counted (182 صوتا، 887 أسيرا، خمسة أسرى): an indefinite noun right after the number.
		let counted = '';
		if (
			!reading.unit &&
			!reading.percent &&
			!reading.vague &&
			isCountedNoun(context, reading.last + 1)
		) {
			reading.last++;
			counted = context.tokens[reading.last].analyses?.[0]?.gloss.split(/[;,]/)[0].trim() ?? '';
		}
		const start = context.tokens[reading.first].start + reading.offset;
		const end = context.tokens[reading.last].end;
		out.push({
			type: 'NUM',
			first: reading.first,
			last: reading.last,
			start,
			end,
			canonical: context.text.slice(start, end),
			english: numberEnglish(reading),
			role: '',
			value: reading.value,
			unit: reading.unit
				? reading.unit.singular
				: reading.percent
					? 'percent'
					: counted || undefined,
			source: 'number',
			strength: 1
		});
		index = reading.last;
	}
	return out;
}

/**
 * A safety net for dates and quantities. The entity recogniser of the core (src/lib/arabic/entities) is the source of
 * truth, for people too (the person repairs that used to live here are now core rules, so the reader's name cards get
 * them as well); where it misses or shortens a date or quantity, these small rules add DATE and NUM spans that overlap
 * nothing it found, so the generator can still ask when and how many. Nothing here overrides the core's people.
 */
import { normalizeForMatch } from '../arabic/normalize';
import type { AnalyzedText, Entity, EntityType } from '../arabic/types';

const WEEKDAYS = new Set(['السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه']);
const MONTHS = new Set([
	'يناير',
	'فبراير',
	'مارس',
	'ابريل',
	'مايو',
	'يونيو',
	'يوليو',
	'اغسطس',
	'سبتمبر',
	'اكتوبر',
	'نوفمبر',
	'ديسمبر',
	'شباط',
	'اذار',
	'نيسان',
	'ايار',
	'حزيران',
	'تموز',
	'اب',
	'ايلول',
	'كانون',
	'تشرين'
]);
const MONTH_ORDINALS = new Set(['الثاني', 'الاول']);
const RELATIVE = new Set(['الماضي', 'المقبل', 'القادم', 'الجاري', 'الماضيه', 'المقبله']);
const YEAR_WORDS = new Set(['عام', 'سنه', 'العام']);
const NUMBER_WORDS = new Set([
	'واحد',
	'اثنان',
	'اثنين',
	'ثلاث',
	'ثلاثه',
	'اربع',
	'اربعه',
	'خمس',
	'خمسه',
	'ست',
	'سته',
	'سبع',
	'سبعه',
	'ثماني',
	'ثمانيه',
	'تسع',
	'تسعه',
	'عشر',
	'عشره',
	'مئه',
	'مائه',
	'الف',
	'الفي',
	'مليون',
	'مليوني',
	'مليار',
	'عشرين',
	'ثلاثين',
	'اربعين',
	'خمسين',
	'مئتي'
]);
const MULTIPLIERS = new Set(['الف', 'الاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'عشر', 'عشره']);
/** Words after a number that are not its unit. */
const NOT_UNITS = new Set([
	'في',
	'من',
	'الي',
	'علي',
	'عن',
	'مع',
	'و',
	'او',
	'بين',
	'الف',
	'ان',
	'التي',
	'الذي'
]);

interface Word {
	key: string;
	start: number;
	end: number;
	kind: string;
	text: string;
}

function entity(text: string, type: EntityType, start: number, end: number): Entity {
	const span = text.slice(start, end);
	return { type, start, end, text: span, canonical: span, english: '', role: '' };
}

/** Strip a single leading clitic (و ف ب ل) from a key when the rest is a known word of the set. */
function known(key: string, set: Set<string>): boolean {
	if (set.has(key)) return true;
	return /^[وفبل]/.test(key) && set.has(key.slice(1));
}

/**
 * Dates and quantities the core did not mark, as extra entities.
 * @example supplementEntities(analyzed, text) // adds {type: 'DATE', text: 'الخميس الماضي'} when the core had none there
 */
export function supplementEntities(analyzed: AnalyzedText, text: string): Entity[] {
	const found = findDatesAndQuantities(analyzed, text);
	const existing = analyzed.entities;
	return found.filter((f) => !existing.some((e) => e.start < f.end && f.start < e.end));
}

/**
 * Dates and quantities of the core that these rules read longer (the core's «150 ألف» is «150 ألف مهاجر» with its
 * unit; «الخميس» is «الخميس الماضي»): the core's span is replaced by the longer one. Other entities are unchanged.
 * @example extendDatesAndQuantities(analyzed, text) // NUM «ستة آلاف كيلومتر» → NUM «ستة آلاف كيلومتر مربع»
 */
export function extendDatesAndQuantities(analyzed: AnalyzedText, text: string): Entity[] {
	const found = findDatesAndQuantities(analyzed, text);
	const replaced = new Set<Entity>();
	const added: Entity[] = [];
	for (const f of found) {
		const overlapping = analyzed.entities.filter((e) => e.start < f.end && f.start < e.end);
		if (overlapping.length === 0) continue;
		const contained = overlapping.every(
			(e) =>
				e.type === f.type &&
				f.start <= e.start &&
				e.end <= f.end &&
				e.end - e.start < f.end - f.start
		);
		if (!contained) continue;
		for (const e of overlapping) replaced.add(e);
		added.push({ ...f, value: overlapping[0].value, english: overlapping[0].english });
	}
	return [...analyzed.entities.filter((e) => !replaced.has(e)), ...added].sort(
		(a, b) => a.start - b.start
	);
}

/** Dates and quantities by the rules above, whether or not the core found them too. */
function findDatesAndQuantities(analyzed: AnalyzedText, text: string): Entity[] {
	const words: Word[] = analyzed.tokens.map((t) => ({
		key: normalizeForMatch(t.text),
		start: t.start,
		end: t.end,
		kind: t.kind,
		text: t.text
	}));
	const found: Entity[] = [];
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		// Weekday (+ الماضي/المقبل).
		if (WEEKDAYS.has(w.key) || (w.key.startsWith('و') && WEEKDAYS.has(w.key.slice(1)))) {
			let end = i;
			if (words[i + 1] && RELATIVE.has(words[i + 1].key)) end = i + 1;
			const start = w.key.startsWith('و') && !WEEKDAYS.has(w.key) ? w.start + 1 : w.start;
			found.push(entity(text, 'DATE', start, words[end].end));
			i = end;
			continue;
		}
		// [day] month[/month [ordinal]] [year] | month relative.
		const isDay = w.kind === 'number' && words[i + 1] && known(words[i + 1].key, MONTHS);
		if (isDay || known(w.key, MONTHS)) {
			let j = isDay ? i + 1 : i;
			if (MONTH_ORDINALS.has(words[j + 1]?.key ?? '')) j++;
			if (words[j + 1]?.text === '/' && words[j + 2] && MONTHS.has(words[j + 2].key)) {
				j += 2;
				if (MONTH_ORDINALS.has(words[j + 1]?.key ?? '')) j++;
			}
			let hasYear = false;
			if (words[j + 1]?.kind === 'number' && String(words[j + 1].key).length === 4) {
				j++;
				hasYear = true;
			} else if (RELATIVE.has(words[j + 1]?.key ?? '')) j++;
			if (isDay || hasYear || j > i) {
				const start = !isDay && /^[وفبل]/.test(w.key) && !MONTHS.has(w.key) ? w.start + 1 : w.start;
				found.push(entity(text, 'DATE', start, words[j].end));
				i = j;
				continue;
			}
		}
		// عام 2014.
		if (
			known(w.key, YEAR_WORDS) &&
			words[i + 1]?.kind === 'number' &&
			/^\d{4}$/.test(words[i + 1].key)
		) {
			const start = /^[وفبل]/.test(w.key) && !YEAR_WORDS.has(w.key) ? w.start + 1 : w.start;
			found.push(entity(text, 'DATE', start, words[i + 1].end));
			i++;
			continue;
		}
		// Quantities: number (+ multiplier) + unit.
		const isNumber = w.kind === 'number' || NUMBER_WORDS.has(w.key);
		// A four-digit number is a year after عام/سنة/منذ/في or a month; otherwise it may count something (1500 شاحنة).
		const yearLike =
			w.kind === 'number' &&
			/^\d{4}$/.test(w.key) &&
			(i === 0 ||
				YEAR_WORDS.has(words[i - 1].key) ||
				known(words[i - 1].key, MONTHS) ||
				['منذ', 'في', 'بحلول', '/'].includes(words[i - 1].key));
		// «الخمسة عشر»: the second word of a compound number is not a number by itself.
		const compound = i > 0 && NUMBER_WORDS.has(words[i - 1].key.replace(/^ال/, ''));
		// «القرار 1701»، «رقم 5»: a number that names something counts nothing.
		const label =
			i > 0 &&
			/^(ال)?(قرار|رقم|المرسوم|مرسوم|المادة|ماده|الماده|البند|بند)$/.test(words[i - 1].key);
		if (isNumber && !yearLike && !compound && !label) {
			let j = i;
			while (words[j + 1] && MULTIPLIERS.has(words[j + 1].key) && j - i < 2) j++;
			const unit = words[j + 1];
			const unitPos = analyzed.tokens[j + 1]?.analyses?.[0];
			const unitIsNoun =
				!unitPos ||
				unitPos.guess ||
				!['adjective', 'preposition', 'particle', 'conjunction', 'pronoun'].includes(unitPos.pos);
			if (
				unit &&
				unit.kind === 'word' &&
				unitIsNoun &&
				!NOT_UNITS.has(unit.key) &&
				!known(unit.key, MONTHS)
			) {
				j++;
				if (words[j + 1]?.key === 'مربع') j++;
			} else if (unit?.key === 'في' && words[j + 2]?.key.endsWith('المئه')) {
				j += 2;
			} else if (w.kind === 'number' && /[%٪]$/.test(w.text)) {
				// 60% is a quantity by itself.
			} else continue;
			found.push(entity(text, 'NUM', w.start, words[j].end));
			i = j;
		}
	}
	return found;
}

/**
 * True for a span of time rather than a point in time (عشرة أيام، خمس سنوات): an ISO duration value (P10D) or a
 * number followed by a unit of time.
 * @example isDuration({type: 'DATE', text: 'عشرة أيام', value: 'P10D', …}) // true
 */
export function isDuration(entity: Entity): boolean {
	if (typeof entity.value === 'string' && /^P/.test(entity.value)) return true;
	return (
		/^(\S+\s+)?(\S+\s+)?(أيام|يوما|يومين|أسابيع|أسبوعا|أشهر|شهرا|شهرين|سنوات|سنة|عاما|أعوام|ساعة|ساعات|دقيقة|دقائق)$/.test(
			entity.text
		) && !/^(عام|سنة)/.test(entity.text)
	);
}

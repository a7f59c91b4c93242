/**
 * Places the gazetteer may not know, found from their context: a place noun before them (مدينة، بلدة، محافظة،
 * العاصمة، مخيم), a direction (شمال، جنوب شرق), or the dateline that opens a news article (`بورتسودان (السودان) -`).
 */
import type { Candidate } from './candidate';
import { isOneOf, isUnknownWord, isWord, keySet, nisbaAt, type TextContext } from './context';
import { lookupKey } from './gazetteer';

/** Nouns that announce a place name (the noun itself stays outside the name). */
const PLACE_NOUNS = keySet([
	'مدينة',
	'المدينة',
	'بلدة',
	'البلدة',
	'قرية',
	'القرية',
	'محافظة',
	'ولاية',
	'إقليم',
	'منطقة',
	'مخيم',
	'العاصمة',
	'عاصمة',
	'جزيرة',
	'جزر',
	'حي',
	'ضاحية',
	'مقاطعة',
	'بلدات',
	'مدن',
	'قرى',
	'بلدتي',
	'مدينتي',
	'قريتي',
	'مخيمي',
	'ميناء',
	'مطار',
	'نهر',
	'جبل',
	'جبال',
	'بحيرة',
	'وادي',
	'سهل',
	'صحراء',
	'شارع',
	'ساحة',
	'ميدان',
	'معبر',
	'قضاء',
	'ناحية',
	'مديرية',
	'بلدية',
	'دولة',
	'جمهورية',
	'مملكة',
	'إمارة',
	'شمال',
	'جنوب',
	'شرق',
	'غرب',
	'شمالي',
	'جنوبي',
	'شرقي',
	'غربي',
	'وسط',
	'قرب',
	'ضواحي',
	'منتجع',
	'أطراف',
	'مشارف',
	'محيط'
]);
/** Prepositions after which an unknown name is more likely a place. */
const PLACE_PREPOSITIONS = keySet(['في', 'إلى', 'الى', 'الي', 'بمدينة', 'ببلدة', 'لمدينة']);
const STATE_WORDS = keySet(['من', 'دولة', 'دولتي', 'جمهورية']);
const DATELINE_SEPARATORS = new Set(['-', '–', '—', ':']);

function placeCandidate(
	context: TextContext,
	first: number,
	last: number,
	offset: number,
	source: string,
	strength: number
): Candidate {
	const start = context.tokens[first].start + offset;
	const end = context.tokens[last].end;
	return {
		type: 'LOC',
		first,
		last,
		start,
		end,
		canonical: context.text.slice(start, end),
		english: '',
		role: '',
		source,
		strength
	};
}

/**
 * True when a place word or preposition stands right before token `index` (في مالي، إلى مالي، دولة مالي).
 * @example hasPlaceContext(context of 'وصل إلى مالي', 2) === true
 */
export function hasPlaceContext(context: TextContext, index: number): boolean {
	const offset = context.forms[index]?.find(
		(form) => form.offset > 0 && /^[بل]/.test(context.keys[index])
	);
	if (offset) return true;
	return (
		isOneOf(context, index - 1, PLACE_PREPOSITIONS) ||
		isOneOf(context, index - 1, PLACE_NOUNS) ||
		isOneOf(context, index - 1, STATE_WORDS)
	);
}

/** True when the word could be (the first word of) an unknown place name. */
function isPlaceWord(context: TextContext, index: number): boolean {
	if (!isWord(context, index) || !isUnknownWord(context, index) || nisbaAt(context, index))
		return false;
	const entry = lookupKey(context.gazetteer, context.keys[index]);
	if (entry && entry.type !== 'LOC') return false;
	return context.keys[index].length >= 2 && !context.gazetteer.givenNames.has(context.keys[index]);
}

/**
 * True for a word without article or clitic that a gentilic with the article follows (إسن | الألمانية), after a place
 * noun: the gentilic describes a place, so the word is its name even when the lexicon knows it as a word.
 */
function isDescribedPlace(context: TextContext, index: number): boolean {
	if (!isWord(context, index) || context.forms[index].length > 1) return false;
	const key = context.keys[index];
	if (key.startsWith('ال') || key.length < 3 || nisbaAt(context, index)) return false;
	const entry = lookupKey(context.gazetteer, key);
	if (entry && entry.type !== 'LOC') return false;
	return (
		isWord(context, index + 1) &&
		context.keys[index + 1].startsWith('ال') &&
		!!nisbaAt(context, index + 1)
	);
}

/**
 * Place candidates from place nouns, directions, prepositions and datelines.
 * @example findPlaceCandidates(context of 'وقع الانفجار في بلدة الفارعة') gives LOC الفارعة
 */
export function findPlaceCandidates(context: TextContext): Candidate[] {
	const { tokens } = context;
	const out: Candidate[] = [];
	for (let index = 0; index < tokens.length; index++) {
		if (!isWord(context, index)) continue;
		if (isOneOf(context, index, PLACE_NOUNS)) {
			let j = index + 1;
			// Two names joined by و after a dual or plural place noun: بين بلدتي الفارعة وطلوزة.
			while (isPlaceWord(context, j)) {
				const joined = j > index + 1;
				// After the first name, the next one comes with و, which stays outside the span.
				const offset = joined ? (context.forms[j].find((f) => f.offset > 0)?.offset ?? 0) : 0;
				let last = j;
				if (!joined && isPlaceWord(context, j + 1) && !context.keys[j + 1].startsWith('و'))
					last = j + 1;
				out.push(placeCandidate(context, j, last, offset, 'place-noun', 1));
				j = last + 1;
				if (!isWord(context, j) || !context.keys[j].startsWith('و')) break;
			}
			// A word the lexicon knows, described by a gentilic with the article (مدينة إسن الألمانية): a place.
			const next = index + 1;
			if (j === next && isDescribedPlace(context, next))
				out.push(placeCandidate(context, next, next, 0, 'place-noun', 1));
			continue;
		}
		if (isOneOf(context, index, PLACE_PREPOSITIONS, false) && isPlaceWord(context, index + 1)) {
			const key = context.keys[index + 1];
			if (!key.startsWith('ال') && !isWord(context, index + 2)) {
				out.push(placeCandidate(context, index + 1, index + 1, 0, 'place-preposition', 1));
			}
		}
	}
	out.push(...findDatelines(context));
	return out;
}

/**
 * The dateline of a paragraph: one or two words at its start followed by `(Country)` and/or a dash or colon.
 * @example findDatelines(context of 'بورتسودان (السودان) - التقى…') gives LOC بورتسودان and LOC ليبيا
 */
export function findDatelines(context: TextContext): Candidate[] {
	const { tokens } = context;
	const out: Candidate[] = [];
	for (let index = 0; index < tokens.length; index++) {
		const startsParagraph =
			index === 0 || context.text.slice(tokens[index - 1].end, tokens[index].start).includes('\n');
		if (!startsParagraph || !isWord(context, index)) continue;
		let last = index;
		if (
			isWord(context, index + 1) &&
			tokens[index + 2] &&
			(tokens[index + 2].text === '(' || DATELINE_SEPARATORS.has(tokens[index + 2].text))
		)
			last = index + 1;
		let next = last + 1;
		let country: Candidate | undefined;
		if (tokens[next]?.text === '(') {
			let close = next + 1;
			while (close < tokens.length && close - next <= 3 && tokens[close].text !== ')') close++;
			if (tokens[close]?.text === ')' && close > next + 1) {
				country = placeCandidate(context, next + 1, close - 1, 0, 'dateline', 2);
				next = close + 1;
			}
		}
		if (!tokens[next] || !DATELINE_SEPARATORS.has(tokens[next].text)) continue;
		if (
			!country &&
			!isUnknownWord(context, index) &&
			!lookupKey(context.gazetteer, context.keys[index])
		)
			continue;
		if (context.keys[index].length < 3) continue;
		const entry = lookupKey(context.gazetteer, context.keys.slice(index, last + 1).join(' '));
		if (entry && entry.type !== 'LOC') continue;
		out.push(placeCandidate(context, index, last, 0, 'dateline', 2));
		if (country) out.push(country);
	}
	return out;
}

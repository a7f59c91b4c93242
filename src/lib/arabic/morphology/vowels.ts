/**
 * Written short vowels against a reading. Teachers paste partly vowelled text (a shadda or a damma to tell أُجِّلَ
 * "was postponed" from أَجَل "term"); a reading whose vowelled form contradicts a written mark ranks below the
 * readings that agree with it. Missing marks are free, and letters whose vowels the reading does not fix (case
 * endings, verb suffixes, broken plurals, present-tense stems after the prefix) are never held against it.
 */
import type { Analysis, Segment } from '../types';
import { foldCharForMatch } from '../normalize';

const FATHA = '\u064E';
const DAMMA = '\u064F';
const KASRA = '\u0650';
const SHADDA = '\u0651';
const SUKUN = '\u0652';
const SHORT = FATHA + DAMMA + KASRA;
/** Marks that are compared: the short vowels, shadda and sukun (tanwin is scored in analyze.ts). */
const COMPARED = /[\u064E-\u0652]/;
const MARK = /[\u064B-\u065F\u0670]/;
const MARKS = /[\u064B-\u065F\u0670]/g;

/** A word that carries a compared mark. Unvowelled words never reach the comparison. */
export function hasVowelMarks(word: string): boolean {
	return COMPARED.test(word);
}

interface Letter {
	letter: string;
	marks: string;
}

/** Letters with the marks written after each (tatweel and other non-letters dropped). */
function letters(text: string): Letter[] {
	const out: Letter[] = [];
	for (const ch of text.normalize('NFC')) {
		if (MARK.test(ch)) {
			if (out.length) out[out.length - 1].marks += ch;
		} else if (foldCharForMatch(ch) !== '') out.push({ letter: foldCharForMatch(ch), marks: '' });
	}
	return out;
}

const vowelOf = (marks: string): string => [...marks].find((m) => SHORT.includes(m)) ?? '';

/** Whether a written mark set contradicts the expected one; an expected letter without marks accepts anything. */
function contradicts(written: string, expected: string): boolean {
	if (!expected) return false;
	const w = vowelOf(written);
	// The expected vowels: usually one, sometimes a choice (the helper alef of an imperative: اُكتب، اِجلس).
	const e = [...expected].filter((m) => SHORT.includes(m)).join('');
	if (w && (e ? !e.includes(w) : expected.includes(SUKUN))) return true;
	if (written.includes(SUKUN) && (e !== '' || expected.includes(SHADDA))) return true;
	return written.includes(SHADDA) && !expected.includes(SHADDA);
}

/** The passive perfect from the active lemma: the vowel before the last radical becomes i, those before it u. */
function passivePerfect(lemma: Letter[]): Letter[] {
	const last = lemma.length - 1;
	const doubled = lemma[last]?.marks.includes(SHADDA);
	return lemma.map((l, i) => {
		const v = vowelOf(l.marks);
		if (!v || i === last) return l;
		const to = !doubled && i === last - 1 ? KASRA : DAMMA;
		return { ...l, marks: l.marks.replace(v, to) };
	});
}

/** Proclitic vowels: وَ فَ كَ سَ بِ; لِ (لَ before a pronoun and as the lam of emphasis). */
const PROCLITIC_VOWELS: Record<string, string> = {
	و: FATHA,
	ف: FATHA,
	ك: FATHA,
	س: FATHA,
	ب: KASRA,
	ل: KASRA + FATHA
};

/** Parts of speech whose lemma fixes every vowel, the last included. */
const FIXED_POS = new Set([
	'conjunction',
	'particle',
	'pronoun',
	'demonstrative',
	'relative pronoun',
	'interrogative'
]);

/** Prefix vowel of the present tense: u in Forms II–IV and the quadriliterals and in every passive, a elsewhere. */
function presentPrefixVowel(analysis: Analysis): string {
	if (analysis.features.includes('passive')) return DAMMA;
	return ['II', 'III', 'IV', 'QI'].includes(analysis.pattern) ? DAMMA : FATHA;
}

/**
 * What an imperative fixes: the first letter (a in Forms II–VI and the quadriliterals, أَ in IV; the helper alef of
 * the other forms is never a), and for "you (masculine)" no vowel on the last letter (كَرِّمْ، اُكْتُبْ).
 */
function imperativeMarks(analysis: Analysis, stem: Letter[]): Letter[] | null {
	if (stem.length < 2) return null;
	const first = ['II', 'III', 'IV', 'V', 'VI', 'QI'].includes(analysis.pattern)
		? FATHA
		: stem[0].letter === 'ا'
			? DAMMA + KASRA
			: '';
	const out: Letter[] = stem.map((l, i) => ({ letter: l.letter, marks: i === 0 ? first : '' }));
	// A defective verb keeps the vowel before its dropped last radical (اِرْمِ، اُدْعُ).
	const defective = 'اي'.includes(
		foldCharForMatch([...analysis.lemma.replace(MARKS, '')].pop() ?? '')
	);
	if (analysis.features.endsWith('you (masculine)') && !defective)
		out[out.length - 1].marks = SUKUN;
	return out;
}

/** How many letters of the stem the lemma fixes, and their expected marks; null when it fixes none. */
function expectedStem(
	analysis: Analysis,
	stem: Letter[],
	plurals: readonly string[] = []
): Letter[] | null {
	const lemma = letters(analysis.lemma);
	if (lemma.length === 0) return null;
	const f = analysis.features;
	if (analysis.pos === 'verb') {
		if (f.includes('present tense')) {
			const prefix = stem[0];
			return prefix && 'يتنا'.includes(prefix.letter)
				? [{ letter: prefix.letter, marks: presentPrefixVowel(analysis) }]
				: null;
		}
		if (f.includes('imperative')) return imperativeMarks(analysis, stem);
		if (!f.includes('past tense')) return null;
		// The last radical's vowel changes with the person (كَتَبْتُ), so it is left free.
		return (f.includes('passive') ? passivePerfect(lemma) : lemma).slice(0, -1);
	}
	// Particles keep their last vowel (أَنَّ، لَمْ); prepositions and adverbs may change it (من قبلُ، من قبلِ).
	if (FIXED_POS.has(analysis.pos) || lemma.length === 1) return lemma;
	// Nouns, adjectives, numbers and the rest: the letters before the case ending (a lemma in ة fixes the
	// vowel before it).
	const base = lemma.slice(0, -1);
	if (/plural/.test(f))
		for (const plural of plurals) {
			// A broken plural listed with its vowels (فِرَق): its letters up to the case ending.
			const p = letters(plural);
			if (p.length === stem.length && p.every((l, i) => l.letter === stem[i].letter))
				return p.slice(0, -1);
		}
	if (/plural|dual/.test(f)) {
		// Only a sound plural or dual keeps the singular's vowels (فِرْقَات); a broken plural changes them even when its
		// letters look like the singular's (فِرَق of فِرْقَة، بِلَاد of بَلَد).
		const taMarbuta = lemma[lemma.length - 1].letter === 'ه';
		const kept = taMarbuta ? base : lemma;
		const next = stem[kept.length]?.letter;
		const sound =
			stem.length >= kept.length + 2 &&
			kept.every((l, i) => stem[i].letter === l.letter) &&
			(taMarbuta ? next === 'ا' || next === 'ت' : next === 'و' || next === 'ي' || next === 'ا');
		if (!sound) return null;
	}
	return base;
}

/**
 * Number of written marks that contradict the analysis. Stem letters are compared while they spell the lemma's
 * letters; after the first letter that differs (قال → قلت, a broken plural) nothing more is claimed.
 * @example vowelConflicts(أَجَل noun on 'أُجِّلَ') // 2 or more; vowelConflicts(أَجَّلَ passive on 'أُجِّلَ') // 0
 */
export function vowelConflicts(analysis: Analysis, plurals?: readonly string[]): number {
	let conflicts = 0;
	const segments: Segment[] = analysis.segments;
	const hasArticle = segments.some((s) => s.role === 'article');
	for (const s of segments) {
		if (s.role === 'proclitic') {
			const [clitic] = letters(s.text);
			const expected = clitic ? PROCLITIC_VOWELS[clitic.letter] : undefined;
			const written = clitic ? vowelOf(clitic.marks) : '';
			if (expected && written && !expected.includes(written)) conflicts++;
			if (expected && clitic.marks.includes(SHADDA)) conflicts++;
		}
	}
	const stemSegment = segments.find((s) => s.role === 'stem');
	if (!stemSegment) return conflicts;
	const stem = letters(stemSegment.text);
	const expected = expectedStem(analysis, stem, plurals);
	if (!expected) return conflicts;
	for (let i = 0; i < expected.length && i < stem.length; i++) {
		if (stem[i].letter !== expected[i].letter) break;
		let written = stem[i].marks;
		// A sun letter after ال carries the article's shadda (الشَّمس).
		if (i === 0 && hasArticle) written = written.replace(SHADDA, '');
		if (contradicts(written, expected[i].marks)) conflicts++;
	}
	return conflicts;
}

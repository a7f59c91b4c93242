/**
 * The only entry of Sahifa's Arabic core: tokenize → analyse every word → choose in context → find entities →
 * mark the names entities claim as proper nouns. Pure: the lexicon and gazetteer are passed in.
 */
import type { Analysis, AnalyzedText, AnalyzedToken, Entity, Segment, Token } from './types';
import { tokenize } from './tokenize';
import { dediacritize, normalizeForMatch, normalizeSpelling } from './normalize';
import { analyzeWord, readingInfo, rescored, wholeWordGuess } from './morphology/analyze';
import { FLAG, type Lexicon } from './morphology/lexicon';
import { findEntities, type Gazetteer } from './entities/index';

export type { Lexicon } from './morphology/lexicon';
export type { Gazetteer } from './entities/index';
export { compileLexicon } from './morphology/compile';
export { compileGazetteer } from './entities/index';
export { analyzeWord } from './morphology/analyze';
export { tokenize } from './tokenize';
export { dediacritize, normalizeForMatch } from './normalize';

/** The single analysis of a non-word token (number, punctuation, Latin run, symbol). */
function nonWordAnalysis(token: Token): Analysis {
	const pos =
		token.kind === 'number'
			? 'number'
			: token.kind === 'punct'
				? 'punctuation'
				: token.kind === 'latin'
					? 'foreign'
					: 'unknown';
	const gloss =
		token.kind === 'number' && token.value !== undefined
			? String(token.value)
			: token.kind === 'latin'
				? token.text
				: '';
	return {
		segments: [{ text: token.text, form: token.text, role: 'stem', gloss }],
		lemma: token.text,
		root: '',
		pattern: '',
		pos,
		features: token.kind === 'number' ? 'number in digits' : pos,
		gloss,
		glosses: gloss ? [gloss] : [],
		guess: false,
		score: 0
	};
}

/** Words after which the next verb is subjunctive (أنْ، لن، كي، لكي، حتى). */
const SUBJUNCTIVE_TRIGGERS = new Set(['ان', 'لن', 'كي', 'لكي', 'حتي', 'لئلا', 'ل']);
/** Words after which the next verb is jussive (لم، لما of negation). */
const JUSSIVE_TRIGGERS = new Set(['لم']);
/**
 * Words after which a present-tense verb is indicative: the negation لا (لا يقلّ عن, not the jussive of قال; the
 * prohibitive لا + jussive is rare in news) and ما of negation/relative (ما يقول).
 */
const INDICATIVE_TRIGGERS = new Set(['لا']);
const NOT_INDICATIVE_PENALTY = 1.5;
/** Times of day annexed to a weekday name (يوم الأحد، مساء الاثنين): the noun after them is the day, not a number. */
const DAY_ANNEXERS = new Set(['يوم', 'صباح', 'مساء', 'ليله', 'ظهر', 'فجر']);
const DAY_AFTER_TIME_BONUS = 1;
const JUSSIVE_ONLY_AFTER_LAM_BONUS = 1.5;
/** Particles that announce a verb (قد، لقد، سوف; the future س when written apart, as tokenised corpora do). */
const VERB_TRIGGERS = new Set(['قد', 'لقد', 'سوف', 'س']);
/**
 * Words that open a verbal clause (Arabic grammar: a relative clause after الذي/التي has a verb unless it is nominal;
 * عندما، حينما، بعدما، مثلما، كلما، لمّا take a verb): the perfect that shares its letters with a verbal noun
 * (الذي رفض، عندما شن) is the verb there. The same holds for the relative after a definite antecedent only, so
 * مَنْ and ما (also "what", "not") are left out.
 */
const CLAUSE_OPENERS = new Set([
	'الذي',
	'التي',
	'الذين',
	'اللذان',
	'اللذين',
	'اللتان',
	'اللتين',
	'اللاتي',
	'اللواتي',
	'اللائي',
	'عندما',
	'حينما',
	'بعدما',
	'مثلما',
	'كلما',
	'لما',
	'طالما',
	'ريثما',
	'كما',
	'حيث',
	'اذ',
	'حين'
]);
const CLAUSE_OPENER_VERB_BONUS = 1;
/** Prepositions that are also conjunctions before a subjunctive verb (حتى يعودَ، لِيعودَ written apart). */
const CONJUNCTION_PREPOSITIONS = new Set(['حتي', 'ل']);

const CLAUSE_START_VERB_BONUS = 0.3;
const AGREEMENT_BONUS = 0.3;
const DEFINITE_AGREEMENT_BONUS = 0.8;

/** Stands for "the previous token was a number in digits" in the left-context rules. */
const NUMBER_CONTEXT: Analysis = {
	segments: [],
	lemma: '',
	root: '',
	pattern: '',
	pos: 'number',
	features: '',
	gloss: '',
	glosses: [],
	guess: false,
	score: 0
};

const UNANNEXED_CONSTRUCT_PENALTY = 1;

/** A noun, adjective or ordinal dual in construct with nothing attached (وزيرا، مسؤولي), written without its ن. */
function isDualConstruct(a: Analysis): boolean {
	if (a.pos !== 'noun' && a.pos !== 'adjective' && !a.features.startsWith('ordinal')) return false;
	if (!a.features.includes('dual') || a.features.includes('pronoun suffix')) return false;
	const stem = a.segments.find((s) => s.role === 'stem');
	return (
		stem !== undefined && stem.form.endsWith('ن') && !normalizeForMatch(stem.text).endsWith('ن')
	);
}

const DISAGREEING_SUBJECT_PENALTY = 0.5;

/** A present tense in ت that reads "she/it" or "you (masculine)" (تكتب). */
function isSecondOrFeminine(a: Analysis): boolean {
	return (
		a.pos === 'verb' &&
		a.features.startsWith('verb, present tense') &&
		(a.features.endsWith(', she/it') || a.features.endsWith(', you (masculine)'))
	);
}

/** A common noun, singular and masculine by its form (no ة, ى or اء ending), with no clitic before it but ال. */
function isMasculineSingularNoun(a: Analysis): boolean {
	if (a.pos !== 'noun' || a.guess || !a.features.startsWith('noun, singular')) return false;
	let stem: Segment | undefined;
	for (const x of a.segments) {
		if (x.role === 'proclitic' || x.role === 'enclitic') return false;
		if (x.role === 'stem') stem = x;
	}
	return stem !== undefined && !/(ة|ى|اء|ات)$/.test(normalizeSpelling(stem.text));
}

/** Pronouns of the first and second person, rare in news outside quotes ("my", "your"). */
const SPEAKER_PRONOUNS = new Set(['ي', 'ك', 'كما', 'كم', 'كن', 'ني']);

/**
 * A reading that a foreign name would also produce by chance: a first/second person pronoun at the end (موجي + ك،
 * ب + ي), or a preposition before a stem of two letters that also lacks its hamza (ل + آب written لاب; بحق is fine).
 */
function isChanceSplit(a: Analysis): boolean {
	const segs = a.segments;
	if (segs.length < 2 || a.guess) return false;
	const last = segs[segs.length - 1];
	if (last.role === 'enclitic' && SPEAKER_PRONOUNS.has(last.form)) return true;
	if (segs[0].role !== 'proclitic') return false;
	if (a.pos !== 'noun' && a.pos !== 'verb' && a.pos !== 'adjective') return false;
	let stem: Segment | undefined;
	for (const x of segs) if (x.role === 'stem') stem = x;
	if (stem === undefined || stem.text.length > 4 || keyOf(stem.text).length > 2) return false;
	const written = normalizeSpelling(stem.text);
	const lemma = dediacritize(a.lemma);
	return written !== lemma && keyOf(written) === keyOf(lemma);
}

/** An unknown word (guessed) or a Latin run. */
function isUnknown(t: AnalyzedToken | undefined): boolean {
	return t !== undefined && (t.kind === 'latin' || (t.kind === 'word' && t.analyses[0].guess));
}

/** A common noun, singular and feminine by its ة (الحكومة، وزارة), with no clitic before it but ال. */
function isFeminineSingularNoun(a: Analysis): boolean {
	if (a.pos !== 'noun' || a.guess || !a.features.startsWith('noun, singular')) return false;
	let stem: Segment | undefined;
	for (const x of a.segments) {
		if (x.role === 'proclitic' || x.role === 'enclitic') return false;
		if (x.role === 'stem') stem = x;
	}
	return stem !== undefined && stem.text.endsWith('ة');
}

/** Matching keys of short texts seen by the context rules (news repeats its words), bounded. */
const KEYS = new Map<string, string>();
function keyOf(text: string): string {
	let key = KEYS.get(text);
	if (key === undefined) {
		if (KEYS.size > 20000) KEYS.clear();
		KEYS.set(text, (key = normalizeForMatch(text)));
	}
	return key;
}

/** The key of a word that stands alone (no clitics) in its best analysis, or ''. */
function bareKey(analysis: Analysis | undefined): string {
	if (!analysis) return '';
	const segs = analysis.segments;
	// و/ف before the particle change nothing for the word after it (ولم تعد، فلن يكون).
	if (segs.length === 2 && segs[0].role === 'proclitic' && 'وف'.includes(segs[0].form))
		return keyOf(segs[1].text);
	if (segs.length !== 1) return '';
	return keyOf(segs[0].text);
}

const FEMININE_SUBJECT_BONUS = 0.3;
/** Measured on PADT (clitics written apart): 1.5 over 1 and 2 (2 turns the preposition ك into "you"). */
const SEPARATE_SUFFIX_BONUS = 1.5;

/** A word that could carry a pronoun suffix and has none: a preposition, a noun without ال, a verb. */
function takesSuffix(a: Analysis): boolean {
	if (a.pos !== 'preposition' && a.pos !== 'noun' && a.pos !== 'verb') return false;
	return !a.segments.some((s) => s.role === 'enclitic' || s.role === 'article');
}

/** The relative التي, or a noun or adjective written with ة and no pronoun after it (الشركة، العربية). */
function isFeminineWord(a: Analysis, key: string): boolean {
	if (key === 'التي') return true;
	if (a.pos !== 'noun' && a.pos !== 'adjective') return false;
	const last = a.segments[a.segments.length - 1];
	return a.segments.length <= 2 && last.role === 'stem' && last.text.endsWith('ة');
}

/**
 * Context adjustment of one analysis given the previous word's best analysis (same sentence, adjacent).
 * Rules from Arabic grammar: a noun follows a preposition; أن/لن/كي take the subjunctive, لم the jussive;
 * قد/لقد/سوف announce a verb.
 */
function contextBonus(analysis: Analysis, previous: Analysis | undefined, key: string): number {
	if (!previous) return 0;
	if (previous === NUMBER_CONTEXT)
		return analysis.pos === 'noun'
			? 0.6
			: analysis.pos === 'verb' || analysis.pos === 'adjective'
				? -0.3
				: 0;
	const info = readingInfo(analysis);
	const isVerb = analysis.pos === 'verb';
	let bonus = 0;
	if (
		previous.pos === 'preposition' &&
		previous.segments[previous.segments.length - 1].role === 'stem' &&
		// With the article a preposition is a noun that governs nothing (في الأثناء عاد، إلى الوراء).
		!previous.segments.some((s) => s.role === 'article') &&
		// حتى and a separate لِ are also conjunctions before a subjunctive (حتى تثبتَ، لِتكونَ).
		!(CONJUNCTION_PREPOSITIONS.has(key) && isVerb && info && info.flags & FLAG.SUBJUNCTIVE)
	) {
		bonus += isVerb ? -1.5 : 0.5;
	}
	// أَلَّا is أنْ + لا written as one word: the subjunctive follows it too (ألا يتجاوزوا).
	if (previous.lemma === 'أَلَّا') key = 'ان';
	if (SUBJUNCTIVE_TRIGGERS.has(key) && isVerb && info) {
		if (info.flags & FLAG.SUBJUNCTIVE) bonus += key === 'ان' ? 0.6 : 1.2;
		else if (key !== 'ان' && !CONJUNCTION_PREPOSITIONS.has(key)) bonus -= 1.5;
	}
	if (JUSSIVE_TRIGGERS.has(key)) {
		// A jussive-only spelling (يقل of قال، يعد of عاد) is exactly what لم asks for: its prior penalty (1.5, in
		// analyze.ts) is given back in full, so لم يعد is عاد "no longer", not عدّ. Measured 0.5/1/1.5: PADT +0/+0/+3.
		if (isVerb && info && info.flags & FLAG.JUSSIVE)
			bonus += info.flags & FLAG.INDICATIVE ? 2 : 2 + JUSSIVE_ONLY_AFTER_LAM_BONUS;
		else bonus -= 1;
	}
	if (
		INDICATIVE_TRIGGERS.has(key) &&
		info &&
		info.tag === 'verb-present' &&
		!(info.flags & FLAG.INDICATIVE)
	)
		bonus -= NOT_INDICATIVE_PENALTY;
	if (
		DAY_ANNEXERS.has(key) &&
		analysis.pos === 'noun' &&
		analysis.segments.some((x) => x.role === 'article')
	)
		bonus += DAY_AFTER_TIME_BONUS;
	if (VERB_TRIGGERS.has(key)) {
		// The future particle (سوف، a separate س) takes the imperfect only: س تعلق is تُعلّق, never the perfect تعلّق.
		const future = key === 'س' || key === 'سوف';
		bonus += isVerb && !(future && info?.tag !== 'verb-present') ? 1.5 : -1;
	}
	// A verb after its feminine subject agrees with it (الشركة تجري، التي تعرض): the present "she" gains over the
	// perfect "he" of a Form V verb with the same letters (تعلّق، تقدّم).
	if (
		isVerb &&
		analysis.features.startsWith('verb, present tense') &&
		analysis.features.endsWith(', she/it') &&
		isFeminineWord(previous, key)
	)
		bonus += FEMININE_SUBJECT_BONUS;
	if (isVerb && CLAUSE_OPENERS.has(key)) bonus += CLAUSE_OPENER_VERB_BONUS;
	// A pronoun suffix written apart, as tokenised corpora write it (ل كم، إلي كم، جانب كم), belongs to the word
	// before it when that word can take one (a preposition, a noun without the article, a verb) and has none.
	if (info && info.flags & FLAG.SUFFIX_WORD && takesSuffix(previous))
		bonus += SEPARATE_SUFFIX_BONUS;
	// An adjective follows the noun it describes and agrees with it in definiteness (الأمين العام); without such a
	// noun before it, the same letters are more likely a noun (هذا العام، عام 2020).
	if (analysis.pos === 'adjective' || analysis.pos === 'noun') {
		const nominalBefore =
			previous.pos === 'noun' || previous.pos === 'adjective' || previous.pos === 'proper noun';
		const definite = (a: Analysis) => a.segments.some((s) => s.role === 'article');
		const agrees = nominalBefore && definite(previous) === definite(analysis);
		// Two words with the article cannot be noun + annexed noun (the first would lose its ال), so after a definite
		// nominal a definite adjective is likelier still (الأمين العام، الرأي العام). Measured: 0.8 over 0.3–1.1.
		if (analysis.pos === 'adjective')
			bonus += agrees ? (definite(analysis) ? DEFINITE_AGREEMENT_BONUS : AGREEMENT_BONUS) : -0.3;
	}
	return bonus;
}

/**
 * `list` sorted best first, in place. Most words' readings keep their order (no context rule applied, or one that
 * changed nothing): the stable sort would return them as they are, so it runs only when a score is out of order.
 */
function byScore(list: Analysis[]): Analysis[] {
	for (let k = 1; k < list.length; k++)
		if (list[k].score > list[k - 1].score) return list.sort((a, b) => b.score - a.score);
	return list;
}

/**
 * Re-rank the analyses of each word with its left context. Returns new arrays and analysis objects; the shared,
 * memoised analyses of analyzeWord are never mutated.
 */
function chooseInContext(tokens: AnalyzedToken[], sentenceEnds: Set<number>): void {
	let previous: Analysis | undefined;
	for (const token of tokens) {
		if (token.kind !== 'word') {
			// A number in digits is followed by the noun it counts (20 عاماً), not by a verb or an adjective.
			previous = token.kind === 'number' ? NUMBER_CONTEXT : undefined;
			continue;
		}
		if (token.analyses.length > 1 && previous) {
			const prev = previous;
			const key = prev === NUMBER_CONTEXT ? '' : bareKey(prev);
			const list = token.analyses.slice();
			for (let k = 0; k < list.length; k++) {
				const bonus = contextBonus(list[k], prev, key);
				if (bonus) list[k] = rescored(list[k], list[k].score + bonus);
			}
			token.analyses = byScore(list);
		} else if (token.analyses.length > 1) {
			// News clauses open with the verb (VSO): at a sentence or clause start, a verb reading gains a little.
			const list = token.analyses.slice();
			for (let k = 0; k < list.length; k++)
				if (list[k].pos === 'verb')
					list[k] = rescored(list[k], list[k].score + CLAUSE_START_VERB_BONUS);
			token.analyses = byScore(list);
		}
		// و/ف written apart (as tokenised corpora write them) at a clause start leave the clause start to the next
		// word (و قتل جندي), as they do when joined to it (وقتل).
		const opensClause =
			previous === undefined &&
			token.text.length <= 2 &&
			token.analyses[0].segments.length === 1 &&
			'وف'.includes(keyOf(token.text));
		previous = opensClause ? undefined : token.analyses[0];
		if (sentenceEnds.has(token.end)) previous = undefined;
	}
	// Right context: a dual in construct (وزيرا الخارجية) needs the noun it is annexed to right after it, with no
	// conjunction or preposition in front; without one, the same letters are the far commoner indefinite
	// accusative (فضلاً عن، هدفاً في، طالباً بـ), which takes the construct's place.
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.kind !== 'word' || token.analyses.length < 2) continue;
		if (!isDualConstruct(token.analyses[0])) continue;
		const next = tokens[i + 1];
		const annexed =
			next !== undefined &&
			next.kind === 'word' &&
			!sentenceEnds.has(token.end) &&
			['noun', 'proper noun', 'number'].includes(next.analyses[0].pos) &&
			next.analyses[0].segments[0].role !== 'proclitic';
		// An adjective or ordinal is not annexed to the noun after it: حاليا، دائما، ثانيا are the accusative
		// (حاليًّا "currently"), not duals in construct.
		const describes =
			token.analyses[0].pos === 'adjective' || token.analyses[0].features.startsWith('ordinal');
		if (annexed && !describes) continue;
		// The construct's place goes to the accusative of the same lemma, when there is one.
		const construct = token.analyses[0];
		token.analyses = token.analyses
			.map((a) =>
				a === construct
					? rescored(a, a.score - UNANNEXED_CONSTRUCT_PENALTY)
					: a.lemma === construct.lemma && a.features.includes('indefinite accusative')
						? rescored(a, Math.max(a.score, construct.score))
						: a
			)
			.sort((a, b) => b.score - a.score);
	}
	accusativeBeforeAdjective(tokens, sentenceEnds);
	// Right context: أنْ and إنْ (conditional) come before a verb, أنّ and إنّ before a noun or pronoun;
	// مَنْ (who) before a verb.
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.kind !== 'word' || token.analyses.length < 2) continue;
		const key = bareKey(token.analyses[0]) || keyOf(token.analyses[0].segments.at(-1)?.text ?? '');
		if (key !== 'ان' && key !== 'من') continue;
		const next = tokens[i + 1];
		if (!next || next.kind !== 'word' || sentenceEnds.has(token.end)) continue;
		const nextIsVerb = next.analyses[0].pos === 'verb';
		if (key === 'من') {
			// مَنْ "who" before a verb (من يريد), the preposition مِنْ elsewhere.
			if (nextIsVerb)
				token.analyses = token.analyses
					.map((a) => (a.pos === 'relative pronoun' ? rescored(a, a.score + 2) : a))
					.sort((a, b) => b.score - a.score);
			continue;
		}
		token.analyses = token.analyses
			.map((a) => {
				const vowels = a.lemma.normalize('NFC');
				const beforeVerb = vowels.endsWith('\u0652') || /نْ$/.test(vowels); // أَنْ، إِنْ
				const beforeNoun = vowels.endsWith('\u0651') || vowels.endsWith('\u0651\u064E'); // أَنَّ، إِنَّ
				if (!beforeVerb && !beforeNoun) return a;
				return rescored(a, a.score + ((nextIsVerb ? beforeVerb : beforeNoun) ? 1 : 0));
			})
			.sort((a, b) => b.score - a.score);
	}
}

/**
 * Right context: an adjective in the indefinite accusative (كبيرًا، جديدًا) agrees with the noun before it, so that noun
 * is an indefinite accusative too (نموًّا كبيرًا "great growth", not نَمَوا "they grew"; حصنًا جديدًا). Its own function:
 * inside chooseInContext it made that function too large for the engine to optimise (steady state about 10% slower).
 */
function accusativeBeforeAdjective(tokens: AnalyzedToken[], sentenceEnds: Set<number>): void {
	for (let i = 0; i + 1 < tokens.length; i++) {
		const token = tokens[i];
		if (token.kind !== 'word' || token.analyses.length < 2 || sentenceEnds.has(token.end)) continue;
		const next = tokens[i + 1];
		if (next.kind !== 'word') continue;
		const following = next.analyses[0];
		if (following.pos !== 'adjective' || !following.features.includes('indefinite accusative'))
			continue;
		const best = token.analyses[0];
		if (!['verb', 'noun', 'adjective'].includes(best.pos)) continue;
		if (best.features.includes('indefinite accusative')) continue;
		const accusative = token.analyses.find(
			(a) =>
				(a.pos === 'noun' || a.pos === 'adjective') &&
				a.features.includes('indefinite accusative') &&
				!a.segments.some((x) => x.role !== 'stem')
		);
		if (!accusative) continue;
		token.analyses = [
			rescored(accusative, best.score + 0.1),
			...token.analyses.filter((a) => a !== accusative)
		];
	}
}

/** A copy of an analysis whose sense `k` comes first (the same glosses, reordered); the memoised one is untouched. */
function withSenseFirst(analysis: Analysis, k: number): Analysis {
	const glosses = [analysis.glosses[k], ...analysis.glosses.filter((_, j) => j !== k)];
	const copy = rescored(analysis, analysis.score);
	copy.gloss = glosses[0];
	copy.glosses = glosses;
	copy.segments = analysis.segments.map((s) =>
		s.role === 'stem' && s.gloss === analysis.gloss ? { ...s, gloss: glosses[0] } : s
	);
	return copy;
}

/** The index of the first sense that starts with one of `senses` (a gloss or a gloss with its hint), or -1. */
function senseIndex(analysis: Analysis, senses: string[]): number {
	return analysis.glosses.findIndex((g) => senses.some((x) => g === x || g.startsWith(x + ' (')));
}

/** Words after which إِنَّ affirms ("indeed") rather than reports ("that"). */
const AFFIRMING = new Set(['ف', 'بل', 'اذ']);

/**
 * The rules that look at both neighbours of a word, in one pass over the tokens (they look at every word, so the
 * cheap tests come first):
 * - agreement with the next word: a noun with the pronoun ي "my" cannot be annexed to the definite noun after it,
 *   while a dual or plural in construct written with the same ي can (برنامجي التحكم، مسؤولي الوزارة); a present
 *   tense in ت (she/it, or "you") right before a masculine singular common noun is unlikely, as the verb agrees with
 *   the subject after it (توقع الخبير is the perfect توقّع "expected", not "she signs"; a name may be a feminine
 *   place: تدعم فرنسا);
 * - names come in runs: next to an unknown or Latin word, a word whose best reading is a chance split of its letters
 *   (كاسبرسكي لاب، نازيف موجيك، فرقة بي جيز) is read whole, as an unknown word the entity layer may claim;
 * - particle senses (only the order of the glosses changes): إِنَّ inside a sentence follows a verb of saying
 *   (قال المتحدث إن …): "that"; it opens a sentence, or follows ف/بل/إذ, as "indeed"; a separate لِ before a verb is
 *   "in order to" (لِيُشارك), before a noun "for, to".
 */
function chooseWithNeighbours(tokens: AnalyzedToken[], sentenceEnds: Set<number>): void {
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.kind !== 'word') continue;
		const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
		let best = token.analyses[0];
		if (token.analyses.length > 1 && (next?.kind === 'word' || next?.kind === 'number')) {
			agreeWithNextWord(token, best, next.analyses[0], sentenceEnds);
			best = token.analyses[0];
		}
		if (isChanceSplit(best)) {
			readNameRun(tokens, i, best, sentenceEnds);
			best = token.analyses[0];
		}
		if (best.lemma === 'إِنَّ' && best.segments[0].role === 'stem') {
			// The particle alone or with its pronoun (إنه، إنها), no conjunction or preposition before it.
			const before = previousWord(tokens, i, sentenceEnds);
			if (before && !AFFIRMING.has(keyOf(before.text))) chooseSense(token, 'that');
		} else if (best.lemma === 'هَلْ' && best.segments.length === 1) {
			// هل right after a word of its sentence opens an indirect question (تساءل هل …، لا يعرف هل …): "whether";
			// after a colon or a quotation mark it asks a direct question.
			const before = i > 0 ? tokens[i - 1] : undefined;
			if (before?.kind === 'word' && !sentenceEnds.has(before.end)) chooseSense(token, 'whether');
		} else if (best.lemma === 'لِ' && best.segments.length === 1) {
			if (next?.kind === 'word' && !sentenceEnds.has(token.end) && next.analyses[0].pos === 'verb')
				chooseSense(token, 'in order to');
		}
	}
}

/** The word before token i in the same sentence, if any. */
function previousWord(
	tokens: AnalyzedToken[],
	i: number,
	sentenceEnds: Set<number>
): AnalyzedToken | undefined {
	for (let j = i - 1; j >= 0 && !sentenceEnds.has(tokens[j].end); j--)
		if (tokens[j].kind === 'word') return tokens[j];
	return undefined;
}

/** Put the sense that starts with `sense` first in the token's best analysis. */
function chooseSense(token: AnalyzedToken, sense: string): void {
	const best = token.analyses[0];
	const k = senseIndex(best, [sense]);
	if (k > 0) token.analyses = [withSenseFirst(best, k), ...token.analyses.slice(1)];
}

/** The agreement rules of chooseWithNeighbours for one word and the best reading of the word after it. */
function agreeWithNextWord(
	token: AnalyzedToken,
	best: Analysis,
	following: Analysis,
	sentenceEnds: Set<number>
): void {
	if (best.pos === 'noun') {
		const last = best.segments[best.segments.length - 1];
		if (last.role !== 'enclitic' && !sentenceEnds.has(token.end)) {
			pluralBeforeFeminineAdjective(token, best, following);
			return;
		}
		if (last.role !== 'enclitic' || last.form !== 'ي') return;
		// (Before an unknown word, as in the place name سيدي البرنوصي, ي "my" stays.)
		// Annexed to a known noun (with or without ال) or to a number (سنتي 2003 "the years 2003 and …").
		const annexable =
			following.pos === 'number' ||
			(following.pos === 'noun' &&
				!following.guess &&
				(following.segments[0].role === 'article' || following.segments[0].role === 'stem'));
		if (!annexable) return;
		if (following.segments[following.segments.length - 1].role === 'enclitic') return;
		if (sentenceEnds.has(token.end)) return;
		let construct: Analysis | undefined;
		for (const a of token.analyses)
			if (
				a.lemma === best.lemma &&
				a.segments.length === 1 &&
				(a.features.includes('dual') || a.features.includes('plural'))
			) {
				construct = a;
				break;
			}
		if (!construct) return;
		const others = token.analyses.filter((a) => a !== construct);
		token.analyses = [rescored(construct, best.score + 0.1), ...others];
	} else if (
		best.pos === 'verb' &&
		best.features === 'verb, past tense, he/it' &&
		isFeminineSingularNoun(following) &&
		!sentenceEnds.has(token.end) &&
		token.analyses.some((a) => a.pos === 'verb' && a.features === 'verb, present tense, she/it')
	) {
		// The mirror case: a perfect "he" before a feminine subject gives way to the present "she" (تواجه الحكومة
		// "the government faces", not the perfect تواجه "confronted each other").
		token.analyses = token.analyses
			.map((a) =>
				a.pos === 'verb' && a.features === 'verb, past tense, he/it'
					? rescored(a, a.score - DISAGREEING_SUBJECT_PENALTY)
					: a
			)
			.sort((a, b) => b.score - a.score);
	} else if (
		best.pos === 'verb' &&
		isSecondOrFeminine(best) &&
		isMasculineSingularNoun(following) &&
		!sentenceEnds.has(token.end)
	) {
		token.analyses = token.analyses
			.map((a) => (isSecondOrFeminine(a) ? rescored(a, a.score - DISAGREEING_SUBJECT_PENALTY) : a))
			.sort((a, b) => b.score - a.score);
	}
}

/**
 * A masculine singular noun cannot take a feminine singular adjective, while a non-human plural does (القطع الأثرية:
 * the plural of قطعة "pieces", not قَطْع "cutting"): before such an adjective agreeing in definiteness, a plural
 * reading of the same segmentation takes the masculine singular's place.
 */
function pluralBeforeFeminineAdjective(
	token: AnalyzedToken,
	best: Analysis,
	following: Analysis
): void {
	if (following.pos !== 'adjective' || !following.features.includes('feminine singular')) return;
	if (!isMasculineSingularForm(best)) return;
	const definite = (a: Analysis) => a.segments.some((s) => s.role === 'article');
	if (definite(best) !== definite(following)) return;
	const shape = best.segments.map((s) => s.text).join('+');
	const plural = token.analyses.find(
		(a) =>
			a.pos === 'noun' &&
			a.features.startsWith('noun, plural') &&
			a.segments.map((s) => s.text).join('+') === shape
	);
	if (!plural) return;
	token.analyses = [
		rescored(plural, best.score + 0.1),
		...token.analyses.filter((a) => a !== plural)
	];
}

/** A noun read as masculine singular (no ة, ى or اء ending), whatever clitics it has. */
function isMasculineSingularForm(a: Analysis): boolean {
	if (a.pos !== 'noun' || a.guess || !a.features.startsWith('noun, singular')) return false;
	const stem = a.segments.find((s) => s.role === 'stem');
	return stem !== undefined && !/(ة|ى|اء|ات)$/.test(normalizeSpelling(stem.text));
}

/** The name-run rule of chooseWithNeighbours for token i, whose best reading is a chance split. */
function readNameRun(
	tokens: AnalyzedToken[],
	i: number,
	best: Analysis,
	sentenceEnds: Set<number>
): void {
	const token = tokens[i];
	if (keyOf(token.text).length < 2) return;
	const before = i > 0 && !sentenceEnds.has(tokens[i - 1].end) ? tokens[i - 1] : undefined;
	const after = !sentenceEnds.has(token.end) ? tokens[i + 1] : undefined;
	if (!isUnknown(before) && !isUnknown(after)) return;
	// A word that is also a dual or plural in construct (مطاري بغداد، سيدي بوزيد) is a known word before a name.
	if (token.analyses.some((a) => a.lemma === best.lemma && a.segments.length === 1)) return;
	token.analyses = [wholeWordGuess(token.text, best.score + 0.1), ...token.analyses];
}

const PROPER_TYPES: Record<string, string> = {
	PER: 'person',
	LOC: 'place',
	ORG: 'organisation',
	MISC: 'name'
};

/**
 * True when the entity treats the first letters of a word as a clitic (ب + ليون) but the lexicon reads them as part
 * of a known stem (بليون "billion"): the lexical reading then stands.
 */
function readsThroughEntityStart(token: AnalyzedToken, entity: Entity): boolean {
	const from = entity.start - token.start;
	if (from <= 0) return false;
	const best = token.analyses[0];
	if (best.guess) return false;
	let offset = 0;
	for (const s of best.segments) {
		if (offset === from) return false;
		offset += s.text.length;
	}
	return true;
}

/** Rebuild a token's best analysis as a proper noun for the part of it an entity covers. */
function properNounAnalysis(token: AnalyzedToken, entity: Entity): Analysis {
	const best = token.analyses[0];
	const from = Math.max(entity.start, token.start) - token.start;
	const to = Math.min(entity.end, token.end) - token.start;
	const kind = PROPER_TYPES[entity.type];
	// A word the lexicon knows inside a longer name (الأمم in الأمم المتحدة, وكالة in a news agency's name) keeps its
	// own senses first: the name's English belongs to the entity (shown with it), not to each of its words.
	const ownSensesFirst =
		entity.type !== 'PER' &&
		!best.guess &&
		best.glosses.length > 0 &&
		(entity.start < token.start || entity.end > token.end);
	const english = ownSensesFirst ? '' : entity.english;
	const result = (segments: Segment[], lemma: string): Analysis => ({
		segments,
		lemma,
		root: best.guess ? '' : best.root,
		pattern: best.guess ? '' : best.pattern,
		pos: 'proper noun',
		features: `proper noun (${kind})${entity.role ? ', ' + entity.role : ''}`,
		gloss: english || best.gloss,
		glosses: entity.english
			? ownSensesFirst
				? [...best.glosses.filter((g) => g !== entity.english), entity.english]
				: [entity.english, ...best.glosses.filter((g) => g !== entity.english)]
			: best.glosses,
		guess: best.guess && !entity.english,
		score: best.score + 1
	});
	// Keep the word's own segmentation when the entity starts and ends on its boundaries and contains no
	// conjunction or preposition (و + ال + ولايات → the name is ال + ولايات; its lemma stays ولاية).
	let offset = 0;
	const bounds = new Set<number>([0]);
	let proclicticInside = false;
	for (const s of best.segments) {
		if (offset >= from && offset + s.text.length <= to && s.role === 'proclitic')
			proclicticInside = true;
		offset += s.text.length;
		bounds.add(offset);
	}
	// A person's name is not an inflected word: رمزي is not رمز + ي, بن is not the verb بان. Only the clitics and
	// article in front of it are split off (ل + عبدالرحيم، ال + صادق).
	const encliticInside = best.segments.some((s, i) => s.role === 'enclitic' && i > 0);
	if (
		bounds.has(from) &&
		bounds.has(to) &&
		!proclicticInside &&
		(entity.type === 'PER' || encliticInside)
	) {
		const segments: Segment[] = [];
		let at = 0;
		for (const s of best.segments) {
			if (s.role === 'stem' || s.role === 'enclitic' || at >= to) break;
			segments.push(s);
			at += s.text.length;
		}
		const stemText = token.text.slice(at, to);
		segments.push({
			text: stemText,
			form: normalizeSpelling(stemText),
			role: 'stem',
			gloss: entity.english
		});
		if (to < token.text.length) {
			const rest = token.text.slice(to);
			segments.push({ text: rest, form: dediacritize(rest), role: 'enclitic', gloss: '' });
		}
		return { ...result(segments, normalizeSpelling(stemText)), root: '', pattern: '' };
	}
	// A later word of a longer name keeps its own conjunction and article (وزارة الفلاحة والزراعة: و + ال + زراعة).
	const laterWordOfName =
		entity.start < token.start &&
		!best.guess &&
		((best.segments.length === 3 &&
			best.segments[0].form === 'و' &&
			best.segments[1].role === 'article') ||
			// بلا "without" (أطباء بلا حدود): ب + the particle لا.
			(best.segments.length === 2 && best.segments[0].form === 'ب' && best.lemma === 'لَا'));
	if (bounds.has(from) && bounds.has(to) && (!proclicticInside || laterWordOfName)) {
		const segments = best.segments.map((s) =>
			s.role === 'stem' && english ? { ...s, gloss: english } : s
		);
		const stem = best.segments.find((s) => s.role === 'stem');
		// A name that is itself the gazetteer headword (سوريا، السعودية) is its own lemma, whatever the lexicon
		// makes of its letters (سوريا is not the dual of سوري here).
		// The article is optional on both sides, and a name may itself begin with ال letters (ألمانيا).
		const stemKey = stem === undefined ? '' : normalizeForMatch(stem.text);
		const sameName = (name: string) => {
			const key = normalizeForMatch(name);
			return key === stemKey || key.replace(/^ال/, '') === stemKey;
		};
		const isHeadword = stem !== undefined && sameName(entity.canonical) && sameName(entity.text);
		if (isHeadword)
			for (let k = 0; k < segments.length; k++)
				if (segments[k].role === 'stem')
					segments[k] = { ...segments[k], form: normalizeSpelling(segments[k].text) };
		return result(
			segments,
			best.guess
				? (stem?.form ?? dediacritize(token.text))
				: isHeadword
					? normalizeSpelling(stem.text)
					: best.lemma
		);
	}
	const segments: Segment[] = [];
	if (from > 0)
		segments.push({
			text: token.text.slice(0, from),
			form: dediacritize(token.text.slice(0, from)),
			role: 'proclitic',
			gloss: ''
		});
	const stemText = token.text.slice(from, to);
	segments.push({
		text: stemText,
		form: dediacritize(stemText),
		role: 'stem',
		gloss: entity.english
	});
	if (to < token.text.length) {
		const rest = token.text.slice(to);
		segments.push({ text: rest, form: dediacritize(rest), role: 'enclitic', gloss: '' });
	}
	return result(segments, dediacritize(stemText));
}

/** The index of the first token ending after `offset` (tokens in text order, not overlapping), by bisection. */
function firstEndingAfter(tokens: AnalyzedToken[], offset: number): number {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].end <= offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Analyse a whole text: tokens with ranked analyses (best first, never empty), sentences and entities.
 * Offsets are UTF-16 code units into `text`.
 * @example analyzeText('وقال الوزير إنه سيزور الجزائر.', lexicon, gazetteer).tokens[0].analyses[0].segments.map((s) => s.form) // ['و', 'قال']
 */
export function analyzeText(
	text: string,
	lexicon: Lexicon,
	gazetteer: Gazetteer | null
): AnalyzedText {
	const { tokens: raw, sentences } = tokenize(text);
	// Written out rather than spread ({ ...t, analyses }): the same keys in the same order, and the warm analysis of
	// the bench text took about half the time (tokens made by the spread were slow for every rule that reads them).
	const tokens: AnalyzedToken[] = raw.map((t) => {
		const { start, end, text: tokenText, kind } = t;
		const analyses = kind === 'word' ? analyzeWord(tokenText, lexicon) : [nonWordAnalysis(t)];
		return t.value === undefined
			? { start, end, text: tokenText, kind, analyses }
			: { start, end, text: tokenText, kind, value: t.value, analyses };
	});
	const sentenceEnds = new Set(sentences.map((s) => s.end));
	chooseInContext(tokens, sentenceEnds);
	chooseWithNeighbours(tokens, sentenceEnds);
	let entities: Entity[] = [];
	if (gazetteer) {
		entities = findEntities(text, tokens, gazetteer);
		for (const entity of entities) {
			if (!(entity.type in PROPER_TYPES)) continue;
			// Tokens are in text order and do not overlap: only those from the first one ending after the entity's
			// start up to its end can lie inside it (every token for every entity was ~5% of
			// analyzeText's time in the profile).
			for (let i = firstEndingAfter(tokens, entity.start); i < tokens.length; i++) {
				const token = tokens[i];
				if (token.start >= entity.end) break;
				if (token.kind !== 'word' || token.end <= entity.start) continue;
				if (readsThroughEntityStart(token, entity)) continue;
				// A common word the lexicon knows well inside a long name keeps its reading as the second choice.
				token.analyses = [properNounAnalysis(token, entity), ...token.analyses];
			}
		}
	}
	return { tokens, sentences, entities };
}

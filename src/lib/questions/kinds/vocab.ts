/**
 * Vocabulary in context: «ما معنى كلمة «…» في الجملة؟», the key being the gloss of the reading the analyzer chose in
 * that sentence, the distractors glosses of other lexicon words of the same part of speech (passed in).
 */
import { positionScore, shorten, type Draft, type KindContext } from '../draft';
import type { Analysis } from '../../arabic/types';
import type { PoolWord } from '../types';
import { spanText } from '../view';
import { contentWords, pick } from './word-choice';

/** Adverbial accusatives whose dictionary sense differs from their use (خلفًا لـ «as successor to»). */
const SKIP = new Set([
	'خلفا',
	'وفقا',
	'نظرا',
	'تقريبا',
	'ايضا',
	'سنويا',
	'حاليا',
	'موخرا',
	'رسميا',
	'هاتفيا',
	'لمده',
	'مده',
	'عقب',
	'اثر',
	'نحو',
	'حوالي',
	'ضمن'
]);

/** A gloss without bracketed Arabic prepositions («going ahead (في)» → «going ahead»). */
function cleanGloss(gloss: string): string {
	return gloss.replace(/\s*\([^)]*[\u0600-\u06FF][^)]*\)/g, '').trim();
}

const POS_OF_POOL: Record<string, string[]> = {
	noun: ['noun'],
	verb: ['verb'],
	adjective: ['adjective', 'adj']
};

/** Words of an English gloss that carry its meaning (no particles, no bracketed notes). */
const GLOSS_STOP = new Set([
	'to',
	'the',
	'a',
	'an',
	'of',
	'be',
	'for',
	'with',
	'at',
	'in',
	'on',
	'up',
	'out',
	'off',
	'something',
	'someone',
	'oneself',
	'sth',
	'sb',
	'and',
	'or',
	'by',
	'from',
	'into',
	'as',
	'one'
]);
export function glossWords(gloss: string): string[] {
	return gloss
		.toLowerCase()
		.replace(/\([^)]*\)/g, ' ')
		.split(/[^a-z]+/)
		.filter((w) => w.length > 1 && !GLOSS_STOP.has(w))
		.map((w) => w.replace(/(ing|ed|es|s)$/, ''));
}

/** Margin by which the chosen reading must beat a reading of another lemma or part of speech. */
const AMBIGUITY_MARGIN = 0.5;
/**
 * Margin by which it must beat a homograph of the same root and part of speech with another meaning (يوقع: وَقَّعَ
 * «sign» / أَوْقَعَ «cause»; القصر: قَصْر «palace» / قُصَّر «minors»). The analyzer ranks readings in context by the
 * word before and the part of speech; between two such forms, which only the word's vowels or its object tell
 * apart, its choice is little more than which is commoner, and a key a learner could prove wrong is worse than none.
 */
const HOMOGRAPH_MARGIN = 1;

/**
 * True when the reading the analyzer chose in context can be trusted as the key: not a guess, no close rival of
 * another lemma (قدم «present» vs قدم «foot», يعد «consider» vs «promise»), and a lemma of one sense (قضى «spend
 * time / rule / eliminate» gives a learner no single right answer; الدور «role / turn / round» neither).
 */
export function clearReading(analyses: Analysis[] | undefined): boolean {
	const best = analyses?.[0];
	if (!best || best.guess) return false;
	const rival = analyses!.find(
		(a) => a !== best && (a.lemma !== best.lemma || a.pos !== best.pos) && a.pos !== 'punctuation'
	);
	if (rival && best.score - rival.score < AMBIGUITY_MARGIN) return false;
	// Glosses beyond the first must share a meaning word with it (synonyms), or there are several senses.
	const first = new Set(glossWords(best.gloss));
	const meaning = new Set(best.glosses.concat(best.gloss).flatMap(glossWords));
	const homograph = analyses!.find(
		(a) =>
			a.lemma !== best.lemma &&
			a.pos === best.pos &&
			!!a.root &&
			a.root === best.root &&
			!a.glosses
				.concat(a.gloss)
				.flatMap(glossWords)
				.some((w) => meaning.has(w))
	);
	if (homograph && best.score - homograph.score < HOMOGRAPH_MARGIN) return false;
	const senses = best.glosses.filter((g) => !glossWords(g).some((w) => first.has(w)));
	return senses.length === 0;
}

/**
 * Distractor glosses for a key: words of the same part of speech whose frequency rank is nearest the key's (so
 * neither a rare nor a very common gloss gives the key away), never sharing a meaning word or the root with it.
 */
export function vocabDistractors(
	analysis: Analysis,
	pool: PoolWord[],
	random: () => number,
	n = 3
): string[] {
	const bare = (s: string) => s.replace(/[\u064B-\u0652\u0670]/g, '');
	const lemma = bare(analysis.lemma);
	const own = pool.find((p) => bare(p.lemma) === lemma && p.rank);
	const keyRank = own?.rank ?? 3000;
	const keyWords = new Set(analysis.glosses.flatMap(glossWords).concat(glossWords(analysis.gloss)));
	const posOk = POS_OF_POOL[analysis.pos] ?? [];
	const seen = new Set<string>();
	const candidates = pool.filter((p) => {
		if (!posOk.includes(p.pos) || !p.gloss || bare(p.lemma) === lemma) return false;
		if (analysis.root && p.root && p.root === analysis.root) return false;
		const words = glossWords(p.gloss);
		if (words.length === 0 || words.some((w) => keyWords.has(w))) return false;
		const g = cleanGloss(p.gloss).toLowerCase();
		if (seen.has(g)) return false;
		seen.add(g);
		return true;
	});
	const near = candidates
		.map((p) => ({ p, d: Math.abs(Math.log((p.rank ?? 3000) / keyRank)) }))
		.sort((a, b) => a.d - b.d)
		.slice(0, 12)
		.map((x) => x.p);
	// The three must not be synonyms of one another either.
	const out: string[] = [];
	const used = new Set<string>();
	for (const p of pick(near, near.length, random)) {
		const words = glossWords(p.gloss);
		if (words.some((w) => used.has(w))) continue;
		words.forEach((w) => used.add(w));
		out.push(cleanGloss(p.gloss));
		if (out.length === n) break;
	}
	return out;
}

/** Words so common in news (by frequency rank) that asking their meaning teaches little (وزير، العاصمة). */
const COMMON_RANK = 150;

/**
 * Vocabulary questions (at most `limit`): a verb first when the article has one with a clear reading (verbs carry
 * the events, and nouns were all a learner used to be asked), then nouns and adjectives, the commonest news words
 * last.
 * @example vocabQuestions(ctx, poolWords, 3) // [{prompt_ar: 'ما معنى كلمة «أصدرت» في الجملة: «…»؟', answer: 'issue', …}, …]
 */
export function vocabQuestions(ctx: KindContext, pool: PoolWord[], limit: number): Draft[] {
	if (pool.length === 0 || limit <= 0) return [];
	const bare = (s: string) => s.replace(/[\u064B-\u0652\u0670]/g, '');
	const rankOf = new Map<string, number>();
	for (const p of pool) if (p.rank && !rankOf.has(bare(p.lemma))) rankOf.set(bare(p.lemma), p.rank);
	const found: { draft: Draft; verb: boolean; common: boolean }[] = [];
	for (const { word, analysis, sentenceIndex } of contentWords(ctx)) {
		if (found.length >= limit * 5) break;
		if (word.forms.some((f) => SKIP.has(f))) continue;
		if (!clearReading(word.token.analyses)) continue;
		const sentence = ctx.view.sentences[sentenceIndex];
		const distractors = vocabDistractors(analysis, pool, ctx.random);
		if (distractors.length < 3) continue;
		const context = shorten(spanText(ctx.view, sentence.firstToken, sentence.lastToken), 18);
		found.push({
			verb: analysis.pos === 'verb',
			common: (rankOf.get(bare(analysis.lemma)) ?? Infinity) <= COMMON_RANK,
			draft: {
				type: 'vocab',
				prompt_ar: `ما معنى كلمة «${word.token.text}» في الجملة: «${context}»؟`,
				prompt_en: `What does «${word.token.text}» mean in this sentence?`,
				answer: cleanGloss(analysis.gloss),
				alsoCorrect: analysis.glosses.map(cleanGloss),
				accept: analysis.glosses.filter((g) => g !== analysis.gloss),
				evidence: { start: sentence.start, end: sentence.end },
				difficulty: 2,
				distractorKind: 'given',
				distractors,
				score: 5 + positionScore(ctx.view, { sentence } as never)
			}
		});
	}
	const verb = found.find((f) => f.verb);
	const rest = found.filter((f) => f !== verb);
	const ordered = [
		...(verb ? [verb] : []),
		...rest.filter((f) => !f.common),
		...rest.filter((f) => f.common)
	];
	return ordered.slice(0, limit).map((f) => f.draft);
}

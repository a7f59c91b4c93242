/**
 * Vocabulary in context: «ما معنى كلمة «…» في الجملة؟», the key being the gloss of the reading the analyzer chose in
 * that sentence, the distractors glosses of other lexicon words of the same part of speech (passed in).
 */
import { positionScore, shorten, type Draft, type KindContext } from '../draft';
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

/**
 * Vocabulary questions (at most `limit`).
 * @example vocabQuestions(ctx, poolWords, 3) // [{prompt_ar: 'ما معنى كلمة «محادثات» في الجملة: «…»؟', answer: 'talks', …}]
 */
export function vocabQuestions(ctx: KindContext, pool: PoolWord[], limit: number): Draft[] {
	const out: Draft[] = [];
	if (pool.length === 0) return out;
	for (const { word, analysis, sentenceIndex } of contentWords(ctx)) {
		if (out.length >= limit) break;
		if (word.forms.some((f) => SKIP.has(f))) continue;
		const sentence = ctx.view.sentences[sentenceIndex];
		const glosses = new Set(analysis.glosses.map((g) => g.toLowerCase()));
		glosses.add(analysis.gloss.toLowerCase());
		const candidates = pool.filter(
			(p) =>
				(POS_OF_POOL[analysis.pos] ?? []).includes(p.pos) &&
				p.gloss &&
				!glosses.has(p.gloss.toLowerCase()) &&
				!p.gloss.toLowerCase().includes(analysis.gloss.toLowerCase()) &&
				!analysis.gloss.toLowerCase().includes(p.gloss.toLowerCase())
		);
		const seen = new Set<string>();
		const unique = candidates.filter((p) =>
			seen.has(p.gloss.toLowerCase()) ? false : (seen.add(p.gloss.toLowerCase()), true)
		);
		const distractors = pick(unique, 3, ctx.random).map((p) => cleanGloss(p.gloss));
		if (distractors.length < 3) continue;
		const context = shorten(spanText(ctx.view, sentence.firstToken, sentence.lastToken), 18);
		out.push({
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
		});
	}
	return out;
}

/**
 * «ما جذر كلمة …؟»: the root of a derived word, with other roots of the article (or the pool) as distractors.
 */
import { normalizeForMatch } from '../../arabic/normalize';
import type { Draft, KindContext } from '../draft';
import type { PoolWord } from '../types';
import { contentWords, pick } from './word-choice';

/** Roots whose letters are all Arabic consonants, three or four of them. */
function usableRoot(root: string): boolean {
	const letters = root.split(' ');
	return (
		(letters.length === 3 || letters.length === 4) &&
		letters.every((l) => /^[\u0621-\u064A]$/.test(l))
	);
}

/**
 * Root questions (at most `limit`), about words whose form is not the bare root (محادثات، استقبل، انتخاب).
 * @example rootQuestions(ctx, pool, 2) // [{prompt_ar: 'ما جذر كلمة «محادثات»؟', answer: 'ح د ث', …}]
 */
export function rootQuestions(ctx: KindContext, pool: PoolWord[], limit: number): Draft[] {
	const words = contentWords(ctx).filter((w) => usableRoot(w.analysis.root));
	const articleRoots = [...new Set(words.map((w) => w.analysis.root))];
	const poolRoots = [...new Set(pool.map((p) => p.root ?? '').filter(usableRoot))];
	const out: Draft[] = [];
	for (const { word, analysis, sentenceIndex } of words) {
		if (out.length >= limit) break;
		const letters = normalizeForMatch(analysis.root.replace(/ /g, ''));
		// A word that is its own root letters teaches nothing (قال → ق و ل is fine, but «بحث» → ب ح ث is trivial).
		if (normalizeForMatch(word.token.text).replace(/^(و|ف)?(ال)?/, '') === letters) continue;
		const key = normalizeForMatch(analysis.root);
		const others = [...articleRoots, ...poolRoots].filter((r) => normalizeForMatch(r) !== key);
		const distractors = pick([...new Set(others)], 3, ctx.random);
		if (distractors.length < 3) continue;
		const sentence = ctx.view.sentences[sentenceIndex];
		out.push({
			type: 'root',
			prompt_ar: `ما جذر كلمة «${word.token.text}»؟`,
			prompt_en: `What is the root of «${word.token.text}»?`,
			answer: analysis.root,
			alsoCorrect: [],
			accept: [analysis.root.replace(/ /g, '')],
			evidence: { start: sentence.start, end: sentence.end },
			difficulty: 3,
			distractorKind: 'given',
			distractors,
			score: 3
		});
	}
	return out;
}

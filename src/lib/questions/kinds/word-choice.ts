/**
 * Choosing which words of an article the vocabulary, root and cloze questions ask about: content words the
 * analyzer knows (not guesses, not names), preferring the sentences that carry the article's events.
 */
import type { Analysis } from '../../arabic/types';
import type { KindContext } from '../draft';
import type { WordView } from '../view';

/** Parts of speech worth asking about. */
const CONTENT = new Set(['noun', 'verb', 'adjective']);

/** A content word with its best analysis. */
export interface ContentWord {
	word: WordView;
	analysis: Analysis;
	sentenceIndex: number;
}

/**
 * Content words of the article, best candidates first (event sentences, then the lead), one per lemma.
 * @example contentWords(ctx)[0].word.token.text // 'محادثات'
 */
export function contentWords(ctx: KindContext): ContentWord[] {
	const { view } = ctx;
	const inEntity = new Set<number>();
	for (const e of view.entities) for (let i = e.first; i <= e.last; i++) inEntity.add(i);
	const eventSentences = new Set(ctx.events.map((e) => e.sentence.start));
	const seen = new Set<string>();
	const out: (ContentWord & { rank: number })[] = [];
	for (const sentence of view.sentences) {
		if (sentence.lastToken - sentence.firstToken < 5) continue; // titles and fragments
		for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
			const word = view.words[i];
			const analysis = word.token.analyses?.[0];
			if (!analysis || analysis.guess || !CONTENT.has(analysis.pos) || inEntity.has(i)) continue;
			if (!analysis.gloss || !analysis.lemma || word.key.length < 3) continue;
			const lemmaKey = word.lemma;
			if (seen.has(lemmaKey)) continue;
			seen.add(lemmaKey);
			const rank =
				(eventSentences.has(sentence.start) ? 0 : 10) +
				sentence.index * 0.1 +
				(analysis.pos === 'adjective' ? 1 : 0);
			out.push({ word, analysis, sentenceIndex: sentence.index, rank });
		}
	}
	return out.sort((a, b) => a.rank - b.rank);
}

/** Pick up to n items at random (seeded), without repetition. */
export function pick<T>(items: T[], n: number, random: () => number): T[] {
	const copy = [...items];
	const out: T[] = [];
	while (copy.length > 0 && out.length < n) {
		const i = Math.floor(random() * copy.length);
		out.push(copy.splice(i, 1)[0]);
	}
	return out;
}

/**
 * Cloze: a key content word of an event sentence is blanked; the choices are that word and other words of the
 * article with the same part of speech (and the same leading و or ال, so the form does not give the key away).
 */
import { shorten, type Draft, type KindContext } from '../draft';
import { spanText } from '../view';
import { contentWords, pick, type ContentWord } from './word-choice';

function shape(w: ContentWord): string {
	const k = w.word.key;
	return `${w.analysis.pos}:${k.startsWith('و') ? 'و' : ''}${/^(و)?ال/.test(k) ? 'ال' : ''}`;
}

/**
 * Cloze questions (at most `limit`).
 * @example clozeQuestions(ctx, 2) // [{prompt_ar: 'اختر الكلمة المناسبة للفراغ: «أجرى وزير الخارجية … ____ مع …»', answer: 'محادثات', …}]
 */
export function clozeQuestions(ctx: KindContext, limit: number): Draft[] {
	const words = contentWords(ctx);
	const out: Draft[] = [];
	const usedSentences = new Set<number>();
	for (const target of words) {
		if (out.length >= limit) break;
		// Nouns only: a blanked verb of saying or meeting could be filled by its neighbours in meaning (قال/أعلن).
		if (target.analysis.pos !== 'noun' || usedSentences.has(target.sentenceIndex)) continue;
		const sameShape = words.filter(
			(w) =>
				w !== target &&
				shape(w) === shape(target) &&
				w.word.lemma !== target.word.lemma &&
				w.sentenceIndex !== target.sentenceIndex
		);
		const distractors = pick(sameShape, 3, ctx.random).map((w) => w.word.token.text);
		if (new Set(distractors).size < 3) continue;
		const sentence = ctx.view.sentences[target.sentenceIndex];
		const i = target.word.index;
		const from = Math.max(sentence.firstToken, i - 9);
		const to = Math.min(sentence.lastToken, i + 7);
		const before = i > from ? spanText(ctx.view, from, i - 1) : '';
		const after = i < to ? spanText(ctx.view, i + 1, to) : '';
		const gapped = shorten(`${before} ______ ${after}`, 18).replace(/["«»“”]/g, '');
		usedSentences.add(target.sentenceIndex);
		out.push({
			type: 'cloze',
			prompt_ar: `اختر الكلمة المناسبة للفراغ: «${gapped}»`,
			prompt_en: 'Choose the word that fills the gap.',
			answer: target.word.token.text,
			alsoCorrect: [],
			accept: [],
			evidence: { start: sentence.start, end: sentence.end },
			difficulty: 2,
			distractorKind: 'given',
			distractors,
			score: 4
		});
	}
	return out;
}

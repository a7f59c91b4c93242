/**
 * Hand-built analysed texts for unit tests: the core's tokenizer plus entities named by their text, so the
 * extractor and the question writers can be tested without a lexicon or gazetteer.
 */
import { tokenize } from '../arabic/tokenize';
import type { AnalyzedText, Entity, EntityType } from '../arabic/types';

/**
 * An AnalyzedText whose entities are the given [type, text] pairs (every occurrence of the text, first match per
 * pair order; a third element picks the n-th occurrence only).
 * @example analyzedFixture('التقى الرئيس قيس سعيد في تونس.', [['PER', 'قيس سعيد'], ['LOC', 'تونس']])
 */
export function analyzedFixture(
	text: string,
	entities: ([EntityType, string] | [EntityType, string, number])[]
): AnalyzedText {
	const { tokens, sentences } = tokenize(text);
	const found: Entity[] = [];
	for (const [type, span, nth] of entities) {
		let from = 0;
		let count = 0;
		for (;;) {
			const start = text.indexOf(span, from);
			if (start < 0) break;
			from = start + span.length;
			if (nth !== undefined && count++ !== nth) continue;
			if (found.some((e) => e.start < start + span.length && start < e.end)) continue;
			found.push({
				type,
				start,
				end: start + span.length,
				text: span,
				canonical: span,
				english: '',
				role: ''
			});
		}
	}
	found.sort((a, b) => a.start - b.start);
	return { tokens: tokens.map((t) => ({ ...t, analyses: [] })), sentences, entities: found };
}

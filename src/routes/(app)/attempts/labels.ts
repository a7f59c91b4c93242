/**
 * Names of the question kinds as a learner reads them, shared by the quiz, feedback and progress pages.
 * (The kinds themselves are QUESTION_KINDS in the schema.)
 */
import type { QuestionKind } from '$lib/server/db/schema';

export const KIND_LABELS: Record<QuestionKind, string> = {
	who: 'Who',
	whom: 'Whom',
	where: 'Where',
	when: 'When',
	what: 'What',
	how_many: 'How many',
	vocab: 'Vocabulary',
	root: 'Root',
	cloze: 'Fill the gap'
};

/** True when a text is (mostly) Arabic script, to set `lang`/`dir` on choices that may be English glosses. */
export function isArabic(text: string): boolean {
	return /[\u0600-\u06FF]/.test(text);
}

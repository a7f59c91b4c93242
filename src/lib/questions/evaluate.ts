/**
 * Measuring the generator against hand-written expected facts (tests/fixtures/articles/*.json): recall (the share of
 * facts that got a question with the right key, backed by the right sentence) and key correctness (the share of
 * generated factual questions, among those asked about a sentence and kind the facts cover, whose key is right).
 */
import { answerMatches } from './grade';
import { FACTUAL_TYPES, type Question, type QuestionType } from './types';

/** One expected fact, as written in the fixtures. */
export interface ExpectedFact {
	kind: QuestionType;
	prompt_hint: string;
	answer: string;
	evidence_contains: string;
}

/** The measurement of one article. */
export interface FactScore {
	/** Facts with the question that covers them (undefined when none does). */
	facts: { fact: ExpectedFact; question?: Question }[];
	recalled: number;
	/** Factual questions generated. */
	factual: number;
	/** Factual questions whose sentence and kind an expected fact covers (so the key can be checked automatically). */
	checkable: number;
	/** Of those, the ones whose key is an expected answer. */
	correct: number;
	/** Checkable questions with a wrong key. */
	wrong: Question[];
	/** Factual questions no expected fact covers (to be checked by hand). */
	unchecked: Question[];
}

function sameKey(a: string, b: string): boolean {
	return answerMatches(a, b) || answerMatches(b, a);
}

/** True when the expected answer is the question's key or a form its grading accepts (17 جنديا for 17 جنديا تشاديا). */
function keyOf(q: Question, answer: string): boolean {
	return [q.answer, ...q.accept].some((k) => sameKey(answer, k));
}

/**
 * Score generated questions against expected facts.
 * @example scoreQuestions(text, questions, [{kind: 'where', prompt_hint: '', answer: 'بورتسودان', evidence_contains: 'أجرى وزير الخارجية'}]).recalled // 1
 */
export function scoreQuestions(
	text: string,
	questions: Question[],
	facts: ExpectedFact[]
): FactScore {
	const factual = questions.filter((q) => FACTUAL_TYPES.includes(q.type));
	const evidence = (q: Question) => text.slice(q.evidence.start, q.evidence.end);
	const scored = facts.map((fact) => ({
		fact,
		question: factual.find(
			(q) => keyOf(q, fact.answer) && evidence(q).includes(fact.evidence_contains)
		)
	}));
	let checkable = 0;
	let correct = 0;
	const wrong: Question[] = [];
	const unchecked: Question[] = [];
	for (const q of factual) {
		// A key is right when it is the answer of any fact stated in its sentence; it can be judged wrong only when
		// a fact of the same kind covers that sentence (and a fill-in figure only when the prompt quotes that fact's words).
		const inSentence = facts.filter((f) => evidence(q).includes(f.evidence_contains));
		if (inSentence.some((f) => keyOf(q, f.answer))) {
			checkable++;
			correct++;
			continue;
		}
		const sameKind = inSentence.filter(
			(f) =>
				f.kind === q.type &&
				(!q.prompt_ar.includes('……') || q.prompt_ar.includes(f.evidence_contains))
		);
		if (sameKind.length === 0) {
			unchecked.push(q);
			continue;
		}
		checkable++;
		wrong.push(q);
	}
	return {
		facts: scored,
		recalled: scored.filter((s) => s.question).length,
		factual: factual.length,
		checkable,
		correct,
		wrong,
		unchecked
	};
}

import { error, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { splitParagraphs } from '$lib/server/articles';
import { dueDateFor, isLate } from '$lib/server/assignments';
import * as imports from '$lib/server/imports';
import { getReaderView, type ReaderPiece, type ReaderView } from '$lib/server/reader';
import * as attempts from '$lib/server/attempts';
import { getDb } from '$lib/server/db';
import { articles } from '$lib/server/db/schema';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

/** An evidence sentence: its offsets in the body and the numbers of the questions it answers. */
interface Mark {
	start: number;
	end: number;
	id: string;
	questions: number[];
}

/** A run of a paragraph: reader pieces (text and tappable words), inside an evidence mark or not. */
interface Segment {
	pieces: ReaderPiece[];
	mark: { id: string; questions: number[] } | null;
}

/** Evidence spans merged per sentence, in text order, each marked once with all its questions. */
function evidenceMarks(spans: { start: number; end: number; question: number }[]): Mark[] {
	const sentences = new Map<string, Mark>();
	for (const span of spans) {
		const key = `${span.start}:${span.end}`;
		const existing = sentences.get(key);
		if (existing) existing.questions.push(span.question);
		else
			sentences.set(key, {
				start: span.start,
				end: span.end,
				id: `evidence-${span.question}`,
				questions: [span.question]
			});
	}
	return [...sentences.values()].sort((a, b) => a.start - b.start);
}

/**
 * Cuts each paragraph's pieces at the evidence marks. A piece belongs to the mark its first character is in,
 * so a word is never split. Without a reader view (analyser unavailable) the pieces are the plain text.
 */
function markedParagraphs(body: string, marks: Mark[], view: ReaderView | null): Segment[][] {
	return splitParagraphs(body).map((paragraph, index) => {
		const pieces: ReaderPiece[] = view?.paragraphs[index] ?? [paragraph.text];
		const segments: Segment[] = [];
		let offset = paragraph.start;
		for (const piece of pieces) {
			const text = typeof piece === 'string' ? piece : view!.words[piece].text;
			const mark = marks.find((candidate) => candidate.start <= offset && offset < candidate.end);
			// Plain text may run into or out of a mark: cut strings at mark boundaries.
			if (typeof piece === 'string') {
				let at = 0;
				while (at < text.length) {
					const here = offset + at;
					const inside = marks.find((candidate) => candidate.start <= here && here < candidate.end);
					const next = inside
						? inside.end
						: Math.min(
								...marks.filter((m) => m.start > here).map((m) => m.start),
								offset + text.length
							);
					const to = Math.min(next, offset + text.length) - offset;
					push(segments, text.slice(at, to), inside ?? null);
					at = to;
				}
			} else {
				push(segments, piece, mark ?? null);
			}
			offset += text.length;
		}
		return segments;
	});
}

function push(segments: Segment[], piece: ReaderPiece, mark: Mark | null) {
	const last = segments.at(-1);
	if (last && (last.mark?.id ?? null) === (mark?.id ?? null)) last.pieces.push(piece);
	else segments.push({ pieces: [piece], mark: mark && { id: mark.id, questions: mark.questions } });
}

export const load: PageServerLoad = ({ params }) => {
	const user = requireUser();
	const db = getDb();
	const attempt = attempts.findOwn(db, user.id, params.id);
	if (!attempt) error(404, 'There is no quiz attempt at this address.');
	const article = db.select().from(articles).where(eq(articles.id, attempt.articleId)).get();
	if (!article) error(404, 'There is no quiz attempt at this address.');
	if (!attempt.submittedAt) redirect(303, `/articles/${article.slug}/quiz`);
	const sameVersion = article.contentHash === attempt.articleHash;
	const answers = new Map(attempt.answers.map((answer) => [answer.questionKey, answer]));
	const questions = attempt.questions.map((question, index) => {
		const answer = answers.get(question.key);
		const evidence =
			sameVersion && question.evidenceStart !== null && question.evidenceEnd !== null
				? { start: question.evidenceStart, end: question.evidenceEnd }
				: null;
		return {
			number: index + 1,
			kind: question.kind,
			promptAr: question.promptAr,
			promptEn: question.promptEn,
			response: answer?.response ?? '',
			correct: answer?.correct ?? false,
			answer: question.answer,
			evidenceText: question.evidenceText ?? null,
			evidence
		};
	});
	const spans = questions.flatMap((question) =>
		question.evidence ? [{ ...question.evidence, question: question.number }] : []
	);
	const marks = evidenceMarks(spans);
	const markOf = new Map<number, string>();
	for (const mark of marks) for (const number of mark.questions) markOf.set(number, mark.id);
	const view = sameVersion ? getReaderView(article) : null;
	// Against the assignment's due date (the earliest, when several classes assign it), as on the home
	// page and in the gradebook, which count the first submission: a late retake of an assignment first
	// done on time is said to be so.
	const dueAt = dueDateFor(db, user.id, article.id);
	const first = dueAt ? attempts.firstSubmittedAt(db, user.id, article.id) : null;
	return {
		assignment: dueAt && {
			dueAt: dueAt.toISOString(),
			late: isLate(dueAt, attempt.submittedAt),
			doneOnTime: !!first && !isLate(dueAt, first)
		},
		attempt: {
			id: attempt.id,
			score: attempt.score ?? 0,
			maxScore: attempt.maxScore,
			submittedAt: attempt.submittedAt.toISOString()
		},
		article: { slug: article.slug, title: article.title, changed: !sameVersion },
		questions: questions.map(({ evidence, ...question }) => ({
			...question,
			evidenceId: evidence ? (markOf.get(question.number) ?? null) : null
		})),
		paragraphs: sameVersion ? markedParagraphs(article.body, marks, view) : [],
		// Tap-to-define in the article text, as on the reader page (teacher glosses first).
		words: view ? imports.withArticleGlosses(view, imports.listGlosses(db, article.id)).words : []
	};
};

import { error, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { splitParagraphs } from '$lib/server/articles';
import * as attempts from '$lib/server/attempts';
import { getDb } from '$lib/server/db';
import { articles } from '$lib/server/db/schema';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

/** A run of article text; `mark` names the evidence sentence it belongs to (its first question's number). */
interface Segment {
	text: string;
	mark: { id: string; questions: number[] } | null;
}

/** The article's paragraphs cut at the evidence sentences, each sentence marked once with its questions. */
function highlightedParagraphs(
	body: string,
	spans: { start: number; end: number; question: number }[]
) {
	const sentences = new Map<string, { start: number; end: number; questions: number[] }>();
	for (const span of spans) {
		const key = `${span.start}:${span.end}`;
		const existing = sentences.get(key);
		if (existing) existing.questions.push(span.question);
		else sentences.set(key, { start: span.start, end: span.end, questions: [span.question] });
	}
	const marks = [...sentences.values()].sort((a, b) => a.start - b.start);
	return splitParagraphs(body).map((paragraph): Segment[] => {
		const segments: Segment[] = [];
		let at = paragraph.start;
		for (const mark of marks) {
			const start = Math.max(mark.start, at);
			const end = Math.min(mark.end, paragraph.end);
			if (start >= end) continue;
			if (start > at) segments.push({ text: body.slice(at, start), mark: null });
			segments.push({
				text: body.slice(start, end),
				mark: { id: `evidence-${mark.questions[0]}`, questions: mark.questions }
			});
			at = end;
		}
		if (at < paragraph.end) segments.push({ text: body.slice(at, paragraph.end), mark: null });
		return segments;
	});
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
	const markOf = new Map<number, string>();
	for (const paragraph of highlightedParagraphs(article.body, spans)) {
		for (const segment of paragraph) {
			for (const number of segment.mark?.questions ?? []) markOf.set(number, segment.mark!.id);
		}
	}
	return {
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
		paragraphs: sameVersion ? highlightedParagraphs(article.body, spans) : []
	};
};

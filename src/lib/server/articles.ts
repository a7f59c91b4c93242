/**
 * The articles aggregate. Use as a namespace: `import * as articles from '$lib/server/articles'`.
 */
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { ParsedArticle } from './content.ts';
import type { Db } from './db/index.ts';
import { articles, type Article } from './db/schema.ts';

export interface ArticleSummary {
	slug: string;
	title: string;
	subtitle: string[];
	level: Article['level'];
	wordCount: number;
	source: string;
	publishedAt: string | null;
	tags: string[];
}

/** A paragraph of an article body, with its UTF-16 offsets into the body. */
export interface Paragraph {
	start: number;
	end: number;
	text: string;
}

/**
 * Public articles for the home page (not teachers' private imports): newest publication first, undated
 * ones after, then by title.
 */
export function listArticles(db: Db): ArticleSummary[] {
	return db
		.select({
			slug: articles.slug,
			title: articles.title,
			subtitle: articles.subtitle,
			level: articles.level,
			wordCount: articles.wordCount,
			source: articles.source,
			publishedAt: articles.publishedAt,
			tags: articles.tags
		})
		.from(articles)
		.where(isNull(articles.ownerId))
		.orderBy(desc(articles.publishedAt), asc(articles.title))
		.all();
}

export function findBySlug(db: Db, slug: string): Article | undefined {
	return db.select().from(articles).where(eq(articles.slug, slug)).get();
}

/**
 * Inserts or updates an article that comes from content/ (no owner), keyed by slug. Only a changed
 * content hash causes a write, so importing the same files again is a no-op.
 */
export function upsertFromContent(
	db: Db,
	article: ParsedArticle,
	now = new Date()
): 'added' | 'updated' | 'unchanged' {
	const existing = db
		.select({ id: articles.id, contentHash: articles.contentHash })
		.from(articles)
		.where(and(eq(articles.slug, article.slug), isNull(articles.ownerId)))
		.get();
	const values = {
		slug: article.slug,
		title: article.title,
		subtitle: article.subtitle,
		source: article.source,
		publishedAt: article.publishedAt,
		level: article.level,
		tags: article.tags,
		body: article.body,
		contentHash: article.contentHash,
		wordCount: article.wordCount
	};
	if (!existing) {
		db.insert(articles).values(values).run();
		return 'added';
	}
	if (existing.contentHash === article.contentHash) return 'unchanged';
	db.update(articles)
		.set({ ...values, updatedAt: now })
		.where(eq(articles.id, existing.id))
		.run();
	return 'updated';
}

/**
 * Splits a body into paragraphs at blank lines, keeping each paragraph's offsets into the original
 * body (offsets are UTF-16 code units, as everywhere in Sahifa). Single newlines stay inside a paragraph.
 */
export function splitParagraphs(body: string): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	const separator = /\r?\n[ \t]*\r?\n\s*/g;
	let start = 0;
	const push = (from: number, to: number) => {
		const raw = body.slice(from, to);
		const leading = raw.length - raw.trimStart().length;
		const trailing = raw.length - raw.trimEnd().length;
		if (raw.trim() !== '') {
			paragraphs.push({
				start: from + leading,
				end: to - trailing,
				text: raw.slice(leading, raw.length - trailing)
			});
		}
	};
	for (const match of body.matchAll(separator)) {
		push(start, match.index);
		start = match.index + match[0].length;
	}
	push(start, body.length);
	return paragraphs;
}

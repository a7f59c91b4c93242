/**
 * Articles a teacher brings in: pasted text or an uploaded .txt/.md file, with title, source, level and
 * tags. The body is stored exactly as given and only ever shown as plain text (Svelte escapes it; no
 * page renders an import as HTML). Imported articles belong to their teacher (`articles.owner_id`) and
 * stay private until assigned to a class.
 *
 * Also here: the per-article glosses a teacher adds, which take precedence over the lexicon in that
 * article. Use as a namespace: `import * as imports from '$lib/server/imports'`.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, asc, desc, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { dediacritize, normalizeForMatch } from '../arabic/index.ts';
import { countWords } from './content.ts';
import type { Db } from './db/index.ts';
import { lineSchema, plainLine } from './forms.ts';
import { LEVELS, articleGlosses, articles, type Article, type ArticleGloss } from './db/schema.ts';
import type { ReaderView, WordInfo } from './reader.ts';

export const MAX_WORDS = 20_000;
/** Generous for 20,000 words of Arabic (about 10 bytes a word in UTF-8, with spaces and punctuation). */
export const MAX_FILE_BYTES = 500_000;
export const MAX_TAGS = 10;
export const UPLOAD_EXTENSIONS = ['.txt', '.md'] as const;

/** Any letter of the Arabic blocks (Arabic, Supplement, Extended-A, presentation forms). */
const ARABIC_LETTER =
	/[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function hasArabic(text: string): boolean {
	return ARABIC_LETTER.test(text);
}

/**
 * HTML a teacher pasted from a page's source: a tag (`<p>`, `</b>`, `<br/>`, `<!--`) or a character
 * reference (`&nbsp;`, `&#1575;`). Arabic prose never has these, and stored as text they would show
 * up in the article, so the import asks for the plain text instead. A lone `<` or `&` is not markup.
 */
const MARKUP =
	/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});/i;

/** The first piece of HTML markup in a text (shortened to 40 characters), or null when there is none. */
export function findMarkup(text: string): string | null {
	const found = MARKUP.exec(text)?.[0];
	return found === undefined ? null : found.length > 40 ? `${found.slice(0, 39)}…` : found;
}

// Titles, sources and tags are one-line names: bidi overrides and zero-width characters are removed,
// so an invisible title cannot pass as given and a title cannot turn the page's text around.
const requiredText = lineSchema;

/** The body: not empty, with Arabic in it, at most MAX_WORDS words. Kept as typed (not trimmed; line ends LF). */
export const bodySchema = v.pipe(
	v.string('Paste the article text or choose a .txt or .md file.'),
	// Browsers send a textarea's line breaks as CRLF; one convention keeps offsets and paragraphs simple.
	v.transform((text) => text.replace(/\r\n?/g, '\n')),
	v.check(
		(text) => text.trim() !== '',
		'The text is empty: paste the article or choose a .txt or .md file.'
	),
	v.check(
		hasArabic,
		'This text has no Arabic letters. Sahifa reads Arabic articles: paste the Arabic text itself.'
	),
	v.check(
		(text) => findMarkup(text) === null,
		(issue) =>
			`This text contains HTML markup (${findMarkup(String(issue.input))}). Sahifa shows the text ` +
			'exactly as written, so the tags would appear in the article. Copy the text from the web page ' +
			'itself rather than from its source, or remove the tags.'
	),
	v.check(
		(text) => countWords(text) <= MAX_WORDS,
		(issue) =>
			`This text has ${countWords(String(issue.input)).toLocaleString('en')} words; an article may ` +
			`have at most ${MAX_WORDS.toLocaleString('en')}. Split it into shorter articles.`
	)
);

export const articleMetaSchema = {
	title: requiredText(
		'Give the article a title.',
		200,
		'The title may have at most 200 characters.'
	),
	source: requiredText(
		'Say where the text comes from (a newspaper, a website, or "my own text").',
		200,
		'The source may have at most 200 characters.'
	),
	level: v.picklist(LEVELS, 'Choose beginner, intermediate or advanced.'),
	tags: v.pipe(
		v.optional(v.string(), ''),
		v.transform((value) =>
			[...new Set(value.split(/[,،\n]/).map((tag) => plainLine(tag).toLowerCase()))].filter(Boolean)
		),
		v.maxLength(MAX_TAGS, `Use at most ${MAX_TAGS} tags.`),
		v.check(
			(tags) => tags.every((tag) => tag.length <= 40),
			'Each tag may have at most 40 characters.'
		)
	)
};

export const importSchema = v.object({ ...articleMetaSchema, body: bodySchema });
export type ImportInput = v.InferOutput<typeof importSchema>;

/**
 * Turns an uploaded file's text into a body: a UTF-8 byte-order mark is dropped, and for Markdown a
 * front matter block and the `#` of headings are removed (the rest is kept as written).
 * Returns the title a Markdown file gives (front matter `title:` or a first `# heading`), if any.
 */
export function bodyFromFile(name: string, text: string): { body: string; title: string | null } {
	let body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	let title: string | null = null;
	if (name.toLowerCase().endsWith('.md')) {
		const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(body);
		if (frontMatter) {
			title =
				/^title:\s*(.+)$/m
					.exec(frontMatter[1])?.[1]
					.trim()
					.replace(/^["']|["']$/g, '') ?? null;
			body = body.slice(frontMatter[0].length);
		}
		const heading = /^#\s+(.+)$/m.exec(body);
		if (!title && heading) title = heading[1].trim();
		body = body.replace(/^#{1,6}[ \t]+/gm, '');
	}
	return { body, title };
}

/** Why an uploaded file cannot be used, or null when it can. */
export function checkUpload(file: File): string | null {
	const name = file.name.toLowerCase();
	if (!UPLOAD_EXTENSIONS.some((extension) => name.endsWith(extension))) {
		return 'Choose a plain text file ending in .txt or .md.';
	}
	if (file.size > MAX_FILE_BYTES) return 'That file is larger than 500 KB; upload a shorter text.';
	return null;
}

/**
 * An uploaded file's bytes as text, or why they are not a text Sahifa can read. UTF-8 (with or
 * without a byte-order mark) and UTF-16 with a byte-order mark (Windows Notepad's "Unicode") are read;
 * anything else — a legacy code page such as Windows-1256, or a binary file renamed .txt — is refused
 * with a message rather than turned into replacement characters.
 */
export function decodeUpload(bytes: Uint8Array): { text: string } | { error: string } {
	const notText =
		'That file is not plain text. Upload a .txt or .md file saved as text, or paste the text.';
	let encoding = 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
	let text: string;
	try {
		text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		return {
			error:
				'That file is not saved as UTF-8 (Arabic files from older programs often use Windows-1256). ' +
				'Save it again as “UTF-8” (in Notepad: Save as → Encoding) or paste the text.'
		};
	}
	// NUL and other control characters (except tab and line breaks) do not occur in a text file.
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) return { error: notText };
	return { text };
}

/** The article a teacher already imported with exactly this title and text, if any (a replayed import). */
export function findOwnedDuplicate(
	db: Db,
	ownerId: string,
	input: ImportInput
): Article | undefined {
	return db
		.select()
		.from(articles)
		.where(
			and(
				eq(articles.ownerId, ownerId),
				eq(articles.contentHash, hashText(`${input.title}\n${input.body}`))
			)
		)
		.get();
}

function hashText(text: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(text)));
}

/** Imported articles get an opaque slug: titles are Arabic, and a slug must not reveal a private article. */
function generateSlug(): string {
	const bytes = new Uint8Array(10);
	crypto.getRandomValues(bytes);
	return `t-${encodeBase32LowerCaseNoPadding(bytes)}`;
}

/** Stores a teacher's article (private to them). */
export function createArticle(db: Db, ownerId: string, input: ImportInput): Article {
	return db
		.insert(articles)
		.values({
			slug: generateSlug(),
			title: input.title,
			subtitle: [],
			source: input.source,
			publishedAt: null,
			level: input.level,
			tags: input.tags,
			body: input.body,
			contentHash: hashText(`${input.title}\n${input.body}`),
			wordCount: countWords(input.body),
			ownerId
		})
		.returning()
		.get();
}

/** Changes a teacher's article. Returns the new row, or undefined when it is not theirs. */
export function updateArticle(
	db: Db,
	ownerId: string,
	articleId: number,
	input: ImportInput,
	now = new Date()
): Article | undefined {
	if (!findOwned(db, ownerId, articleId)) return undefined;
	return db
		.update(articles)
		.set({
			title: input.title,
			source: input.source,
			level: input.level,
			tags: input.tags,
			body: input.body,
			contentHash: hashText(`${input.title}\n${input.body}`),
			wordCount: countWords(input.body),
			updatedAt: now
		})
		.where(and(eq(articles.id, articleId), eq(articles.ownerId, ownerId)))
		.returning()
		.get();
}

/** The article when `ownerId` imported it; undefined for anyone else's or a missing id. */
export function findOwned(db: Db, ownerId: string, articleId: number): Article | undefined {
	if (!Number.isSafeInteger(articleId)) return undefined;
	return db
		.select()
		.from(articles)
		.where(and(eq(articles.id, articleId), eq(articles.ownerId, ownerId)))
		.get();
}

export function listOwned(
	db: Db,
	ownerId: string
): Pick<Article, 'id' | 'slug' | 'title' | 'level' | 'wordCount' | 'createdAt'>[] {
	return db
		.select({
			id: articles.id,
			slug: articles.slug,
			title: articles.title,
			level: articles.level,
			wordCount: articles.wordCount,
			createdAt: articles.createdAt
		})
		.from(articles)
		.where(eq(articles.ownerId, ownerId))
		.orderBy(desc(articles.createdAt), desc(articles.id))
		.all();
}

export function deleteArticle(db: Db, ownerId: string, articleId: number): boolean {
	const result = db
		.delete(articles)
		.where(and(eq(articles.id, articleId), eq(articles.ownerId, ownerId)))
		.run();
	return result.changes > 0;
}

// ── Per-article glosses ──

/** The key a gloss is stored under: the word without diacritics, alef forms and ة/ى unified. */
export function glossKey(word: string): string {
	return normalizeForMatch(word.trim());
}

export function listGlosses(db: Db, articleId: number): ArticleGloss[] {
	return db
		.select()
		.from(articleGlosses)
		.where(eq(articleGlosses.articleId, articleId))
		.orderBy(asc(articleGlosses.word))
		.all();
}

/** Adds or replaces the teacher's gloss for `word` in one of their articles; an empty gloss removes it. */
export function setGloss(
	db: Db,
	ownerId: string,
	articleId: number,
	word: string,
	gloss: string
): boolean {
	if (!findOwned(db, ownerId, articleId)) return false;
	const key = glossKey(word);
	if (key === '') return false;
	if (gloss.trim() === '') {
		db.delete(articleGlosses)
			.where(and(eq(articleGlosses.articleId, articleId), eq(articleGlosses.key, key)))
			.run();
		return true;
	}
	db.insert(articleGlosses)
		.values({ articleId, key, word: dediacritize(word.trim()), gloss: gloss.trim() })
		.onConflictDoUpdate({
			target: [articleGlosses.articleId, articleGlosses.key],
			set: { gloss: gloss.trim(), word: dediacritize(word.trim()) }
		})
		.run();
	return true;
}

/** The teacher's gloss for a word of the reader view (by its written form, else its lemma), if any. */
export function articleGlossFor(
	word: Pick<WordInfo, 'text' | 'lemma'>,
	byKey: Map<string, string>
): string | undefined {
	return (
		byKey.get(normalizeForMatch(word.text)) ??
		(word.lemma ? byKey.get(normalizeForMatch(word.lemma)) : undefined)
	);
}

/**
 * The reader view with the teacher's glosses first: a word whose written form or lemma has a gloss
 * shows it as its meaning (and is no longer marked as a guess). The cached view is not changed.
 * @example withArticleGlosses(view, [{ key: glossKey('الحوكمة'), gloss: 'governance' }])
 */
export function withArticleGlosses(
	view: ReaderView,
	glosses: Pick<ArticleGloss, 'key' | 'gloss'>[]
): ReaderView {
	if (glosses.length === 0) return view;
	const byKey = new Map(glosses.map((item) => [item.key, item.gloss]));
	return {
		...view,
		words: view.words.map((word) => {
			const gloss = articleGlossFor(word, byKey);
			if (!gloss) return word;
			return {
				...word,
				glosses: [gloss, ...word.glosses.filter((other) => other !== gloss)],
				guess: false
			};
		})
	};
}

/** The words of a view the lexicon did not know (analysis guesses), once each, in text order. */
export function unknownWords(view: ReaderView): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const word of view.words) {
		if (!word.guess || word.entity) continue;
		const key = normalizeForMatch(word.text);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(word.text);
	}
	return out;
}

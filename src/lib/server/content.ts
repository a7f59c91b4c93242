/**
 * The one module that reads `content/articles/`. Each article is a Markdown file: YAML front matter
 * between `---` lines, then the Arabic body exactly as written (paragraphs separated by blank lines).
 *
 * ```
 * ---
 * slug: algeria-haftar-talks
 * title: …
 * subtitle:
 *   - first summary line
 * source: Where it was published
 * published: 2020-01-29   # optional
 * level: intermediate     # beginner | intermediate | advanced
 * tags: [politics, libya]
 * ---
 * body…
 * ```
 *
 * Import is idempotent: keyed by slug, a row is written only when the file's SHA-256 changed.
 * Files are all parsed before anything is written, so one bad file changes nothing.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import * as articles from './articles.ts';
import type { Db } from './db/index.ts';
import { LEVELS } from './db/schema.ts';

export const DEFAULT_ARTICLES_DIR = 'content/articles';

/** A content file that cannot be imported; the message names the file and the field. */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly field: string | null,
		detail: string
	) {
		super(field ? `${file}: front matter field "${field}": ${detail}` : `${file}: ${detail}`);
		this.name = 'ContentError';
	}
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isRealDate(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const nonEmptyText = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));

export const FrontMatterSchema = v.strictObject(
	{
		slug: v.pipe(
			v.string('must be text'),
			v.regex(
				SLUG_PATTERN,
				'must be lower-case letters, digits and single hyphens (e.g. my-article)'
			)
		),
		title: nonEmptyText,
		subtitle: v.optional(
			v.union(
				[v.pipe(v.array(nonEmptyText), v.readonly()), nonEmptyText],
				'must be a line of text or a list of lines'
			),
			[]
		),
		source: nonEmptyText,
		published: v.optional(
			v.pipe(
				v.union([v.string(), v.date()], 'must be a date written YYYY-MM-DD'),
				v.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)),
				v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
				v.check(isRealDate, 'is not a real calendar date')
			)
		),
		level: v.picklist(LEVELS, `must be one of ${LEVELS.join(', ')}`),
		tags: v.optional(v.array(nonEmptyText, 'must be a list of words'), [])
	},
	'is not a known field (known: slug, title, subtitle, source, published, level, tags)'
);

export interface ParsedArticle {
	slug: string;
	title: string;
	subtitle: string[];
	source: string;
	publishedAt: string | null;
	level: (typeof LEVELS)[number];
	tags: string[];
	body: string;
	contentHash: string;
	wordCount: number;
}

/** Counts words as whitespace-separated runs containing a letter or digit (punctuation alone is not a word). */
export function countWords(text: string): number {
	let count = 0;
	for (const piece of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(piece)) count += 1;
	return count;
}

/** Splits a file into its front matter text and its body, which is kept byte-for-byte. */
function splitFrontMatter(file: string, text: string): { frontMatter: string; body: string } {
	const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const opening = /^---\r?\n/.exec(source);
	if (!opening)
		throw new ContentError(file, null, 'must start with a front matter block ("---" line)');
	const closing = /^---[ \t]*(?:\r?\n|$)/m;
	const rest = source.slice(opening[0].length);
	const match = closing.exec(rest);
	if (!match) throw new ContentError(file, null, 'front matter is not closed by a "---" line');
	return {
		frontMatter: rest.slice(0, match.index),
		body: rest.slice(match.index + match[0].length)
	};
}

/**
 * Parses and validates one article file. `file` is used in error messages only.
 * @throws ContentError naming the file and, for front matter problems, the field.
 */
export function parseArticle(file: string, text: string): ParsedArticle {
	const { frontMatter, body } = splitFrontMatter(file, text);
	let data: unknown;
	try {
		data = parseYaml(frontMatter);
	} catch (error) {
		const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new ContentError(file, null, `front matter is not valid YAML: ${detail}`);
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		throw new ContentError(file, null, 'front matter must be a list of "field: value" lines');
	}
	const result = v.safeParse(FrontMatterSchema, data);
	if (!result.success) {
		const issue = result.issues[0];
		const field =
			v.getDotPath(issue) ?? issue.path?.map((item) => String(item.key)).join('.') ?? '?';
		throw new ContentError(file, field, issue.message);
	}
	if (body.trim() === '') throw new ContentError(file, null, 'the article body is empty');
	if (!/\p{Script=Arabic}/u.test(body)) {
		throw new ContentError(file, null, 'the article body has no Arabic letters');
	}
	const meta = result.output;
	return {
		slug: meta.slug,
		title: meta.title,
		subtitle: typeof meta.subtitle === 'string' ? [meta.subtitle] : [...meta.subtitle],
		source: meta.source,
		publishedAt: meta.published ?? null,
		level: meta.level,
		tags: meta.tags,
		body,
		contentHash: encodeHexLowerCase(sha256(new TextEncoder().encode(text))),
		wordCount: countWords(body)
	};
}

/** Reads and parses one article file. */
export function readArticleFile(path: string): ParsedArticle {
	const display = relative(process.cwd(), resolve(path)) || path;
	let text: string;
	try {
		// Decoded strictly: a file in another encoding (e.g. Windows-1256) or a binary file is named as
		// such instead of being read as replacement characters.
		text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
	} catch (error) {
		if (error instanceof TypeError) {
			throw new ContentError(display, null, 'is not UTF-8 text (save it with the UTF-8 encoding)');
		}
		throw new ContentError(
			display,
			null,
			`cannot be read (${(error as NodeJS.ErrnoException).code})`
		);
	}
	return parseArticle(display, text);
}

/**
 * Reads every `*.md` file directly inside `dir` (sub-folders such as `source/` are not articles).
 * Each file must be named after its slug, and slugs must be unique.
 */
export function readArticlesDir(dir: string = DEFAULT_ARTICLES_DIR): ParsedArticle[] {
	const names = readdirSync(dir)
		.filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
		.sort();
	const parsed: ParsedArticle[] = [];
	const seen = new Map<string, string>();
	for (const name of names) {
		const path = join(dir, name);
		const article = readArticleFile(path);
		const display = relative(process.cwd(), resolve(path)) || path;
		if (basename(name, '.md') !== article.slug) {
			throw new ContentError(
				display,
				'slug',
				`must match the file name ("${basename(name, '.md')}")`
			);
		}
		const other = seen.get(article.slug);
		if (other)
			throw new ContentError(display, 'slug', `"${article.slug}" is also used by ${other}`);
		seen.set(article.slug, display);
		parsed.push(article);
	}
	return parsed;
}

export interface ImportSummary {
	added: string[];
	updated: string[];
	unchanged: string[];
}

/** Writes parsed articles into the database in one transaction (insert new, update changed). */
export function importArticles(db: Db, parsed: ParsedArticle[]): ImportSummary {
	const summary: ImportSummary = { added: [], updated: [], unchanged: [] };
	db.transaction((tx) => {
		for (const article of parsed) {
			const outcome = articles.upsertFromContent(tx as unknown as Db, article);
			summary[outcome].push(article.slug);
		}
	});
	return summary;
}

/** Reads `dir` and imports it: what `npm start` does before serving. */
export function importContentDir(db: Db, dir: string = DEFAULT_ARTICLES_DIR): ImportSummary {
	return importArticles(db, readArticlesDir(dir));
}

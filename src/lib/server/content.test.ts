import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError, countWords, parseArticle, readArticlesDir } from './content';

const VALID_HEAD = [
	'---',
	'slug: test-article',
	'title: "وزير الخارجية يزور بنغازي"',
	'subtitle:',
	'  - "محادثات حول الاستقرار"',
	'source: Test source',
	'published: 2020-01-29',
	'level: beginner',
	'tags: [politics]',
	'---'
].join('\n');

function withField(field: string, line: string | null): string {
	const lines = VALID_HEAD.split('\n').filter((l) => !l.startsWith(`${field}:`));
	if (line !== null) lines.splice(lines.length - 1, 0, line);
	return `${lines.join('\n')}\nنص المقال.`;
}

describe('parseArticle', () => {
	it('reads the front matter and keeps the body byte-for-byte', () => {
		const body = 'الفقرة الأولى.\n\nالفقرة الثانية  مع مسافتين.\n';
		const article = parseArticle('a.md', `${VALID_HEAD}\n${body}`);
		expect(article).toMatchObject({
			slug: 'test-article',
			title: 'وزير الخارجية يزور بنغازي',
			subtitle: ['محادثات حول الاستقرار'],
			source: 'Test source',
			publishedAt: '2020-01-29',
			level: 'beginner',
			tags: ['politics'],
			body,
			wordCount: 6
		});
		expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('accepts a missing published date, subtitle and tags', () => {
		const text = [
			'---',
			'slug: short',
			'title: عنوان',
			'source: S',
			'level: advanced',
			'---',
			'نص.'
		];
		const article = parseArticle('a.md', text.join('\n'));
		expect(article.publishedAt).toBeNull();
		expect(article.subtitle).toEqual([]);
		expect(article.tags).toEqual([]);
		expect(article.body).toBe('نص.');
	});

	it.each([
		['slug', 'slug: Not A Slug', 'lower-case'],
		['slug', null, 'slug'],
		['title', 'title: ""', 'must not be empty'],
		['level', 'level: expert', 'must be one of beginner, intermediate, advanced'],
		['published', 'published: 2020-02-30', 'not a real calendar date'],
		['published', 'published: "29/01/2020"', 'YYYY-MM-DD'],
		['tags', 'tags: politics', 'list'],
		['source', null, 'source']
	])('names the file and the field %s when it is wrong (%s)', (field, line, detail) => {
		const run = () => parseArticle('content/articles/x.md', withField(field, line));
		expect(run).toThrow(ContentError);
		expect(run).toThrow(`content/articles/x.md: front matter field "${field}"`);
		expect(run).toThrow(detail);
	});

	it('names an unknown field (a typo)', () => {
		expect(() => parseArticle('x.md', withField('titel', 'titel: typo'))).toThrow(
			'x.md: front matter field "titel": is not a known field'
		);
	});

	it.each([
		['no front matter', 'just text', 'must start with a front matter block'],
		['unclosed front matter', '---\nslug: a\n', 'not closed'],
		['broken YAML', '---\nslug: [a\n---\nنص', 'not valid YAML'],
		['empty body', `${VALID_HEAD}\n  \n`, 'body is empty']
	])('rejects %s', (_name, text, detail) => {
		expect(() => parseArticle('x.md', text)).toThrow(`x.md: `);
		expect(() => parseArticle('x.md', text)).toThrow(detail);
	});
});

describe('countWords', () => {
	it.each([
		['', 0],
		['الجزائر تنهي ترددها', 3],
		['بنغازي (ليبيا) - أجرى', 3],
		['في عام 2011 بعد', 4],
		['  «قال»  ،  ', 1]
	])('counts %j as %i words', (text, expected) => {
		expect(countWords(text)).toBe(expected);
	});
});

describe('the seed article', () => {
	const raw = readFileSync('content/articles/source/000_aed1ddb99621af9c.txt', 'utf8');
	const [article] = readArticlesDir('content/articles').filter((a) =>
		raw.startsWith(`${a.title}\n`)
	);

	it('is in content/articles with valid front matter', () => {
		expect(article).toBeDefined();
		expect(article.slug).toMatch(/^[a-z0-9-]+$/);
	});

	it('reconstructs the raw file exactly from title, subtitle lines and body', () => {
		const rebuilt = `${article.title}\n\n${article.subtitle.join('\n')}\n\n${article.body}`;
		expect(rebuilt).toBe(raw);
	});
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articles from '../../src/lib/server/articles.ts';
import { ContentError, importContentDir } from '../../src/lib/server/content.ts';
import { articles as articlesTable } from '../../src/lib/server/db/schema.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';

let test: TestDatabase;
let dir: string;

function article(slug: string, body: string, extra = ''): string {
	return `---\nslug: ${slug}\ntitle: "عنوان ${slug}"\nsource: Test\nlevel: beginner\n${extra}---\n${body}`;
}

beforeEach(() => {
	test = createTestDatabase();
	dir = join(test.dir, 'articles');
	mkdirSync(join(dir, 'source'), { recursive: true });
	writeFileSync(join(dir, 'first.md'), article('first', 'الفقرة الأولى.\n\nالفقرة الثانية.'));
	writeFileSync(join(dir, 'second.md'), article('second', 'نص قصير.'));
	writeFileSync(join(dir, 'source', 'raw.txt'), 'not an article');
	writeFileSync(join(dir, 'README.md'), '# not an article');
});
afterEach(() => test.close());

describe('content import', () => {
	it('imports every article once, and again changes nothing', () => {
		expect(importContentDir(test.db, dir)).toEqual({
			added: ['first', 'second'],
			updated: [],
			unchanged: []
		});
		expect(importContentDir(test.db, dir)).toEqual({
			added: [],
			updated: [],
			unchanged: ['first', 'second']
		});
		expect(test.db.select().from(articlesTable).all()).toHaveLength(2);
	});

	it('updates an article in place when its file changes', () => {
		importContentDir(test.db, dir);
		const before = articles.findBySlug(test.db, 'first');
		writeFileSync(join(dir, 'first.md'), article('first', 'نص جديد تماما هنا.'));
		expect(importContentDir(test.db, dir)).toMatchObject({
			updated: ['first'],
			unchanged: ['second']
		});
		const after = articles.findBySlug(test.db, 'first');
		expect(after?.id).toBe(before?.id);
		expect(after?.body).toBe('نص جديد تماما هنا.');
		expect(after?.wordCount).toBe(4);
		expect(after?.contentHash).not.toBe(before?.contentHash);
	});

	it('stops with an error naming the file and the field, and imports nothing', () => {
		writeFileSync(
			join(dir, 'bad.md'),
			article('bad', 'نص', 'level: expert\n').replace('level: beginner\n', '')
		);
		const run = () => importContentDir(test.db, dir);
		expect(run).toThrow(ContentError);
		expect(run).toThrow(/bad\.md: front matter field "level"/);
		expect(test.db.select().from(articlesTable).all()).toEqual([]);
	});

	it('requires the file name to match the slug', () => {
		writeFileSync(join(dir, 'third.md'), article('other-slug', 'نص'));
		expect(() => importContentDir(test.db, dir)).toThrow(
			/third\.md: front matter field "slug": must match the file name/
		);
	});

	it('lists articles with their level and length', () => {
		importContentDir(test.db, dir);
		expect(
			articles
				.listArticles(test.db)
				.map(({ slug, level, wordCount }) => ({ slug, level, wordCount }))
		).toEqual([
			{ slug: 'first', level: 'beginner', wordCount: 4 },
			{ slug: 'second', level: 'beginner', wordCount: 2 }
		]);
	});

	it('imports the real content/articles folder', () => {
		const summary = importContentDir(test.db, 'content/articles');
		expect(summary.added.length).toBeGreaterThan(0);
		const seed = articles.listArticles(test.db).find((a) => a.title.startsWith('الجزائر'));
		expect(seed?.wordCount).toBeGreaterThan(300);
	});
});

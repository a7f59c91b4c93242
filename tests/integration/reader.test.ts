import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/lib/server/content.ts';
import { splitParagraphs } from '../../src/lib/server/articles.ts';
import { getReaderView, type ReaderPiece, type WordInfo } from '../../src/lib/server/reader.ts';

const article = readArticleFile('content/articles/algeria-haftar-libya-talks.md');

function rebuild(pieces: ReaderPiece[], words: WordInfo[]): string {
	return pieces.map((piece) => (typeof piece === 'string' ? piece : words[piece].text)).join('');
}

describe('reader view', () => {
	const view = getReaderView(article);

	it('is built from the real lexicon and gazetteer', () => {
		expect(view).not.toBeNull();
	});

	it('gives back every character of the title, subtitle and paragraphs', () => {
		expect(rebuild(view!.title, view!.words)).toBe(article.title);
		expect(view!.subtitle.map((line) => rebuild(line, view!.words))).toEqual(article.subtitle);
		expect(view!.paragraphs.map((paragraph) => rebuild(paragraph, view!.words))).toEqual(
			splitParagraphs(article.body).map((paragraph) => paragraph.text)
		);
	});

	it('ships each distinct word once', () => {
		const keys = view!.words.map((word) => JSON.stringify(word));
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('explains a word with a clitic: و "and" + a form of أتى "come"', () => {
		const word = view!.words.find((entry) => entry.text === 'وتأتي');
		expect(word?.segments.map((segment) => segment.form)).toEqual(['و', 'تأتي']);
		expect(word?.segments[0].gloss).toBe('and');
		expect(word?.lemma.replace(/[\u064B-\u0652]/g, '')).toBe('أتى');
		expect(word?.glosses.join(' ')).toContain('come');
	});

	it('marks names found by the entity recogniser', () => {
		expect(view!.words.some((word) => word.entity?.type === 'PER' && word.entity.english)).toBe(
			true
		);
	});

	it('is computed once per article version', () => {
		expect(getReaderView(article)).toBe(view);
		const changed = { ...article, body: `${article.body}\n\nفقرة جديدة.`, contentHash: 'other' };
		expect(getReaderView(changed)).not.toBe(view);
	});
});

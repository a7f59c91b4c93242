/**
 * Words across articles: which word of an article a reader key points at (with the sentence around it),
 * where a lemma's forms occur, and a root's family from the lexicon. Built from the reader views that
 * src/lib/server/reader.ts caches per article version, so nothing is analysed twice.
 *
 * Use as a namespace: `import * as wordPages from '$lib/server/word-pages'`.
 */
import { asc } from 'drizzle-orm';
import { dediacritize, tokenize } from '../arabic/index.ts';
import { canReadArticle } from './assignments.ts';
import type { SessionUser } from './auth.ts';
import type { Db } from './db/index.ts';
import { articles, type Article } from './db/schema.ts';
import { loadLanguageData } from './lexicon.ts';
import { getReaderView, type ReaderPiece, type ReaderView, type WordInfo } from './reader.ts';

/** A word of an article as the reader keys it: `title:3`, `subtitle-0:5`, `p-2:17` (block:piece). */
export const WORD_KEY = /^(title|subtitle-\d{1,3}|p-\d{1,4}):(\d{1,5})$/;

/** A word the reader pointed at, with what a card or a look-up keeps of it. */
export interface WordInContext {
	word: WordInfo;
	/** The lemma with vowels, or the word as written when the analyser has none. */
	lemma: string;
	/** The sentence the word stands in, as written. */
	example: string;
}

function blockPieces(view: ReaderView, block: string): ReaderPiece[] | undefined {
	if (block === 'title') return view.title;
	const [kind, number] = block.split('-');
	const index = Number(number);
	return kind === 'subtitle' ? view.subtitle[index] : view.paragraphs[index];
}

/**
 * The sentence of `text` around the UTF-16 `offset` (the tokenizer's sentence boundaries).
 * @example sentenceAt('قال الوزير. وتأتي الزيارة بعد ذلك.', 13) // 'وتأتي الزيارة بعد ذلك.'
 */
export function sentenceAt(text: string, offset: number): string {
	const sentence = tokenize(text).sentences.find(
		(span) => span.start <= offset && offset < span.end
	);
	return (sentence ? text.slice(sentence.start, sentence.end) : text).trim();
}

/** The lemma a word is filed under: its vowelled lemma, else the word itself. */
export function lemmaOf(word: WordInfo): string {
	return word.lemma || word.text;
}

/** The word at a reader key (`p-2:17`) of a view, or undefined when the key points at no word. */
export function wordAt(view: ReaderView, key: string): WordInContext | undefined {
	const match = WORD_KEY.exec(key);
	if (!match) return undefined;
	const pieces = blockPieces(view, match[1]);
	const at = Number(match[2]);
	const piece = pieces?.[at];
	if (!pieces || typeof piece !== 'number') return undefined;
	const word = view.words[piece];
	let offset = 0;
	const text = pieces
		.map((item, index) => {
			const value = typeof item === 'string' ? item : view.words[item].text;
			if (index < at) offset += value.length;
			return value;
		})
		.join('');
	return { word, lemma: lemmaOf(word), example: sentenceAt(text, offset) };
}

/** The analysed view of an article for word pages; null when the analyser is unavailable. */
function viewOf(article: Article): ReaderView | null {
	return getReaderView(article);
}

/** Articles the visitor may read: public ones, and for a signed-in user their assigned or own ones. */
function readableArticles(db: Db, user: Pick<SessionUser, 'id'> | null): Article[] {
	return db
		.select()
		.from(articles)
		.orderBy(asc(articles.title))
		.all()
		.filter((article) => canReadArticle(db, user, article));
}

/** One place a word occurs. */
export interface Occurrence {
	slug: string;
	title: string;
	/** The word as written there. */
	text: string;
	example: string;
}

function* occurrences(
	article: Article,
	view: ReaderView,
	accept: (word: WordInfo) => boolean
): Generator<Occurrence> {
	const blocks: [string, ReaderPiece[]][] = [
		['title', view.title],
		...view.subtitle.map((line, index): [string, ReaderPiece[]] => [`subtitle-${index}`, line]),
		...view.paragraphs.map((paragraph, index): [string, ReaderPiece[]] => [`p-${index}`, paragraph])
	];
	for (const [block, pieces] of blocks) {
		for (let index = 0; index < pieces.length; index++) {
			const piece = pieces[index];
			if (typeof piece !== 'number' || !accept(view.words[piece])) continue;
			const found = wordAt(view, `${block}:${index}`);
			if (found) {
				yield {
					slug: article.slug,
					title: article.title,
					text: found.word.text,
					example: found.example
				};
			}
		}
	}
}

/**
 * Lemmas compare without vowels but with their hamza and alef spellings kept: folding them would make
 * أَتَى (come) and آتِي (coming) one word.
 */
function sameLemma(a: string, b: string): boolean {
	return lemmaMatchKey(a) === lemmaMatchKey(b);
}

function lemmaMatchKey(lemma: string): string {
	return dediacritize(lemma).normalize('NFC');
}

export interface LemmaPage {
	lemma: string;
	root: string;
	pos: string;
	glosses: string[];
	/** Each form met, with how often and up to a few example sentences. */
	forms: { text: string; count: number; examples: Occurrence[] }[];
}

const MAX_EXAMPLES_PER_FORM = 3;

/**
 * A lemma's forms as met in the articles the visitor may read, with example sentences. Null when the
 * lemma occurs nowhere and is not in the lexicon.
 */
export function findLemma(
	db: Db,
	user: Pick<SessionUser, 'id'> | null,
	lemma: string
): LemmaPage | null {
	const forms = new Map<string, { text: string; count: number; examples: Occurrence[] }>();
	let sample: WordInfo | undefined;
	for (const article of readableArticles(db, user)) {
		const view = viewOf(article);
		if (!view) continue;
		for (const occurrence of occurrences(article, view, (word) =>
			sameLemma(lemmaOf(word), lemma)
		)) {
			sample ??= view.words.find((word) => sameLemma(lemmaOf(word), lemma));
			const form = forms.get(occurrence.text) ?? { text: occurrence.text, count: 0, examples: [] };
			form.count++;
			if (
				form.examples.length < MAX_EXAMPLES_PER_FORM &&
				!form.examples.some((example) => example.example === occurrence.example)
			) {
				form.examples.push(occurrence);
			}
			forms.set(occurrence.text, form);
		}
	}
	const entry = lexiconEntries().find((candidate) => sameLemma(candidate.lemma, lemma));
	if (!sample && !entry) return null;
	return {
		lemma: entry?.lemma ?? sample?.lemma ?? lemma,
		root: entry?.root ?? sample?.root ?? '',
		pos: entry?.pos ?? sample?.pos ?? '',
		glosses: entry?.glosses.slice(0, 6) ?? sample?.glosses ?? [],
		forms: [...forms.values()].sort((a, b) => b.count - a.count)
	};
}

function lexiconEntries() {
	try {
		return loadLanguageData().lexicon.entries;
	} catch {
		return [];
	}
}

/** A root as written in URLs: its letters without spaces (ءتي). @example rootSlug('ء ت ي') // 'ءتي' */
export function rootSlug(root: string): string {
	return root.replace(/\s+/g, '');
}

export interface RootPage {
	/** Letters separated by spaces, as the lexicon writes them (ء ت ي). */
	root: string;
	words: {
		lemma: string;
		pos: string;
		pattern: string;
		glosses: string[];
		/** Where it occurs in the articles the visitor may read. */
		articles: { slug: string; title: string; count: number }[];
	}[];
}

/** The lexicon's words of a root with glosses and where they occur. Null for a root with no words. */
export function findRoot(
	db: Db,
	user: Pick<SessionUser, 'id'> | null,
	slug: string
): RootPage | null {
	const letters = dediacritize(slug).replace(/\s+/g, '');
	if (letters === '') return null;
	const family = lexiconEntries().filter((entry) => entry.root && rootSlug(entry.root) === letters);
	if (family.length === 0) return null;
	const counts = new Map<string, Map<string, { slug: string; title: string; count: number }>>();
	for (const article of readableArticles(db, user)) {
		const view = viewOf(article);
		if (!view) continue;
		for (const block of [view.title, ...view.subtitle, ...view.paragraphs]) {
			for (const piece of block) {
				if (typeof piece !== 'number') continue;
				const word = view.words[piece];
				if (!word.root || rootSlug(word.root) !== letters) continue;
				const key = lemmaMatchKey(lemmaOf(word));
				const perArticle = counts.get(key) ?? new Map();
				const entry = perArticle.get(article.slug) ?? {
					slug: article.slug,
					title: article.title,
					count: 0
				};
				entry.count++;
				perArticle.set(article.slug, entry);
				counts.set(key, perArticle);
			}
		}
	}
	const seen = new Set<string>();
	const words = family
		.filter((entry) => {
			const key = `${entry.lemma}|${entry.pos}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.sort((a, b) => (a.rank || Infinity) - (b.rank || Infinity))
		.map((entry) => ({
			lemma: entry.lemma,
			pos: entry.pos,
			pattern: entry.pattern,
			glosses: entry.glosses.slice(0, 4),
			articles: [...(counts.get(lemmaMatchKey(entry.lemma))?.values() ?? [])]
		}))
		// Words met in articles first, then the lexicon's commonest.
		.sort((a, b) => b.articles.length - a.articles.length);
	return { root: family[0].root, words };
}

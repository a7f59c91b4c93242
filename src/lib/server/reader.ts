/**
 * The reader's view of an article: every word of the title, subtitle and body with its analysis, in a
 * compact shape shipped with the page so that opening a word needs no request.
 *
 * Analyses are computed once per article version: cached in memory by the article's content hash. The
 * lexicon and gazetteer are loaded once per process (src/lib/server/lexicon.ts), so a cached view can
 * only go stale across a restart, which empties the cache.
 */
import { analyzeText } from '../arabic/index.ts';
import type { AnalyzedToken, Entity } from '../arabic/types.ts';
import { splitParagraphs } from './articles.ts';
import type { Article } from './db/schema.ts';
import { loadLanguageData } from './lexicon.ts';

/** What the popover shows for one word. Identical words share one entry. */
export interface WordInfo {
	/** The word exactly as written. */
	text: string;
	segments: { text: string; form: string; role: string; gloss: string }[];
	lemma: string;
	root: string;
	pattern: string;
	pos: string;
	features: string;
	/** Best gloss for this context first. */
	glosses: string[];
	guess: boolean;
	/** Set when the word is (part of) a name, place, organisation, date or number the recogniser found. */
	entity: { type: Entity['type']; text: string; english: string; role: string } | null;
}

/** A run of text: strings are shown as they are, numbers index into `words`. */
export type ReaderPiece = string | number;

export interface ReaderView {
	title: ReaderPiece[];
	subtitle: ReaderPiece[][];
	paragraphs: ReaderPiece[][];
	words: WordInfo[];
}

const MAX_GLOSSES = 4;
const CACHE_LIMIT = 64;
const cache = new Map<string, ReaderView>();

/** Entities the reader names on a card; numbers and dates get their English rendering too. */
function entityAt(entities: Entity[], token: AnalyzedToken): Entity | undefined {
	return entities.find((entity) => entity.start < token.end && token.start < entity.end);
}

function wordInfo(token: AnalyzedToken, entity: Entity | undefined): WordInfo {
	const best = token.analyses[0];
	const glosses = best ? [best.gloss, ...best.glosses.filter((gloss) => gloss !== best.gloss)] : [];
	return {
		text: token.text,
		segments: (best?.segments ?? []).map(({ text, form, role, gloss }) => ({
			text,
			form,
			role,
			gloss
		})),
		lemma: best?.lemma ?? '',
		root: best?.root ?? '',
		pattern: best?.pattern ?? '',
		pos: best?.pos ?? 'unknown',
		features: best?.features ?? '',
		glosses: glosses.filter((gloss) => gloss !== '').slice(0, MAX_GLOSSES),
		guess: best?.guess ?? true,
		entity: entity
			? { type: entity.type, text: entity.text, english: entity.english, role: entity.role }
			: null
	};
}

class ViewBuilder {
	readonly words: WordInfo[] = [];
	private readonly index = new Map<string, number>();

	/** Turns `text` (with its analysis) into pieces, splitting it at the given spans. */
	pieces(text: string, tokens: AnalyzedToken[], entities: Entity[], from = 0, to = text.length) {
		const pieces: ReaderPiece[] = [];
		let cursor = from;
		const pushText = (value: string) => {
			if (value === '') return;
			const last = pieces[pieces.length - 1];
			if (typeof last === 'string') pieces[pieces.length - 1] = last + value;
			else pieces.push(value);
		};
		for (const token of tokens) {
			if (token.kind !== 'word' || token.start < from || token.end > to) continue;
			pushText(text.slice(cursor, token.start));
			pieces.push(this.add(wordInfo(token, entityAt(entities, token))));
			cursor = token.end;
		}
		pushText(text.slice(cursor, to));
		return pieces;
	}

	private add(info: WordInfo): number {
		const key = JSON.stringify(info);
		let id = this.index.get(key);
		if (id === undefined) {
			id = this.words.length;
			this.words.push(info);
			this.index.set(key, id);
		}
		return id;
	}
}

function buildView(article: Pick<Article, 'title' | 'subtitle' | 'body'>): ReaderView {
	const { lexicon, gazetteer } = loadLanguageData();
	const builder = new ViewBuilder();
	const analyse = (text: string) => analyzeText(text, lexicon, gazetteer);

	const title = analyse(article.title);
	const body = analyse(article.body);
	return {
		title: builder.pieces(article.title, title.tokens, title.entities),
		subtitle: article.subtitle.map((line) => {
			const analysed = analyse(line);
			return builder.pieces(line, analysed.tokens, analysed.entities);
		}),
		paragraphs: splitParagraphs(article.body).map((paragraph) =>
			builder.pieces(article.body, body.tokens, body.entities, paragraph.start, paragraph.end)
		),
		words: builder.words
	};
}

/**
 * The reader view of an article, or null when the language data cannot be loaded (the page then shows
 * the plain text: reading never depends on the analyser).
 */
export function getReaderView(
	article: Pick<Article, 'title' | 'subtitle' | 'body' | 'contentHash'>
): ReaderView | null {
	const cached = cache.get(article.contentHash);
	if (cached) return cached;
	let view: ReaderView;
	try {
		view = buildView(article);
	} catch (error) {
		console.error('sahifa: could not analyse the article; serving plain text.', error);
		return null;
	}
	if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
	cache.set(article.contentHash, view);
	return view;
}

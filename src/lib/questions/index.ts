/**
 * Sahifa's question generator: events from the analysed article → drafts per question kind → distractors, ids,
 * shuffled choices → duplicates merged → the best questions first. Pure: randomness and distractor pools are passed in.
 */
import type { AnalyzedText } from '../arabic/types';
import { chooseDistractors, shuffled } from './distractors';
import type { Draft, KindContext } from './draft';
import { extractEventsFromView } from './events';
import { extendDatesAndQuantities, supplementEntities } from './fallback-entities';
import { isNamesake } from './families/common';
import { hashString } from './hash';
import { actionQuestions } from './kinds/action';
import { clauseQuestions } from './kinds/clause';
import { clozeQuestions } from './kinds/cloze';
import { howManyQuestions } from './kinds/how-many';
import { rootQuestions } from './kinds/root';
import { vocabQuestions } from './kinds/vocab';
import { whatQuestions } from './kinds/what';
import { whenQuestions } from './kinds/when';
import { whereQuestions } from './kinds/where';
import { whoQuestions } from './kinds/who';
import { whomQuestions } from './kinds/whom';
import { withFullNames } from './names';
import { TITLE_WORDS } from './titles';
import { normalizeAnswer } from './text-utils';
import { FACTUAL_TYPES, type GenerateOptions, type NewsEvent, type Question } from './types';
import { buildView, rebuildText, type ArticleView } from './view';

export type {
	Question,
	QuestionType,
	GenerateOptions,
	DistractorPool,
	PoolWord,
	NewsEvent
} from './types';
/**
 * The generator's version. Bump it whenever a change alters the questions an article gets, so that stored
 * question sets are made again (teachers' edited and added questions survive regeneration).
 * @example GENERATOR_VERSION // 21: stored sets of an older version are regenerated on next use
 */
export const GENERATOR_VERSION = 21;

export { grade, answerMatches } from './grade';
export { seededRandom, hashString } from './hash';

/** How many questions of the non-factual kinds an article gets at most. */
const VOCAB_LIMIT = 3;
const CLOZE_LIMIT = 2;
const ROOT_LIMIT = 1;
/**
 * Figure fill-ins («ما الرقم الصحيح بحسب النص؟ «… ……»») an article gets among its other factual questions; more wait
 * behind all of those and take only the room left before the vocabulary questions. «كم …؟» questions are not counted.
 */
const FILL_IN_LIMIT = 6;
const isFillIn = (d: Draft) => d.type === 'how_many' && d.prompt_ar.startsWith('ما الرقم الصحيح');
/** Non-factual questions every article keeps even when it has many facts (vocabulary in context is core to learning). */
const MIN_EXTRAS = 3;

/** The analysed text with the safety-net dates and quantities added (see fallback-entities.ts). */
function withSupplements(analyzed: AnalyzedText, text: string): AnalyzedText {
	// (The core now leaves منذ/خلال/في outside a date's span, so the date-preposition trim is gone.)
	const extended = { ...analyzed, entities: extendDatesAndQuantities(analyzed, text) };
	const extra = supplementEntities(extended, text);
	const entities = [...extended.entities, ...extra].sort((a, b) => a.start - b.start);
	// A «person» that is only a title (سفير، الرئيس) names no one.
	return {
		...extended,
		entities: entities.filter(
			(e) =>
				e.type !== 'PER' ||
				!(e.text.split(/\s+/).length === 1 && TITLE_WORDS.has(normalizeAnswer(e.text)))
		)
	};
}

/**
 * The events of an analysed article (exported for the reader and for tests).
 * @example articleEvents(analyzeText('التقى الرئيس التونسي قيس سعيد نظيره الجزائري في الجزائر الأحد.', lexicon, gazetteer))
 */
export function articleEvents(analyzed: AnalyzedText, text?: string): NewsEvent[] {
	const fullText = text ?? rebuildText(analyzed);
	return extractEventsFromView(buildView(withSupplements(analyzed, fullText), fullText));
}

/**
 * A person asked about by family name only (العلوي) is answered with the full name the article gave first
 * (كريم العلوي), so the key looks like its distractors; the short form stays accepted.
 */
function withFullName(draft: Draft, view: ArticleView): Draft {
	if (draft.distractorKind !== 'PER' || draft.answer.split(/\s+/).length > 1) return draft;
	const key = normalizeAnswer(draft.answer);
	const full = view.entities.find(
		(e) =>
			e.entity.type === 'PER' &&
			e.entity.text.split(/\s+/).length > 1 &&
			normalizeAnswer(e.entity.text).endsWith(' ' + key)
	);
	if (!full) return draft;
	return { ...draft, answer: full.entity.text, accept: [...draft.accept, draft.answer] };
}

/**
 * True when a person key is followed in its sentence by what looks like more of the same name: a word the analyzer
 * does not know (يان | فيسر، ماركو | فيراري), or «… الدين» (عبد الله | زين الدين). The entity was cut short, so the
 * key would be half a name: no question is better than that.
 */
/** Words that often follow a name and are not part of it. */
const NAME_FOLLOWERS = new Set([
	'في',
	'مع',
	'الي',
	'علي',
	'من',
	'عن',
	'ان',
	'انه',
	'ان',
	'الذي',
	'التي',
	'قد',
	'بعد',
	'قبل',
	'خلال'
]);

export function nameCutShort(draft: Draft, view: ArticleView): boolean {
	if (!FACTUAL_TYPES.includes(draft.type)) return false;
	const inEvidence = view.entities.filter(
		(e) =>
			e.entity.type === 'PER' &&
			e.entity.start >= draft.evidence.start &&
			e.entity.end <= draft.evidence.end &&
			isCutShort(e, view)
	);
	// The key itself, or a name the prompt uses (مَن التقى يان؟).
	const words = ` ${draft.prompt_ar.replace(/[؟?،,.«»"]/g, ' ')} `;
	return inEvidence.some(
		(e) =>
			(draft.distractorKind === 'PER' && e.entity.text === draft.answer) ||
			words.includes(` ${e.entity.text} `)
	);
}

/** True when a person key is only the namesake in the name of a place or body (مركز محمد بن راشد للفضاء). */
function namesakeKey(draft: Draft, view: ArticleView): boolean {
	if (draft.distractorKind !== 'PER') return false;
	const key = normalizeAnswer(draft.answer);
	const mentions = view.entities.filter(
		(e) =>
			e.entity.type === 'PER' &&
			e.entity.start >= draft.evidence.start &&
			e.entity.end <= draft.evidence.end &&
			normalizeAnswer(e.entity.text) === key
	);
	return mentions.length > 0 && mentions.every((e) => isNamesake(view, e));
}

function isCutShort(mention: ArticleView['entities'][number], view: ArticleView): boolean {
	const end = mention.entity.end;
	const next = view.words[mention.last + 1];
	if (!next || next.token.kind !== 'word' || next.token.start - end > 1) return false;
	const covering = view.entities.find(
		(e) => e.entity.start <= next.token.start && next.token.start < e.entity.end
	);
	// Another name starting right after (ماركو | فيراري, read as the car maker): one name split in two.
	if (covering)
		return (
			['PER', 'ORG'].includes(covering.entity.type) && covering.entity.start === next.token.start
		);
	const analyses = next.token.analyses ?? [];
	if (analyses.length > 0 && analyses.every((a) => a.guess)) return true;
	if (analyses.length === 0) return false;
	if (analyses[0].pos === 'proper noun') return true;
	// A lone given name the analyzer did not know (يان), then a word that is not a particle: a surname it misread.
	const own = view.words[mention.first].token.analyses ?? [];
	if (
		mention.first === mention.last &&
		own.every((a) => a.guess) &&
		!['particle', 'preposition', 'conjunction', 'punctuation'].includes(analyses[0].pos) &&
		!NAME_FOLLOWERS.has(next.key) &&
		// «التقى ماهاما الرئيس النيجيري …»: a definite word or a title after a family name starts the object.
		!/^(و)?ال/.test(next.key) &&
		!TITLE_WORDS.has(next.key)
	)
		return true;
	const after = view.words[next.index + 1];
	return after?.key === 'الدين' && next.token.start - end <= 1;
}

function interleave<T>(lists: T[][]): T[] {
	const out: T[] = [];
	for (let i = 0; lists.some((l) => i < l.length); i++)
		for (const l of lists) if (i < l.length) out.push(l[i]);
	return out;
}

/** Keep the best of drafts that ask the same thing (same kind, same key, same sentence; or the same prompt). */
function mergeDuplicates(drafts: Draft[]): Draft[] {
	const best = new Map<string, Draft>();
	const byPrompt = new Set<string>();
	for (const draft of [...drafts].sort((a, b) => b.score - a.score)) {
		const key = `${draft.type}|${normalizeAnswer(draft.answer)}|${draft.evidence.start}`;
		const promptKey = normalizeAnswer(draft.prompt_ar);
		if (best.has(key) || byPrompt.has(promptKey)) continue;
		best.set(key, draft);
		byPrompt.add(promptKey);
	}
	return [...best.values()];
}

/**
 * Generate comprehension questions for an analysed news article: who/whom/where/when/what/how many from the events
 * the text states, plus vocabulary, root and cloze questions. Only questions whose every slot comes from the text
 * are written; the best come first (8–20 for an article of a few hundred words).
 * @example
 * const analyzed = analyzeText('بورتسودان (السودان) - أجرى وزير الخارجية الجزائري رمطان لعمامرة محادثات مع الفريق أول عبد الفتاح البرهان في بورتسودان الأربعاء.', lexicon, gazetteer);
 * generateQuestions(analyzed, { random: seededRandom(1) })[0].prompt_ar // 'مَن أجرى محادثات مع عبد الفتاح البرهان في بورتسودان؟'
 */
export function generateQuestions(analyzed: AnalyzedText, options: GenerateOptions): Question[] {
	const text = options.text ?? rebuildText(analyzed);
	const enriched = withSupplements(analyzed, text);
	const view = buildView(enriched, text);
	const events = withFullNames(view, extractEventsFromView(view));
	const ctx: KindContext = { view, events, random: options.random };
	const pool = options.distractorPool ?? {};
	const words = pool.words ?? [];
	const factual = mergeDuplicates([
		...whoQuestions(ctx),
		...whomQuestions(ctx),
		...whereQuestions(ctx),
		...whenQuestions(ctx),
		...whatQuestions(ctx),
		...howManyQuestions(ctx),
		...actionQuestions(ctx),
		...clauseQuestions(ctx)
	]).sort((a, b) => b.score - a.score);
	// Figure fill-ins («ما الرقم الصحيح …») are the easiest to write and would crowd out the rest: past the first few
	// they wait behind every other factual question, and take only room the article has left.
	const fillIns = factual.filter(isFillIn);
	const ordered = [
		...factual.filter((d) => !isFillIn(d) || fillIns.indexOf(d) < FILL_IN_LIMIT),
		...fillIns.slice(FILL_IN_LIMIT)
	];
	// Interleaved so that any budget gets a mix: vocab, cloze, root, vocab, cloze, vocab.
	const extras = interleave([
		vocabQuestions(ctx, words, VOCAB_LIMIT),
		clozeQuestions(ctx, CLOZE_LIMIT),
		rootQuestions(ctx, words, ROOT_LIMIT)
	]);
	const max = options.maxQuestions ?? 20;
	const articleId = hashString(text);
	const out: Question[] = [];
	// Half names (يان of يان فيسر) are no distractors either.
	const distractorView = {
		...view,
		entities: view.entities.filter(
			(e) => e.entity.type !== 'PER' || (!isCutShort(e, view) && !isNamesake(view, e))
		)
	};
	const finish = (original: Draft): Question | undefined => {
		const draft = withFullName(original, view);
		if (nameCutShort(draft, view) || namesakeKey(draft, view)) return undefined;
		const distractors = chooseDistractors(draft, distractorView, pool, options.random);
		if (distractors.length < 3) return undefined;
		const choices = shuffled([draft.answer, ...distractors], options.random);
		return {
			id: `q-${articleId}-${hashString(`${draft.type}|${draft.prompt_ar}|${draft.answer}|${draft.evidence.start}`)}`,
			type: draft.type,
			prompt_ar: draft.prompt_ar,
			prompt_en: draft.prompt_en,
			choices,
			answer: draft.answer,
			accept: [...new Set(draft.accept.filter((a) => a !== draft.answer))],
			evidence: { start: draft.evidence.start, end: draft.evidence.end },
			difficulty: draft.difficulty
		};
	};
	const extraQuestions = extras.map(finish).filter((q): q is Question => !!q);
	// Factual questions first; a second question with the same key waits until every key has had one.
	const factualQuestions: Question[] = [];
	const deferred: Question[] = [];
	const keys = new Set<string>();
	for (const draft of ordered) {
		const q = finish(draft);
		if (!q) continue;
		const key = `${q.type}|${normalizeAnswer(q.answer)}`;
		if (keys.has(key)) deferred.push(q);
		else {
			keys.add(key);
			factualQuestions.push(q);
		}
	}
	factualQuestions.push(...deferred);
	// Vocabulary, cloze and root questions fill the rest, with at least a couple kept for every article.
	const extraBudget = Math.min(
		extraQuestions.length,
		Math.max(MIN_EXTRAS, max - factualQuestions.length)
	);
	out.push(
		...factualQuestions.slice(0, max - extraBudget),
		...extraQuestions.slice(0, extraBudget)
	);
	return out;
}

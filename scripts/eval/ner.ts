/**
 * Entity-level NER evaluation (../shared/eval/README.md, metric 4) on ANERcorp-style files: one `TOKEN TAG` per line,
 * BIO tags, blank line between sentences. The file's tokens are joined with spaces, the text goes through the app's
 * own pipeline (tokenize → analyse → findEntities), and each predicted entity is mapped back onto the file's tokens
 * (a token belongs to an entity if any of its characters does).
 *
 * Usage: npm run eval -- ner FILE [--errors N]      (or: npx tsx scripts/eval/ner.ts FILE [--errors N])
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../../src/lib/arabic/index';
import { compileGazetteer } from '../../src/lib/arabic/entities/index';
import type { Entity } from '../../src/lib/arabic/types';
import { loadLanguageData } from '../../src/lib/server/lexicon';

/** A sentence of an evaluation file: its tokens and, per tag column, their tags. */
export interface TaggedSentence {
	tokens: string[];
	/** tags[i] is the list of tags of token i (one per nesting layer). */
	tags: string[][];
}

/** A gold or predicted entity over token indices (inclusive). */
export interface TokenSpan {
	type: string;
	first: number;
	last: number;
}

/** Read a CoNLL-like NER file. */
export function readTaggedFile(path: string): TaggedSentence[] {
	const sentences: TaggedSentence[] = [];
	let current: TaggedSentence = { tokens: [], tags: [] };
	for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
		const line = raw.trim();
		if (line === '') {
			if (current.tokens.length) sentences.push(current);
			current = { tokens: [], tags: [] };
			continue;
		}
		const [token, ...tags] = line.split(/\s+/);
		current.tokens.push(token);
		current.tags.push(tags.length ? tags : ['O']);
	}
	if (current.tokens.length) sentences.push(current);
	return sentences;
}

/** Spans of a BIO sequence, seqeval style: an I-X after O or after another type starts a new entity. */
export function bioSpans(tags: string[]): TokenSpan[] {
	const spans: TokenSpan[] = [];
	let open: TokenSpan | undefined;
	tags.forEach((tag, index) => {
		const [prefix, type] =
			tag === 'O' || !tag.includes('-') ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
		if (prefix === 'O') {
			open = undefined;
			return;
		}
		if (prefix === 'B' || !open || open.type !== type) {
			open = { type, first: index, last: index };
			spans.push(open);
		} else {
			open.last = index;
		}
	});
	return spans;
}

/** The app's pipeline: lexicon and gazetteer loaded by src/lib/server/lexicon.ts, then analyzeText. */
export function loadPipeline(): { findIn: (text: string) => Entity[]; description: string } {
	const data = loadLanguageData();
	if (data.warnings.length)
		console.error(
			`warning: ${data.warnings.length} lexicon/gazetteer problem(s), e.g. ${data.warnings[0]}`
		);
	const gazetteer = data.gazetteer ?? compileGazetteer([]);
	return {
		findIn: (text) => analyzeText(text, data.lexicon, gazetteer).entities,
		description: `analyzeText with the lexicon; ${gazetteer.entries.length} gazetteer entries`
	};
}

/** Join a sentence's tokens with spaces and remember each token's offsets. */
export function sentenceText(tokens: string[]): {
	text: string;
	offsets: { start: number; end: number }[];
} {
	let text = '';
	const offsets: { start: number; end: number }[] = [];
	for (const token of tokens) {
		if (text) text += ' ';
		offsets.push({ start: text.length, end: text.length + token.length });
		text += token;
	}
	return { text, offsets };
}

/**
 * Run the pipeline over each sentence on its own, or (with `--document`) over the whole file as one running text
 * with a line per sentence, the way the app reads a whole article (names found once are then found again later).
 */
export function analyseSentences(
	sentences: TaggedSentence[],
	findIn: (text: string) => Entity[],
	documentMode: boolean
): { sentence: TaggedSentence; offsets: { start: number; end: number }[]; entities: Entity[] }[] {
	if (!documentMode) {
		return sentences.map((sentence) => {
			const { text, offsets } = sentenceText(sentence.tokens);
			return { sentence, offsets, entities: findIn(text) };
		});
	}
	const lines = sentences.map((sentence) => sentenceText(sentence.tokens));
	const starts: number[] = [];
	let text = '';
	for (const line of lines) {
		if (text) text += '\n';
		starts.push(text.length);
		text += line.text;
	}
	const all = findIn(text);
	return sentences.map((sentence, k) => {
		const shift = starts[k];
		const end = shift + lines[k].text.length;
		const offsets = lines[k].offsets.map((o) => ({ start: o.start + shift, end: o.end + shift }));
		return { sentence, offsets, entities: all.filter((e) => e.start < end && e.end > shift) };
	});
}

/** Map character-span entities onto whitespace tokens; a token already claimed stays with the first entity. */
export function entitiesToSpans(
	entities: Entity[],
	offsets: { start: number; end: number }[],
	typeMap: (type: string, entity: Entity) => string | undefined
): TokenSpan[] {
	const claimed = new Set<number>();
	const spans: TokenSpan[] = [];
	for (const entity of entities) {
		const type = typeMap(entity.type, entity);
		if (!type) continue;
		const covered = offsets
			.map((o, i) => (o.start < entity.end && entity.start < o.end ? i : -1))
			.filter((i) => i >= 0 && !claimed.has(i));
		if (!covered.length) continue;
		covered.forEach((i) => claimed.add(i));
		spans.push({ type, first: covered[0], last: covered[covered.length - 1] });
	}
	return spans;
}

/** Counts for precision/recall/F1. */
export interface Score {
	correct: number;
	predicted: number;
	gold: number;
}

export function prf({ correct, predicted, gold }: Score): { p: number; r: number; f: number } {
	const p = predicted ? correct / predicted : 0;
	const r = gold ? correct / gold : 0;
	return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function formatScore(label: string, score: Score): string {
	const { p, r, f } = prf(score);
	const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
	return `${label.padEnd(22)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}   (correct ${score.correct}, predicted ${score.predicted}, gold ${score.gold})`;
}

/** One error, for the report. */
export interface ErrorExample {
	kind: string;
	example: string;
}

/** Compare gold and predicted spans of one sentence; add counts per type and error examples. */
export function compareSpans(
	tokens: string[],
	gold: TokenSpan[],
	predicted: TokenSpan[],
	scores: Map<string, Score>,
	errors: ErrorExample[]
): void {
	const key = (s: TokenSpan) => `${s.type}:${s.first}:${s.last}`;
	const goldKeys = new Set(gold.map(key));
	const predictedKeys = new Set(predicted.map(key));
	const bump = (type: string, field: keyof Score) => {
		const score = scores.get(type) ?? { correct: 0, predicted: 0, gold: 0 };
		score[field]++;
		scores.set(type, score);
	};
	const words = (s: TokenSpan) => tokens.slice(s.first, s.last + 1).join(' ');
	const context = (s: TokenSpan) =>
		`${tokens.slice(Math.max(0, s.first - 3), s.first).join(' ')} [${words(s)}] ${tokens.slice(s.last + 1, s.last + 4).join(' ')}`;
	for (const span of gold) {
		bump(span.type, 'gold');
		if (predictedKeys.has(key(span))) {
			bump(span.type, 'correct');
			continue;
		}
		const overlapping = predicted.find((p) => p.first <= span.last && span.first <= p.last);
		if (!overlapping) errors.push({ kind: `missed ${span.type}`, example: context(span) });
		else if (overlapping.type !== span.type)
			errors.push({ kind: `type ${span.type} as ${overlapping.type}`, example: context(span) });
		else
			errors.push({
				kind: `boundary ${span.type}`,
				example: `gold ${context(span)} / predicted [${words(overlapping)}]`
			});
	}
	for (const span of predicted) {
		bump(span.type, 'predicted');
		if (goldKeys.has(key(span))) continue;
		if (!gold.some((g) => g.first <= span.last && span.first <= g.last)) {
			errors.push({ kind: `spurious ${span.type}`, example: context(span) });
		}
	}
}

/** Sum the scores of some types. */
export function sumScores(scores: Map<string, Score>, types: string[]): Score {
	const total: Score = { correct: 0, predicted: 0, gold: 0 };
	for (const type of types) {
		const score = scores.get(type);
		if (!score) continue;
		total.correct += score.correct;
		total.predicted += score.predicted;
		total.gold += score.gold;
	}
	return total;
}

/** Print the commonest error kinds with up to three examples each. */
export function printErrors(errors: ErrorExample[], limit: number): void {
	if (limit <= 0) return;
	const byKind = new Map<string, string[]>();
	for (const error of errors)
		byKind.set(error.kind, [...(byKind.get(error.kind) ?? []), error.example]);
	const ranked = [...byKind.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, limit);
	console.log(`\nCommonest errors (${errors.length} in all):`);
	for (const [kind, examples] of ranked) {
		console.log(`  ${String(examples.length).padStart(4)}  ${kind}`);
		const shown = Number(process.env.NER_EXAMPLES ?? 3);
		const step = Math.max(1, Math.floor(examples.length / shown));
		for (let i = 0; i < examples.length && i < step * shown; i += step)
			console.log(`          ${examples[i]}`);
	}
}

/** Options of the dispatcher (scripts/eval.ts): `--errors N`. */
export interface Options {
	errors: number;
}

/** Parse `FILE [--errors N]` when the script runs on its own. */
export function parseArgs(args: string[]): { file: string; options: Options } {
	let file = '';
	let errors = 10;
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--errors') errors = Number(args[++i] ?? 10);
		else file = args[i];
	}
	if (!file) throw new Error('usage: eval ner FILE [--errors N]');
	return { file, options: { errors } };
}

const NER_TYPES: Record<string, string> = { PER: 'PERS', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

/** Run the ANERcorp evaluation and print the figures. */
export async function run(file: string, options: Options = { errors: 10 }): Promise<number> {
	const started = Date.now();
	const { findIn, description } = loadPipeline();
	const sentences = readTaggedFile(file);
	const scores = new Map<string, Score>();
	const errors: ErrorExample[] = [];
	const documentMode = process.argv.includes('--document');
	for (const { sentence, offsets, entities } of analyseSentences(sentences, findIn, documentMode)) {
		const predicted = entitiesToSpans(entities, offsets, (type) => NER_TYPES[type]);
		const gold = bioSpans(sentence.tags.map((tags) => tags[0]));
		compareSpans(sentence.tokens, gold, predicted, scores, errors);
	}
	console.log(
		`NER evaluation of ${file}: ${sentences.length} sentences${documentMode ? ' read as one running text' : ', each on its own'}; ${description}`
	);
	console.log(formatScore('PERS+LOC+ORG (headline)', sumScores(scores, ['PERS', 'LOC', 'ORG'])));
	console.log(formatScore('all four types', sumScores(scores, ['PERS', 'LOC', 'ORG', 'MISC'])));
	for (const type of ['PERS', 'LOC', 'ORG', 'MISC'])
		console.log(formatScore(`  ${type}`, sumScores(scores, [type])));
	printErrors(
		errors.filter((e) => !e.kind.endsWith('MISC')),
		options.errors
	);
	console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const { file, options } = parseArgs(process.argv.slice(2));
	run(file, options).catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}

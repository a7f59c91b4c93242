/**
 * PADT / UD Arabic evaluation: lemma accuracy, English gloss hit rate and, for files with multiword-token lines
 * (current UD: `3-4 بانه`), clitic segmentation accuracy. Metric definitions: ../shared/eval/README.md.
 *
 * Input: each sentence's surface tokens (the multiword token's FORM, else the word's FORM), undiacritised so the text
 * looks like news, joined by spaces and analysed together. In the legacy 2016 file clitics are separate words, so
 * lemmas are measured given gold segmentation. For a multiword token the app's segments are aligned with the UD words
 * after merging the article back into its noun (UD does not split ال; ل + ال compares as ل + الحكومة).
 * Convention mapping (stated, not tuned): PADT lemmatises every personal pronoun, free or suffixed, as هُوَ, so a
 * predicted personal pronoun counts as هُوَ. It lemmatises the weekday الاثنين (Monday) as the numeral اِثْنَان, so our
 * weekday lemma اِثْنَيْن counts as اِثْنَان.
 * Debugging: EVAL_X=1 also lists lemma errors on words tagged X (mostly names, lemma = form); EVAL_DUMP=1 prints
 * one line per glossed word on stderr.
 */
import { readFileSync } from 'node:fs';
import { analyzeText } from '../../src/lib/arabic/index';
import type { AnalyzedToken } from '../../src/lib/arabic/types';
import { ErrorTally, Rate, dediac, loadData, norm, type EvalOptions } from './common';

interface Word {
	form: string;
	lemma: string;
	upos: string;
	gloss: string[] | null;
}

/** A whitespace token of the sentence: one word, or a multiword token and the words it splits into. */
interface Unit {
	surface: string;
	words: Word[];
	multiword: boolean;
}

function readSentences(file: string): Unit[][] {
	const sentences: Unit[][] = [];
	let current: Unit[] = [];
	let pendingRange: { last: number; unit: Unit } | null = null;
	for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
		if (line.startsWith('#')) continue;
		if (line.trim() === '') {
			if (current.length) sentences.push(current);
			current = [];
			pendingRange = null;
			continue;
		}
		const f = line.split('\t');
		const range = /^(\d+)-(\d+)$/.exec(f[0]);
		if (range) {
			const unit: Unit = { surface: f[1], words: [], multiword: true };
			current.push(unit);
			pendingRange = { last: Number(range[2]), unit };
			continue;
		}
		if (!/^\d+$/.test(f[0])) continue;
		const gloss = /(?:^|\|)Gloss=([^|]*)/.exec(f[9] ?? '');
		const word: Word = {
			form: f[1],
			lemma: f[2],
			upos: f[3],
			gloss: gloss ? gloss[1].split(',').map(normalizeGloss).filter(Boolean) : null
		};
		if (pendingRange && Number(f[0]) <= pendingRange.last) {
			pendingRange.unit.words.push(word);
			if (Number(f[0]) === pendingRange.last) pendingRange = null;
		} else current.push({ surface: f[1], words: [word], multiword: false });
	}
	if (current.length) sentences.push(current);
	return sentences;
}

/** README gloss normalisation: `_` → space, lowercase, a leading "to " and the articles a/an/the removed. */
export function normalizeGloss(g: string): string {
	return g
		.replace(/_/g, ' ')
		.toLowerCase()
		.replace(/\([^)]*\)/g, ' ')
		.replace(/^\s*to\s+/, '')
		.replace(/\b(a|an|the)\b/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function glossHit(appGlosses: string[], gold: string[]): boolean {
	for (const raw of appGlosses) {
		const g = normalizeGloss(raw);
		if (!g) continue;
		for (const alt of gold) {
			if (g === alt) return true;
			if (new RegExp(`(^|[^a-z])${alt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(g))
				return true;
		}
	}
	return false;
}

const PERSONAL_PRONOUN =
	/^(هو|هي|هما|هم|هن|انت|انتما|انتم|انتن|انا|نحن|ه|ها|ك|كم|كما|كن|ي|ني|نا|اياه|اياها|اياهم)$/;

/** The UD class of our content parts of speech, to report word-class confusions. */
const POS_CLASS: Record<string, string> = { noun: 'NOUN', adjective: 'ADJ', verb: 'VERB' };
const POS_CLASS_OF_UPOS = new Set(['NOUN', 'ADJ', 'VERB']);

/** One predicted piece aligned with a UD word: its text, standalone form, lemma and glosses. */
interface Piece {
	text: string;
	form: string;
	lemma: string;
	pos: string;
	glosses: string[];
	guess: boolean;
}

/** The app's pieces of a surface token, with the article merged back into its noun as UD writes it. */
function piecesOf(tokens: AnalyzedToken[]): Piece[] {
	const pieces: Piece[] = [];
	for (const token of tokens) {
		const best = token.analyses[0];
		if (token.kind !== 'word') {
			pieces.push({
				text: token.text,
				form: token.text,
				lemma: token.text,
				pos: best.pos,
				glosses: best.glosses,
				guess: false
			});
			continue;
		}
		let pendingArticle: { text: string; form: string } | null = null;
		for (const s of best.segments) {
			if (s.role === 'article') {
				pendingArticle = { text: s.text, form: s.form };
				continue;
			}
			const stem = s.role === 'stem';
			const piece: Piece = {
				text: (pendingArticle?.text ?? '') + s.text,
				form: (pendingArticle?.form ?? '') + s.form,
				lemma: stem ? best.lemma : s.role === 'enclitic' ? 'هُوَ' : s.form,
				pos: stem ? best.pos : s.role === 'enclitic' ? 'pronoun' : 'clitic',
				glosses: stem ? best.glosses : s.gloss.split(', '),
				guess: stem && best.guess
			};
			pendingArticle = null;
			pieces.push(piece);
		}
	}
	return pieces;
}

export async function run(file: string, options: EvalOptions): Promise<number> {
	const sentences = readSentences(file);
	const { lexicon, gazetteer, loadMs } = loadData();
	const all = { strict: new Rate(), norm: new Rate() };
	const contentWords = { strict: new Rate(), norm: new Rate() };
	const nonPunct = { strict: new Rate(), norm: new Rate() };
	const gloss = { any: new Rate(), top1: new Rate(), lemmaCorrect: new Rate() };
	const segmentation = { all: new Rate(), multi: new Rate() };
	const fromLexicon = new Rate();
	const errors = new ErrorTally();
	let words = 0;
	let multiwordTokens = 0;
	const started = performance.now();
	for (const sentence of sentences) {
		const surfaces = sentence.map((u) => dediac(u.surface));
		const analyzed = analyzeText(surfaces.join(' '), lexicon, gazetteer);
		let offset = 0;
		let t = 0;
		sentence.forEach((unit, i) => {
			const start = offset;
			const end = offset + surfaces[i].length;
			offset = end + 1;
			const tokens: AnalyzedToken[] = [];
			while (t < analyzed.tokens.length && analyzed.tokens[t].start < end) {
				if (analyzed.tokens[t].end > start) tokens.push(analyzed.tokens[t]);
				t++;
			}
			for (const tk of tokens) if (tk.kind === 'word') fromLexicon.add(!tk.analyses[0].guess);
			let pieces = piecesOf(tokens);
			if (unit.multiword) {
				multiwordTokens++;
				const gold = unit.words.map((w) => dediac(w.form));
				const ok =
					pieces.length === gold.length &&
					pieces.every((p, k) => norm(p.text) === norm(gold[k]) || norm(p.form) === norm(gold[k]));
				segmentation.all.add(ok);
				if (gold.length > 1) segmentation.multi.add(ok);
				if (!ok)
					errors.add(
						'segmentation: multiword token split differently',
						`${surfaces[i]}: ${pieces.map((p) => p.text).join('|')} (gold ${gold.join('|')})`
					);
			} else if (sentence.some((u) => u.multiword)) {
				segmentation.all.add(pieces.length === 1);
			}
			// Align pieces with words: one to one when the counts agree, else the whole token's reading for each word.
			if (pieces.length !== unit.words.length) {
				const main = pieces.find((p) => p.pos !== 'clitic' && p.pos !== 'pronoun') ?? pieces[0];
				pieces = unit.words.map(() => main);
			}
			unit.words.forEach((w, k) => {
				words++;
				const piece = pieces[k];
				let predicted = piece ? piece.lemma : '';
				if (piece?.pos === 'pronoun' && PERSONAL_PRONOUN.test(norm(predicted))) predicted = 'هُوَ';
				if (piece?.pos === 'noun' && norm(predicted) === 'اثنين') predicted = 'اِثْنَان';
				const strictOk = dediac(predicted) === dediac(w.lemma);
				const normOk = norm(predicted) === norm(w.lemma);
				all.strict.add(strictOk);
				all.norm.add(normOk);
				if (['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN'].includes(w.upos)) {
					contentWords.strict.add(strictOk);
					contentWords.norm.add(normOk);
				}
				if (!['PUNCT', 'NUM', 'X'].includes(w.upos)) {
					nonPunct.strict.add(strictOk);
					nonPunct.norm.add(normOk);
				}
				const appGlosses = piece ? piece.glosses.filter(Boolean) : [];
				if (w.gloss && w.gloss.length) {
					const hit = glossHit(appGlosses, w.gloss);
					gloss.any.add(hit);
					gloss.top1.add(glossHit(appGlosses.slice(0, 1), w.gloss));
					// EVAL_DUMP=1: one line per glossed word on stderr (index, top-1 hit, form, our glosses, gold), to diff
					// two runs word by word.
					if (process.env.EVAL_DUMP)
						console.error(
							`${words}\t${glossHit(appGlosses.slice(0, 1), w.gloss) ? 1 : 0}\t${dediac(w.form)}\t${appGlosses.join('; ')}\t${w.gloss.join(', ')}`
						);
					if (normOk) gloss.lemmaCorrect.add(hit);
					if (hit && normOk && options.errors && !glossHit(appGlosses.slice(0, 1), w.gloss))
						errors.add(
							`gloss: hit but not first (${w.upos})`,
							`${dediac(w.form)} ${w.lemma}: [${appGlosses.join('; ')}] vs [${w.gloss.join(', ')}]`
						);
					if (!hit && normOk && options.errors)
						errors.add(
							`gloss: lemma right, no gloss hit (${w.upos})`,
							`${dediac(w.form)} ${w.lemma}: [${appGlosses.join('; ')}] vs [${w.gloss.join(', ')}]`
						);
				}
				// Letters right, word class wrong (قتل the noun "killing" for the verb "kill"): the lemma metric hides these.
				const predictedClass = piece ? POS_CLASS[piece.pos] : undefined;
				if (
					normOk &&
					options.errors &&
					predictedClass &&
					POS_CLASS_OF_UPOS.has(w.upos) &&
					predictedClass !== w.upos
				)
					errors.add(
						`class: lemma letters right, gold ${w.upos}, predicted ${piece?.pos}`,
						`${dediac(w.form)}: ${predicted} (gold ${w.lemma})`
					);
				if (!normOk && (w.upos !== 'X' || process.env.EVAL_X)) {
					const kind = !piece
						? 'lemma: no token'
						: piece.guess
							? `lemma: unknown word (${w.upos})`
							: `lemma: wrong lemma, gold ${w.upos}, predicted ${piece.pos}`;
					errors.add(kind, `${dediac(w.form)}: ${predicted} (gold ${w.lemma})`);
				}
			});
		});
	}
	const ms = performance.now() - started;
	console.log(
		`PADT ${file}: ${words} words, ${sentences.length} sentences; lexicon ${lexicon.entries.length} entries (load ${loadMs.toFixed(0)} ms); analysed in ${ms.toFixed(0)} ms`
	);
	console.log(`lemma accuracy, all words:               strict ${all.strict}   norm ${all.norm}`);
	console.log(
		`lemma accuracy, content words:           strict ${contentWords.strict}   norm ${contentWords.norm}`
	);
	console.log(
		`lemma accuracy, all but PUNCT/NUM/X:     strict ${nonPunct.strict}   norm ${nonPunct.norm}`
	);
	console.log(`gloss hit rate, all glossed words:       ${gloss.any}`);
	console.log(`gloss hit rate, top-1 gloss:             ${gloss.top1}`);
	console.log(`gloss hit rate, words with right lemma:  ${gloss.lemmaCorrect}`);
	console.log(`words analysed from the lexicon (not guessed): ${fromLexicon}`);
	if (multiwordTokens)
		console.log(
			`segmentation accuracy (multiword-token file): all tokens ${segmentation.all}   multi-segment gold ${segmentation.multi}`
		);
	else
		console.log(
			'segmentation: not measured (no multiword-token lines; clitics are already separate words)'
		);
	errors.print(options.errors);
	return 0;
}

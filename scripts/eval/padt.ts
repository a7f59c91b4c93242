/**
 * PADT (legacy 2016 CoNLL-U) evaluation: lemma accuracy given gold segmentation (clitics are separate words in this
 * file) and English gloss hit rate. Metric definitions: ../shared/eval/README.md.
 *
 * Input: each sentence's FORMs, undiacritised (so the text looks like news), joined by spaces and analysed together.
 * Convention mapping (stated, not tuned): PADT lemmatises every personal pronoun, free or suffixed, as هُوَ, so a
 * predicted personal pronoun counts as هُوَ.
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

function readSentences(file: string): Word[][] {
	const sentences: Word[][] = [];
	let current: Word[] = [];
	for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
		if (line.startsWith('#')) continue;
		if (line.trim() === '') {
			if (current.length) sentences.push(current);
			current = [];
			continue;
		}
		const f = line.split('\t');
		if (!/^\d+$/.test(f[0])) continue;
		const gloss = /(?:^|\|)Gloss=([^|]*)/.exec(f[9] ?? '');
		current.push({
			form: f[1],
			lemma: f[2],
			upos: f[3],
			gloss: gloss ? gloss[1].split(',').map(normalizeGloss).filter(Boolean) : null
		});
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

export async function run(file: string, options: EvalOptions): Promise<number> {
	const sentences = readSentences(file);
	const { lexicon, gazetteer, loadMs } = loadData();
	const all = { strict: new Rate(), norm: new Rate() };
	const contentWords = { strict: new Rate(), norm: new Rate() };
	const nonPunct = { strict: new Rate(), norm: new Rate() };
	const gloss = { any: new Rate(), top1: new Rate(), lemmaCorrect: new Rate() };
	const fromLexicon = new Rate();
	const errors = new ErrorTally();
	let words = 0;
	const started = performance.now();
	for (const sentence of sentences) {
		const forms = sentence.map((w) => dediac(w.form));
		const text = forms.join(' ');
		const analyzed = analyzeText(text, lexicon, gazetteer);
		let offset = 0;
		let t = 0;
		sentence.forEach((w, i) => {
			words++;
			const start = offset;
			const end = offset + forms[i].length;
			offset = end + 1;
			const tokens: AnalyzedToken[] = [];
			while (t < analyzed.tokens.length && analyzed.tokens[t].start < end) {
				if (analyzed.tokens[t].end > start) tokens.push(analyzed.tokens[t]);
				t++;
			}
			const token = tokens.find((tk) => tk.kind === 'word') ?? tokens[0];
			const best = token?.analyses[0];
			let predicted = !token ? '' : token.kind === 'word' ? best.lemma : token.text;
			if (best?.pos === 'pronoun' && PERSONAL_PRONOUN.test(norm(predicted))) predicted = 'هُوَ';
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
			if (token?.kind === 'word') fromLexicon.add(!best.guess);
			const appGlosses = best
				? best.glosses.length
					? best.glosses
					: best.gloss
						? [best.gloss]
						: []
				: [];
			if (w.gloss && w.gloss.length) {
				const hit = glossHit(appGlosses, w.gloss);
				gloss.any.add(hit);
				gloss.top1.add(glossHit(appGlosses.slice(0, 1), w.gloss));
				if (normOk) gloss.lemmaCorrect.add(hit);
				if (!hit && normOk && options.errors)
					errors.add(
						`gloss: lemma right, no gloss hit (${w.upos})`,
						`${forms[i]} ${w.lemma}: [${appGlosses.join('; ')}] vs [${w.gloss.join(', ')}]`
					);
			}
			if (!normOk && w.upos !== 'X') {
				const kind = !best
					? 'lemma: no token'
					: best.guess
						? `lemma: unknown word (${w.upos})`
						: `lemma: wrong lemma, gold ${w.upos}, predicted ${best.pos}`;
				errors.add(kind, `${forms[i]}: ${predicted} (gold ${w.lemma})`);
			}
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
	errors.print(options.errors);
	return 0;
}

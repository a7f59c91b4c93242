/**
 * `sahifa analyze [FILE]` — analyse Arabic text (FILE, or stdin when no FILE is given) and print one JSON object:
 * tokens with segments, lemma, root, part of speech, features and glosses; sentences; entities.
 * Offsets are UTF-16 code units into the input.
 */
import { readFileSync } from 'node:fs';
import { analyzeText } from '../lib/arabic/index.ts';
import { loadLanguageData } from '../lib/server/lexicon.ts';
import { UsageError } from './index.ts';

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

/** Runs the command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
	const pretty = args.includes('--pretty');
	const files = args.filter((a) => a !== '--pretty');
	if (files.some((a) => a.startsWith('-') && a !== '-'))
		throw new UsageError(`unknown option ${files.find((a) => a.startsWith('-'))}`);
	if (files.length > 1) throw new UsageError('give at most one FILE');
	let text: string;
	if (files.length === 0 || files[0] === '-') text = await readStdin();
	else {
		try {
			text = readFileSync(files[0], 'utf8');
		} catch (error) {
			throw new Error(
				`cannot read ${files[0]}: ${error instanceof Error ? error.message : String(error)}`
			);
		}
	}
	const { lexicon, gazetteer, warnings } = loadLanguageData();
	for (const warning of warnings) console.error(`warning: ${warning}`);
	const analyzed = analyzeText(text, lexicon, gazetteer);
	const output = {
		tokens: analyzed.tokens.map((t) => {
			const best = t.analyses[0];
			return {
				start: t.start,
				end: t.end,
				text: t.text,
				kind: t.kind,
				segments: best.segments.map((s) => ({
					text: s.text,
					form: s.form,
					role: s.role,
					gloss: s.gloss
				})),
				lemma: best.lemma,
				root: best.root,
				pos: best.pos,
				features: best.features,
				gloss: best.gloss,
				glosses: best.glosses,
				guess: best.guess
			};
		}),
		sentences: analyzed.sentences.map((s) => ({ start: s.start, end: s.end })),
		entities: analyzed.entities
	};
	console.log(pretty ? JSON.stringify(output, null, 2) : JSON.stringify(output));
	return 0;
}

/**
 * DATE (and TIME) span evaluation on Wojood-style files (../shared/eval/README.md, metric 4, Wojood paragraph):
 * `TOKEN TAG1 [TAG2 …]`, one tag column per nesting layer. For each type, a token is in a span if any of its tag
 * columns has that type. Our DATE entities whose value is a clock time (T15:00) are scored as TIME.
 *
 * Usage: npm run eval -- date FILE [--errors N]      (or: npx tsx scripts/eval/date.ts FILE [--errors N])
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	bioSpans,
	compareSpans,
	entitiesToSpans,
	formatScore,
	loadPipeline,
	parseArgs,
	printErrors,
	readTaggedFile,
	sentenceText,
	sumScores,
	type ErrorExample,
	type Options,
	type Score
} from './ner';

/** The BIO sequence of one type, taking from each token the first tag column that has that type. */
export function layerTags(tags: string[][], type: string): string[] {
	return tags.map((columns) => columns.find((tag) => tag.slice(2) === type) ?? 'O');
}

/** Run the DATE/TIME evaluation and print the figures. */
export async function run(file: string, options: Options = { errors: 10 }): Promise<number> {
	const started = Date.now();
	const { findIn, description } = loadPipeline();
	const sentences = readTaggedFile(file);
	const scores = new Map<string, Score>();
	const errors: ErrorExample[] = [];
	for (const sentence of sentences) {
		const { text, offsets } = sentenceText(sentence.tokens);
		const entities = findIn(text).filter((entity) => entity.type === 'DATE');
		const predicted = entitiesToSpans(entities, offsets, (_type, entity) =>
			String(entity.value ?? '').startsWith('T') ? 'TIME' : 'DATE'
		);
		const gold = [
			...bioSpans(layerTags(sentence.tags, 'DATE')),
			...bioSpans(layerTags(sentence.tags, 'TIME'))
		];
		compareSpans(sentence.tokens, gold, predicted, scores, errors);
	}
	console.log(`Date evaluation of ${file}: ${sentences.length} sentences; ${description}`);
	console.log(formatScore('DATE (headline)', sumScores(scores, ['DATE'])));
	console.log(formatScore('TIME', sumScores(scores, ['TIME'])));
	console.log(formatScore('DATE+TIME', sumScores(scores, ['DATE', 'TIME'])));
	printErrors(errors, options.errors);
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

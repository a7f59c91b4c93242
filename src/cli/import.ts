/** `sahifa import [FILE.md ...]` — validate article files and import them (idempotent, keyed by slug). */
import { closeDb, getDb, migrateDatabase } from '../lib/server/db/index.ts';
import {
	ContentError,
	importArticles,
	readArticleFile,
	readArticlesDir,
	type ParsedArticle
} from '../lib/server/content.ts';
import { UsageError } from './index.ts';

export async function run(args: string[]): Promise<number> {
	const unknown = args.find((arg) => arg.startsWith('-'));
	if (unknown) throw new UsageError(`unknown option "${unknown}".`);
	let parsed: ParsedArticle[];
	try {
		// Every file is checked before anything is written: one bad file imports nothing.
		parsed = args.length === 0 ? readArticlesDir() : args.map((file) => readArticleFile(file));
	} catch (error) {
		if (error instanceof ContentError) {
			console.error(`sahifa import: ${error.message}`);
			return 1;
		}
		throw error;
	}
	const db = getDb();
	try {
		migrateDatabase(db);
		const summary = importArticles(db, parsed);
		for (const slug of summary.added) console.log(`added      ${slug}`);
		for (const slug of summary.updated) console.log(`updated    ${slug}`);
		for (const slug of summary.unchanged) console.log(`unchanged  ${slug}`);
		return 0;
	} finally {
		closeDb();
	}
}

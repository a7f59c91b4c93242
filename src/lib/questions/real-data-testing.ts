/**
 * The real lexicon, gazetteer and distractor pool from content/, for unit tests that run the whole pipeline on
 * sentences we wrote. Tests only: the files come in through Vite's import.meta.glob (vitest), so no app or CLI
 * code may import this module.
 */
import { compileGazetteer, compileLexicon } from '../arabic/index';
import { buildDistractorPool } from './pool';

const raw = (files: Record<string, unknown>) =>
	Object.entries(files as Record<string, string>).map(([path, text]) => ({
		path: path.replace(/^\//, ''),
		text
	}));

export const lexicon = compileLexicon(
	raw(import.meta.glob('/content/lexicon/*.tsv', { query: '?raw', import: 'default', eager: true }))
);
export const gazetteer = compileGazetteer(
	raw(
		import.meta.glob('/content/gazetteer/*.tsv', { query: '?raw', import: 'default', eager: true })
	)
);
export const pool = buildDistractorPool(lexicon.entries, gazetteer.entries);

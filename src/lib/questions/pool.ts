/**
 * Building the distractor pool from the compiled lexicon and gazetteer: names of people, places and organisations,
 * and common words with their part of speech, gloss and root.
 */
import { normalizeAnswer } from './text-utils';
import type { DistractorPool, PoolWord } from './types';

/** The parts of a lexicon entry the pool needs (LexiconEntry has them). */
export interface PoolLexiconEntry {
	bare: string;
	pos: string;
	root: string;
	glosses: string[];
	rank: number;
}

/** The parts of a gazetteer entry the pool needs (GazetteerEntry has them). */
export interface PoolGazetteerEntry {
	canonical: string;
	type: string;
	/** country, capital, city, region … (place distractors keep to the key's kind). */
	kind?: string;
}

/** Lexicon words commoner than this rank feed vocabulary distractors (rare glosses would give the key away). */
const COMMON_RANK = 3000;

/**
 * A distractor pool from lexicon and gazetteer entries.
 * @example buildDistractorPool(lexicon.entries, gazetteer.entries).places // ['الجزائر', 'بورتسودان', …]
 */
export function buildDistractorPool(
	lexicon: PoolLexiconEntry[],
	gazetteer: PoolGazetteerEntry[]
): DistractorPool {
	const byType = (type: string) => [
		...new Set(gazetteer.filter((e) => e.type === type).map((e) => e.canonical))
	];
	const words: PoolWord[] = lexicon
		.filter(
			(e) =>
				e.glosses.length > 0 &&
				e.rank > 0 &&
				e.rank <= COMMON_RANK &&
				['noun', 'verb', 'adj'].includes(e.pos)
		)
		.map((e) => ({
			lemma: e.bare,
			pos: e.pos === 'adj' ? 'adjective' : e.pos,
			gloss: e.glosses[0],
			root: e.root,
			rank: e.rank
		}));
	const kindsOf = (type: string) => {
		const kinds: Record<string, string> = {};
		for (const e of gazetteer)
			if (e.type === type && e.kind)
				kinds[normalizeAnswer(e.canonical)] = e.kind.replace(/\?$/, '');
		return kinds;
	};
	const placeKinds = kindsOf('LOC');
	return {
		people: byType('PER'),
		places: byType('LOC'),
		organisations: byType('ORG'),
		words,
		placeKinds,
		personKinds: kindsOf('PER'),
		organisationKinds: kindsOf('ORG')
	};
}

/**
 * Sahifa's entity recogniser: people, places, organisations, dates and numbers in Arabic news text.
 * The gazetteer (content/gazetteer/) is compiled once and passed in; everything here is pure.
 */
import type { AnalyzedToken, Entity } from '../types';
import { resolveCandidates } from './candidate';
import type { Gazetteer } from './gazetteer';
import { findGazetteerCandidates } from './gazetteer-match';

export { compileGazetteer, lookupPhrase, GazetteerError } from './gazetteer';
export type { Gazetteer, GazetteerEntry, NisbaEntry, GivenName } from './gazetteer';

/**
 * Find the entities of an analysed text. Spans are UTF-16 offsets into `text` and exclude attached proclitics.
 * @example findEntities('التقى الرئيس بوزير خارجية الجزائر في بنغازي', tokens, gazetteer)
 * // → [{type:'LOC', text:'الجزائر', english:'Algeria', …}, {type:'LOC', text:'بنغازي', …}]
 */
export function findEntities(text: string, tokens: AnalyzedToken[], gazetteer: Gazetteer): Entity[] {
	const candidates = [...findGazetteerCandidates(tokens, gazetteer)];
	return resolveCandidates(text, candidates);
}

/**
 * The gazetteer: names of people, places and organisations, nisba adjectives and common given names, compiled from
 * the TSV files of content/gazetteer/ (format in content/gazetteer/README.md) into a trie over word keys.
 * The files are passed in as text, so the browser, the server and the tests compile the same way.
 */
import type { EntityType } from '../types';
import { matchKey } from './match-key';

/** One named thing the gazetteer knows. */
export interface GazetteerEntry {
	/** The headword as written in the gazetteer (الأمم المتحدة). */
	canonical: string;
	type: EntityType;
	/** Finer kind: country, capital, city, region, head-of-state, party, agency … ('' when none). */
	kind: string;
	english: string;
	/** English description ("President of Egypt"), '' when none. */
	role: string;
	/** A related headword: the country of a city or person, the place of a nisba. */
	link: string;
}

/** A nisba adjective (جزائري) and the place it refers to. */
export interface NisbaEntry {
	/** Masculine singular, without the article (جزائري). */
	nisba: string;
	/** Headword of the place (الجزائر). */
	place: string;
	/** English adjective (Algerian). */
	english: string;
	/** English name of the place (Algeria), '' when the place is not in the gazetteer. */
	placeEnglish: string;
}

/** A common given name, with what else the word means when it is not a name. */
export interface GivenName {
	name: string;
	gender: 'm' | 'f' | '';
	english: string;
	/** The everyday meaning (أمل "hope"), '' when the word is (nearly) only a name. */
	commonMeaning: string;
}

/** A node of the phrase trie: children by word key. */
export interface TrieNode {
	next: Map<string, TrieNode>;
	entry?: GazetteerEntry;
}

/** The compiled gazetteer. */
export interface Gazetteer {
	/** Phrase trie: the first word's key leads to the node of the one-word phrase. */
	root: Map<string, TrieNode>;
	entries: GazetteerEntry[];
	/** Entries by the key of their headword. */
	byKey: Map<string, GazetteerEntry>;
	/** Nisba forms (all genders and numbers, with and without ال) by key. */
	nisbas: Map<string, NisbaEntry>;
	/** Given names by key. */
	givenNames: Map<string, GivenName>;
}

const ENTRY_HEADER = ['arabic', 'type', 'kind', 'english', 'variants', 'role', 'link'];
const NISBA_HEADER = ['nisba', 'place', 'english', 'variants'];
const GIVEN_HEADER = ['name', 'gender', 'english', 'variants', 'common'];
const ENTITY_TYPES: EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** An error that names the file and line of bad gazetteer input. */
export class GazetteerError extends Error {
	constructor(path: string, line: number, message: string) {
		super(`${path}:${line}: ${message}`);
		this.name = 'GazetteerError';
	}
}

interface Row {
	line: number;
	cells: string[];
}

/** Data rows of a TSV text, after checking its header. */
function readRows(path: string, text: string, header: string[]): Row[] {
	const rows: Row[] = [];
	let sawHeader = false;
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.replace(/\s+$/, '');
		if (line === '' || line.startsWith('#')) return;
		const cells = line.split('\t').map((cell) => cell.trim());
		if (!sawHeader) {
			if (cells.join('\t') !== header.join('\t')) {
				throw new GazetteerError(path, index + 1, `expected the header "${header.join(' TAB ')}"`);
			}
			sawHeader = true;
			return;
		}
		if (cells.length !== header.length) {
			throw new GazetteerError(
				path,
				index + 1,
				`expected ${header.length} columns, found ${cells.length}`
			);
		}
		rows.push({ line: index + 1, cells: cells.map((cell) => (cell === '-' ? '' : cell)) });
	});
	return rows;
}

/** The alternative spellings of a `|`-separated cell. */
function splitList(cell: string): string[] {
	return cell
		.split('|')
		.map((item) => item.trim())
		.filter(Boolean);
}

/**
 * Spellings that normalisation does not unify but writers use freely: عبد/أبو joined to the next word or not
 * (عبدالرحيم / عبد الرحيم), and بن/ابن.
 * @example spellingVariants('عبد الفتاح البرهان') // ['عبد الفتاح البرهان', 'عبدالفتاح البرهان']
 */
export function spellingVariants(name: string): string[] {
	const out = new Set([name]);
	const joined = name.replace(/(^|\s)(عبد|ابو|أبو)\s+(?=ال)/g, '$1$2');
	out.add(joined);
	const split = name.replace(/(^|\s)(عبد|ابو|أبو)(ال)/g, '$1$2 $3');
	out.add(split);
	return [...out];
}

/** Insert a phrase into the trie; the first entry for a phrase wins (earlier files are more specific). */
function insert(gazetteer: Gazetteer, phrase: string, entry: GazetteerEntry): void {
	const words = matchKey(phrase).split(' ').filter(Boolean);
	if (words.length === 0) return;
	let level = gazetteer.root;
	let node: TrieNode | undefined;
	for (const word of words) {
		node = level.get(word);
		if (!node) {
			node = { next: new Map() };
			level.set(word, node);
		}
		level = node.next;
	}
	if (node && !node.entry) node.entry = entry;
}

/**
 * Nisba forms: masculine/feminine, singular/dual/plural, with and without the article.
 * @example nisbaForms('جزائري') // […, 'الجزائرية', 'الجزائريون', 'جزائريين', …]
 */
export function nisbaForms(nisba: string): string[] {
	const stem = nisba.endsWith('ي') ? nisba.slice(0, -1) : nisba;
	const endings = ['ي', 'ية', 'يون', 'يين', 'يات', 'يان', 'يتان', 'يتين'];
	const forms: string[] = [];
	for (const ending of endings) {
		forms.push(stem + ending, 'ال' + stem + ending);
	}
	return forms;
}

/**
 * Compile the gazetteer from its TSV sources. Files are recognised by name: `nisba.tsv`, `given-names.tsv`, and
 * every other `.tsv` holds named entries. Earlier sources win when two spell a phrase the same way.
 * @example compileGazetteer([{ path: 'countries.tsv', text: 'arabic\ttype\tkind\tenglish\tvariants\trole\tlink\nالجزائر\tLOC\tcountry\tAlgeria\t-\t-\t-' }])
 */
export function compileGazetteer(sources: { path: string; text: string }[]): Gazetteer {
	const gazetteer: Gazetteer = {
		root: new Map(),
		entries: [],
		byKey: new Map(),
		nisbas: new Map(),
		givenNames: new Map()
	};
	const nisbaRows: { path: string; row: Row }[] = [];
	for (const { path, text } of sources) {
		const file = path.split(/[\\/]/).pop() ?? path;
		if (!file.endsWith('.tsv')) continue;
		if (file === 'nisba.tsv') {
			for (const row of readRows(path, text, NISBA_HEADER)) nisbaRows.push({ path, row });
		} else if (file === 'given-names.tsv') {
			for (const { line, cells } of readRows(path, text, GIVEN_HEADER)) {
				const [name, gender, english, variants, common] = cells;
				if (!name) throw new GazetteerError(path, line, 'empty name');
				if (gender !== 'm' && gender !== 'f' && gender !== '') {
					throw new GazetteerError(path, line, `gender must be m, f or -, not "${gender}"`);
				}
				const given: GivenName = { name, gender, english, commonMeaning: common };
				for (const spelling of [name, ...splitList(variants)]) {
					for (const variant of spellingVariants(spelling)) {
						const key = matchKey(variant);
						if (!gazetteer.givenNames.has(key)) gazetteer.givenNames.set(key, given);
					}
				}
			}
		} else {
			for (const { line, cells } of readRows(path, text, ENTRY_HEADER)) {
				const [arabic, type, kind, english, variants, role, link] = cells;
				if (!arabic) throw new GazetteerError(path, line, 'empty name');
				if (!ENTITY_TYPES.includes(type as EntityType)) {
					throw new GazetteerError(
						path,
						line,
						`type must be one of ${ENTITY_TYPES.join(' ')}, not "${type}"`
					);
				}
				const entry: GazetteerEntry = {
					canonical: arabic,
					type: type as EntityType,
					kind,
					english,
					role,
					link
				};
				gazetteer.entries.push(entry);
				const key = matchKey(arabic);
				if (!gazetteer.byKey.has(key)) gazetteer.byKey.set(key, entry);
				for (const spelling of [arabic, ...splitList(variants)]) {
					for (const variant of spellingVariants(spelling)) insert(gazetteer, variant, entry);
				}
			}
		}
	}
	for (const { path, row } of nisbaRows) {
		const [nisba, place, english, variants] = row.cells;
		if (!nisba || !place) throw new GazetteerError(path, row.line, 'nisba and place are required');
		const placeEntry = gazetteer.byKey.get(matchKey(place));
		const value: NisbaEntry = { nisba, place, english, placeEnglish: placeEntry?.english ?? '' };
		for (const form of [
			...nisbaForms(nisba),
			...splitList(variants).flatMap((v) => [v, 'ال' + v])
		]) {
			const key = matchKey(form);
			if (!gazetteer.nisbas.has(key)) gazetteer.nisbas.set(key, value);
		}
	}
	return gazetteer;
}

/**
 * The gazetteer entry whose headword or spelling has this key, if any (single words or whole phrases).
 * @example lookupPhrase(gazetteer, 'الامم المتحده')?.english === 'United Nations'
 */
export function lookupPhrase(gazetteer: Gazetteer, phrase: string): GazetteerEntry | undefined {
	let level = gazetteer.root;
	let node: TrieNode | undefined;
	for (const word of matchKey(phrase).split(' ')) {
		node = level.get(word);
		if (!node) return undefined;
		level = node.next;
	}
	return node?.entry;
}

/**
 * Like lookupPhrase for text already in key form (matchKey output, words separated by single spaces): the rules
 * ask this for every token, so it skips normalisation.
 * @example lookupKey(gazetteer, 'الامم المتحده')?.english === 'United Nations'
 */
export function lookupKey(gazetteer: Gazetteer, key: string): GazetteerEntry | undefined {
	if (!key.includes(' ')) return gazetteer.root.get(key)?.entry;
	let level = gazetteer.root;
	let node: TrieNode | undefined;
	for (const word of key.split(' ')) {
		node = level.get(word);
		if (!node) return undefined;
		level = node.next;
	}
	return node?.entry;
}

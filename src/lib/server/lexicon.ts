/**
 * The one place where Sahifa's Arabic core meets files: reads content/lexicon/*.tsv and content/gazetteer/*.tsv,
 * compiles them once per process and hands the compiled data to the pure core (src/lib/arabic).
 * Used by the server, the CLI, the evaluation scripts and the benchmark.
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { compileLexicon } from '../arabic/morphology/compile';
import type { FormReading, FormTable, Lexicon } from '../arabic/morphology/lexicon';
import { compileGazetteer, type Gazetteer } from '../arabic/entities/index';

export interface LanguageData {
	lexicon: Lexicon;
	gazetteer: Gazetteer | null;
	/** Problems found while compiling (bad lexicon rows are skipped, a broken gazetteer is left out). */
	warnings: string[];
	/** Milliseconds spent reading and compiling, in total and per part. */
	loadMs: number;
	lexiconMs: number;
	gazetteerMs: number;
}

function readSources(dir: string, label: string): { path: string; text: string }[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.tsv'))
		.sort()
		.map((f) => ({ path: `${label}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

let cached: LanguageData | null = null;

/** Bump when the compiled shape changes; the compiler's own source is hashed too when it is present. */
const CACHE_FORMAT = 'lexicon-cache-v3';
/**
 * The cache key: the lexicon sources plus the compiler's own source files, read from the project's
 * src/ (not from beside this module), so the built server, the CLI and the scripts agree on one key
 * instead of each rebuilding the file the other wrote.
 */
function sourcesHash(root: string, sources: { path: string; text: string }[]): string {
	const hash = createHash('sha256').update(CACHE_FORMAT);
	for (const s of sources) hash.update('\0' + s.path + '\0' + s.text);
	const morphologyDir = join(root, 'src', 'lib', 'arabic', 'morphology');
	if (existsSync(morphologyDir))
		for (const file of readdirSync(morphologyDir).sort())
			if (file.endsWith('.ts') && !file.endsWith('.test.ts'))
				hash.update(readFileSync(join(morphologyDir, file)));
	return hash.digest('hex').slice(0, 16);
}

interface CacheFile {
	entries: Lexicon['entries'];
	features: Lexicon['features'];
	errors: string[];
	/** Matching keys joined by newlines. */
	keys: string;
	/** Number of readings of each key. */
	counts: number[];
	/** entry, feature, flags of every reading, in key order. */
	numbers: number[];
	/** Each reading's spelling ('' when equal to its key) and standalone form, joined by newlines. */
	spellings: string;
	standalones: string;
}

function serialize(lexicon: Lexicon & { forms: Map<string, FormReading[]> }): string {
	const keys: string[] = [];
	const counts: number[] = [];
	const numbers: number[] = [];
	const spellings: string[] = [];
	const standalones: string[] = [];
	// Sorted keys let the loader binary-search instead of building a 150,000-entry map at start-up.
	const sorted = [...lexicon.forms.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	for (const key of sorted) {
		const readings = lexicon.forms.get(key) ?? [];
		keys.push(key);
		counts.push(readings.length);
		for (const r of readings) {
			numbers.push(r.entry, r.feature, r.flags);
			spellings.push(r.spelling === key ? '' : r.spelling);
			standalones.push(r.standalone);
		}
	}
	const file: CacheFile = {
		entries: lexicon.entries,
		features: lexicon.features,
		errors: lexicon.errors,
		keys: keys.join('\n'),
		counts,
		numbers,
		spellings: spellings.join('\n'),
		standalones: standalones.join('\n')
	};
	return JSON.stringify(file);
}

/** The cached form table: sorted keys searched by bisection, readings decoded on first lookup. */
class LazyFormTable implements FormTable {
	private keys: string[];
	private decoded = new Map<string, FormReading[] | null>();
	private starts: Uint32Array;
	private spellings: string[] | null = null;
	private standalones: string[] | null = null;
	constructor(private file: CacheFile) {
		this.keys = file.keys ? file.keys.split('\n') : [];
		this.starts = new Uint32Array(this.keys.length + 1);
		let at = 0;
		for (let i = 0; i < this.keys.length; i++) {
			this.starts[i] = at;
			at += file.counts[i];
		}
		this.starts[this.keys.length] = at;
	}
	get size(): number {
		return this.keys.length;
	}
	private find(key: string): number {
		let lo = 0;
		let hi = this.keys.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const k = this.keys[mid];
			if (k === key) return mid;
			if (k < key) lo = mid + 1;
			else hi = mid - 1;
		}
		return -1;
	}
	has(key: string): boolean {
		return this.find(key) >= 0;
	}
	get(key: string): FormReading[] | undefined {
		const cached = this.decoded.get(key);
		if (cached !== undefined) return cached ?? undefined;
		const i = this.find(key);
		if (i < 0) {
			this.decoded.set(key, null);
			return undefined;
		}
		this.spellings ??= this.file.spellings.split('\n');
		this.standalones ??= this.file.standalones.split('\n');
		const readings: FormReading[] = [];
		for (let r = this.starts[i]; r < this.starts[i + 1]; r++) {
			readings.push({
				entry: this.file.numbers[3 * r],
				feature: this.file.numbers[3 * r + 1],
				flags: this.file.numbers[3 * r + 2],
				spelling: this.spellings[r] || key,
				standalone: this.standalones[r]
			});
		}
		this.decoded.set(key, readings);
		return readings;
	}
}

function deserialize(text: string): Lexicon {
	const file = JSON.parse(text) as CacheFile;
	return {
		entries: file.entries,
		features: file.features,
		errors: file.errors,
		forms: new LazyFormTable(file)
	};
}

/**
 * Compile the lexicon, or read the compiled copy cached under data/ when the sources (and the compiler) are
 * unchanged. The cache is an optimisation only: it is rebuilt automatically and never committed.
 */
function loadCompiledLexicon(root: string): Lexicon {
	const sources = readSources(join(root, 'content', 'lexicon'), 'content/lexicon');
	const dataDir = join(root, 'data');
	const hash = sourcesHash(root, sources);
	const cacheFile = join(dataDir, `lexicon-${hash}.json`);
	if (existsSync(cacheFile)) {
		try {
			return deserialize(readFileSync(cacheFile, 'utf8'));
		} catch {
			// A truncated or stale file: fall through and rebuild it.
		}
	}
	const lexicon = compileLexicon(sources);
	try {
		mkdirSync(dataDir, { recursive: true });
		for (const f of readdirSync(dataDir))
			if (/^lexicon-[0-9a-f]{16}\.json(\.tmp)?$/.test(f)) rmSync(join(dataDir, f), { force: true });
		const temporary = `${cacheFile}.${process.pid}.tmp`;
		writeFileSync(temporary, serialize(lexicon));
		// Rename is atomic, so a concurrent reader never sees half a file.
		renameSync(temporary, cacheFile);
	} catch {
		// A read-only checkout still works, only slower.
	}
	return lexicon;
}

/**
 * The compiled lexicon and gazetteer, built on first use and kept for the life of the process.
 * @param root the project directory (defaults to the current working directory)
 */
export function loadLanguageData(root: string = process.cwd()): LanguageData {
	if (cached) return cached;
	const started = performance.now();
	const warnings: string[] = [];
	const lexicon = loadCompiledLexicon(root);
	const lexiconMs = performance.now() - started;
	warnings.push(...lexicon.errors);
	let gazetteer: Gazetteer | null = null;
	const gazetteerSources = readSources(join(root, 'content', 'gazetteer'), 'content/gazetteer');
	if (gazetteerSources.length) {
		try {
			gazetteer = compileGazetteer(gazetteerSources);
		} catch (error) {
			warnings.push(`gazetteer: ${error instanceof Error ? error.message : String(error)}`);
		}
	}
	const loadMs = performance.now() - started;
	cached = { lexicon, gazetteer, warnings, loadMs, lexiconMs, gazetteerMs: loadMs - lexiconMs };
	return cached;
}

/** The compiled lexicon alone. */
export function loadLexicon(root?: string): Lexicon {
	return loadLanguageData(root).lexicon;
}

/** The compiled gazetteer alone (null when content/gazetteer is missing or broken). */
export function loadGazetteer(root?: string): Gazetteer | null {
	return loadLanguageData(root).gazetteer;
}

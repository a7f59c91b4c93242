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
import { fileURLToPath } from 'node:url';
import { compileLexicon } from '../arabic/morphology/compile';
import type { FormReading, FormTable, Lexicon } from '../arabic/morphology/lexicon';
import { compileGazetteer, type Gazetteer } from '../arabic/entities/index';

export interface LanguageData {
	lexicon: Lexicon;
	gazetteer: Gazetteer | null;
	/** Problems found while compiling (bad lexicon rows are skipped, a broken gazetteer is left out). */
	warnings: string[];
	/** Milliseconds spent reading and compiling. */
	loadMs: number;
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
const CACHE_FORMAT = 'lexicon-cache-v2';
const MORPHOLOGY_DIR = join(
	fileURLToPath(new URL('.', import.meta.url)),
	'..',
	'arabic',
	'morphology'
);

function sourcesHash(sources: { path: string; text: string }[]): string {
	const hash = createHash('sha256').update(CACHE_FORMAT);
	for (const s of sources) hash.update('\0' + s.path + '\0' + s.text);
	if (existsSync(MORPHOLOGY_DIR))
		for (const file of readdirSync(MORPHOLOGY_DIR).sort())
			if (file.endsWith('.ts') && !file.endsWith('.test.ts'))
				hash.update(readFileSync(join(MORPHOLOGY_DIR, file)));
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
	for (const [key, readings] of lexicon.forms) {
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

/** The cached form table: keys indexed at load, readings decoded on first lookup. */
class LazyFormTable implements FormTable {
	private index = new Map<string, number>();
	private decoded = new Map<string, FormReading[]>();
	private starts: Uint32Array;
	private spellings: string[];
	private standalones: string[];
	constructor(private file: CacheFile) {
		const keys = file.keys ? file.keys.split('\n') : [];
		this.starts = new Uint32Array(keys.length + 1);
		let at = 0;
		for (let i = 0; i < keys.length; i++) {
			this.index.set(keys[i], i);
			this.starts[i] = at;
			at += file.counts[i];
		}
		this.starts[keys.length] = at;
		this.spellings = file.spellings.split('\n');
		this.standalones = file.standalones.split('\n');
	}
	get size(): number {
		return this.index.size;
	}
	has(key: string): boolean {
		return this.index.has(key);
	}
	get(key: string): FormReading[] | undefined {
		const cached = this.decoded.get(key);
		if (cached) return cached;
		const i = this.index.get(key);
		if (i === undefined) return undefined;
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
	const hash = sourcesHash(sources);
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
	cached = { lexicon, gazetteer, warnings, loadMs: performance.now() - started };
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

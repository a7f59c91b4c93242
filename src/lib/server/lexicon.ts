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
import type { FormReading, Lexicon } from '../arabic/morphology/lexicon';
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
const CACHE_FORMAT = 'lexicon-cache-v1';
const MORPHOLOGY_DIR = join(
	fileURLToPath(new URL('.', import.meta.url)),
	'..',
	'arabic',
	'morphology'
);

function sourcesHash(sources: { path: string; text: string }[]): string {
	const hash = createHash('sha256').update(CACHE_FORMAT);
	for (const s of sources) hash.update('\0' + s.path + '\0' + s.text);
	for (const file of ['compile.ts', 'inflect.ts', 'lexicon.ts']) {
		const path = join(MORPHOLOGY_DIR, file);
		if (existsSync(path)) hash.update(readFileSync(path));
	}
	return hash.digest('hex').slice(0, 16);
}

interface CacheFile {
	entries: Lexicon['entries'];
	features: Lexicon['features'];
	errors: string[];
	/** key, then per reading: entry, feature, spelling, standalone, flags. */
	forms: [string, (string | number)[]][];
}

function serialize(lexicon: Lexicon): string {
	const forms: CacheFile['forms'] = [];
	for (const [key, readings] of lexicon.forms) {
		const flat: (string | number)[] = [];
		for (const r of readings)
			flat.push(r.entry, r.feature, r.spelling === key ? '' : r.spelling, r.standalone, r.flags);
		forms.push([key, flat]);
	}
	const file: CacheFile = {
		entries: lexicon.entries,
		features: lexicon.features,
		errors: lexicon.errors,
		forms
	};
	return JSON.stringify(file);
}

function deserialize(text: string): Lexicon {
	const file = JSON.parse(text) as CacheFile;
	const forms = new Map<string, FormReading[]>();
	for (const [key, flat] of file.forms) {
		const readings: FormReading[] = [];
		for (let i = 0; i < flat.length; i += 5) {
			readings.push({
				entry: flat[i] as number,
				feature: flat[i + 1] as number,
				spelling: (flat[i + 2] as string) || key,
				standalone: flat[i + 3] as string,
				flags: flat[i + 4] as number
			});
		}
		forms.set(key, readings);
	}
	return { entries: file.entries, features: file.features, errors: file.errors, forms };
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

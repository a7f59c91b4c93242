/**
 * Shared helpers of the evaluation scripts: the normalisations of ../shared/eval/README.md (exactly as defined
 * there), option parsing, percentage formatting, and an error-kind tally for `--errors N`.
 */
import { loadLanguageData } from '../../src/lib/server/lexicon';

/** Options common to every eval mode. */
export interface EvalOptions {
	/** Print the N commonest error kinds with examples (0: none). */
	errors: number;
}

/** What scripts/eval/<mode>.ts exports. */
export interface EvalModule {
	run(file: string, options: EvalOptions): Promise<number | void> | number | void;
}

/** Parse `--errors N`. */
export function parseOptions(args: string[]): EvalOptions {
	const options: EvalOptions = { errors: 0 };
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--errors') options.errors = Number(args[++i] ?? 10) || 10;
		else if (args[i].startsWith('--errors=')) options.errors = Number(args[i].slice(9)) || 10;
	}
	return options;
}

/** README `dediac`: remove U+064B–U+0652, U+0653–U+0655, U+0670 and U+0640. */
export function dediac(s: string): string {
	return s.replace(/[\u064B-\u0652\u0653-\u0655\u0670\u0640]/g, '');
}

/** README `norm` (lenient): dediac, then أ إ آ ٱ → ا, ى → ي, ة → ه. */
export function norm(s: string): string {
	return dediac(s)
		.replace(/[أإآٱ]/g, 'ا')
		.replace(/ى/g, 'ي')
		.replace(/ة/g, 'ه');
}

/** Load the compiled lexicon and gazetteer and say how long it took. */
export function loadData() {
	const data = loadLanguageData();
	if (data.warnings.length)
		console.error(
			`warning: ${data.warnings.length} lexicon/gazetteer problem(s), e.g. ${data.warnings[0]}`
		);
	return data;
}

/** A ratio counter. */
export class Rate {
	hits = 0;
	total = 0;
	add(hit: boolean): void {
		this.total++;
		if (hit) this.hits++;
	}
	toString(): string {
		return this.total
			? `${((100 * this.hits) / this.total).toFixed(2)}% (${this.hits}/${this.total})`
			: 'n/a (0)';
	}
}

/** Counts error kinds and keeps a few examples of each. */
export class ErrorTally {
	private kinds = new Map<string, { count: number; examples: Map<string, number> }>();
	add(kind: string, example: string): void {
		let k = this.kinds.get(kind);
		if (!k) this.kinds.set(kind, (k = { count: 0, examples: new Map() }));
		k.count++;
		k.examples.set(example, (k.examples.get(example) ?? 0) + 1);
	}
	print(n: number, title = 'commonest error kinds'): void {
		if (n <= 0) return;
		console.log(`\n${title}:`);
		const sorted = [...this.kinds].sort((a, b) => b[1].count - a[1].count).slice(0, n);
		for (const [kind, { count, examples }] of sorted) {
			// EVAL_EXAMPLES=1000 lists every example (to diff two runs word by word).
			const shown = Number(process.env.EVAL_EXAMPLES ?? 5);
			const top = [...examples].sort((a, b) => b[1] - a[1]).slice(0, shown);
			console.log(`  ${String(count).padStart(5)}  ${kind}`);
			for (const [example, c] of top) console.log(`         ${c > 1 ? `${c}× ` : ''}${example}`);
		}
	}
}

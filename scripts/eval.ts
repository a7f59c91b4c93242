/**
 * `npm run eval -- MODE FILE [--errors N]`: measure the Arabic core on an evaluation file.
 * MODE names a module scripts/eval/MODE.ts exporting `run(file, options)`; modes are loaded on demand so new ones
 * (ner, date) can be added without touching this dispatcher.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseOptions, type EvalModule } from './eval/common';

const here = dirname(fileURLToPath(import.meta.url));
const [mode, file, ...rest] = process.argv.slice(2);
if (!mode || !file || !/^[a-z0-9-]+$/.test(mode)) {
	console.error(
		'usage: npm run eval -- MODE FILE [--errors N]   (MODE: wikinews, padt, ner, date, …)'
	);
	process.exit(2);
}
const modulePath = join(here, 'eval', `${mode}.ts`);
if (!existsSync(modulePath)) {
	console.error(`unknown eval mode "${mode}": no scripts/eval/${mode}.ts`);
	process.exit(2);
}
if (!existsSync(file)) {
	console.error(`no such file: ${file}`);
	process.exit(2);
}
const module = (await import(pathToFileURL(modulePath).href)) as EvalModule;
const code = await module.run(file, parseOptions(rest));
process.exit(code ?? 0);

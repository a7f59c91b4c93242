/**
 * `sahifa` — the command line. Each command lives in its own module under src/cli and exports
 * `run(args: string[]): Promise<number>` (the exit code). Modules are loaded only when their command
 * runs, so a slow or heavy command costs nothing to the others.
 *
 * To add a command, add one line to COMMANDS. Code the CLI loads uses relative imports (no `$lib`).
 */

export interface CommandModule {
	run(args: string[]): Promise<number>;
}

export interface Command {
	name: string;
	/** One line for `sahifa --help`. */
	summary: string;
	/** Usage lines shown by `sahifa help NAME` and on a usage error. */
	usage: string;
	load: () => Promise<CommandModule>;
}

export const COMMANDS: Command[] = [
	{
		name: 'user',
		summary: 'Create and list accounts',
		usage:
			'sahifa user create --username NAME --password PASSWORD [--role learner|teacher] [--display-name NAME] [--email ADDRESS]\n' +
			'sahifa user list',
		load: () => import('./user.ts')
	},
	{
		name: 'import',
		summary: 'Import article files (Markdown with front matter) into the database',
		usage:
			'sahifa import FILE.md [FILE.md ...]\nsahifa import            (imports every file in content/articles/)',
		load: () => import('./import.ts')
	},
	{
		name: 'analyze',
		summary: 'Analyse Arabic text (FILE or stdin) and print JSON',
		usage: 'sahifa analyze [FILE] [--pretty]',
		load: () => import('./analyze.ts')
	},
	{
		name: 'questions',
		summary:
			'Generate comprehension questions for an article (FILE or stdin); --report measures them',
		usage: 'sahifa questions [FILE] [--seed N] [--pretty]\nsahifa questions --report [DIR]',
		load: () => import('./questions.ts')
	}
];

function helpText(): string {
	const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
	const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}${command.summary}`);
	return [
		'Sahifa — read real Arabic news. Command line tools.',
		'',
		'Usage: sahifa COMMAND [options]',
		'',
		'Commands:',
		...lines,
		'',
		'Run `sahifa help COMMAND` for a command’s options.',
		'The database is DATABASE_URL (default ./data/sahifa.db); it is created and migrated when needed.'
	].join('\n');
}

/** Runs the CLI with `args` (without `node` and the script) and returns the exit code. */
export async function main(args: string[]): Promise<number> {
	const [name, ...rest] = args;
	if (!name || name === '--help' || name === '-h') {
		console.log(helpText());
		return 0;
	}
	if (name === 'help') {
		const command = COMMANDS.find((entry) => entry.name === rest[0]);
		console.log(command ? `${command.summary}\n\nUsage:\n${indent(command.usage)}` : helpText());
		return 0;
	}
	const command = COMMANDS.find((entry) => entry.name === name);
	if (!command) {
		console.error(`sahifa: unknown command "${name}".\n\n${helpText()}`);
		return 2;
	}
	if (rest.includes('--help') || rest.includes('-h')) {
		console.log(`${command.summary}\n\nUsage:\n${indent(command.usage)}`);
		return 0;
	}
	try {
		const module = await command.load();
		return await module.run(rest);
	} catch (error) {
		if (error instanceof UsageError) {
			console.error(`sahifa ${name}: ${error.message}\n\nUsage:\n${indent(command.usage)}`);
			return 2;
		}
		console.error(`sahifa ${name}: ${error instanceof Error ? error.message : String(error)}`);
		return 1;
	}
}

/** Thrown by a command for wrong arguments: the CLI prints the message and the command's usage. */
export class UsageError extends Error {}

function indent(text: string): string {
	return text
		.split('\n')
		.map((line) => `  ${line}`)
		.join('\n');
}

/**
 * The import form's server half, shared by "import" and "edit text": reads the fields and an optional
 * uploaded .txt/.md file, and validates them. On bad input it returns everything typed (the text
 * included, or the uploaded file's text) so nothing is lost.
 */
import { formFailure, parseForm, type FormFailure } from '$lib/server/forms';
import * as imports from '$lib/server/imports';

export type ArticleFormResult =
	{ success: true; output: imports.ImportInput } | { success: false; failure: FormFailure };

export async function readArticleForm(request: Request): Promise<ArticleFormResult> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		// The server's body limit (adapter-node BODY_SIZE_LIMIT) cut the upload off, or it was not a
		// form at all: nothing typed can be recovered, so say what to do.
		const message =
			'That was more than can be sent at once. Upload a file of at most 500 KB, or paste a shorter text (at most 20,000 words).';
		return { success: false, failure: formFailure({ form: message }) };
	}
	const file = form.get('file');
	const fields = new FormData();
	for (const [key, value] of form) if (typeof value === 'string') fields.set(key, value);
	if (file instanceof File && file.size > 0) {
		const problem = imports.checkUpload(file);
		const values = Object.fromEntries(
			[...fields].filter((entry): entry is [string, string] => typeof entry[1] === 'string')
		);
		if (problem) return { success: false, failure: formFailure({ file: problem }, values) };
		const decoded = imports.decodeUpload(new Uint8Array(await file.arrayBuffer()));
		if ('error' in decoded)
			return { success: false, failure: formFailure({ file: decoded.error }, values) };
		const { body, title } = imports.bodyFromFile(file.name, decoded.text);
		// The file fills what the teacher left empty; typed text wins.
		if (String(fields.get('body') ?? '').trim() === '') fields.set('body', body);
		if (String(fields.get('title') ?? '').trim() === '' && title) fields.set('title', title);
	}
	const parsed = parseForm(imports.importSchema, fields);
	if (!parsed.success)
		return { success: false, failure: formFailure(parsed.errors, parsed.values) };
	return { success: true, output: parsed.output };
}

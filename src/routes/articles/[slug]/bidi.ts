/**
 * Runs of left-to-right text (Latin words, European digits, with the punctuation between them) inside
 * Arabic: the reader wraps each in `<bdi dir="ltr">` so "COVID-19", "2019-2020" or "10:30" keep their
 * order instead of being reordered by the right-to-left paragraph (Unicode Bidirectional Algorithm,
 * UAX #9: isolates). Arabic-Indic digits (٠-٩) are already laid out correctly and are left alone.
 */
const LTR_RUN =
	/[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F.,:/%+'’\-–]|\s(?=[A-Za-z0-9\u00C0-\u024F]))*/g;

export interface TextRun {
	text: string;
	ltr: boolean;
}

/**
 * Splits text into left-to-right runs and the rest, losing no character.
 * @example splitLtrRuns('منذ عام 2019-2020 تقريبا') // [{text:'منذ عام ',ltr:false},{text:'2019-2020',ltr:true},{text:' تقريبا',ltr:false}]
 */
export function splitLtrRuns(text: string): TextRun[] {
	const runs: TextRun[] = [];
	let cursor = 0;
	for (const match of text.matchAll(LTR_RUN)) {
		// A run never ends on punctuation: "2019." keeps its full stop in the Arabic sentence.
		const value = match[0].replace(/[.,:/'’\-–]+$/, '');
		if (match.index > cursor) runs.push({ text: text.slice(cursor, match.index), ltr: false });
		runs.push({ text: value, ltr: true });
		cursor = match.index + value.length;
	}
	if (cursor < text.length) runs.push({ text: text.slice(cursor), ltr: false });
	return runs;
}

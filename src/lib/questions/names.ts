/**
 * Names in question wording: a person mentioned by family name only (دوبون، با) is written with the full name the
 * article gave first (كاترين دوبون، عمر با), so a prompt never depends on a sentence the learner must look for.
 */
import { normalizeAnswer } from './text-utils';
import type { EventArgument, NewsEvent } from './types';
import type { ArticleView } from './view';

/** The full-name mention of a one-word person argument, or the argument itself. */
function fullName(view: ArticleView, arg: EventArgument | undefined): EventArgument | undefined {
	if (!arg || arg.type !== 'PER' || arg.text.split(/\s+/).length > 1) return arg;
	const key = normalizeAnswer(arg.text);
	const full = view.entities.find(
		(e) =>
			e.entity.type === 'PER' &&
			e.entity.text.split(/\s+/).length > 1 &&
			normalizeAnswer(e.entity.text).endsWith(' ' + key)
	);
	if (!full) return arg;
	const { start, end, text } = full.entity;
	return { ...arg, start, end, text, entity: full.entity };
}

/**
 * Events with their person arguments written in full.
 * @example withFullNames(view, events) // agent «دوبون» → «كاترين دوبون»
 */
export function withFullNames(view: ArticleView, events: NewsEvent[]): NewsEvent[] {
	return events.map((e) => ({
		...e,
		agent: fullName(view, e.agent),
		partner: fullName(view, e.partner),
		object: fullName(view, e.object),
		predecessor: fullName(view, e.predecessor)
	}));
}

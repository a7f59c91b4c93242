/** The reader's text-size steps, remembered in a cookie so the choice works without JavaScript. */
export const TEXT_SIZE_COOKIE = 'sahifa_text_size';

export const TEXT_SIZES = [
	{ id: 'small', label: 'Small', rem: 1.25 },
	{ id: 'medium', label: 'Medium', rem: 1.5 },
	{ id: 'large', label: 'Large', rem: 1.8 },
	{ id: 'x-large', label: 'Extra large', rem: 2.15 },
	{ id: 'xx-large', label: 'Largest', rem: 2.6 }
] as const;

export type TextSizeId = (typeof TEXT_SIZES)[number]['id'];

export const DEFAULT_TEXT_SIZE: TextSizeId = 'medium';

export function isTextSize(value: unknown): value is TextSizeId {
	return TEXT_SIZES.some((size) => size.id === value);
}

/** The stored size, or the default for a missing or unknown cookie value. */
export function readTextSize(value: string | undefined | null): TextSizeId {
	return isTextSize(value) ? value : DEFAULT_TEXT_SIZE;
}

/** The next size up (`+1`) or down (`-1`), staying within the steps. */
export function stepTextSize(current: TextSizeId, direction: 1 | -1): TextSizeId {
	const index = TEXT_SIZES.findIndex((size) => size.id === current);
	const next = Math.min(TEXT_SIZES.length - 1, Math.max(0, index + direction));
	return TEXT_SIZES[next].id;
}

export function textSizeRem(id: TextSizeId): number {
	return TEXT_SIZES.find((size) => size.id === id)?.rem ?? 1.5;
}

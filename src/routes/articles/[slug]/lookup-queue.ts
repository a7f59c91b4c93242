/**
 * The reader's queue of look-ups: words opened are collected in memory and sent in batches, when the
 * browser is idle a few seconds later or when the page is left (sendBeacon), so recording never delays
 * opening a word. A failed send is dropped: the record is a convenience, reading must never wait for it.
 */
export interface LookupQueue {
	add(key: string): void;
	/** Sends what is queued now; `leaving` uses sendBeacon, which survives the page being closed. */
	flush(leaving?: boolean): void;
	destroy(): void;
}

export function createLookupQueue(
	url: string,
	{ maxBatch = 50, delayMs = 4000 }: { maxBatch?: number; delayMs?: number } = {}
): LookupQueue {
	let pending: string[] = [];
	let timer: ReturnType<typeof setTimeout> | undefined;

	const whenIdle = (run: () => void) =>
		'requestIdleCallback' in window
			? window.requestIdleCallback(run, { timeout: 2000 })
			: setTimeout(run, 0);

	function send(keys: string[], leaving: boolean) {
		const body = JSON.stringify({ keys });
		if (leaving && 'sendBeacon' in navigator) {
			if (navigator.sendBeacon(url, new Blob([body], { type: 'application/json' }))) return;
		}
		fetch(url, {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/json' },
			keepalive: true,
			credentials: 'same-origin'
		}).catch(() => {});
	}

	function flush(leaving = false) {
		clearTimeout(timer);
		timer = undefined;
		while (pending.length > 0) send(pending.splice(0, maxBatch), leaving);
	}

	function onhide() {
		if (document.visibilityState === 'hidden') flush(true);
	}
	const onpagehide = () => flush(true);
	window.addEventListener('pagehide', onpagehide);
	document.addEventListener('visibilitychange', onhide);

	return {
		add(key) {
			pending.push(key);
			if (pending.length >= maxBatch) flush();
			else timer ??= setTimeout(() => whenIdle(() => flush()), delayMs);
		},
		flush,
		destroy() {
			flush(true);
			window.removeEventListener('pagehide', onpagehide);
			document.removeEventListener('visibilitychange', onhide);
			pending = [];
		}
	};
}

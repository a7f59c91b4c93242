/**
 * `npm run bench` (second half): the reader's budgets from issue 6, measured in Debian's Chromium against
 * the built app (scripts/start.js on its own port and temporary database). Prints figures; asserts nothing.
 *
 * 1. Transfer size of the seed article page, excluding fonts: the bytes Chromium received for every
 *    response (HTML, JS, CSS, data) as sent by the server (compressed when the server compresses),
 *    from CDP Network.loadingFinished.encodedDataLength; with gzip and brotli sizes of each body for comparison.
 * 2. Tap → popover visible with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate): from the
 *    pointerup (and pointerdown) of a real click to just after the paint of the first frame in which the
 *    dialog is shown, median and worst over several words.
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const PORT = Number(process.env.SAHIFA_BENCH_PORT ?? 4391);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SEED = '/articles/algeria-haftar-libya-talks';
const TAPS = 12;
const RUNS = Number(process.env.SAHIFA_BENCH_RUNS ?? 3);
const BUDGET_KB = 150;
const BUDGET_MS = 50;

const dir = mkdtempSync(join(tmpdir(), 'sahifa-bench-'));
const server = spawn('node', ['scripts/start.js'], {
	env: {
		...process.env,
		HOST: '127.0.0.1',
		PORT: String(PORT),
		ORIGIN,
		DATABASE_URL: join(dir, 'bench.db')
	},
	stdio: ['ignore', 'inherit', 'inherit'],
	// Its own process group, so stopping it stops the server it starts too.
	detached: true
});

async function waitForServer(): Promise<void> {
	for (let i = 0; i < 600; i++) {
		try {
			const response = await fetch(ORIGIN);
			if (response.ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`the app did not start on ${ORIGIN}`);
}

const isFont = (url: string, type: string) =>
	type === 'Font' || /\.(woff2?|ttf|otf)(\?|$)/.test(url);

async function transfer(cdp: CDPSession, load: () => Promise<unknown>) {
	const requests = new Map<string, { url: string; type: string }>();
	const rows: { url: string; type: string; encoded: number }[] = [];
	cdp.on('Network.requestWillBeSent', (event) =>
		requests.set(event.requestId, { url: event.request.url, type: event.type ?? '' })
	);
	cdp.on('Network.responseReceived', (event) => {
		const request = requests.get(event.requestId);
		if (request) request.type = event.type;
	});
	cdp.on('Network.loadingFinished', (event) => {
		const request = requests.get(event.requestId);
		if (request) rows.push({ ...request, encoded: event.encodedDataLength });
	});
	await load();
	return rows;
}

/**
 * In-page source of `dialogShown()`: whether a word card is on screen. The reader keeps its card in the
 * page while closed (hidden, inert), so being in the DOM is not enough: it must be rendered and visible.
 */
const DIALOG_SHOWN = `const dialogShown = () => [...document.querySelectorAll('[role="dialog"]')]
	.some((dialog) => dialog.checkVisibility({ visibilityProperty: true }));`;

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const middle = (values: number[]) => sorted(values)[Math.floor(values.length / 2)];

/**
 * Taps TAPS words spread over the article, one after another (Escape between), and prints from pointerup
 * to just after the paint of the first frame containing the dialog: median, best, worst. Also printed:
 * the same from pointerdown, and the browser's own Event Timing duration of each tap's interaction
 * (input to next paint, whole handler included; the API reports only those of 16 ms or more, in 8 ms
 * steps, so a shorter one counts as 16).
 */
async function tapRun(page: Page, cdp: CDPSession, label: string) {
	await page.goto(ORIGIN + SEED, { waitUntil: 'networkidle' });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	// A tap is complete when the finger lifts (pointerup); the time from pointerdown is printed too.
	await page.evaluate(
		`document.addEventListener('pointerdown', (event) => {
			window.__downAt = performance.now();
			window.__downStamp = event.timeStamp;
		}, true);
		document.addEventListener('pointerup', (event) => {
			window.__tapAt = performance.now();
			window.__upStamp = event.timeStamp;
		}, true);
		window.__events = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				if (entry.interactionId) window.__events.push([entry.startTime, entry.duration]);
			}
		}).observe({ type: 'event', durationThreshold: 16 });`
	);
	const load = loadavg()[0];
	const words = page.locator('article .body button.word');
	const count = await words.count();
	const timings: number[] = [];
	const fromDown: number[] = [];
	const tapWindows: [number, number][] = [];
	for (let i = 0; i < TAPS; i++) {
		const target = words.nth(Math.floor(((i + 0.5) * count) / TAPS));
		await target.scrollIntoViewIfNeeded();
		// A string, so the bundler's helpers (tsx adds __name) never reach the page.
		const waiting = page.evaluate<[number, number]>(`new Promise((resolve) => {
			window.__tapAt = 0;
			${DIALOG_SHOWN}
			const check = () => {
				if (window.__tapAt && dialogShown()) {
					// The dialog is in this frame: a task queued now runs once it is painted
					// (requestAnimationFrame then setTimeout 0, the "next paint" measure of web-vitals).
					setTimeout(() => {
						const now = performance.now();
						resolve([now - window.__tapAt, now - window.__downAt]);
					}, 0);
				} else requestAnimationFrame(check);
			};
			requestAnimationFrame(check);
		})`);
		await target.click();
		const [up, down] = await waiting;
		timings.push(up);
		fromDown.push(down);
		tapWindows.push(
			await page.evaluate<[number, number]>(`[window.__downStamp, window.__upStamp]`)
		);
		await page.keyboard.press('Escape');
		await page.waitForFunction(`(() => { ${DIALOG_SHOWN} return !dialogShown(); })()`);
	}
	// Event Timing entries arrive after the paint; give the last one a moment.
	await page.waitForTimeout(200);
	const events = await page.evaluate<[number, number][]>(`window.__events`);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	// A tap's interaction: its pointerdown, pointerup and click (entries start at the event's time).
	const interactions = tapWindows.map(([down, up]) =>
		Math.max(16, ...events.filter(([at]) => at >= down - 1 && at <= up + 1).map(([, d]) => d))
	);
	const times = sorted(timings);
	const median = middle(times);
	console.log(
		`  ${label.padEnd(17)} from pointerup: median ${median.toFixed(1)} ms, best ${times[0].toFixed(1)}, worst ${times[times.length - 1].toFixed(1)};` +
			` from pointerdown: median ${middle(fromDown).toFixed(1)}, worst ${Math.max(...fromDown).toFixed(1)};` +
			` Event Timing duration: median ${middle(interactions).toFixed(0)}, worst ${Math.max(...interactions).toFixed(0)}` +
			`  [load ${load.toFixed(2)}]`
	);
	return { median, worst: times[times.length - 1] };
}

try {
	await waitForServer();
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});

	// 1. Transfer size, cold cache.
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const rows = await transfer(cdp, () => page.goto(ORIGIN + SEED, { waitUntil: 'networkidle' }));
	const counted = rows.filter((row) => !isFont(row.url, row.type));
	const fonts = rows.filter((row) => isFont(row.url, row.type));
	const total = counted.reduce((sum, row) => sum + row.encoded, 0);
	let gzipTotal = 0;
	let brotliTotal = 0;
	let rawTotal = 0;
	for (const row of counted) {
		const body = Buffer.from(
			await (await fetch(row.url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()
		);
		rawTotal += body.length;
		gzipTotal += gzipSync(body, { level: 6 }).length;
		brotliTotal += brotliCompressSync(body).length;
	}
	const kb = (bytes: number) => (bytes / 1024).toFixed(1);
	console.log(
		`\nReader page ${SEED} (${counted.length} responses, fonts excluded: ${fonts.length})`
	);
	for (const row of counted.sort((a, b) => b.encoded - a.encoded).slice(0, 6)) {
		console.log(
			`  ${kb(row.encoded).padStart(7)} KB  ${row.type.padEnd(10)} ${row.url.replace(ORIGIN, '')}`
		);
	}
	console.log(
		`  transferred (as sent, headers included): ${kb(total)} KB  (budget ${BUDGET_KB} KB)`
	);
	console.log(
		`  bodies: ${kb(rawTotal)} KB raw, ${kb(gzipTotal)} KB gzip, ${kb(brotliTotal)} KB brotli`
	);
	console.log(`  fonts (not counted): ${kb(fonts.reduce((sum, row) => sum + row.encoded, 0))} KB`);

	// 2. Tap → popover visible, CPU throttled 4×: RUNS runs of TAPS words at 1280 px, then one at 360 px
	// (a bottom sheet). The machine may be shared: the load average is printed with each run.
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
	console.log(
		`\nTap → popover visible, CPU throttled 4× (${TAPS} words a run, budget ${BUDGET_MS} ms)`
	);
	const medians: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		medians.push((await tapRun(page, cdp, `1280 px, run ${run + 1}`)).median);
	}
	await page.setViewportSize({ width: 360, height: 740 });
	await tapRun(page, cdp, '360 px (sheet)');
	console.log(
		`  medians of the ${RUNS} runs at 1280 px: ${medians.map((m) => m.toFixed(1)).join(' / ')} ms`
	);
	await browser.close();
} finally {
	try {
		if (server.pid) process.kill(-server.pid, 'SIGTERM');
	} catch {
		/* the server has already stopped */
	}
	rmSync(dir, { recursive: true, force: true });
}

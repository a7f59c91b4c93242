/**
 * Compresses server-rendered pages and JSON (brotli when the browser accepts it, else gzip). Static
 * assets are already precompressed by adapter-node; the reader page carries every word's analysis and
 * shrinks about fivefold, which keeps it within the reader's transfer budget (issue 6, `npm run bench`).
 */
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Smaller bodies are not worth the work. */
const MIN_BYTES = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml))/;

/** The encoding to use for a request, from its Accept-Encoding header. */
export function chooseEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
	const accepted = (acceptEncoding ?? '')
		.split(',')
		.map((part) => part.trim().split(';'))
		.filter(([, quality]) => !quality || !/q=0(\.0*)?$/.test(quality.trim()))
		.map(([name]) => name.toLowerCase());
	if (accepted.includes('br')) return 'br';
	if (accepted.includes('gzip')) return 'gzip';
	return null;
}

/** The response compressed for the request, or the response itself when it should not be. */
export async function compressResponse(request: Request, response: Response): Promise<Response> {
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	const type = response.headers.get('content-type') ?? '';
	if (
		!encoding ||
		!response.body ||
		request.method === 'HEAD' ||
		response.status === 204 ||
		response.headers.has('content-encoding') ||
		!COMPRESSIBLE.test(type)
	) {
		return response;
	}
	const body = Buffer.from(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	headers.append('vary', 'Accept-Encoding');
	if (body.length < MIN_BYTES) {
		return new Response(body, {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	}
	const compressed =
		encoding === 'br'
			? await brotli(body, {
					params: {
						// Quality 5: most of brotli's gain at a fraction of its highest setting's time.
						[constants.BROTLI_PARAM_QUALITY]: 5,
						[constants.BROTLI_PARAM_SIZE_HINT]: body.length
					}
				})
			: await gzipAsync(body, { level: 6 });
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(compressed.length));
	return new Response(new Uint8Array(compressed), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}

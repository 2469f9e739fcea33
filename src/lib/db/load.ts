/**
 * Downloading the database, and the typed errors of the whole loading path. Runs in the
 * database worker (so the bytes never cross threads) and in tests, with `fetch` injected.
 * Every way loading can fail ends as an `AtlasLoadError` whose message a person can act on.
 */

export type LoadErrorKind =
	/** The server has no database at the URL (404, or a web page where the file should be). */
	| 'missing'
	/** The request failed or was cut short. */
	| 'network'
	/** The file is not a readable SQLite database. */
	| 'corrupt'
	/** A database of a `schema_version` this site does not read. */
	| 'schema'
	/** The sql.js WebAssembly engine did not load. */
	| 'engine'
	/** The Web Worker could not start (or died). */
	| 'worker'
	/** A query failed after loading. */
	| 'query'
	/** A user's recaps could not be added (the atlas is unchanged). */
	| 'add';

export class AtlasLoadError extends Error {
	override name = 'AtlasLoadError';
	constructor(
		readonly kind: LoadErrorKind,
		message: string,
		/** The technical cause, for the details disclosure. */
		readonly detail?: string
	) {
		super(message);
	}
}

/** Short headings for the error panel, one per kind. */
export const ERROR_TITLES: Record<LoadErrorKind, string> = {
	missing: 'The database is missing',
	network: 'The database could not be downloaded',
	corrupt: 'The database file is damaged',
	schema: 'The database is of an unknown version',
	add: 'Your recaps were not added',
	engine: 'The SQLite engine could not start',
	worker: 'The database worker could not start',
	query: 'A query failed'
};

export interface LoadProgress {
	phase: 'download' | 'open';
	received: number;
	/** From Content-Length; null when the server does not say (or sends it compressed). */
	total: number | null;
}

export type ProgressCallback = (progress: LoadProgress) => void;

/** Every SQLite file starts with these 16 bytes. */
const SQLITE_MAGIC = 'SQLite format 3\0';

export function looksLikeSqlite(bytes: Uint8Array): boolean {
	if (bytes.length < 100) return false;
	for (let i = 0; i < SQLITE_MAGIC.length; i++) {
		if (bytes[i] !== SQLITE_MAGIC.charCodeAt(i)) return false;
	}
	return true;
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function expectedTotal(response: Response): number | null {
	const encoding = response.headers.get('content-encoding');
	// A compressed body's length says nothing about the bytes the stream yields.
	if (encoding && encoding !== 'identity') return null;
	const length = Number(response.headers.get('content-length'));
	return Number.isFinite(length) && length > 0 ? length : null;
}

/**
 * Fetch the database, reporting bytes received as they arrive. Throws `AtlasLoadError`:
 * `missing` for a 404 (or the HTML page that many static hosts serve instead of a 404),
 * `network` for other failures, `corrupt` for bytes that are not SQLite.
 */
export async function fetchDatabase(
	url: string,
	onProgress: ProgressCallback = () => {},
	fetchImpl: typeof fetch = fetch
): Promise<Uint8Array> {
	let response: Response;
	try {
		response = await fetchImpl(url);
	} catch (error) {
		throw new AtlasLoadError(
			'network',
			'Could not reach the server to download the database. Check the connection and retry.',
			message(error)
		);
	}
	const file = new URL(url, 'http://x/').pathname;
	if (response.status === 404 || response.status === 410) {
		throw new AtlasLoadError(
			'missing',
			`The database file ${file} is not on the server (HTTP ${response.status}). ` +
				'If you run this site yourself, `npm run build` creates it from data/.',
			`GET ${url} → ${response.status}`
		);
	}
	if (!response.ok) {
		throw new AtlasLoadError(
			'network',
			`The server answered HTTP ${response.status} for the database file ${file}. Retry in a moment.`,
			`GET ${url} → ${response.status} ${response.statusText}`
		);
	}
	if ((response.headers.get('content-type') ?? '').includes('text/html')) {
		throw new AtlasLoadError(
			'missing',
			`The server sent a web page instead of the database file ${file}: the file is probably not deployed.`,
			`GET ${url} → text/html`
		);
	}

	const total = expectedTotal(response);
	onProgress({ phase: 'download', received: 0, total });
	const bytes = await readBody(response, total, onProgress);
	if (!looksLikeSqlite(bytes)) {
		throw new AtlasLoadError(
			'corrupt',
			`The file ${file} is not an SQLite database (${bytes.length.toLocaleString('en')} bytes without the SQLite header). Rebuild it with \`npm run ingest\`.`
		);
	}
	return bytes;
}

/**
 * Progress is reported for every hundredth of the file (every 256 KB when the size is unknown),
 * not for each of the thousands of chunks a large database arrives in: each report is a message
 * to the page and a redraw of its progress bar.
 */
const UNKNOWN_STEP = 256 * 1024;

async function readBody(
	response: Response,
	total: number | null,
	onProgress: ProgressCallback
): Promise<Uint8Array> {
	try {
		if (!response.body) {
			const whole = new Uint8Array(await response.arrayBuffer());
			onProgress({ phase: 'download', received: whole.length, total });
			return whole;
		}
		const reader = response.body.getReader();
		const step = total ? Math.ceil(total / 100) : UNKNOWN_STEP;
		// With the size known, chunks go straight into a buffer of that size; otherwise they are
		// kept and copied once into one of the final size.
		const into = total ? new Uint8Array(total) : null;
		const chunks: Uint8Array[] = [];
		let received = 0;
		let reported = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			if (!into) chunks.push(value);
			else if (received + value.length > into.length) throw new Error('more bytes than announced');
			else into.set(value, received);
			received += value.length;
			if (received - reported >= step || received === total) {
				reported = received;
				onProgress({ phase: 'download', received, total });
			}
		}
		if (total !== null && received < total) {
			throw new Error(`received ${received} of ${total} bytes`);
		}
		if (into) return into;
		if (reported !== received) onProgress({ phase: 'download', received, total });
		const bytes = new Uint8Array(received);
		let offset = 0;
		for (const chunk of chunks) {
			bytes.set(chunk, offset);
			offset += chunk.length;
		}
		return bytes;
	} catch (error) {
		throw new AtlasLoadError(
			'network',
			'The download of the database was interrupted. Retry to download it again.',
			message(error)
		);
	}
}

/** Errors cross the worker boundary as plain data. */
export interface SerializedLoadError {
	kind: LoadErrorKind;
	message: string;
	detail?: string;
}

export function serializeError(error: unknown, fallback: LoadErrorKind): SerializedLoadError {
	if (error instanceof AtlasLoadError) {
		return { kind: error.kind, message: error.message, detail: error.detail };
	}
	return { kind: fallback, message: message(error) };
}

export function deserializeError(error: SerializedLoadError): AtlasLoadError {
	return new AtlasLoadError(error.kind, error.message, error.detail);
}

/** Any failure as an AtlasLoadError (a failed query after loading is a `query` error). */
export function asLoadError(error: unknown): AtlasLoadError {
	if (error instanceof AtlasLoadError) return error;
	return new AtlasLoadError('query', message(error));
}

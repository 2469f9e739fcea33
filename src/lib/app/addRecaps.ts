/**
 * Adding a user's recap files to the atlas this tab has open: the add worker builds a new
 * database from the open one plus the files (the same ingest and writer as `npm run ingest`),
 * and the database worker opens that one instead. The published file is not touched (a reload
 * brings it back); on any failure the atlas is as it was.
 */
import { asset } from '$app/paths';
import type { AddReport } from '$lib/db/addRecaps';
import { assetUrls, DATABASE_DOWNLOAD_FILE, TAXONOMY_FILE } from '$lib/db/assets';
import { AtlasLoadError } from '$lib/db/load';
import type { MetaInfo } from '$lib/db/types';
import { addInWorker } from '$lib/db/worker/addClient';
import type { AtlasStore } from './atlas.svelte';

export interface Added {
	report: AddReport;
	/** The new database file, to download. */
	bytes: Uint8Array;
	meta: MetaInfo;
}

/** The file of the atlas open in this tab when recaps were added to it (else the published one). */
let opened: { bytes: Uint8Array; builtAt: string | undefined } | null = null;

export async function addRecaps(
	atlas: AtlasStore,
	files: { path: string; bytes: Uint8Array }[]
): Promise<Added> {
	const client = atlas.client;
	if (atlas.status !== 'ready' || !client) {
		throw new AtlasLoadError('add', 'The atlas is not loaded yet; nothing was added.');
	}
	const urls = assetUrls(asset(DATABASE_DOWNLOAD_FILE), location.href);
	const base =
		opened && opened.builtAt === atlas.meta?.builtAt
			? opened.bytes.slice()
			: { url: urls.database };
	const { bytes, report } = await addInWorker({
		database: base,
		files,
		wasmUrl: urls.wasm,
		taxonomyUrl: new URL(asset(TAXONOMY_FILE as Parameters<typeof asset>[0]), location.href).href
	});
	// The database worker opens the new file from memory (a blob: URL), like the published one.
	const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
	try {
		const meta = await client.load(undefined, url);
		opened = { bytes, builtAt: meta.builtAt };
		await atlas.refresh(meta);
		return { report, bytes, meta };
	} finally {
		URL.revokeObjectURL(url);
	}
}

/**
 * Replace a file all at once: write a temporary file next to it, flush it, rename it over the
 * target. Readers (and a later run) see the old file or the new one, never half of one; a
 * failure or an interrupted run leaves the old file as it was.
 */
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
	const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${Date.now()}`);
	try {
		const handle = await open(temp, 'w');
		try {
			await handle.writeFile(bytes);
			await handle.sync();
		} finally {
			await handle.close();
		}
		await rename(temp, path);
	} catch (error) {
		await unlink(temp).catch(() => {});
		throw error;
	}
}

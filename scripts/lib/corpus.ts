/**
 * Reading a corpus folder from disk: every document (recursively) as bytes with its path
 * relative to the folder, in path order, plus sources.yaml when present.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SourceInput } from '../../src/lib/ingest/types';

export const MANIFEST_NAME = 'sources.yaml';

export class CorpusNotFoundError extends Error {
	override name = 'CorpusNotFoundError';
}

/**
 * Not documents: the manifest and the README at the top (they describe the corpus), dotfiles
 * and dot-folders (.git, .DS_Store…). A README inside a folder is read: notes repositories keep
 * one recap per folder as its README ("envoycon2019/README.md").
 */
function skipped(name: string, atRoot: boolean): boolean {
	return (
		name.startsWith('.') ||
		(atRoot && (/^readme(\.[a-z0-9]+)?$/i.test(name) || name === MANIFEST_NAME))
	);
}

async function walk(root: string, dir: string, out: string[], readmes: string[]): Promise<void> {
	const entries = await readdir(dir, { withFileTypes: true });
	for (const entry of entries) {
		if (skipped(entry.name, dir === root)) {
			if (entry.isFile() && entry.name !== MANIFEST_NAME && !entry.name.startsWith('.'))
				readmes.push(entry.name);
			continue;
		}
		const full = join(dir, entry.name);
		if (entry.isDirectory()) await walk(root, full, out, readmes);
		else if (entry.isFile()) out.push(full);
	}
}

export interface Corpus {
	inputs: SourceInput[];
	/** The text of sources.yaml, or null when the folder has none. */
	manifest: string | null;
	/** The README at the top, not read: it describes the corpus (runIngest says so). */
	readmes: string[];
	bytes: number;
}

export async function readCorpus(dir: string): Promise<Corpus> {
	const info = await stat(dir).catch(() => null);
	if (!info?.isDirectory()) throw new CorpusNotFoundError(`corpus folder not found: ${dir}`);
	const files: string[] = [];
	const readmes: string[] = [];
	await walk(dir, dir, files, readmes);
	const inputs = await Promise.all(
		files.map(async (file) => ({
			path: relative(dir, file).split(sep).join('/'),
			bytes: new Uint8Array(await readFile(file))
		}))
	);
	inputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const manifest = await readFile(join(dir, MANIFEST_NAME), 'utf8').catch(() => null);
	readmes.sort();
	return { inputs, manifest, readmes, bytes: inputs.reduce((n, i) => n + i.bytes.length, 0) };
}

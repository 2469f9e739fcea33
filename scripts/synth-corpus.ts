/**
 * npm run synth [-- --out DIR --docs 5000 --seed 1]
 * Writes a seeded synthetic corpus (recaps in mixed formats built from data/taxonomy) for
 * benchmarks and large-corpus tests. The same seed and count always give the same files.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../src/lib/synth/generate';
import { loadTaxonomy } from './lib/ingestRun';

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: 'bench/out/synth-corpus' },
		taxonomy: { type: 'string', default: 'data/taxonomy' },
		docs: { type: 'string', default: '5000' },
		seed: { type: 'string', default: '1' }
	}
});

const { taxonomy } = await loadTaxonomy(values.taxonomy);
const files = generateCorpus(taxonomy, Number(values.docs), Number(values.seed));
await rm(values.out, { recursive: true, force: true });
for (const file of files) {
	const path = join(values.out, file.path);
	await mkdir(dirname(path), { recursive: true });
	await writeFile(path, file.text);
}
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
console.log(`${files.length} documents (${(bytes / 1e6).toFixed(1)} MB) → ${values.out}`);

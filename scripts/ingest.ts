/**
 * npm run ingest [-- --corpus DIR --taxonomy DIR --out FILE --strict]
 * Builds the atlas database from a folder of recaps. Exit codes: 0 written, 1 --strict and
 * warnings (nothing written), 2 failed (previous database left as it was).
 */
import { parseArgs } from 'node:util';
import { runIngest } from './lib/ingestRun';

const USAGE = `Usage: npm run ingest [-- --corpus DIR] [--taxonomy DIR] [--out FILE] [--strict]
  --corpus DIR     folder of recap documents (default data/corpus)
  --taxonomy DIR   folder with events.yaml, projects.yaml, themes.yaml (default data/taxonomy)
  --out FILE       database to write (default static/data/atlas.sqlite)
  --strict         any warning is a failure; the previous database is kept`;

function main(): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				corpus: { type: 'string', default: 'data/corpus' },
				taxonomy: { type: 'string', default: 'data/taxonomy' },
				out: { type: 'string', default: 'static/data/atlas.sqlite' },
				strict: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}));
	} catch (e) {
		console.error(`error: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
		return Promise.resolve(2);
	}
	if (values.help) {
		console.log(USAGE);
		return Promise.resolve(0);
	}
	return runIngest({
		corpus: values.corpus,
		taxonomy: values.taxonomy,
		out: values.out,
		strict: values.strict
	});
}

process.exitCode = await main();

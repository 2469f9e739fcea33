/** The project's own taxonomy (data/taxonomy), read once for the tests that ingest real shapes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTaxonomy } from '../../../src/lib/ingest/taxonomy';

export const root = join(__dirname, '../../..');
export const readProjectFile = (p: string) => readFileSync(join(root, p), 'utf8');
export const { taxonomy: projectTaxonomy } = parseTaxonomy({
	events: readProjectFile('data/taxonomy/events.yaml'),
	projects: readProjectFile('data/taxonomy/projects.yaml'),
	themes: readProjectFile('data/taxonomy/themes.yaml')
});

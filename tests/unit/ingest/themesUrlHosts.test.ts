/**
 * A web address's host is no prose: "community.example.com" says nothing of the community theme,
 * as a name in a URL is no mention. Its path's slug may say what the page is about
 * ("…/installing-multicluster/") and counts as before.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../src/lib/ingest/lexicon';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const lexicon = compileLexicon(taxonomy.projects, taxonomy.themes);
const themes = (text: string) => lexicon.analyse(text).themes.map((t) => t.themeId);

describe('theme terms in web addresses', () => {
	it.each([
		'Blog post: https://community.example.com/t/what-went-wrong/26296 and the video.',
		'Forum thread at community.example.org/t/postmortem-details/37331 has more.',
		'Write-up on https://community.example.net and www.community.example.com.',
		'Ask on community.example.net or in the community.example.org forum.'
	])('no theme from a host: %j', (text) => {
		expect(themes(text)).not.toContain('community');
	});

	it('a path slug still counts', () => {
		expect(themes('Demo steps: https://example.dev/docs/tasks/installing-multicluster/')).toContain(
			'multi-cluster'
		);
	});

	it('prose around the address still counts', () => {
		expect(
			themes('The community meetup and community awards: https://community.example.com/')
		).toContain('community');
	});
});

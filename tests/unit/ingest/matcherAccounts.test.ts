/**
 * A project's name as a company with its legal form ("Docker, Inc.", "Docker Inc. CTO") names
 * the company, not the tool; an account's handle ("@linkerd", "@fluxcd") or a mail domain
 * names an account, as a URL names a page. Company names the taxonomy lists as projects still
 * count in a list of vendors ("CoreOS, Rancher and Heptio"), and other company names do not.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('a company with its legal form', () => {
	it.each([
		['Solomon Hykes (Docker Inc. CTO) talked about the roadmap.', []],
		['Docker, Inc. announced a new partner programme.', []],
		['For a year Docker Inc has been splitting the docker binary into parts.', ['docker']],
		['Sentry Ltd and Docker Corp sponsored the party.', []]
	])('%s', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it('the name without one still counts', () => {
		expect(ids('Docker announced Docker Desktop, and Docker images got smaller.')).toEqual([
			'docker',
			'docker',
			'docker'
		]);
	});

	it('a vendor list counts the projects the taxonomy has, not other companies', () => {
		expect(ids('CoreOS, Rancher and Heptio were all acquired that year.')).toEqual([
			'coreos',
			'rancher'
		]);
	});
});

describe('handles and mail domains', () => {
	it.each([
		['Thanks @linkerd and @fluxcd for the swag at KubeCon!', []],
		['Write to jane@linkerd.io or follow @istio.', []],
		['Thanks @linkerd: Linkerd 2.6 is out.', ['linkerd']]
	])('%s', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it('a name before an "@" still counts ("Linkerd @ KubeCon", "Prometheus@scale")', () => {
		expect(ids('Linkerd @ KubeCon, and Prometheus@scale.')).toEqual(['linkerd', 'prometheus']);
	});
});

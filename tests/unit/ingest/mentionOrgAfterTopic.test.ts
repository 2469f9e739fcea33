import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy } from './projectTaxonomy';

const matcher = compileMatcher(projectTaxonomy.projects);
const surfaces = (text: string) => matcher.match(text).map((m) => m.surface);

describe('a vendor after "Topic from Person (Org)" or "Person, Role at Org"', () => {
	it('drops the organisation of a person named after "from" in a list of keynotes', () => {
		expect(
			surfaces(
				'The keynotes: Storage news from Jane Doe (Acme), Tracing from John Roe (CoreOS) and Helm from Ann Lee (Rancher).'
			)
		).toEqual(['Helm']);
	});

	it('drops the organisation after a job title and "at" behind a person', () => {
		expect(
			surfaces(
				'“Scaling etcd clusters” by Jane Doe, Developer and Team Lead at CoreOS - sched.example'
			)
		).toEqual(['etcd']);
		expect(surfaces('Speakers: John Roe, Senior Software Engineer at Rancher')).toEqual([]);
		expect(surfaces('Jane Doe, Principal Architect at Docker, showed Kubernetes')).toEqual([
			'Kubernetes'
		]);
	});

	it('keeps the tool where no person and title stand before it', () => {
		expect(surfaces('Ten years of Docker from Jane Doe’s view')).toEqual(['Docker']);
		expect(surfaces('We ran Kubernetes at Rancher scale, said the lead at CoreOS')).toEqual([
			'Kubernetes',
			'Rancher',
			'CoreOS'
		]);
		expect(surfaces('Jane Doe, our engineer, demoed Docker at KubeCon')).toEqual(['Docker']);
	});
});

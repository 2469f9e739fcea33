import { describe, expect, it } from 'vitest';
import { talks } from './fixtureIngest';
import { isPersonName } from '../../../src/lib/ingest/speakers';

describe('ordinary and technical words make no name', () => {
	it.each([
		'Service Mesh',
		'GitOps Tool',
		'Multi-Cluster Networking',
		'Platform Engineering',
		'Edge Computing',
		'Serverless Day',
		'Observability Summit',
		'Community Track',
		'Prometheus Operator',
		'Istio Service Mesh',
		'Panel Session',
		'Security Workshop'
	])('%s', (s) => expect(isPersonName(s)).toBe(false));

	it.each([
		'Grace Hopper',
		'Kelsey Hightower',
		'Liz Rice',
		'Ian Coldwater',
		'Stephen Day',
		'Rich Renner',
		'Dev Patel',
		'Summer Edge',
		'Michael Michael',
		'Otto van der Schaaf'
	])('%s stays a name', (s) => expect(isPersonName(s)).toBe(true));

	it.each([
		'Kubernetes Deep Dive – Multi-Cluster Networking at Scale',
		'Intro to Linkerd - Service Mesh',
		'Why GitOps - GitOps Tool, Acme'
	])('%s', (line) => expect(talks(line)).toEqual([]));

	it('a speaker with such a surname stays', () => {
		expect(talks('Container Security Deep Dive – Liz Rice, Aqua Security')).toEqual([
			['Container Security Deep Dive', ['Liz Rice'], ['Aqua Security']]
		]);
	});

	it.each(['San Francisco', 'Howard Street', 'Moscone Center West', 'New York', 'Harbor Drive'])(
		'%s (a place, a venue, an address) is no name',
		(s) => expect(isPersonName(s)).toBe(false)
	);
});

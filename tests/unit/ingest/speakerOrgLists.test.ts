import { describe, expect, it } from 'vitest';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { talksInPassage } from '../../../src/lib/ingest/talks';

describe('several organisations in one pair of brackets after the names', () => {
	it.each([
		['Andrew Seigner & Frederic Branczyk (Buoyant, Red Hat)', ['Buoyant', 'Red Hat']],
		['Jane Doe and John Roe (Acme / Globex)', ['Acme', 'Globex']],
		['Jane Doe & John Roe (Polar Signals, Red Hat)', ['Polar Signals', 'Red Hat']]
	])('%s', (names, orgs) => {
		expect(parseSpeakerList(names)?.organizations).toEqual(orgs);
	});

	it.each([
		'Jane Doe (Acme, Berlin)',
		'Jane Doe (Jane Roe, John Doe)',
		'Jane Doe (Acme, ex-Globex)'
	])('a place, people or a remark among them lists none: %s', (names) => {
		expect(parseSpeakerList(names)).toEqual({ speakers: ['Jane Doe'], organizations: [] });
	});

	it('in a schedule line', () => {
		expect(
			talksInPassage(
				'14:00 Multi-Cluster Observability with Thanos — Jane Doe & John Roe (Acme, Globex)',
				'list'
			).map((t) => [t.title, t.speakers, t.organizations])
		).toEqual([
			['Multi-Cluster Observability with Thanos', ['Jane Doe', 'John Roe'], ['Acme', 'Globex']]
		]);
	});
});

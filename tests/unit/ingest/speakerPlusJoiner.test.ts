/** "Jane Doe + John Roe": a plus between spaces joins two speakers, as "&" and "and" do. */
import { describe, expect, it } from 'vitest';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { talks } from './fixtureIngest';

describe('speakers joined by a plus', () => {
	it('are two speakers, each with an organisation in brackets or one for both', () => {
		expect(parseSpeakerList('Ruth Baker (Initech) + Omar Said (Globex)')).toEqual({
			speakers: ['Ruth Baker', 'Omar Said'],
			organizations: ['Initech', 'Globex']
		});
		expect(talks('Your Cluster Is a Database – Ruth Baker + Omar Said (Initech)')).toEqual([
			['Your Cluster Is a Database', ['Ruth Baker', 'Omar Said'], ['Initech']]
		]);
	});

	it('a part after the plus that is no name gives no list (never an organisation)', () => {
		expect(parseSpeakerList('Ruth Baker + QA Team')).toBeNull();
	});

	it('projects joined by a plus are no speakers', () => {
		expect(parseSpeakerList('Kubernetes + Istio')).toBeNull();
		expect(talks('Kubernetes + Istio – Better Together')).toEqual([]);
	});
});

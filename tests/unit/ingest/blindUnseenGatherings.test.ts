/**
 * Gatherings a blind test on unseen recaps misnamed: a meetup whose name spells its city with
 * accents ("Cloud Native Zürich") got the city again ("… meetup Zurich").
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

describe('a meetup named with its city in another spelling', () => {
	it('"Meetup: Cloud Native Zürich, May 20" is not named "… Zurich" again', () => {
		const r = ingestText(
			'weekly.md',
			[
				'# Cloud Native Weekly — Issue #87',
				'',
				'*May 31, 2021*',
				'',
				'## Meetup: Cloud Native Zürich, May 20',
				'',
				'Our local group met online for a session on Linkerd.',
				''
			].join('\n')
		);
		expect(r.events.filter((e) => e.in_catalog === 0).map((e) => [e.id, e.name])).toEqual([
			['cloud-native-zurich-meetup-2021-05', 'Cloud Native Zürich meetup (May 2021)']
		]);
	});
});

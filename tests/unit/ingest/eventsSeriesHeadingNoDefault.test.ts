/**
 * A heading that names a series alone ("## KubeCon") in a document without a default edition
 * (its title names a co-located gathering and an edition alike: "ServiceMeshCon and KubeCon NA
 * 2019") is about the one edition of that series the document names. Before, its section was left
 * without an event ("the document fits several editions"). Where the document names several
 * editions of the series, the heading still decides nothing.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const sectionsOf = (text: string) => {
	const r = ingestText('recap.md', text);
	return r.passages.map((p) => p.event_id);
};

describe('a series heading in a document with no default edition', () => {
	it('is the one edition of the series the document names', () => {
		expect(
			sectionsOf(
				[
					'---',
					'title: "Cloud Native Rejekts and KubeCon EU 2019"',
					'date: 2019-05-27',
					'---',
					'',
					'## Cloud Native Rejekts',
					'',
					'Cloud Native Rejekts ran the weekend before, with talks on Envoy and Prometheus.',
					'',
					'## KubeCon',
					'',
					'The main conference ran from Tuesday to Thursday, with seven thousand people.'
				].join('\n')
			)
		).toEqual(['cloud-native-rejekts-2019', 'kubecon-eu-2019']);
	});

	it('decides nothing where the document names several editions of the series', () => {
		expect(
			sectionsOf(
				[
					'---',
					'title: "KubeCon EU 2019, KubeCon China 2019 and KubeCon NA 2019"',
					'date: 2019-12-27',
					'---',
					'',
					'## KubeCon',
					'',
					'Each main conference ran from Tuesday to Thursday, with thousands of people.'
				].join('\n')
			)[0]
		).toBeNull();
	});
});

/**
 * An edition named in passing inside a clause about the recap's own: "Compared to KubeCon NA
 * 2018 in Seattle, this KubeCon in Barcelona was huge." The comparison bears on the edition after
 * "compared to", and blanking the passing one's city stops at the next reference.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const eventsOf = (...passages: string[]) =>
	ingestText('notes.md', ['# My KubeCon notes', ...passages].join('\n\n')).passages.map(
		(p) => p.event_id
	);

describe('a comparison with another edition', () => {
	it.each([
		'Compared to KubeCon NA 2018 in Seattle, this KubeCon in Barcelona was huge.',
		'Compared with KubeCon NA 2018 in Seattle, this KubeCon in Barcelona was huge.',
		'Compared to KubeCon NA 2018 in Seattle, this KubeCon was huge, here in Barcelona.'
	])('%s', (passage) => {
		expect(eventsOf(passage, 'The keynotes were packed.')).toEqual([
			'kubecon-eu-2019',
			'kubecon-eu-2019'
		]);
	});
});

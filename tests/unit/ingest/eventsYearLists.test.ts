import { describe, expect, it } from 'vitest';
import { attributeEvents } from '../../../src/lib/ingest/events';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { makeDoc } from './extractionFixtures';
import { projectTaxonomy } from './projectTaxonomy';

const index = compileEventIndex(projectTaxonomy.events);
const refs = (text: string) =>
	index.findRefs(text).map((r) => [r.surface, r.external?.name ?? r.candidates.join('|')]);

describe('years listed after one edition', () => {
	it.each([
		[
			'I spoke at KubeCon EU 2019, 2018 and 2017.',
			[
				['KubeCon EU 2019', 'kubecon-eu-2019'],
				['2018', 'kubecon-eu-2018'],
				['2017', 'kubecon-eu-2017']
			]
		],
		[
			'The KubeCon NA 2019 & 2018 keynotes',
			[
				['KubeCon NA 2019', 'kubecon-na-2019'],
				['2018', 'kubecon-na-2018']
			]
		],
		[
			'KubeCon Europe 2018/2019',
			[
				['KubeCon Europe 2018', 'kubecon-eu-2018'],
				['2019', 'kubecon-eu-2019']
			]
		],
		[
			'KubeCon EU 2021, 2022, and 2023',
			[
				['KubeCon EU 2021', 'kubecon-eu-2021'],
				['2022', 'KubeCon EU 2022'],
				['2023', 'KubeCon EU 2023']
			]
		]
	])('"%s" names an edition of the series and region for each', (text, expected) => {
		expect(refs(text)).toEqual(expected);
	});

	it.each([
		'At KubeCon NA 2019, 2020 attendees were expected.',
		'KubeCon NA 2019 and 2000 people in one hall',
		'KubeCon NA 2019 was bigger than 2018 and 2017.'
	])('"%s": no year list', (text) => {
		expect(refs(text)).toEqual([['KubeCon NA 2019', 'kubecon-na-2019']]);
	});

	it('a lead listing three years of one edition is a document about several editions', () => {
		const doc = makeDoc({
			title: 'Conference notes',
			sections: [
				{
					passages: [
						'I went to KubeCon EU 2019, 2018 and 2017.',
						'The hallway track was as good as ever.'
					]
				}
			]
		});
		const got = attributeEvents(doc, index).passageEvents[0]!;
		expect(got.map((p) => p.eventId)).toEqual([null, null]);
		expect(got[1]!.reason).toContain('several editions alike');
	});
});

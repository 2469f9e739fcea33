/**
 * A series name with a city or region but no year ("DockerCon SF", "DockerCon EU") fits editions
 * of several years: in running text it is still an edition of a list, and the document's year
 * settles it where the passage opens at it.
 */
import { describe, expect, it } from 'vitest';
import { attributeEvents } from '../../../src/lib/ingest/events';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { makeDoc } from './extractionFixtures';
import { projectTaxonomy } from './projectTaxonomy';

const index = compileEventIndex(projectTaxonomy.events);

function attribute(lead: string, published?: string) {
	const doc = makeDoc({
		title: 'My conference season',
		...(published ? { published } : {}),
		sections: [{ passages: [lead, 'The hallway track was as good as ever.'] }]
	});
	const got = attributeEvents(doc, index).passageEvents[0]!;
	return { ids: got.map((p) => p.eventId), reason: got[1]!.reason };
}

describe('a season intro that lists editions without their years', () => {
	it('is a list of three editions, each that of the year of the post', () => {
		// Before, "DockerCon EU" went to DockerCon Europe 2018 (published two weeks after it), and
		// every passage with it: "DockerCon SF", unsettled, was no item of the list.
		const got = attribute(
			'This year I spoke at DockerCon SF, DockerCon EU and KubeCon NA 2018.',
			'2018-12-20'
		);
		expect(got).toEqual({
			ids: [null, null],
			reason:
				'the document covers several editions alike (dockercon-2018, dockercon-eu-2018, kubecon-na-2018); nothing ties this passage to one of them'
		});
	});

	it('is a list even when nothing dates the post', () => {
		// Before, the one name that fits a single edition, "DockerCon Austin", took the document.
		const got = attribute('I spoke at DockerCon SF, DockerCon EU and DockerCon Austin.');
		expect(got.ids).toEqual([null, null]);
		expect(got.reason).toMatch(/^the document covers several editions alike/);
	});
});

describe('a list of editions in a recap of another one', () => {
	it("leaves the passage and those after it at the recap's edition", () => {
		// Before, "DockerCon SF" broke the list: the passage and the rest went to KubeCon EU 2018.
		const doc = makeDoc({
			title: 'KubeCon NA 2018 recap',
			sections: [
				{
					passages: [
						'KubeCon NA 2018 in Seattle was huge.',
						'I also went to DockerCon EU, DockerCon SF and KubeCon EU 2018 this year.',
						'The keynotes were great.'
					]
				}
			]
		});
		expect(attributeEvents(doc, index).passageEvents[0]!.map((p) => p.eventId)).toEqual([
			'kubecon-na-2018',
			'kubecon-na-2018',
			'kubecon-na-2018'
		]);
	});
});

describe('a passage that opens at an edition named without its year', () => {
	it('"At DockerCon SF, …" in a review of 2019 is at DockerCon 2019', () => {
		const got = attribute(
			'At DockerCon SF, Docker Desktop Enterprise was the big launch.',
			'2019-12-28'
		);
		expect(got.ids).toEqual(['dockercon-2019', 'dockercon-2019']);
	});

	it('not a name that merely opens a sentence ("KubeCon China is smaller")', () => {
		const got = attribute('KubeCon China is smaller, they say, but growing.', '2019-12-28');
		expect(got.ids).toEqual([null, null]);
	});
});

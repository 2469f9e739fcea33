/**
 * A passage that looks back at another edition by its season ("at KubeCon last spring", "KubeCon
 * EU in the spring of 2019") or by a memory of its place in the series ("I still remember the
 * first DockerCon", "back at the first KubeCon") is about that edition, and only that passage:
 * the next one is back at the document's own.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const OWN = 'The opening keynote was about the Kubernetes release and the hallway track was busy.';
const NEXT = 'On the second day the Envoy maintainers ran a packed deep dive.';

/** The events of the three passages: the document's own, the one tested, the next. */
const eventsOf = (published: string, title: string, text: string) =>
	ingestText(
		'recap.md',
		`---\ntitle: ${title}\ndate: ${published}\n---\n\n# ${title}\n\n${OWN}\n\n${text}\n\n${NEXT}\n`
	).passages.map((p) => p.event_id);

describe('an edition dated by its season', () => {
	it.each([
		[
			'2019-11-25',
			'KubeCon NA 2019 recap',
			'At KubeCon last spring, the Prometheus talks were packed.',
			'kubecon-eu-2019'
		],
		[
			'2019-11-25',
			'KubeCon NA 2019 recap',
			'Last spring at KubeCon the Prometheus talks were packed.',
			'kubecon-eu-2019'
		],
		[
			'2019-11-25',
			'KubeCon NA 2019 recap',
			'This past spring, at KubeCon, the Prometheus talks were packed.',
			'kubecon-eu-2019'
		],
		[
			'2017-11-01',
			'DockerCon EU 2017 recap',
			'At DockerCon this spring, the Moby Project was announced.',
			'dockercon-2017'
		],
		[
			'2018-12-20',
			'DockerCon EU 2018 recap',
			'At DockerCon last summer the Docker Desktop talks were full.',
			'dockercon-2018'
		],
		[
			'2020-08-25',
			'KubeCon EU 2020 recap',
			'KubeCon EU in the spring of 2019 had the Prometheus deep dive.',
			'kubecon-eu-2019'
		],
		[
			'2020-08-25',
			'KubeCon EU 2020 recap',
			'In the fall of 2017, DockerCon EU had its Moby summit.',
			'dockercon-eu-2017'
		],
		[
			'2020-08-25',
			'KubeCon EU 2020 recap',
			'At KubeCon in autumn 2019 the Prometheus talks were packed.',
			'kubecon-na-2019'
		],
		[
			'2019-03-10',
			'KubeCon EU 2019 preview',
			'At KubeCon last winter the Helm talks were the busiest.',
			'kubecon-na-2018'
		]
	])('%s "%s": "%s" → %s', (published, title, text, id) => {
		const own = eventsOf(published, title, text)[0];
		expect(eventsOf(published, title, text)).toEqual([own, id, own]);
	});

	it.each([
		// No KubeCon in the summer of 2018 (Copenhagen in May, Shanghai in November).
		['2019-11-25', 'KubeCon NA 2019 recap', 'At KubeCon in the summer of 2018, nothing happened.'],
		// The future and a season of something else are no look back.
		[
			'2019-11-25',
			'KubeCon NA 2019 recap',
			'Next spring at KubeCon we will show the Prometheus work.'
		],
		[
			'2017-06-01',
			'DockerCon 2017 recap',
			'DockerCon this fall will be in Copenhagen, with Moby talks.'
		],
		[
			'2019-11-25',
			'KubeCon NA 2019 recap',
			'The spring release of Kubernetes was discussed at KubeCon.'
		]
	])('%s "%s": "%s" stays at the document’s edition', (published, title, text) => {
		const events = eventsOf(published, title, text);
		expect(events).toEqual([events[0], events[0], events[0]]);
	});

	it("the season's months decide: November is autumn, December winter, June summer", () => {
		// KubeCon China 2018 (November 13) is autumn, KubeCon NA 2018 (December 10) winter.
		expect(
			eventsOf(
				'2019-11-25',
				'KubeCon NA 2019 recap',
				'At KubeCon in the fall of 2018 we met the Harbor team.'
			)[1]
		).toBe('kubecon-cn-2018');
		// DockerCon in the spring of 2015: none (DockerCon 2015 was in June).
		expect(
			eventsOf(
				'2019-11-25',
				'KubeCon NA 2019 recap',
				'At DockerCon in the spring of 2015 the Compose talks were new.'
			)[1]
		).toBe('kubecon-na-2019');
	});
});

describe('a memory of an edition by its place in the series', () => {
	it.each([
		[
			'I still remember the first DockerCon, where Solomon Hykes demoed libcontainer.',
			'dockercon-2014'
		],
		[
			'Back at the first KubeCon, a few hundred people talked about Kubernetes 1.1.',
			'kubecon-2015'
		],
		['I remember the very first KubeCon: a single track about Kubernetes.', 'kubecon-2015'],
		['Back in the first KubeCon Europe, the Kubernetes SIGs met in one room.', 'kubecon-eu-2016'],
		['Ever since the first DockerCon, the Docker community has met every year.', 'dockercon-2014'],
		[
			'We still recall the second DockerCon, where Docker Compose got its big stage.',
			'dockercon-2015'
		],
		[
			'Je me souviens de la première KubeCon Europe, avec une seule salle pour Kubernetes.',
			'kubecon-eu-2016'
		]
	])('"%s" → %s, the next passage back at the document’s edition', (text, id) => {
		expect(eventsOf('2020-08-25', 'KubeCon EU 2020 recap', text)).toEqual([
			'kubecon-eu-2020',
			id,
			'kubecon-eu-2020'
		]);
	});

	it.each([
		'I remember my first KubeCon: so many Kubernetes talks.',
		'I remember the first KubeCon I attended: so many Kubernetes talks.',
		'I remember the first KubeCon keynote about Kubernetes.',
		'Back in 2019, the Kubernetes talks were fewer.'
	])('"%s" stays at the document’s edition', (text) => {
		expect(eventsOf('2020-08-25', 'KubeCon EU 2020 recap', text)).toEqual([
			'kubecon-eu-2020',
			'kubecon-eu-2020',
			'kubecon-eu-2020'
		]);
	});
});

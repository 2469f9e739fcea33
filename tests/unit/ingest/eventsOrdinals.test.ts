/**
 * An edition named by its place in its series ("the first DockerCon", "the second DockerCon
 * Europe", "the third KubeCon Europe") is that edition of the catalog, counted by start date within
 * the series and the region named; "the first KubeCon to be held virtually", "my first KubeCon"
 * or "the first time" are no such count.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const eventsOf = (text: string) =>
	ingestText('recap.md', `# Notes\n\n${text}\n`).passages.map((p) => p.event_id);

describe('ordinal references to an edition', () => {
	it.each([
		['The first DockerCon was where Solomon Hykes demoed libcontainer.', 'dockercon-2014'],
		['The second DockerCon was where Docker Compose got its big stage.', 'dockercon-2015'],
		['The second DockerCon Europe was where I first saw Docker Swarm.', 'dockercon-eu-2015'],
		['At the first KubeCon, a few hundred people heard about Kubernetes 1.1.', 'kubecon-2015'],
		['The inaugural KubeCon had a single track about Kubernetes.', 'kubecon-2015'],
		['The third KubeCon Europe was the biggest European edition so far.', 'kubecon-eu-2018'],
		['The first KubeCon Europe was a small affair with one track.', 'kubecon-eu-2016'],
		['The first KubeCon North America after the split drew a crowd.', null],
		['The second KubeCon North America had many Kubernetes talks.', 'kubecon-na-2017'],
		['La première KubeCon Europe était petite.', 'kubecon-eu-2016'],
		['I was at the very first DockerCon, where Docker 1.0 shipped.', 'dockercon-2014'],
		['The first-ever KubeCon had a single track about Kubernetes.', 'kubecon-2015'],
		['The second KubeCon in Seattle was far bigger.', 'kubecon-na-2018'],
		['The second DockerCon in San Francisco brought Docker Compose.', 'dockercon-2015']
	])('"%s" → %s', (text, id) => {
		expect(eventsOf(text)).toEqual([id]);
	});

	it.each([
		'It was the first KubeCon to be held virtually, and Kubernetes talks were streamed.',
		'It was my first KubeCon and I loved the Kubernetes talks.',
		'The first KubeCon I attended had great Kubernetes talks.',
		'It was the first KubeCon in years without a Kubernetes release party.',
		'The first time at KubeCon is overwhelming: so many Kubernetes talks.',
		'The second KubeCon day opened with Kubernetes keynotes.',
		'The first KubeCon keynote was about Kubernetes and Prometheus.'
	])('"%s" names no edition', (text) => {
		expect(eventsOf(text)).toEqual([null]);
	});
});

/**
 * A passage that opens on a time and a city ("Last year in Copenhagen, …", "In 2015, in San
 * Francisco, …", "Im Vorjahr in Berlin, …") looks back at the edition held there then: that
 * passage only, the next is at the recap's edition again.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const eventsOf = (text: string) => ingestText('recap.md', text).passages.map((p) => p.event_id);

describe('a passage opening on a time and a city', () => {
	it('"Last year in Copenhagen, …" in a recap of Barcelona, published in 2019', () => {
		const text = [
			'---\ntitle: "Barcelona notes"\ndate: 2019-05-28\n---\n',
			'I just got back from KubeCon + CloudNativeCon Europe in Barcelona, and it was the biggest one yet.\n',
			'Last year in Copenhagen, the talk of the town was the service mesh and every booth promised Envoy.\n',
			'People now run Prometheus at scale with Thanos and Cortex.\n'
		].join('\n');
		expect(eventsOf(text)).toEqual(['kubecon-eu-2019', 'kubecon-eu-2018', 'kubecon-eu-2019']);
	});

	it('"In 2015, in San Francisco, …" in a post comparing two DockerCons', () => {
		const text = [
			'---\ntitle: DockerCon 2015 vs DockerCon 2017\ndate: 2017-04-25\n---\n',
			'I went to DockerCon 2015 and to DockerCon 2017, and the contrast says a lot.\n',
			'In 2015, in San Francisco, the big announcement was the Open Container Initiative.\n',
			'In 2017, in Austin, Docker announced Moby and LinuxKit.\n'
		].join('\n');
		expect(eventsOf(text).slice(1)).toEqual(['dockercon-2015', 'dockercon-2017']);
	});

	it('"Im Vorjahr in Berlin, …" and "In Copenhagen last year, …"', () => {
		const de = [
			'---\ntitle: Rückblick\ndate: 2018-05-10\n---\n',
			'Die KubeCon + CloudNativeCon Europe fand vom 2. bis 4. Mai 2018 in Kopenhagen statt.\n',
			'Im Vorjahr in Berlin ging es noch vor allem um die Grundlagen.\n'
		].join('\n');
		expect(eventsOf(de)).toEqual(['kubecon-eu-2018', 'kubecon-eu-2017']);
		const en = [
			'---\ntitle: Barcelona\ndate: 2019-05-28\n---\n',
			'I attended KubeCon Europe 2019 in Barcelona.\n',
			'In Copenhagen last year, Istio was in every second session.\n'
		].join('\n');
		expect(eventsOf(en)).toEqual(['kubecon-eu-2019', 'kubecon-eu-2018']);
	});

	it('a time and a city that are no edition of the series stay at the recap', () => {
		const text = [
			'---\ntitle: Barcelona\ndate: 2019-05-28\n---\n',
			'I attended KubeCon Europe 2019 in Barcelona.\n',
			'Last year in Paris, I gave a talk at a meetup.\n',
			'In 2016, in Berlin, I started using Kubernetes.\n'
		].join('\n');
		expect(eventsOf(text)).toEqual(['kubecon-eu-2019', 'kubecon-eu-2019', 'kubecon-eu-2019']);
	});
});

describe('a look back set against this year, in the same passage', () => {
	it('"Last year in Copenhagen …; this year in Barcelona …" is a comparison: it stays', () => {
		const text = [
			'---\ntitle: Barcelona notes\ndate: 2019-05-28\n---\n',
			'I attended KubeCon Europe 2019 in Barcelona.\n',
			'Last year in Copenhagen there were 4,300 of us; this year in Barcelona it was 7,700.\n',
			'El año pasado, en Copenhague, la estrella fue Istio. Este año se habló de OpenTelemetry.\n'
		].join('\n');
		expect(eventsOf(text)).toEqual(['kubecon-eu-2019', 'kubecon-eu-2019', 'kubecon-eu-2019']);
	});
});

/**
 * A table with an event column: each row is at the edition its own cell names, not at the one
 * the first row named ("| Talk | Event | Notes |" over one row per talk given).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const rows = (table: string) =>
	ingestText('talks.md', `# Talks I gave\n\n${table}\n`).passages.map((p) => p.event_id);

describe('a table with an event column', () => {
	it('puts each row at the edition of its cell', () => {
		const table = [
			'| Talk | Event | Notes |',
			'|---|---|---|',
			'| Scaling Thanos | KubeCon EU 2018 | Copenhagen, a full room |',
			'| Debugging Envoy | KubeCon NA 2019 | San Diego, great questions |',
			'| Helm in anger | KubeCon EU 2020 | virtual, recorded |'
		].join('\n');
		expect(rows(table)).toEqual(['kubecon-eu-2018', 'kubecon-na-2019', 'kubecon-eu-2020']);
	});

	it('with "Conference" as the column and remarks after the name', () => {
		const table = [
			'| Conference | Year | Topic |',
			'|---|---|---|',
			'| DockerCon 2016 (my first) | 2016 | swarm mode |',
			'| KubeCon EU 2017 preview | 2017 | federation |'
		].join('\n');
		expect(rows(table)).toEqual(['dockercon-2016', 'kubecon-eu-2017']);
	});
});

describe('a co-located gathering whose host the text names', () => {
	it('is in the city of that host, not of the edition the document is mostly about', () => {
		const text = [
			'# KubeCon + CloudNativeCon Europe 2019 in Barcelona',
			'',
			'KubeCon Europe 2019 in Barcelona was huge, and the Barcelona keynotes were great.',
			'',
			'Later that year I went to EnvoyCon 2019, co-located with KubeCon NA 2019, for the proxy talks.'
		].join('\n');
		const r = ingestText('recap.md', `${text}\n`);
		const envoycon = r.events.find((e) => e.id === 'envoycon-2019');
		expect([envoycon?.city, envoycon?.country]).toEqual(['San Diego', 'United States']);
	});
});

/** A schedule pasted as CSV or TSV text: a table, one passage a row. */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../../src/lib/ingest/pipeline';
import { projectTaxonomy } from '../projectTaxonomy';
import { parseString, passages } from './helpers';

const body = (text: string, path = 'schedule.txt') =>
	passages(parseString(text, path)).map((p) => ({ kind: p.kind, text: p.text }));

describe('a schedule as CSV or TSV text', () => {
	it('CSV with a header, quoted cells and a comma inside quotes', () => {
		const doc = parseString(
			[
				'Time,Title,Speaker,Company',
				'11:00,Keynote: Kubernetes State of the Union,Aparna Sinha,Google',
				'11:50,"Fluentd, and Logging at Scale","Eduardo Silva",Treasure Data'
			].join('\n'),
			'schedule.csv'
		);
		expect(doc.title).toBeNull();
		expect(passages(doc).map((p) => [p.kind, p.text])).toEqual([
			[
				'table',
				'Time: 11:00 | Title: Keynote: Kubernetes State of the Union | Speaker: Aparna Sinha | Company: Google'
			],
			[
				'table',
				'Time: 11:50 | Title: Fluentd, and Logging at Scale | Speaker: Eduardo Silva | Company: Treasure Data'
			]
		]);
	});

	it('TSV under a title line gives talks of the edition the title names', () => {
		const text = [
			'KubeCon Europe 2017 Berlin - my schedule',
			'',
			'Time\tTitle\tSpeaker\tCompany',
			'11:00\tLinkerd in production\tOliver Gould\tBuoyant',
			'14:00\tContainerd: building a container supervisor\tMichael Crosby\tDocker',
			'',
			'Great edition, Berlin was cold.'
		].join('\n');
		const r = ingest(
			[{ path: 'berlin.txt', bytes: new TextEncoder().encode(text) }],
			projectTaxonomy
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations, t.event_id])).toEqual([
			['Linkerd in production', ['Oliver Gould'], ['Buoyant'], 'kubecon-eu-2017'],
			[
				'Containerd: building a container supervisor',
				['Michael Crosby'],
				['Docker'],
				'kubecon-eu-2017'
			]
		]);
	});

	it('not prose with commas, nor rows of another width', () => {
		const prose = [
			'We went to talks, demos, and parties',
			'then met friends, ate, and slept',
			'and did it again, twice, or more'
		].join('\n');
		expect(body(prose).map((p) => p.kind)).toEqual(['paragraph']);
		const ragged = ['Time,Title,Speaker', '11:00,Intro,Jane Doe', '12:00,Outro'].join('\n');
		expect(body(ragged).every((p) => p.kind !== 'table')).toBe(true);
	});
});

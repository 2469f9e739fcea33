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

describe('a schedule export that names no conference', () => {
	const run = (lines: string[], path = 'schedule.csv') => {
		const r = ingest(
			[{ path, bytes: new TextEncoder().encode(lines.join('\n')) }],
			projectTaxonomy
		);
		return {
			passages: r.passages.map((p) => p.event_id),
			talks: r.talks.map((t) => [t.title, t.event_id]),
			warnings: r.warnings.map((w) => w.message)
		};
	};

	it('places each row at the edition held on its date', () => {
		// Before, every row and talk was without an event ("the document names no conference edition").
		const got = run([
			'Date,Time,Title,Speaker,Company',
			'2019-11-19,10:30,Scaling Prometheus with Thanos,Jane Doe,Acme',
			'2019-05-21,11:30,Securing the Software Supply Chain,John Roe,Globex'
		]);
		expect(got.passages).toEqual(['kubecon-na-2019', 'kubecon-eu-2019']);
		expect(got.talks).toEqual([
			['Scaling Prometheus with Thanos', 'kubecon-na-2019'],
			['Securing the Software Supply Chain', 'kubecon-eu-2019']
		]);
		expect(got.warnings).toEqual([]);
	});

	it('as TSV, with the date written out', () => {
		const got = run(
			[
				'Day\tTime\tTitle\tSpeaker',
				'May 2, 2018\t14:00\tLinkerd in production\tOliver Gould',
				'May 3, 2018\t09:30\tContainerd deep dive\tMichael Crosby'
			],
			'schedule.tsv'
		);
		expect(got.passages).toEqual(['kubecon-eu-2018', 'kubecon-eu-2018']);
	});

	it('not a date no edition ran on, nor a row without its day', () => {
		const got = run([
			'Date,Time,Title,Speaker',
			'2019-08-01,10:30,Scaling Prometheus with Thanos,Jane Doe',
			'2019-11,11:30,Securing the Software Supply Chain,John Roe'
		]);
		expect(got.passages).toEqual([null, null]);
	});
});

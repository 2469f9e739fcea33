import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const texts = (text: string, path = 'doc.txt') =>
	passages(parseString(text, path)).map((p) => p.text.replace(/\n/g, ' / '));

const IRC = [
	'KubeCon EU 2019 channel export',
	'',
	'[10:32] alice: the Envoy keynote was packed',
	'[10:33] alice: they showed the new xDS APIs',
	'[10:35] bob: anyone at the Prometheus deep dive?',
	'[10:36] carol: yes, Thanos came up a lot',
	'[10:40] bob: nice, I will watch the recording'
].join('\n');

const SLACK = [
	'KubeCon NA 2019 Slack notes',
	'',
	'alice  10:32 AM',
	'the Envoy keynote was packed',
	'they showed the new xDS APIs',
	'bob  10:35 AM',
	'anyone at the Prometheus deep dive?',
	'Jane Doe  10:36 AM',
	'yes, Thanos came up a lot'
].join('\n');

describe('a chat export is one passage per run of one person', () => {
	it.each(['doc.txt', 'doc.md'])('"[10:32] alice: text" lines (%s)', (path) => {
		expect(texts(IRC, path)).toEqual([
			'[10:32] alice: the Envoy keynote was packed / [10:33] alice: they showed the new xDS APIs',
			'[10:35] bob: anyone at the Prometheus deep dive?',
			'[10:36] carol: yes, Thanos came up a lot',
			'[10:40] bob: nice, I will watch the recording'
		]);
	});

	it.each(['doc.txt', 'doc.md'])('"alice  10:32 AM" over the messages (%s)', (path) => {
		expect(texts(SLACK, path)).toEqual([
			'alice 10:32 AM the Envoy keynote was packed they showed the new xDS APIs',
			'bob 10:35 AM anyone at the Prometheus deep dive?',
			'Jane Doe 10:36 AM yes, Thanos came up a lot'
		]);
	});

	it('a message alone in its run is a passage, not a heading, even naming a talk', () => {
		const doc = parseString(
			[
				'#kubecon-live export',
				'',
				'[10:32] alice: morning all',
				'[10:33] bob: going to "Scaling Prometheus" by Jane Doe (Acme)',
				'[10:35] alice: see you there'
			].join('\n')
		);
		expect(doc.sections.filter((s) => s.heading?.startsWith('['))).toEqual([]);
		expect(passages(doc).map((p) => p.text)).toContain(
			'[10:33] bob: going to "Scaling Prometheus" by Jane Doe (Acme)'
		);
	});

	it("a schedule or a video's chapters stay as they were", () => {
		const schedule = [
			'Day one',
			'',
			'09:00 Keynote: Welcome to KubeCon',
			'10:30 Keynote: The State of Kubernetes',
			'11:00 Scaling Prometheus - Jane Doe, Acme'
		].join('\n');
		expect(texts(schedule)).toHaveLength(1);
		const labelled = [
			'Day one',
			'',
			'09:00 Keynote: Welcome to KubeCon',
			'10:00 Panel: Scaling Prometheus',
			'11:00 Keynote: The State of Kubernetes',
			'11:30 Workshop: Hands-on Envoy'
		].join('\n');
		expect(texts(labelled)).toHaveLength(1);
		const chapters = ['Chapters', '', 'Intro 0:00', 'Demo 3:15', 'Questions 12:40'].join('\n');
		expect(texts(chapters)).toHaveLength(1);
	});
});

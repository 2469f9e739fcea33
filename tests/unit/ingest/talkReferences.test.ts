import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';
import { refersToTalk } from '../../../src/lib/ingest/talkReference';

const docTalks = (path: string, text: string) =>
	ingestText(path, text).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('a line that refers to a talk is not its title', () => {
	const list = (items: string) => docTalks('list.md', `# KubeCon EU 2019 recap\n\n${items}`);

	it.each([
		"- Slides from yesterday's keynote by @lizrice\n- Great coffee all week\n",
		"- Slides from yesterday's keynote by Liz Rice\n- Great coffee all week\n",
		'- Video of the keynote by @kelseyhightower\n- Great coffee all week\n',
		"- Recording of this morning's talk by @jdoe\n- Great coffee all week\n"
	])('%s', (items) => {
		expect(list(items).filter((t) => !/^(?:Keynote|Talk) by /.test(t[0] as string))).toEqual([]);
	});

	it('a title in sentence case by a handle stays', () => {
		expect(
			list('- Multi-cluster networking at scale by @jdoe\n- Notes on etcd by @jroe\n')
		).toEqual([
			['Multi-cluster networking at scale', ['@jdoe'], []],
			['Notes on etcd', ['@jroe'], []]
		]);
	});
});

describe('refersToTalk', () => {
	it.each([
		"Slides from yesterday's keynote",
		'Video of the keynote',
		"Recording of this morning's talk",
		'Notes for my session',
		"Great stuff in Monday's panel"
	])('%s points at a talk', (t) => expect(refersToTalk(t)).toBe(true));

	it.each([
		'Notes from the Field: Running Kubernetes at Scale',
		'Video Streaming at Scale',
		'Recording Rules in Prometheus',
		'Demo of the Talk Operator',
		'The Talk Nobody Gave'
	])('%s does not', (t) => expect(refersToTalk(t)).toBe(false));
});

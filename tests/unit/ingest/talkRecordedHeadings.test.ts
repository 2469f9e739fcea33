/**
 * A recap whose headings each open on the session's recording lists sessions, one a heading:
 * there a heading in sentence case over its recording is a session too, as its title-cased
 * siblings are. Alone, such a heading stays a heading.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const titles = (body: string) =>
	ingestText('notes.md', `---\ntitle: "My KubeCon Europe 2019 notes"\n---\n\n${body}\n`).talks.map(
		(t) => t.title
	);

const session = (heading: string, id: string) =>
	[
		`## ${heading}`,
		'',
		`- Recording: https://www.youtube.com/watch?v=${id}`,
		'- Notes follow.',
		''
	].join('\n');

describe('headings over their recordings', () => {
	it('takes a sentence-case heading among title-cased ones', () => {
		const body = [
			session('Scaling Prometheus Beyond One Cluster', 'aaaaaaaaaa1'),
			session('Debugging with ephemeral containers', 'aaaaaaaaaa2'),
			session('Operating Etcd at Scale', 'aaaaaaaaaa3')
		].join('\n');
		expect(titles(body)).toEqual([
			'Scaling Prometheus Beyond One Cluster',
			'Debugging with ephemeral containers',
			'Operating Etcd at Scale'
		]);
	});

	it('leaves a lone sentence-case heading over a video alone', () => {
		const body = [
			session('What the hallway track taught me', 'aaaaaaaaaa4'),
			'## Food and venue',
			'',
			'The venue was great.'
		].join('\n');
		expect(titles(body)).toEqual([]);
	});
});

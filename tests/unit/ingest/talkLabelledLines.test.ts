/**
 * Plain text joins a paragraph's hard-wrapped lines, but lines that are each a whole talk entry
 * ('Session: "Title" - Speaker, Org', one a line, no bullets) are a list: run together, the first
 * entry was lost or read as one talk spanning two lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const talksOf = (text: string) =>
	ingestText('notes.txt', text).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('plain-text lines that are each a talk', () => {
	it('reads every line, with its speaker and organisation', () => {
		const text = [
			'DockerCon EU 2017 notes',
			'=======================',
			'',
			'Session: "Compose files in production" - Dana Whitfield, Docker Inc.',
			'Session: "Swarm mode deep dive" - Ravi Menon, Docker',
			'Talk: Building images faster – Ines Ortega (Acme)',
			''
		].join('\n');
		expect(talksOf(text)).toEqual([
			['Compose files in production', ['Dana Whitfield'], ['Docker Inc.']],
			['Swarm mode deep dive', ['Ravi Menon'], ['Docker']],
			['Building images faster', ['Ines Ortega'], ['Acme']]
		]);
	});

	it('after a line introducing them', () => {
		const text = [
			'KubeCon Europe 2019 in Barcelona',
			'',
			'Sessions I went to:',
			'Scaling etcd in practice - Dana Whitfield, Acme',
			'Operators at the edge - Ravi Menon, Globex',
			''
		].join('\n');
		expect(talksOf(text).map((t) => t[0])).toEqual([
			'Scaling etcd in practice',
			'Operators at the edge'
		]);
	});

	it('a hard-wrapped paragraph is still one passage', () => {
		const text = [
			'KubeCon Europe 2019 in Barcelona',
			'',
			'The keynote on service meshes - and there were many - was given by Dana',
			'Whitfield, who works on Linkerd at Buoyant and talked about mTLS for an hour.',
			''
		].join('\n');
		const r = ingestText('notes.txt', text);
		expect(r.passages.map((p) => p.text)).toEqual([
			'The keynote on service meshes - and there were many - was given by Dana Whitfield, who works on Linkerd at Buoyant and talked about mTLS for an hour.'
		]);
	});
});

/**
 * A DokuWiki page (a team wiki's trip report): its heading levels run the other way from
 * MediaWiki's, its list items are indented, its italics are `//…//`.
 */
import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const PAGE = `====== DockerCon 2016 Seattle ======

//Notes by Erik Lund, June 2016//

===== Keynote =====

Docker 1.12 put **swarm mode** into the engine, and [[https://www.docker.com/|Docker for Mac]] left beta. See https://docs.docker.com//engine for the notes.

==== Hallway track ====

  * Container security with ''seccomp'' and __Notary__
    * signed images by default
  - Kubernetes vs Swarm, again

{{:dockercon:keynote.jpg?400|}}
`;

describe('DokuWiki pages', () => {
	it('reads its levels the right way round, its lists and italics, and the byline under the title', () => {
		const d = parseString(PAGE, 'wiki/dockercon-2016.txt');
		expect(d.format).toBe('dokuwiki');
		expect([d.title, d.author, d.published]).toEqual([
			'DockerCon 2016 Seattle',
			'Erik Lund',
			'2016-06'
		]);
		expect(d.sections.map((s) => [s.heading, s.level])).toEqual([
			['DockerCon 2016 Seattle', 1],
			['Keynote', 2],
			['Hallway track', 3]
		]);
		expect(passages(d).map((p) => p.text)).toEqual([
			'Docker 1.12 put swarm mode into the engine, and Docker for Mac left beta. See https://docs.docker.com//engine for the notes.',
			'Container security with seccomp and Notary\nsigned images by default\nKubernetes vs Swarm, again'
		]);
	});

	it('leaves reStructuredText with indented items and "====" adornments to its own parser', () => {
		const rst = `==========================\nKubeCon EU 2018 Copenhagen\n==========================\n\nDay one\n=======\n\nThe keynotes were about serverless.\n\n  - Knative was not out yet\n  - Istio was everywhere\n\n.. image:: keynote.jpg\n`;
		expect(parseString(rst, 'post.txt').format).toBe('rst');
	});
});

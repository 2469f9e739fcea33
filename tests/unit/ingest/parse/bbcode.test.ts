/**
 * A forum post in BBCode, copied from a phpBB or vBulletin editor: read as the Markdown it maps
 * to, so its tags are never text and its subject, byline, quotes and lists keep their roles.
 */
import { describe, expect, it } from 'vitest';
import { bbcodeToMarkdown, isBbcodeBody } from '../../../../src/lib/ingest/parse/bbcode';
import { parseString, passages } from './helpers';

const POST = `[b]DockerCon EU 2017 Copenhagen - notes from the forum meetup[/b]

Posted by [url=https://forum.example.org/u/sigrid]sigrid[/url] » Tue Oct 24, 2017 9:40 pm

[size=150]Day 1[/size]

At [i]DockerCon Europe 2017[/i] Docker announced [url=https://www.docker.com/kubernetes]Kubernetes support[/url] next to [color=blue]Swarm[/color]. [img]https://forum.example.org/pics/keynote.jpg[/img]

[quote="mikkel"]Was containerd mentioned?[/quote]

Yes: [b]containerd[/b] 1.0 is coming soon.

[list]
[*]LinuxKit on stage again
[*]Notary for signing images
[/list]

[code]docker stack deploy -c compose.yml app[/code]
`;

describe('BBCode forum posts', () => {
	it('reads the subject, the byline, headings, quotes and lists, and no tag as text', () => {
		const d = parseString(POST, 'forum-post.txt');
		expect(d.format).toBe('bbcode');
		expect([d.title, d.author, d.published]).toEqual([
			'DockerCon EU 2017 Copenhagen - notes from the forum meetup',
			'sigrid',
			'2017-10-24'
		]);
		expect(passages(d).map((p) => p.text)).toEqual([
			'At DockerCon Europe 2017 Docker announced Kubernetes support next to Swarm.',
			'Was containerd mentioned?',
			'Yes: containerd 1.0 is coming soon.',
			'LinuxKit on stage again\nNotary for signing images'
		]);
		expect(d.sections.map((s) => s.heading)).toContain('Day 1');
	});

	it('maps nested quotes and vBulletin sizes', () => {
		expect(
			bbcodeToMarkdown('[size=5]Keynotes[/size]\n[quote=a][quote=b]inner[/quote]outer[/quote]')
		).toBe('## Keynotes\n\n\n> > inner\n> \n> outer\n\n');
	});

	it('takes a Markdown text with a bracketed "[/b]" or two for no forum post', () => {
		expect(isBbcodeBody('See [the docs](https://x.dev) and [/b] once.')).toBe(false);
		expect(isBbcodeBody('[b]a[/b] [i]b[/i] [url=x]c[/url]')).toBe(true);
	});
});

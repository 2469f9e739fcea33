/** Jekyll's Liquid in a post's body: no passage of its own, and no link broken by it. */
import { describe, expect, it } from 'vitest';
import { allText, parseString } from './helpers';

const POST = `---
layout: post
title: "KubeCon EU 2018 recap"
date: 2018-05-08 14:00:00 +0200
---

{% include toc.html %}

KubeCon Europe 2018 filled the Bella Center in Copenhagen.

We showed Prometheus at scale; the [slides]({{ site.baseurl }}/slides/prom.pdf) and
[the earlier post]({% post_url 2018-04-02-preview %}) have the details.

{% comment %}
TODO: add the photos from the party
{% endcomment %}

The last day ended at the Tivoli gardens.
`;

describe('Liquid in a Jekyll post', () => {
	const text = allText(parseString(POST, '2018-05-08-recap.md'));

	it('keeps a link whose URL a template writes as a link: its text only', () => {
		expect(text).toContain(
			'We showed Prometheus at scale; the slides and the earlier post have the details.'
		);
		expect(text).not.toMatch(/\]\(|prom\.pdf|post_url/);
	});

	it('drops a {% comment %} block: the writer’s note, not text of the post', () => {
		expect(text).not.toContain('TODO');
		expect(text).toContain('The last day ended at the Tivoli gardens.');
	});
});

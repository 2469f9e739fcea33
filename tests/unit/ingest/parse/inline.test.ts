import { describe, expect, it } from 'vitest';
import { headingKind, isDayText, looksLikeTalk } from '../../../../src/lib/ingest/parse/classify';
import { decodeEntities } from '../../../../src/lib/ingest/parse/entities';
import { stripHtml } from '../../../../src/lib/ingest/parse/inline';
import { countWords, splitLong } from '../../../../src/lib/ingest/parse/split';

describe('entities', () => {
	it.each([
		['&amp; &lt; &gt; &quot; &apos;', '& < > " \''],
		['&#8217; &#x2019; &rsquo; &#146;', '’ ’ ’ ’'],
		['caf&eacute; &nbsp;x', 'café \u00a0x'],
		['&amp;lt; stays one level', '&lt; stays one level'],
		['&unknown; &#0; &#xD800;', '&unknown; \uFFFD \uFFFD'],
		['soft&shy;hyphen', 'softhyphen']
	])('%j', (raw, text) => {
		expect(decodeEntities(raw)).toBe(text);
	});
});

describe('HTML', () => {
	it('keeps the text, drops script and style content and comments', () => {
		expect(
			stripHtml('<p>a<b>b</b></p><script>evil()</script><style>x{}</style><!-- c -->d')
		).toMatch(/^\s*ab\s+d$/);
		expect(stripHtml('<script>never closed and the rest')).toBe(' ');
	});
});

describe('classification', () => {
	it.each(['Tuesday', 'Day 2', 'Mon Jun 20 2016', 'Wednesday, May 2nd', 'Day One', 'May 3, 2018'])(
		'%s is a day',
		(t) => expect(isDayText(t)).toBe(true)
	);
	it.each(['Day 1 Keynotes', 'Sunday brunch talks', 'Helm 3', '2018'])('%s is not a day', (t) =>
		expect(isDayText(t)).toBe(false)
	);

	it.each([
		'Manage More Clusters with Argo CD – Jonathan West, Red Hat & Kshama Jain, Independent',
		'Title of the talk - Jane Doe (Acme)',
		'Jaeger: Intro and Deep Dive – Jonah Kowall, Logz.io',
		'Creating a Human Centered Developer Experience by Jasmine James',
		'“A Practical Guide to Container Scheduling” by Mandy Waite, Developer Advocate, Google'
	])('%s is a talk', (t) => expect(looksLikeTalk(t)).toBe(true));

	it.each([
		'Platforms as product: Self-service is essential',
		'KubeCon 2019 - San Diego',
		'Powered by Kubernetes',
		'Day 1 - Keynotes',
		'“Starboard is an open source project” that gathers information'
	])('%s is not a talk', (t) => expect(looksLikeTalk(t)).toBe(false));

	it('gives a heading its kind', () => {
		expect(headingKind('Thursday')).toBe('day');
		expect(headingKind('Deep Dive – Jane Doe, Google')).toBe('talk');
		expect(headingKind('Key Takeaways')).toBe('heading');
	});
});

describe('words and passage size', () => {
	it.each([
		['Kubernetes is great', 3],
		['k8s in 2019', 2],
		["don't panic", 2],
		['本次大会 topic', 5],
		['café naïve', 2],
		['', 0]
	])('%j has %i words', (text, n) => {
		expect(countWords(text)).toBe(n);
	});

	it('counts a text whose multi-byte characters fill the encoding buffer before its end', () => {
		// 4,096 characters, the first 2,048 two bytes each in UTF-8: the buffer (4,096 bytes) is
		// full when half the text is read.
		const text = 'é'.repeat(2048) + ' word'.repeat(409) + 'abc';
		expect(text).toHaveLength(4096);
		expect(countWords(text)).toBe(410);
		expect(countWords(text.replace(/é/g, 'e'))).toBe(410);
	});

	it('cuts long text at sentence ends, never above 2,000 characters', () => {
		const text = 'One short sentence here. '.repeat(400) + 'x'.repeat(5000);
		const pieces = splitLong(text);
		expect(pieces.every((p) => p.length <= 2000)).toBe(true);
		expect(pieces.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
		expect(pieces[0]!.endsWith('.')).toBe(true);
	});
});

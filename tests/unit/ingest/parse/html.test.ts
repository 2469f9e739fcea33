import { describe, expect, it } from 'vitest';
import { headings, parseString, passages } from './helpers';

describe('HTML pages', () => {
	const page = [
		'<!DOCTYPE html>',
		'<html lang="en">',
		'<head><title>KubeCon EU 2019 recap | My Blog</title><style>body {}</style></head>',
		'<body>',
		'<nav><a href="/">Home</a> <a href="/about">About</a></nav>',
		'<article>',
		'  <h1>KubeCon EU 2019 recap</h1>',
		'  <p class="meta">Posted on May 25, 2019 by Jane Doe</p>',
		'  <p>Barcelona hosted KubeCon + CloudNativeCon Europe 2019.</p>',
		'  <h2>Keynotes</h2>',
		'  <ul>',
		'    <li>Scaling Prometheus with Thanos – Alice Smith, Acme Corp</li>',
		'    <li>Linkerd in Production – Bob Jones, Example Inc</li>',
		'  </ul>',
		'</article>',
		'<footer>© 2019 My Blog</footer>',
		'<script>track()</script>',
		'</body>',
		'</html>'
	].join('\n');

	it('keeps headings, paragraphs and list items; drops head, navigation and footer', () => {
		const doc = parseString(page, 'page.html');
		expect(headings(doc)).toEqual([
			['KubeCon EU 2019 recap', 1, 'heading'],
			['Keynotes', 2, 'heading']
		]);
		expect(passages(doc)).toEqual([
			{ kind: 'paragraph', text: 'Barcelona hosted KubeCon + CloudNativeCon Europe 2019.' },
			{ kind: 'talk', text: 'Scaling Prometheus with Thanos – Alice Smith, Acme Corp' },
			{ kind: 'talk', text: 'Linkerd in Production – Bob Jones, Example Inc' }
		]);
		expect([doc.title, doc.author, doc.published]).toEqual([
			'KubeCon EU 2019 recap',
			'Jane Doe',
			'2019-05-25'
		]);
	});

	it('the author and date a page gives in its head, or in its first <time datetime>', () => {
		const head = (meta: string, body: string) =>
			parseString(
				`<!doctype html><html><head><title>KubeCon recap</title>${meta}</head><body><article><h1>KubeCon recap</h1>${body}<p>Great week in San Diego.</p></article></body></html>`,
				'p.html'
			);
		const a = head(
			'<meta name="author" content="Pat Kim"><meta property="article:published_time" content="2019-11-25T10:00:00Z">',
			''
		);
		expect([a.author, a.published]).toEqual(['Pat Kim', '2019-11-25']);
		const b = head(
			'<meta property="article:author" content="https://example.com/pat">',
			'<p><time datetime="2019-11-26T08:00">Nov 26</time></p>'
		);
		expect([b.author, b.published]).toEqual([null, '2019-11-26']);
	});

	it('the author of the element marked up as such (p-author, rel="author"), a footer too', () => {
		const page = (head: string, body: string) =>
			parseString(
				`<!doctype html><html><head><title>KubeCon recap</title>${head}</head><body><article><h1>KubeCon recap</h1><p>Great week in San Diego.</p></article>${body}</body></html>`,
				'p.html'
			);
		const footer = '<footer><p>By <a class="p-author h-card" href="/@pk">Pat Kim</a></p></footer>';
		expect(page('', footer).author).toBe('Pat Kim');
		expect(page('<link rel="author" href="/humans.txt">', footer).author).toBe('Pat Kim');
		expect(page('', '<p>Written by <a rel="author" href="/pk">Pat Kim</a>.</p>').author).toBe(
			'Pat Kim'
		);
		expect(
			page('', '<span itemprop="author"><span itemprop="name">Pat Kim</span></span>').author
		).toBe('Pat Kim');
		// A handle or a sentence is no name; nor is the page's text changed.
		expect(page('', '<a rel="author" href="/pk">@patkim</a>').author).toBeNull();
		expect(passages(page('', footer)).map((p) => p.text)).toEqual(['Great week in San Diego.']);
	});

	it('a title printed twice (page header, then the post) is one section', () => {
		const doc = parseString(
			'<!doctype html><html><body><header><h1>KubeCon recap</h1></header><p>A subtitle</p><h3>KubeCon recap</h3><p>Great week in San Diego.</p><h4>Talks</h4><p>Many.</p></body></html>',
			'p.html'
		);
		expect(headings(doc).map((h) => h[0])).toEqual(['KubeCon recap', 'Talks']);
		// Medium prints the subtitle again too, as a heading under the post's title.
		const medium = parseString(
			'<!doctype html><html><body><header><h1>KubeCon recap</h1></header><p>A week in San Diego</p><h3>KubeCon recap</h3><h4>A week in San Diego</h4><p>Great week.</p></body></html>',
			'm.html'
		);
		expect(headings(medium).map((h) => h[0])).toEqual(['KubeCon recap']);
		expect(passages(medium).map((p) => p.text)).toEqual(['A week in San Diego', 'Great week.']);
		// After the text has begun, a heading of the same words is a section of its own.
		const md = parseString(
			`# Keynotes

${'The first keynote was long and full of numbers. '.repeat(5)}

## Keynotes

More.
`,
			'k.md'
		);
		expect(headings(md).map((h) => h[0])).toEqual(['Keynotes', 'Keynotes']);
	});

	it('Confluence export: its breadcrumbs are no text, its "Created by …" line the byline', () => {
		const doc = parseString(
			[
				'<!DOCTYPE html><html><head><title>Platform : KubeCon notes</title></head><body>',
				'<div id="breadcrumb-section"><ol id="breadcrumbs"><li class="first"><span><a href="index.html">Platform</a></span></li></ol></div>',
				'<h1 id="title-heading" class="pagetitle">KubeCon notes</h1>',
				'<div class="page-metadata">Created by <span class="author"> Julie Martin</span>, last modified on May 09, 2018</div>',
				'<div id="main-content" class="wiki-content group"><p>Three days in Copenhagen.</p></div>',
				'</body></html>'
			].join('\n'),
			'c.html'
		);
		expect([doc.author, doc.published]).toEqual(['Julie Martin', '2018-05-09']);
		expect(passages(doc).map((p) => p.text)).toEqual(['Three days in Copenhagen.']);
	});

	it('a page without an <h1> is titled by its <title>', () => {
		const doc = parseString(
			'<!doctype html><html><head><title>DockerCon 2019 notes</title></head><body><p>Fun.</p></body></html>',
			'p.html'
		);
		expect(doc.title).toBe('DockerCon 2019 notes');
	});
});

describe('bodies in HTML blocks (WordPress exports)', () => {
	it('reads block-editor markup as the paragraphs, headings and lists it holds', () => {
		const doc = parseString(
			[
				'---',
				'title: DockerCon 2019',
				'---',
				'<!-- wp:paragraph -->',
				'<p>DockerCon 2019 in San Francisco was my first DockerCon.</p>',
				'<!-- /wp:paragraph -->',
				'',
				'<!-- wp:heading -->',
				'<h2>Announcements</h2>',
				'<!-- /wp:heading -->',
				'',
				'<!-- wp:list -->',
				'<ul><li>Docker Desktop Enterprise</li><li>Docker Hub updates</li></ul>',
				'<!-- /wp:list -->'
			].join('\n'),
			'wp.md'
		);
		expect(headings(doc)).toEqual([['Announcements', 1, 'heading']]);
		expect(passages(doc)).toEqual([
			{ kind: 'paragraph', text: 'DockerCon 2019 in San Francisco was my first DockerCon.' },
			{ kind: 'list', text: 'Docker Desktop Enterprise\nDocker Hub updates' }
		]);
	});

	it('leaves Markdown with a few HTML tags to the Markdown parser', () => {
		const doc = parseString(
			'# Notes\n\nSome *text* with <img src="a.png"> an image.\n\n    indented code\n\nMore.\n',
			'a.md'
		);
		expect(passages(doc).map((p) => p.text)).toEqual(['Some text with an image.', 'More.']);
	});
});

describe('<details> in an HTML page', () => {
	it("the <summary> label is no passage; the block's content is kept", () => {
		const doc = parseString(
			'<!DOCTYPE html><html><body><article><h1>KubeCon recap</h1><p>We tried Linkerd.</p><details><summary>Show config</summary><p>The proxy injected itself into every pod.</p></details></article></body></html>',
			'a.html'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'We tried Linkerd.',
			'The proxy injected itself into every pod.'
		]);
	});
});

describe("a blog page's furniture and what its head says of it", () => {
	const page = [
		'<!DOCTYPE html><html><head>',
		'<title>Notes from KubeCon Barcelona | Dev Notes</title>',
		'<meta property="og:site_name" content="Dev Notes">',
		'<meta property="og:url" content="https://devnotes.example.org/?p=42">',
		'<link rel="canonical" href="https://devnotes.example.org/2019/05/kubecon/">',
		'</head><body>',
		'<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Learn more</a></div>',
		'<article class="post comments-open">',
		'<h1>Notes from KubeCon Barcelona</h1>',
		'<p>Barcelona hosted KubeCon + CloudNativeCon Europe 2019.</p>',
		'<div class="share-buttons"><a href="#">Share on Twitter</a> <a href="#">Share on LinkedIn</a></div>',
		'<p>Linkerd and Istio shared the service mesh track.</p>',
		'</article>',
		'<section id="comments"><h3>3 Comments</h3><div class="comment"><p>Great write-up! Did you see the Knative talk?</p></div></section>',
		'<div class="newsletter"><p>Subscribe to get new posts by email.</p></div>',
		'</body></html>'
	].join('\n');

	it('drops cookie banners, share buttons, comment threads and sign-ups, never the article', () => {
		const doc = parseString(page, 'page.html');
		expect(passages(doc).map((p) => p.text)).toEqual([
			'Barcelona hosted KubeCon + CloudNativeCon Europe 2019.',
			'Linkerd and Istio shared the service mesh track.'
		]);
	});

	it('the site name is the publisher, the canonical address the url, and the format html', () => {
		const doc = parseString(page, 'page.html');
		expect([doc.publisher, doc.url, doc.format]).toEqual([
			'Dev Notes',
			'https://devnotes.example.org/2019/05/kubecon/',
			'html'
		]);
		const shared = parseString(page.replace(/<link rel="canonical"[^>]*>/, ''), 'page.html');
		expect(shared.url).toBe('https://devnotes.example.org/?p=42');
	});

	it('a body in HTML blocks is recorded as html too', () => {
		const doc = parseString(
			'<!-- wp:paragraph --><p>KubeCon Seattle was big.</p><!-- /wp:paragraph -->\n<h2>Talks</h2>\n<p>Helm 3 was announced.</p>\n<p>More soon.</p>',
			'post.md'
		);
		expect(doc.format).toBe('html');
	});
});

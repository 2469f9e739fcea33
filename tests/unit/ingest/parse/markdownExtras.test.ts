import { describe, expect, it } from 'vitest';
import { headings, parseString, passages } from './helpers';

const texts = (md: string) => passages(parseString(md, 'notes.md')).map((p) => p.text);

describe('Markdown callouts (GitHub alerts, Obsidian)', () => {
	it('drops the type marker and leads the body with the title as a label', () => {
		expect(
			texts(
				'Intro about the conference in Valencia.\n\n> [!warning] Badge pickup\n> Lines at the badge desk were long on Monday.\n\n> [!NOTE]\n> The Flux talk was moved to room 3.\n\n> [!faq]- Why Valencia?\n> The venue had space for seven thousand people.\n'
			)
		).toEqual([
			'Intro about the conference in Valencia.',
			'Badge pickup: Lines at the badge desk were long on Monday.',
			'The Flux talk was moved to room 3.',
			'Why Valencia? The venue had space for seven thousand people.'
		]);
	});
});

describe('Markdown definition lists', () => {
	it('joins a term and its definition as "Term: definition"', () => {
		expect(
			texts(
				'# Projects we saw\n\nVitess\n: Sharded MySQL, shown by the PlanetScale team.\n\nContour\n:   An ingress built on Envoy.\n:   It now speaks Gateway API.\n'
			)
		).toEqual([
			'Vitess: Sharded MySQL, shown by the PlanetScale team.',
			'Contour: An ingress built on Envoy. It now speaks Gateway API.'
		]);
	});

	it('leaves a colon inside prose alone', () => {
		expect(texts('# Notes\n\nThe rule of thumb\n: none, really: it depends.\n')).toEqual([
			'The rule of thumb: none, really: it depends.'
		]);
		// The emoji's shortcode goes (see below), its colons make no definition.
		expect(texts('# Notes\n\nSchedule :rocket: was tight.\n')).toEqual(['Schedule was tight.']);
	});
});

describe('HTML headings in a Markdown body', () => {
	it('reads "<h2>…</h2>" on a line of its own as a heading', () => {
		const doc = parseString(
			'# Recap\n\nSan Diego was sunny.\n\n<h2 id="keynotes">Keynotes</h2>\n\n<p>The OpenTelemetry beta was announced.</p>\n\n### Booths\n\nThe Helm booth was busy.\n',
			'notes.md'
		);
		expect(headings(doc).map((h) => [h[0], h[1]])).toEqual([
			['Recap', 1],
			['Keynotes', 2],
			['Booths', 3]
		]);
		expect(passages(doc).map((p) => p.text)).toContain('The OpenTelemetry beta was announced.');
	});
});

describe('Markdown noise that is no prose', () => {
	it('drops $$ display-math blocks, on one line or several', () => {
		expect(
			texts(
				'Before the formula.\n\n$$\nE = mc^2 \\cdot \\text{Kubernetes}\n$$\n\n$$ a^2 + b^2 $$\n\nAfter it.\n'
			)
		).toEqual(['Before the formula.', 'After it.']);
	});

	it('drops abbreviation definitions', () => {
		expect(
			texts(
				'The HTML dashboards were nice.\n\n*[HTML]: Hyper Text Markup Language\n*[CNCF]: Cloud Native Computing Foundation\n'
			)
		).toEqual(['The HTML dashboards were nice.']);
	});

	it('drops emoji shortcodes, not times, scopes or ports', () => {
		expect(
			texts(
				'We shipped it :rocket: and the crowd loved it :tada:.\n\nAt 10:30:00 we met :+1::tada: people; std::map and http://x:8080/ stay. Note: fine.\n'
			)
		).toEqual([
			'We shipped it and the crowd loved it.',
			'At 10:30:00 we met people; std::map and http://x:8080/ stay. Note: fine.'
		]);
	});

	it('in plain text too', () => {
		const doc = parseString('Notes\n\nGreat keynote :clap: by the Helm team.\n', 'notes.txt');
		expect(passages(doc).map((p) => p.text)).toContain('Great keynote by the Helm team.');
	});
});

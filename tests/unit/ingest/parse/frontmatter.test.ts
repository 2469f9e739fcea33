import { describe, expect, it } from 'vitest';
import {
	normaliseDate,
	normaliseFrontMatter,
	splitFrontMatter
} from '../../../../src/lib/ingest/frontmatter';
import type { IngestWarning } from '../../../../src/lib/ingest/types';
import { mustParse, parseFixture, parseString, passages } from './helpers';

describe('YAML and TOML front matter', () => {
	it('reads a Hugo YAML block: title, date, author.name, tags + categories, url', () => {
		const doc = mustParse('hugo-yaml.md');
		expect(doc.title).toBe('Notes from KubeCon EU 2019');
		expect(doc.published).toBe('2019-05-24');
		expect(doc.author).toBe('Ada Example');
		expect(doc.url).toBe('/2019/05/kubecon-eu-notes/');
		expect(doc.frontMatter.tags).toEqual(['kubernetes', 'service mesh', 'conferences']);
		expect(doc.frontMatter.extra).toEqual({ draft: false });
	});

	it('reads a WordPress export: entities in the title, PHP-serialized values kept as text', () => {
		const { doc, warnings } = parseFixture('jekyll-wordpress.md');
		expect(warnings).toEqual([]);
		expect(doc!.title).toBe('DockerCon 2017 – Austin');
		expect(doc!.author).toBe('Sam Writer');
		expect(doc!.frontMatter.extra.panel_settings).toEqual([
			'a:2:{s:6:"layout";s:7:"default";s:10:"page_title";b:1;}'
		]);
	});

	it('reads TOML (+++) and refuses the year 3018 with a warning', () => {
		const { doc, warnings } = parseFixture('toml-front.md');
		expect(doc!.title).toBe('Lessons from KubeCon Europe 2018');
		expect(doc!.published).toBeNull();
		expect(doc!.frontMatter.tags).toEqual(['conference', 'golang']);
		expect(warnings).toEqual([
			{
				file: 'toml-front.md',
				severity: 'warning',
				message: expect.stringContaining("'3018-05-16'")
			}
		]);
	});

	it('warns about malformed front matter and still reads the body', () => {
		const { doc, warnings } = parseFixture('bad-front.md');
		expect(warnings).toHaveLength(1);
		expect(warnings[0]!.file).toBe('bad-front.md');
		expect(warnings[0]!.message).toMatch(/^malformed YAML front matter.*: Missing closing "quote/);
		expect(doc!.title).toBe('Still readable');
		expect(passages(doc!)[0]!.text).toMatch(/still parsed/);
	});

	it('reads a colon in an unquoted value as text ("title: My first KubeCon: Barcelona 2019")', () => {
		const { frontMatter } = parseString(
			'---\ntitle: My first KubeCon: Barcelona 2019\npublished_at: 2019-05-27 08:00 +0000\n---\nText.\n'
		);
		expect([frontMatter.title, frontMatter.date]).toEqual([
			'My first KubeCon: Barcelona 2019',
			'2019-05-27'
		]);
	});

	it('warns about a TOML syntax error and still reads the body', () => {
		const { doc, warnings } = (() => {
			const text = '+++\ntitle = "x\n+++\n\nBody text stays.\n';
			const w: IngestWarning[] = [];
			const split = splitFrontMatter(text, 'a.md', w);
			return { doc: split, warnings: w };
		})();
		expect(doc.body.trim()).toBe('Body text stays.');
		expect(warnings[0]!.message).toMatch(/^malformed TOML front matter/);
	});

	it('takes the event override, in either spelling', () => {
		expect(parseString('---\nevent: kubecon-eu-2018\n---\nText.\n').frontMatter.event).toBe(
			'kubecon-eu-2018'
		);
		expect(parseString('---\nevent: {name: KubeCon Day}\n---\nText.\n').frontMatter.event).toBe(
			'KubeCon Day'
		);
	});

	it('takes a `conference:` or `event_name:` field as the event override', () => {
		const fm = (head: string) => parseString(`---\n${head}\n---\nText.\n`).frontMatter;
		expect(fm('conference: "KubeCon + CloudNativeCon Europe 2018"').event).toBe(
			'KubeCon + CloudNativeCon Europe 2018'
		);
		expect(fm('event_name: DockerCon 2019').event).toBe('DockerCon 2019');
		expect(fm('eventName: DockerCon 2019').event).toBe('DockerCon 2019');
		expect(fm('event: kubecon-eu-2018\nconference: KubeCon').event).toBe('kubecon-eu-2018');
	});

	it('treats a leading --- rule without a closing line as text, not front matter', () => {
		const doc = parseString('---\n\nJust a rule on top of a post that never closes.\n', 'a.md');
		expect(passages(doc)[0]!.text).toMatch(/^Just a rule/);
	});
});

describe('normalisation', () => {
	const norm = (raw: Record<string, unknown>) => {
		const w: IngestWarning[] = [];
		return { fm: normaliseFrontMatter(raw, 'f.md', w), w };
	};

	it('names every author of a list, as a byline does, and splits comma-separated tags', () => {
		const { fm } = norm({ authors: ['Ann', 'Bob'], tags: 'k8s, helm', categories: ['Helm'] });
		expect(fm.author).toBe('Ann, Bob');
		expect(norm({ author: [{ name: 'Li Wei' }, 'Zhang Min', 'Li Wei'] }).fm.author).toBe(
			'Li Wei, Zhang Min'
		);
		expect(norm({ author: [] }).fm.author).toBeUndefined();
		expect(fm.tags).toEqual(['k8s', 'helm']);
	});

	it('reads the keys of blogs written in other languages (autor, data, fecha, titel…)', () => {
		expect(norm({ titel: 'Rückblick', autor: 'Stefan Hoffmann', datum: '2019-05-28' })).toEqual({
			fm: {
				title: 'Rückblick',
				author: 'Stefan Hoffmann',
				date: '2019-05-28',
				tags: [],
				extra: {}
			},
			w: []
		});
		expect(norm({ título: 'Crónica', autor: 'Javier', fecha: '27/05/2019' }).fm.date).toBe(
			'2019-05-27'
		);
		expect(norm({ titre: 'Retour', auteur: 'Julie Martin', data: '2019-11-25' }).fm).toMatchObject({
			title: 'Retour',
			author: 'Julie Martin',
			date: '2019-11-25'
		});
	});

	it('leaves a "data" key that holds no date in extra, without a warning', () => {
		expect(norm({ date: '2019-05-28', data: { gallery: true } })).toEqual({
			fm: { date: '2019-05-28', tags: [], extra: { data: { gallery: true } } },
			w: []
		});
		expect(norm({ data: 'gallery.yaml' })).toEqual({
			fm: { tags: [], extra: { data: 'gallery.yaml' } },
			w: []
		});
	});

	it('turns dates in extra into ISO strings so the data stays plain', () => {
		const { fm } = norm({ lastmod: new Date(Date.UTC(2020, 0, 2)) });
		expect(fm.extra.lastmod).toBe('2020-01-02T00:00:00.000Z');
	});

	it.each([
		['2018-05-11', '2018-05-11'],
		['2017-04-25T16:54:08+00:00', '2017-04-25'],
		['May 11, 2018', '2018-05-11'],
		['Mon, 20 Jun 2016 10:00:00 +0000', '2016-06-20'],
		['2016/02/24', '2016-02-24'],
		['20.12.2018', '2018-12-20'],
		['12/20/2018', '2018-12-20'],
		['14. März 2019', '2019-03-14'],
		['2018年11月12日', '2018-11-12']
	])('reads the date %s', (value, iso) => {
		expect(normaliseDate(value, 'f', [])).toBe(iso);
	});

	it.each([['3018-05-16'], ['1999-12-31'], ['2019-02-30'], ['soon'], ['12/11/2018']])(
		'rejects %s with a warning',
		(value) => {
			const w: IngestWarning[] = [];
			expect(normaliseDate(value, 'f.md', w)).toBeUndefined();
			expect(w).toHaveLength(1);
			expect(w[0]!.message).toContain(value);
		}
	);
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import {
	parseSourcesManifest,
	parseTaxonomy,
	REQUIRED_THEME_IDS
} from '../../../src/lib/ingest/taxonomy';

const read = (p: string) => readFileSync(resolve(__dirname, '../../..', p), 'utf8');
const files = {
	events: read('data/taxonomy/events.yaml'),
	projects: read('data/taxonomy/projects.yaml'),
	themes: read('data/taxonomy/themes.yaml')
};
const { taxonomy, warnings } = parseTaxonomy(files);
const matcher = compileMatcher(taxonomy.projects);
const event = (id: string) => taxonomy.events.find((e) => e.id === id);
const project = (id: string) => taxonomy.projects.find((p) => p.id === id);
const byName = (name: string) =>
	taxonomy.projects.find((p) =>
		[p.name, ...p.aliases].some((n) => n.toLowerCase() === name.toLowerCase())
	);

describe('the committed taxonomy', () => {
	it('loads without a single warning', () => {
		expect(warnings).toEqual([]);
	});

	it.each([
		['kubecon-2015', 'San Francisco', '2015-11', 'in-person'],
		['kubecon-eu-2016', 'London', '2016-03', 'in-person'],
		['kubecon-na-2016', 'Seattle', '2016-11', 'in-person'],
		['kubecon-eu-2017', 'Berlin', '2017-03', 'in-person'],
		['kubecon-na-2017', 'Austin', '2017-12', 'in-person'],
		['kubecon-eu-2018', 'Copenhagen', '2018-05', 'in-person'],
		['kubecon-cn-2018', 'Shanghai', '2018-11', 'in-person'],
		['kubecon-na-2018', 'Seattle', '2018-12', 'in-person'],
		['kubecon-eu-2019', 'Barcelona', '2019-05', 'in-person'],
		['kubecon-cn-2019', 'Shanghai', '2019-06', 'in-person'],
		['kubecon-na-2019', 'San Diego', '2019-11', 'in-person'],
		['kubecon-eu-2020', null, '2020-08', 'virtual'],
		['kubecon-na-2020', null, '2020-11', 'virtual'],
		['kubecon-eu-2021', null, '2021-05', 'virtual'],
		['kubecon-na-2021', 'Los Angeles', '2021-10', 'hybrid'],
		['dockercon-2014', 'San Francisco', '2014-06', 'in-person'],
		['dockercon-eu-2014', 'Amsterdam', '2014-12', 'in-person'],
		['dockercon-2017', 'Austin', '2017-04', 'in-person'],
		['dockercon-eu-2017', 'Copenhagen', '2017-10', 'in-person'],
		['dockercon-2020', null, '2020-05', 'virtual'],
		['dockercon-2021', null, '2021-05', 'virtual']
	])('has %s in %s, %s, %s', (id, city, month, format) => {
		const e = event(id);
		expect(e, id).toBeDefined();
		expect(e?.city).toBe(city);
		expect(e?.start_date.slice(0, 7)).toBe(month);
		expect(e?.format).toBe(format);
	});

	it('has the exact dates users look up for the sample events', () => {
		expect(event('kubecon-eu-2018')).toMatchObject({
			start_date: '2018-05-02',
			end_date: '2018-05-04',
			country: 'Denmark'
		});
		expect(event('kubecon-na-2019')).toMatchObject({
			start_date: '2019-11-18',
			end_date: '2019-11-21'
		});
		expect(event('kubecon-na-2021')).toMatchObject({
			start_date: '2021-10-11',
			end_date: '2021-10-15'
		});
		expect(event('dockercon-eu-2014')).toMatchObject({
			start_date: '2014-12-04',
			end_date: '2014-12-05',
			country: 'Netherlands'
		});
	});

	it('covers every KubeCon year 2015–2021 and every DockerCon year 2014–2021', () => {
		const years = (series: string) =>
			new Set(
				taxonomy.events
					.filter((e) => e.series === series)
					.map((e) => Number(e.start_date.slice(0, 4)))
			);
		expect([...years('kubecon')].sort()).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021]);
		expect([...years('dockercon')].sort()).toEqual([
			2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021
		]);
	});

	it('lists the names recaps use as aliases, each naming one edition', () => {
		const owner = (alias: string) =>
			taxonomy.events
				.filter((e) => e.aliases?.some((a) => a.toLowerCase() === alias.toLowerCase()))
				.map((e) => e.id);
		expect(owner('KubeCon Copenhagen')).toEqual(['kubecon-eu-2018']);
		expect(owner('kubecon san diego')).toEqual(['kubecon-na-2019']);
		expect(owner('DockerCon Europe 2014')).toEqual([]); // it is the name itself
		expect(event('dockercon-eu-2014')?.name).toBe('DockerCon Europe 2014');
		expect(owner('DockerCon 14')).toEqual(['dockercon-2014']);
		expect(owner('Kubecon NA 2021')).toEqual(['kubecon-na-2021']);
		expect(owner('KubeCon Seattle')).toEqual([]); // 2016 and 2018: the text must say which
	});

	it('sorts events by start date', () => {
		const dates = taxonomy.events.map((e) => e.start_date);
		expect(dates).toEqual([...dates].sort());
	});

	it('has at least 250 projects, CNCF and not, sorted by id', () => {
		expect(taxonomy.projects.length).toBeGreaterThanOrEqual(250);
		expect(taxonomy.projects.filter((p) => p.cncf_status).length).toBeGreaterThanOrEqual(100);
		expect(taxonomy.projects.filter((p) => !p.cncf_status).length).toBeGreaterThanOrEqual(150);
		const ids = taxonomy.projects.map((p) => p.id);
		expect(ids).toEqual([...ids].sort());
	});

	it.each([
		'Docker',
		'Docker Compose',
		'Jenkins',
		'Spinnaker',
		'Terraform',
		'Vault',
		'Kafka',
		'Chef',
		'Vagrant',
		'Graphite',
		'Sentry',
		'AWS Lambda',
		'Docker Swarm',
		'Docker Hub',
		'OpenShift',
		'Istio',
		'Knative',
		'OpenFaaS',
		'GKE',
		'EKS',
		'Fargate',
		'Splunk',
		'AppMesh',
		'Calico'
	])('knows %s', (name) => {
		expect(byName(name), name).toBeDefined();
	});

	it('resolves the spellings recaps use to one project', () => {
		expect(byName('k8s')?.id).toBe('kubernetes');
		expect(byName('OpenFAAS')?.id).toBe('openfaas');
		expect(byName('OPA')?.id).toBe('opa');
		expect(byName('Open Policy Agent')?.id).toBe('opa');
		expect(byName('Fig')?.id).toBe('docker-compose');
		expect(byName('Treafik')?.id).toBe('traefik');
		expect(byName('ArgoCD')?.id).toBe('argo');
		expect(byName('Spire')?.id).toBe('spire');
		expect(byName('Spiffe')?.id).toBe('spiffe');
	});

	it('takes CNCF maturity dates from the landscape', () => {
		expect(project('kubernetes')).toMatchObject({
			cncf_status: 'graduated',
			accepted: '2016-03-10',
			graduated: '2018-03-06'
		});
		expect(project('prometheus')).toMatchObject({
			accepted: '2016-05-09',
			graduated: '2018-08-09'
		});
		expect(project('linkerd')).toMatchObject({ incubating: '2018-04-06', graduated: '2021-07-28' });
		expect(project('envoy')).toMatchObject({ accepted: '2017-09-13', graduated: '2018-11-28' });
		expect(project('rkt')).toMatchObject({ cncf_status: 'archived', accepted: '2017-03-29' });
		expect(project('jenkins')).toMatchObject({
			cncf_status: null,
			accepted: null,
			graduated: null
		});
	});

	it('marks common-word names as ambiguous, with context words, and leaves clear names alone', () => {
		for (const id of [
			'flux',
			'helm',
			'porter',
			'garden',
			'vault',
			'chef',
			'docker-compose',
			'operator-framework',
			'envoy'
		]) {
			expect(project(id)?.ambiguous?.context.length, id).toBeGreaterThan(2);
		}
		expect(project('vault')?.ambiguous?.context).toContain('hashicorp');
		for (const id of ['kubernetes', 'prometheus', 'linkerd', 'jaeger'])
			expect(project(id)?.ambiguous, id).toBeUndefined();
	});

	it.each([
		['We wrote two Envoy filters in Lua.', ['envoy']],
		['Traffic enters through Envoy, our edge proxy.', ['envoy']],
		['Each pod gets an Envoy sidecar.', ['envoy']]
	])('confirms an ambiguous name by its context words alone: %s', (text, expected) => {
		expect(matcher.match(text).map((m) => m.projectId)).toEqual(expected);
	});

	it('counts an alias that runs the name on ("envoyproxy", "fluxcd") in any case', () => {
		expect(matcher.match('Forked from the envoyproxy repo.').map((m) => m.projectId)).toEqual([
			'envoy'
		]);
		expect(matcher.match('We installed fluxcd last week.').map((m) => m.projectId)).toEqual([
			'flux'
		]);
	});

	it('still drops a capitalised "Envoy" without such context', () => {
		expect(matcher.match('The talk was given by a Special Envoy.')).toEqual([]);
		expect(matcher.match('The King sent an Envoy to the court.')).toEqual([]);
	});

	it('never lets one alias name two projects', () => {
		const seen = new Map<string, string>();
		for (const p of taxonomy.projects)
			for (const n of [p.name, ...p.aliases]) {
				const prev = seen.get(n.toLowerCase());
				expect(prev === undefined || prev === p.id, `${n}: ${prev} and ${p.id}`).toBe(true);
				seen.set(n.toLowerCase(), p.id);
			}
	});

	it('has exactly the 15 theme ids, each with a usable lexicon', () => {
		expect(taxonomy.themes.map((t) => t.id)).toEqual([...REQUIRED_THEME_IDS]);
		expect(REQUIRED_THEME_IDS).toHaveLength(15);
		// The bounds are on the English terms; each theme also lists a few dozen at most in
		// Chinese, Japanese and Korean (the same words in four scripts).
		const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
		for (const t of taxonomy.themes) {
			const weights = Object.values(t.lexicon);
			const latin = Object.keys(t.lexicon).filter((term) => !cjk.test(term));
			expect(latin.length, t.id).toBeGreaterThanOrEqual(20);
			expect(latin.length, t.id).toBeLessThanOrEqual(50);
			expect(weights.length - latin.length, t.id).toBeLessThanOrEqual(40);
			expect(
				weights.every((w) => w >= 0.2 && w <= 1),
				t.id
			).toBe(true);
			expect(t.description.length, t.id).toBeGreaterThan(10);
		}
		expect(taxonomy.themes.find((t) => t.id === 'service-mesh')?.categories).toContain(
			'Service Mesh'
		);
		expect(
			Object.keys(taxonomy.themes.find((t) => t.id === 'reliability-sre')?.lexicon ?? {})
		).toContain('post-mortem');
	});
});

describe('the sources manifest', () => {
	const { documents, warnings: w } = parseSourcesManifest(
		read('data/corpus/sources.yaml'),
		taxonomy.events.map((e) => e.id)
	);

	it('describes the five sample files with their events', () => {
		expect(w).toEqual([]);
		expect([...documents.keys()]).toHaveLength(5);
		expect(documents.get('001_0a10030ab7818b39.txt')?.events).toEqual([
			'kubecon-na-2019',
			'dockercon-eu-2014'
		]);
		expect(documents.get('003_80732edc8b2f7a07.txt')).toMatchObject({
			format: 'rst',
			published: '2018-05-11',
			events: ['kubecon-eu-2018']
		});
		expect(documents.get('000_69954d7bdab4379b.txt')).toMatchObject({
			author: 'Daniel Bryant',
			publisher: 'Ambassador Labs',
			events: ['kubecon-na-2020']
		});
	});

	it('names every document that exists in data/corpus', () => {
		for (const path of documents.keys()) expect(() => read(`data/corpus/${path}`)).not.toThrow();
	});

	it('reports a bad entry by file and document, keeping the rest', () => {
		const r = parseSourcesManifest(
			'documents:\n  a.md: { title: A, published: 2018-13-40, format: pdf, events: [nope] }\n  b.md: oops\n',
			['kubecon-eu-2018']
		);
		expect(r.documents.get('a.md')).toMatchObject({
			title: 'A',
			published: null,
			format: null,
			events: ['nope']
		});
		expect(r.documents.has('b.md')).toBe(false);
		const msgs = r.warnings.map((x) => `${x.file}: ${x.message}`);
		expect(msgs).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^data\/corpus\/sources\.yaml: document "a\.md": published "2018-13-40"/
				),
				expect.stringMatching(/document "a\.md": format "pdf"/),
				expect.stringMatching(/document "a\.md": event "nope" is not in the catalog/),
				expect.stringMatching(/document "b\.md": not a mapping/)
			])
		);
	});
});

describe('parseTaxonomy on broken input', () => {
	const ev = (over: string) =>
		`- id: kubecon-eu-2018\n  name: KubeCon EU 2018\n  series: kubecon\n  region: europe\n  start_date: '2018-05-02'\n  end_date: '2018-05-04'\n  city: Copenhagen\n  country: Denmark\n  format: in-person\n  aliases: [KubeCon Copenhagen]\n${over}`;
	const pr = (id: string, extra = '') =>
		`- id: ${id}\n  name: ${id}\n  aliases: []\n  category: C\n  subcategory: S\n  cncf_status: null\n${extra}`;
	const themes = REQUIRED_THEME_IDS.map(
		(id) => `- id: ${id}\n  name: ${id}\n  description: d\n  lexicon: { ${id}: 1 }\n`
	).join('');
	const run = (events: string, projects = pr('docker'), th = themes) => {
		const r = parseTaxonomy({ events, projects, themes: th });
		return { ...r, msgs: r.warnings.map((w) => `${w.severity} ${w.file}: ${w.message}`) };
	};

	it('drops an event with a bad date and names the file, entry and field', () => {
		const r = run(
			ev(
				'- id: kubecon-na-2019\n  name: X\n  series: kubecon\n  region: north-america\n  start_date: 2019-11-31\n  end_date: 2019-11-21\n  city: San Diego\n  country: US\n  format: in-person\n'
			)
		);
		expect(r.taxonomy.events.map((e) => e.id)).toEqual(['kubecon-eu-2018']);
		expect(r.msgs).toEqual([
			'error data/taxonomy/events.yaml: event "kubecon-na-2019": start_date "2019-11-31" is not a date (YYYY-MM-DD); entry dropped'
		]);
	});

	it('reads a planned city and days, and warns about planned days given by half', () => {
		const planned = (body: string) =>
			run(
				`- { id: e-1, name: E, series: kubecon, region: europe, start_date: '2020-08-17', end_date: '2020-08-20', city: null, country: null, format: virtual, planned: ${body} }\n`
			);
		const good = planned(
			"{ city: Amsterdam, country: Netherlands, start_date: '2020-03-30', end_date: '2020-04-02' }"
		);
		expect(good.msgs).toEqual([]);
		expect(good.taxonomy.events[0]!.planned).toEqual({
			city: 'Amsterdam',
			country: 'Netherlands',
			start_date: '2020-03-30',
			end_date: '2020-04-02'
		});
		const half = planned("{ city: Amsterdam, start_date: '2020-03-30', venue: RAI }");
		expect(half.taxonomy.events[0]!.planned).toEqual({
			city: 'Amsterdam',
			country: null,
			start_date: null,
			end_date: null
		});
		expect(half.msgs.join('\n')).toMatch(/event "e-1": unknown field "venue" ignored/);
		expect(half.msgs.join('\n')).toMatch(/planned start_date and end_date should both be given/);
		expect(planned('Amsterdam').msgs.join('\n')).toMatch(/planned should be a mapping; ignored/);
	});

	it('refuses unknown series and format values, missing ids and end dates before start dates', () => {
		const r = run(
			ev(
				"- { id: a-1, name: A, series: kubekon, region: x, start_date: '2019-01-01', end_date: '2019-01-02', format: in-person }\n" +
					"- { id: a-2, name: B, series: other, region: x, start_date: '2019-01-01', end_date: '2019-01-02', format: remote }\n" +
					"- { name: C, series: other, region: x, start_date: '2019-01-01', end_date: '2019-01-02', format: virtual }\n" +
					"- { id: a-4, name: D, series: other, region: x, start_date: '2019-01-05', end_date: '2019-01-02', format: virtual }\n"
			)
		);
		expect(r.taxonomy.events).toHaveLength(1);
		expect(r.msgs.join('\n')).toMatch(
			/event "a-1": series "kubekon" is not one of kubecon \| dockercon \| other/
		);
		expect(r.msgs.join('\n')).toMatch(/event "a-2": format "remote" is not one of/);
		expect(r.msgs.join('\n')).toMatch(/event #4 \(no id\): id null is missing/);
		expect(r.msgs.join('\n')).toMatch(
			/event "a-4": end_date 2019-01-02 is before start_date 2019-01-05/
		);
	});

	it('drops a duplicate event id and an alias claimed by another edition', () => {
		const r = run(
			ev(
				ev('').replace('KubeCon EU 2018', 'Other') +
					"- { id: b, name: B, series: other, region: x, start_date: '2019-01-01', end_date: '2019-01-01', format: virtual, aliases: [kubecon copenhagen, B2] }\n"
			)
		);
		expect(r.taxonomy.events.map((e) => e.id)).toEqual(['kubecon-eu-2018', 'b']);
		expect(r.taxonomy.events[1]?.aliases).toEqual(['B2']);
		expect(r.msgs).toEqual([
			'error data/taxonomy/events.yaml: event "kubecon-eu-2018": duplicate id; entry dropped',
			'error data/taxonomy/events.yaml: event "b": alias "kubecon copenhagen" already names event "kubecon-eu-2018"; alias dropped'
		]);
	});

	it('reports duplicate project aliases, bad CNCF values and bad dates by project id', () => {
		const r = run(
			ev(''),
			pr('docker', '  aliases: [moby]\n').replace('  aliases: []\n', '') +
				pr('moby-project', '  aliases: [Moby]\n').replace('  aliases: []\n', '') +
				pr('x', '  accepted: 2016-02-30\n') +
				pr('y').replace('cncf_status: null', 'cncf_status: incubator')
		);
		expect(r.taxonomy.projects.map((p) => p.id)).toEqual(['docker', 'moby-project', 'x']);
		expect(r.taxonomy.projects[1]?.aliases).toEqual([]);
		expect(r.msgs).toEqual(
			expect.arrayContaining([
				'error data/taxonomy/projects.yaml: project "moby-project": alias "Moby" already names project "docker"; alias dropped',
				'error data/taxonomy/projects.yaml: project "x": accepted "2016-02-30" is not a date (YYYY-MM-DD); ignored',
				'error data/taxonomy/projects.yaml: project "y": cncf_status "incubator" is not one of null | sandbox | incubating | graduated | archived; entry dropped'
			])
		);
	});

	it('keeps an ambiguous project ambiguous when its context is malformed', () => {
		const r = run(ev(''), pr('helm', '  ambiguous: charts\n'));
		expect(r.taxonomy.projects[0]?.ambiguous).toEqual({ context: [] });
		expect(r.msgs[0]).toMatch(/projects\.yaml: project "helm": ambiguous should be/);
	});

	it('refuses theme ids outside the 15 and reports the missing ones', () => {
		const th = themes.replace('- id: ml-ai', '- id: machine-learning');
		const r = run(ev(''), pr('docker'), th);
		expect(r.taxonomy.themes).toHaveLength(14);
		expect(r.msgs).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^error data\/taxonomy\/themes\.yaml: theme "machine-learning": id is not one of the 15 theme ids/
				),
				'error data/taxonomy/themes.yaml: theme "ml-ai" is missing'
			])
		);
	});

	it('reports a lexicon weight outside (0, 1] and a category no project has', () => {
		const th = themes.replace(
			'lexicon: { ml-ai: 1 }',
			'lexicon: { ml-ai: 1, gpu: 3 }\n  categories: [Nope]'
		);
		const r = run(ev(''), pr('docker'), th);
		expect(r.taxonomy.themes.find((t) => t.id === 'ml-ai')?.lexicon).toEqual({ 'ml-ai': 1 });
		expect(r.msgs).toEqual([
			'warning data/taxonomy/themes.yaml: theme "ml-ai": lexicon "gpu": weight 3 not in (0, 1]; term ignored',
			'warning data/taxonomy/themes.yaml: theme "ml-ai": category "Nope" is no project\'s category or subcategory'
		]);
	});

	it('reads the projects a theme lists and reports an id no project has', () => {
		const th = themes.replace(
			'lexicon: { ml-ai: 1 }',
			'lexicon: { ml-ai: 1 }\n  projects: [docker, nope]'
		);
		const r = run(ev(''), pr('docker'), th);
		expect(r.taxonomy.themes.find((t) => t.id === 'ml-ai')?.projects).toEqual(['docker', 'nope']);
		expect(r.msgs).toEqual([
			'warning data/taxonomy/themes.yaml: theme "ml-ai": project "nope" is not in the project list'
		]);
	});

	it('turns a YAML syntax error into one message with the file and line, and keeps the other files', () => {
		const r = run('- id: [unclosed\n', pr('docker'));
		expect(r.taxonomy.events).toEqual([]);
		expect(r.taxonomy.projects).toHaveLength(1);
		expect(r.msgs[0]).toMatch(/^error data\/taxonomy\/events\.yaml: invalid YAML: .*line/i);
	});
});

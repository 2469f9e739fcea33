/**
 * A catalog city named as a recap in another language writes it, after that language's "in":
 * "la KubeCon en Berlín", "KubeCon a Barcellona", "KubeCon em Copenhaga", "KubeCon w Barcelonie",
 * "KubeCon v Barceloně". Before, those names were no place (and "a", "w", "v" no filler before
 * one): a recap without a date named no edition. A gathering outside the catalog ("Cloud Native
 * Summit en París") took neither its city nor the date after it.
 */
import { describe, expect, it } from 'vitest';
import { compilePlaces } from '../../../src/lib/ingest/places';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { createdEvents, ingestText } from './fixtureIngest';
import { projectTaxonomy } from './projectTaxonomy';

const eventsOf = (line: string) => [
	...new Set(
		ingestText('notes.md', `---\ntitle: Notes\n---\n\n${line}\n`).passages.map((p) => p.event_id)
	)
];

describe('a catalog city in the language of the recap', () => {
	it.each([
		[
			'Estuve en la KubeCon en Berlín hace dos semanas; muchas charlas de Kubernetes.',
			'kubecon-eu-2017'
		],
		['Sono stato alla KubeCon a Barcellona: tanti talk su Kubernetes.', 'kubecon-eu-2019'],
		['Ho seguito la KubeCon a Berlino con il mio team. Molto Kubernetes.', 'kubecon-eu-2017'],
		['Estive na KubeCon em Copenhaga com a equipa. Muito Kubernetes.', 'kubecon-eu-2018'],
		['Byłem na KubeCon w Barcelonie z zespołem. Dużo o Kubernetes.', 'kubecon-eu-2019'],
		['Byliśmy na DockerCon w Kopenhadze. Dużo o Kubernetes.', 'dockercon-eu-2017'],
		['Byl jsem na KubeCon v Barceloně s týmem. Hodně o Kubernetes.', 'kubecon-eu-2019'],
		['Мы были на KubeCon в Копенгагене. Много про Kubernetes.', 'kubecon-eu-2018']
	])('%s', (line, id) => {
		expect(eventsOf(line)).toEqual([id]);
	});

	it('maps the local names to the English ones', () => {
		const places = compilePlaces();
		const names = (text: string) => places.find(text).map((p) => p.name);
		expect(names('París, Berlín, Barcellona, Copenhaga, Barcelonie, Kodani, Париже, 巴黎')).toEqual(
			['Paris', 'Berlin', 'Barcelona', 'Copenhagen', 'Barcelona', 'Copenhagen', 'Paris', 'Paris']
		);
	});
});

describe('a gathering outside the catalog', () => {
	it('takes the city after "en" and the date after it: "Cloud Native Summit en París, …"', () => {
		expect(
			createdEvents(
				'notas.md',
				'# Notas',
				'',
				'Cloud Native Summit en París, 3 de abril de 2017: muchas charlas sobre Kubernetes.'
			).map((e) => [e.name, e.start_date, e.city, e.country])
		).toEqual([['Cloud Native Summit (April 2017)', '2017-04-03', 'Paris', 'France']]);
	});
});

describe('a one-letter "in" of another language', () => {
	it('follows the series name with a space only ("KubeCon, a Berlin startup" names no city)', () => {
		const index = compileEventIndex(projectTaxonomy.events);
		const refs = index.findRefs('We met the team of KubeCon, a Berlin startup, at lunch.');
		expect(refs.map((r) => [r.surface, r.generic])).toEqual([['KubeCon', true]]);
		expect(index.findRefs('Byłem na KubeCon w Berlinie.').map((r) => r.candidates)).toEqual([
			['kubecon-eu-2017']
		]);
	});
});

/**
 * A gathering outside the catalog placed and dated by the verb after its name, in the other
 * languages recaps are written in: "… fand in Hamburg statt", "… s’est tenu à Lyon", "… se celebró
 * en Madrid el 3 de junio", "… tuvo lugar el 3 de junio de 2019 en Madrid". Before, only the
 * English verbs were read (no city), and the article opening the sentence ("Der", "El", "Il")
 * was taken into the gathering's name ("Der Cloud Native Summit 2019").
 */
import { describe, expect, it } from 'vitest';
import { createdEvents } from './fixtureIngest';

const created = (line: string) =>
	createdEvents('notes.md', '---', 'title: Notes', 'date: 2019-06-20', '---', '', line).map((e) => [
		e.name,
		e.start_date,
		e.end_date,
		e.city
	]);

describe('a gathering held in a city, in another language', () => {
	it.each([
		['Der Cloud Native Summit 2019 fand in Hamburg statt. Viele Vorträge.', null, null, 'Hamburg'],
		['Le Cloud Native Summit 2019 s’est tenu à Lyon. Beaucoup de talks.', null, null, 'Lyon'],
		['El Cloud Native Summit 2019 se celebró en Madrid. Muchas charlas.', null, null, 'Madrid'],
		['O Cloud Native Summit 2019 aconteceu em Lisboa. Muitas palestras.', null, null, 'Lisbon'],
		['Il Cloud Native Summit 2019 si è tenuto a Milano. Molti talk.', null, null, 'Milan'],
		[
			'Der Cloud Native Summit fand am 3. Juni 2019 in Hamburg statt. Viele Vorträge.',
			'2019-06-03',
			'2019-06-03',
			'Hamburg'
		],
		[
			'El Cloud Native Summit tuvo lugar el 3 de junio de 2019 en Madrid. Muchas charlas.',
			'2019-06-03',
			'2019-06-03',
			'Madrid'
		],
		[
			'Die ContainerDays 2019 fanden vom 30. April bis 2. Mai 2019 in Hamburg statt.',
			'2019-04-30',
			'2019-05-02',
			'Hamburg'
		]
	])('%s', (line, start, end, city) => {
		const [row] = created(line);
		expect(row![0]).not.toMatch(/^(?:Der|Die|Le|El|O|Il) /);
		expect(row!.slice(1)).toEqual([start, end, city]);
	});
});

describe('an English verb of meeting', () => {
	it('takes "in" or "to" before the city, not "a" ("… ran a Berlin edition")', () => {
		const [row] = created('The Cloud Native Summit 2019 ran a Berlin edition for the first time.');
		expect(row![3]).toBeNull();
	});
});

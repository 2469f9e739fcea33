/**
 * "Le meetup Cloud Native Paris du 16 mars 2023 …", "El meetup de Cloud Native Madrid …": an
 * article opening a sentence is capitalised. Before, the capitalised article was read as the
 * meetup's name ("Le meetup"), or the sentence gave no meetup at all.
 */
import { describe, expect, it } from 'vitest';
import { createdEvents } from './fixtureIngest';

const created = (...lines: string[]) =>
	createdEvents('meetup.md', ...lines).map((e) => [e.name, e.city, e.start_date]);

describe('a meetup named after its keyword at a sentence’s start', () => {
	it('in French', () => {
		expect(
			created(
				'---',
				'title: "Retour sur notre meetup de mars"',
				'date: 2023-03-28',
				'---',
				'',
				'Le meetup Cloud Native Lyon du 21 mars 2023 était hébergé par Acme.'
			)
		).toEqual([['Cloud Native Lyon meetup (March 2023)', 'Lyon', '2023-03-21']]);
	});

	it('in Spanish', () => {
		expect(
			created(
				'# Crónica',
				'',
				'El meetup de Cloud Native Madrid del 9 de mayo de 2023 fue en Acme.'
			)
		).toEqual([['Cloud Native Madrid meetup (May 2023)', 'Madrid', '2023-05-09']]);
	});

	it('but a name that opens with an article stays whole ("La Jolla", "Los Angeles")', () => {
		expect(
			created('# Notes', '', 'The Los Angeles Kubernetes meetup of May 9, 2023 was packed.')
		).toEqual([['Los Angeles Kubernetes meetup (May 2023)', 'Los Angeles', '2023-05-09']]);
	});
});

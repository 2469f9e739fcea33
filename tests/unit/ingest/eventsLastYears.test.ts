/**
 * A look back at the edition of the year before, opening a passage: "Last year's KubeCon in
 * Seattle was …" (a reference whose city two editions share), and "No ano passado, em Seattle, …",
 * "L'anno scorso a Copenaghen …", "Vorig jaar in Kopenhagen …" (the lead of eventLeadTime.ts in
 * Portuguese, Italian, Dutch, Polish and Russian). Before, the first was a passing comparison
 * (the passage stayed at the recap's edition) and the others were not read.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const passages = (published: string, ...paragraphs: string[]) =>
	ingestText(
		'recap.md',
		['---', 'title: KubeCon recap', `date: ${published}`, '---', '', paragraphs.join('\n\n')].join(
			'\n'
		)
	).passages.map((p) => p.event_id);

describe('a passage opening on last year’s edition', () => {
	it('"Last year\'s KubeCon in Seattle …" published in December 2019: the 2018 edition', () => {
		expect(
			passages(
				'2019-12-15',
				'KubeCon San Diego was the biggest one yet, with twelve thousand people.',
				"Last year's KubeCon in Seattle was where I first heard about service meshes in earnest.",
				'The keynotes were all about Kubernetes and Helm.'
			)
		).toEqual(['kubecon-na-2019', 'kubecon-na-2018', 'kubecon-na-2019']);
	});

	it('not when the passage sets it against this year', () => {
		expect(
			passages(
				'2019-12-15',
				'KubeCon San Diego was the biggest one yet.',
				"Last year's KubeCon in Seattle had eight thousand people; this year twelve thousand came."
			)
		).toEqual(['kubecon-na-2019', 'kubecon-na-2019']);
	});

	it.each([
		['No ano passado, em Seattle, o evento tinha oito mil pessoas.'],
		["L'anno scorso a Seattle l'evento aveva ottomila persone."],
		['Vorig jaar in Seattle had het evenement achtduizend bezoekers.'],
		['W zeszłym roku w Seattle było osiem tysięcy osób.']
	])('in another language: %s', (line) => {
		expect(
			passages(
				'2019-11-30',
				'A KubeCon em San Diego foi a maior até agora, com doze mil pessoas.',
				line
			)
		).toEqual(['kubecon-na-2019', 'kubecon-na-2018']);
	});
});

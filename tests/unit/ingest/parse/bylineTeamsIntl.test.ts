/**
 * A team signing a post in French, Spanish, German or Portuguese: "Par l'équipe Kubernetes",
 * "Por el equipo de Acme", "Vom Acme-Team", "Pelo time da Acme". The team is the author, and the
 * line is no passage.
 */
import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const BODY =
	'The keynotes opened with a look back at the year, and the hallway track was busy all week.';
const meta = (head: string) => {
	const d = parseString(`# KubeCon Field Notes\n\n${head}\n\n${BODY}\n`, 'a.md');
	return [d.author, d.published, passages(d).map((p) => p.text)];
};

describe('team bylines in other languages', () => {
	it.each([
		["Par l'équipe Kubernetes", 'équipe Kubernetes', null],
		[
			'Publié par l’équipe de Northwind Labs le 3 mai 2019',
			'équipe de Northwind Labs',
			'2019-05-03'
		],
		['Par la rédaction de Acme Cloud', 'rédaction de Acme Cloud', null],
		['Por el equipo de Acme', 'equipo de Acme', null],
		['Publicado por el equipo de Northwind Labs', 'equipo de Northwind Labs', null],
		['Von dem Acme-Team', 'Acme-Team', null],
		['Vom Northwind Labs Team', 'Northwind Labs Team', null],
		['Von der Acme-Redaktion', 'Acme-Redaktion', null],
		['Pelo time da Acme', 'time da Acme', null],
		['Pela equipe Northwind Labs', 'equipe Northwind Labs', null]
	])('%j: the team is the author, not a passage', (head, author, published) => {
		expect(meta(head)).toEqual([author, published, [BODY]]);
	});

	it.each([
		'Par l’équipe, nous avons tout vu.',
		'Por el equipo de trabajo, todo bien.',
		'Von dem Team war niemand da.',
		'Pelo time da casa, tudo certo.',
		'Par équipe de deux, on a visité les stands.'
	])('%j stays text', (head) => {
		expect(meta(head)[0]).toBeNull();
	});
});

/**
 * A schedule's table whose session cell holds the title and its speakers ("| 10:30 | Istio in
 * Production – Jane Doe (Acme) | Room 5 |"): the talk, not the row's first cells as a title. A
 * list item with its room after the speakers ("Cilium Mesh – Thomas Graf, Isovalent – Hall 7").
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const doc = (body: string) =>
	ingestText(
		'schedule.md',
		`# KubeCon Europe 2019 notes\n\nKubeCon Europe 2019 took place in Barcelona in May.\n\n${body}\n`
	).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('a schedule table, the speakers in the session cell', () => {
	it('one talk a row, titled by the session cell', () => {
		const table = [
			'| Time | Session | Room |',
			'|------|---------|------|',
			'| 09:00 | Opening keynote – Priyanka Sharma, CNCF | Hall 8.0 |',
			'| 10:30 | Istio in Production – Jane Doe (Acme) | Room 5 |',
			'| 12:00 | Lunch | Expo Hall |',
			'| 13:30 | Scaling etcd — John Roe, Globex & Ann Lee, Initech | Room 6 |'
		].join('\n');
		expect(doc(table)).toEqual([
			['Opening keynote by Priyanka Sharma', ['Priyanka Sharma'], ['CNCF']],
			['Istio in Production', ['Jane Doe'], ['Acme']],
			['Scaling etcd', ['John Roe', 'Ann Lee'], ['Globex', 'Initech']]
		]);
	});
});

describe('a list item with its room after the speakers', () => {
	it('the talk without the room', () => {
		const items = [
			'- Cilium Mesh – Thomas Graf, Isovalent – Hall 7',
			'- Flux at Scale — Stefan Prodan (Weaveworks) — Room 6C',
			'- Scaling etcd – Jane Doe, Acme – Berlin',
			'- Operators in Practice – Jessica Hall, Acme',
			'- Serverless at the Edge – Ramon Palacio'
		].join('\n');
		expect(doc(items)).toEqual([
			['Cilium Mesh', ['Thomas Graf'], ['Isovalent']],
			['Flux at Scale', ['Stefan Prodan'], ['Weaveworks']],
			['Scaling etcd', ['Jane Doe'], ['Acme']],
			['Operators in Practice', ['Jessica Hall'], ['Acme']],
			['Serverless at the Edge', ['Ramon Palacio'], []]
		]);
	});
});

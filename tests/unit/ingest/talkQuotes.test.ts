/**
 * A quoted title "by" its speaker, and the sentence goes on without a talk word before the quote:
 * '"Title" by Jane Doe was a highlight'. The prose after the name is neither name nor organisation.
 */
import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';

const talks = (text: string, kind?: 'paragraph' | 'list') =>
	talksInPassage(text, kind).map((t) => [t.title, t.speakers, t.organizations]);

describe('a quoted title by a speaker, then prose', () => {
	it.each([
		[
			'"Scaling Prometheus to a Billion Series" by Jane Doe was a highlight of the second day.',
			[['Scaling Prometheus to a Billion Series', ['Jane Doe'], []]]
		],
		[
			'Day two started slowly. “Zero Downtime Upgrades with Cluster API” by Priya Raman (Acme Cloud) was the talk everyone discussed over lunch.',
			[['Zero Downtime Upgrades with Cluster API', ['Priya Raman'], ['Acme Cloud']]]
		],
		[
			'"Running Envoy at the Edge" by Tom Baker from Globex drew a full room.',
			[['Running Envoy at the Edge', ['Tom Baker'], ['Globex']]]
		],
		[
			'“eBPF Beyond Networking” by Ana Lopez and Sam Lee, Initech, was my favourite.',
			[['eBPF Beyond Networking', ['Ana Lopez', 'Sam Lee'], ['Initech']]]
		],
		[
			'I really enjoyed "Debugging Kubernetes Networking" by Omar Haddad, which walked through a real outage.',
			[['Debugging Kubernetes Networking', ['Omar Haddad'], []]]
		]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});

	it('a list item in that shape', () => {
		expect(
			talks('- "Scaling Prometheus to a Billion Series" by Jane Doe was a highlight', 'list')
		).toEqual([['Scaling Prometheus to a Billion Series', ['Jane Doe'], []]]);
	});

	it.each([
		'By day three the "cloud native" buzzword by now is everywhere.',
		'"Cloud native" by now means everything and nothing.',
		'"Move fast and break things" by Mark Zuckerberg was the motto of the decade.',
		'"The Phoenix Project" by Gene Kim is a must-read for every platform team.',
		'We all read "Accelerate" by Nicole Forsgren before the conference.',
		'The annual survey "State of Cloud Native" by Jane Doe showed more adoption.',
		'Somebody said "Kubernetes Is the New Linux" by the coffee machine, and everyone nodded.'
	])('not a talk: %s', (text) => {
		expect(talks(text)).toEqual([]);
	});
});

describe('a quoted title, then a comma before the speaker and after', () => {
	it.each([
		[
			'La charla «Kubernetes en producción en Idealista», de Carlos Sánchez, fue de las más prácticas.',
			[['Kubernetes en producción en Idealista', ['Carlos Sánchez'], []]]
		],
		[
			'The keynote "Scaling Prometheus to a Billion Series", by Jane Doe, was the best of the day.',
			[['Scaling Prometheus to a Billion Series', ['Jane Doe'], []]]
		]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});
});

describe('a quoted title, a dash, then the speakers and what they did', () => {
	it.each([
		[
			'"Securing the Supply Chain" – Jane Porter (Acme Cloud) walked through Notary.',
			[['Securing the Supply Chain', ['Jane Porter'], ['Acme Cloud']]]
		],
		[
			'“Observability Is a Team Sport” — Maria Lopez from Globex showed how her team shares dashboards.',
			[['Observability Is a Team Sport', ['Maria Lopez'], ['Globex']]]
		],
		[
			'"Zero Downtime Upgrades" - Marta Klein and Priya Raman (Globex) demoed in-place upgrades.',
			[['Zero Downtime Upgrades', ['Marta Klein', 'Priya Raman'], ['Globex']]]
		],
		[
			'- "Securing the supply chain with Notary" – Jane Porter (Acme Cloud) walked us through it.',
			[['Securing the supply chain with Notary', ['Jane Porter'], ['Acme Cloud']]]
		],
		[
			'« Le traçage distribué en pratique » – Yuri Shkuro (Uber) a présenté Jaeger.',
			[['Le traçage distribué en pratique', ['Yuri Shkuro'], ['Uber']]]
		],
		[
			'„Sichere Lieferketten mit Notary“ – Lukas Becker (SAP) zeigte die neue Signatur.',
			[['Sichere Lieferketten mit Notary', ['Lukas Becker'], ['SAP']]]
		]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});

	it.each([
		'"Kubernetes Is the New Linux" – Jim Zemlin said in his keynote.',
		'"Move Fast and Break Things" – Mark Zuckerberg wrote in a letter to investors.',
		'"The Phoenix Project" – Gene Kim signed copies of the book all afternoon.',
		'"Kubernetes is boring now" – Jane Porter, summing up the week.',
		'"We need more docs" – Jane Porter (Acme Cloud) pleaded during the Q&A.',
		'« Il faut plus de documentation » – Julie Martin a dit à la fin.',
		'We left early. Then "Platform Teams" – Jane Porter (Acme) had to cancel.'
	])('not a talk: %s', (text) => {
		expect(talks(text)).toEqual([]);
	});
});

describe('a quoted title, a dash, then the speakers and their organisation as a sentence of its own', () => {
	it.each([
		[
			'"Building an Operator for Prometheus" — Frederic Branczyk, CoreOS. Frederic walked through ServiceMonitor objects.',
			[['Building an Operator for Prometheus', ['Frederic Branczyk'], ['CoreOS']]]
		],
		[
			'14:00 — "Building an Operator for Prometheus" — Frederic Branczyk, CoreOS. Frederic walked through ServiceMonitor objects.',
			[['Building an Operator for Prometheus', ['Frederic Branczyk'], ['CoreOS']]]
		],
		[
			'15:30 – “Container-Native Networking with Cilium” – Thomas Graf (Covalent). A deep dive on eBPF.',
			[['Container-Native Networking with Cilium', ['Thomas Graf'], ['Covalent']]]
		],
		// A schedule's time before it: a session, even with a title in sentence case.
		[
			'15:30 — "Container-native networking with Cilium and BPF" — Thomas Graf, Covalent. Great demo of BPF.',
			[['Container-native networking with Cilium and BPF', ['Thomas Graf'], ['Covalent']]]
		]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});

	it.each([
		'"Software Is Eating the World" — Marc Andreessen. We heard it again this year.',
		'"Kubernetes Is the New Linux" — Jim Zemlin. He said it twice.',
		'"No code is the best code to secure." — Kelsey Hightower, Google. The room laughed.',
		// A sentence-case quote without a schedule's time is a quotation and its author.
		'"Container-native networking is the future" — Thomas Graf, Covalent. He meant it.'
	])('not a talk: %s', (text) => {
		expect(talks(text)).toEqual([]);
	});
});

describe('a speaker, then "talked about", "spoke on" or (with the organisation) "on", then the title', () => {
	it.each([
		'09:15 — Janet Kuo (Google) on "Kubernetes: The Next Seven Years". Mentions 1.13.',
		'Next up, Janet Kuo (Google) talked about "Kubernetes: The Next Seven Years".',
		'Janet Kuo (Google) spoke on “Kubernetes: The Next Seven Years”.'
	])('%s', (text) => {
		expect(talks(text, 'paragraph')).toEqual([
			['Kubernetes: The Next Seven Years', ['Janet Kuo'], ['Google']]
		]);
	});

	it('"on" without the organisation, or before an untitled quote, is no talk', () => {
		expect(talks('We had Janet Kuo on "the next seven years" panel.', 'paragraph')).toEqual([]);
		expect(talks('Jane Doe (Acme) on "why we left": a blog post.', 'paragraph')).toEqual([]);
	});
});

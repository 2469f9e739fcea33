import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { ingestText } from './fixtureIngest';

/** The talks of a French, Spanish, German… recap of these lines, as [title, speakers, orgs]. */
const recapTalks = (...lines: string[]) =>
	ingestText('recap.md', ['# KubeCon Europe 2019', '', ...lines, ''].join('\n')).talks.map((t) => [
		t.title,
		t.speakers,
		t.organizations
	]);

describe('keynote labels of other languages before the speaker', () => {
	it.each([
		["- Conférence d'ouverture : Jane Doe (Acme)", "Conférence d'ouverture by Jane Doe", 'Acme'],
		['- Keynote de clôture : Jane Doe, Acme', 'Keynote de clôture by Jane Doe', 'Acme'],
		['- Conferencia inaugural: Jane Doe (Acme)', 'Conferencia inaugural by Jane Doe', 'Acme'],
		['- Keynote inaugural: Jane Doe, Acme', 'Keynote inaugural by Jane Doe', 'Acme'],
		['- Sesión plenaria: Jane Doe (Acme)', 'Sesión plenaria by Jane Doe', 'Acme'],
		['- Eröffnungskeynote: Jane Doe (Acme)', 'Eröffnungskeynote by Jane Doe', 'Acme'],
		['- Abschluss-Keynote: Jane Doe, Acme', 'Abschluss-Keynote by Jane Doe', 'Acme'],
		['- Keynote di apertura: Jane Doe (Acme)', 'Keynote di apertura by Jane Doe', 'Acme'],
		['- Palestra de abertura: Jane Doe, Acme', 'Palestra de abertura by Jane Doe', 'Acme'],
		['Eröffnungskeynote: Jane Doe (Acme)', 'Eröffnungskeynote by Jane Doe', 'Acme'],
		['09:15 Keynote de clôture : Jane Doe, Acme', 'Keynote de clôture by Jane Doe', 'Acme']
	])('%s', (line, title, org) => {
		expect(recapTalks('Notes from Barcelona.', '', line)).toEqual([[title, ['Jane Doe'], [org]]]);
	});

	it('reads each line of a programme', () => {
		expect(
			recapTalks(
				'- Eröffnungskeynote: Jane Doe (Acme)',
				'- Abschlusskeynote: John Roe, Globex',
				'- Keynote: Ann Lee (Initech)'
			)
		).toEqual([
			['Eröffnungskeynote by Jane Doe', ['Jane Doe'], ['Acme']],
			['Abschlusskeynote by John Roe', ['John Roe'], ['Globex']],
			['Keynote by Ann Lee', ['Ann Lee'], ['Initech']]
		]);
	});

	it.each([
		"La conférence d'ouverture : trois annonces, Helm et Envoy.",
		'Eröffnungskeynote: Kubernetes ist langweilig geworden',
		'Sesión plenaria: Barcelona, España',
		'Keynote de clôture : merci à tous'
	])('a label before no person names no talk: %s', (line) => {
		expect(recapTalks(line)).toEqual([]);
	});
});

describe('an opening keynote "de" its speaker', () => {
	it.each([
		["Keynote d'ouverture de Jane Doe (Acme)", 'Keynote by Jane Doe'],
		['Keynote di apertura di Jane Doe (Acme)', 'Keynote by Jane Doe'],
		['Keynote de clausura de Jane Doe (Acme)', 'Keynote by Jane Doe']
	])('%s', (line, title) => {
		expect(
			talksInPassage(line, 'paragraph').map((t) => [t.title, t.speakers, t.organizations])
		).toEqual([[title, ['Jane Doe'], ['Acme']]]);
	});
});

/**
 * A sentence that names its speakers, a verb of presenting and then links the talk: "On
 * Wednesday at 3:40pm, Carlos Sanchez will be presenting [Title](…) in Tahoma 3/4.", in Markdown
 * and in AsciiDoc ("link:https://…[Title]"), whose parser now keeps its links' text too.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const talksOf = (path: string, text: string) =>
	ingestText(path, text).talks.map((t) => [t.title, t.speakers, t.organizations]);

const expected = [
	['Jenkins X: Continuous Delivery for Kubernetes', ['Carlos Sanchez'], []],
	['Migrating Jenkins to Kubernetes Broke Our Brains', ['Jonathan Hess', 'Loren Trout'], ['SAP']]
];

describe('a linked title after a presenting verb', () => {
	it('in Markdown', () => {
		const text = [
			'# KubeCon NA 2018 is here',
			'',
			'Here are a couple of events that might interest you:',
			'',
			'* On Wednesday at 3:40pm, Carlos Sanchez will be presenting [Jenkins X: Continuous Delivery for Kubernetes](https://example.com/a) in Tahoma 3/4.',
			'* On Tuesday at 2:35pm, Jonathan Hess & Loren Trout from [SAP](https://www.sap.com) will discuss how [Migrating Jenkins to Kubernetes Broke Our Brains](https://example.com/b) in Room 606-609.',
			''
		].join('\n');
		expect(talksOf('post.md', text)).toEqual(expected);
	});

	it('in AsciiDoc', () => {
		const text = [
			'= KubeCon NA 2018 is here',
			'',
			'Here are a couple of events that might interest you:',
			'',
			'* On Wednesday at 3:40pm, Carlos Sanchez will be presenting',
			'  link:https://example.com/a[Jenkins X: Continuous Delivery for Kubernetes] in',
			'  link:https://example.com/room[Tahoma 3/4].',
			'* On Tuesday at 2:35pm, Jonathan Hess & Loren Trout from',
			'  link:https://www.sap.com[SAP] will discuss how',
			'  link:https://example.com/b[Migrating Jenkins to Kubernetes Broke Our Brains] in Room 606-609.',
			''
		].join('\n');
		expect(talksOf('post.adoc', text)).toEqual(expected);
	});

	it.each([
		'Kelsey Hightower presented [Google Cloud Run](https://example.com/run) on stage.',
		'Jane Doe gave [a great talk](https://example.com/v), which you can watch here.',
		'Jane Doe presented [the new Helm release](https://example.com/h).',
		'Jane Doe gave a great talk, which you can watch here.'
	])('a product’s name, plain words or the post’s “Notes” are no talk’s title: %s', (line) => {
		expect(talksOf('post.md', `# Notes\n\n${line}\n`)).toEqual([]);
	});

	it.each([
		'Then Google presented [Cloud Run for Anthos](https://example.com/c), which was neat.',
		'Then Google presented “Cloud Run for Anthos”, which was neat.'
	])('a sentence opener is no speaker’s first name: %s', (line) => {
		expect(talksOf('post.md', `# Notes\n\n${line}\n`)).toEqual([]);
	});
});

/**
 * A session's line in bold with its notes on the next lines of the same paragraph: "**Intro to
 * Knative** (Ville Aikas, Google)" over "Good overview of …". The line is the talk; the notes stay
 * a passage of their own.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const recap = (body: string) =>
	ingestText(
		'bold.md',
		`# KubeCon NA 2018 notes\n\nKubeCon North America 2018 took place in Seattle in December.\n\n${body}\n`
	);

describe('a bold title and its speakers over the notes', () => {
	it('in brackets or after a dash: the talk, and the notes as a passage', () => {
		const r = recap(
			'**Serverless Eventing in Practice** (Ana Ruiz, Initech)\nGood overview of build, serving and eventing.\n\n**Envoy at the Edge** — Matt Kline (Globex)\nThe history of the proxy and its filters.'
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Serverless Eventing in Practice', ['Ana Ruiz'], ['Initech']],
			['Envoy at the Edge', ['Matt Kline'], ['Globex']]
		]);
		expect(r.passages.map((p) => p.text)).toContain(
			'Good overview of build, serving and eventing.'
		);
	});

	it('a bold word and a remark in brackets is no talk', () => {
		const r = recap('**Note** (see below)\nThe slides are not online yet.');
		expect(r.talks).toEqual([]);
	});
});

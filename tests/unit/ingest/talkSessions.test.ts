/**
 * A link to a programme's page for one session names that session wherever the sentence puts it
 * ("See also: [Title](https://….sched.com/event/…)"), in sentence case and short too; a link to
 * anything else (the schedule, a repository, slides) names none.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const doc = (body: string) =>
	ingestText(
		'recap.md',
		`---\ntitle: "Notes from KubeCon + CloudNativeCon Europe 2019"\n---\n\n${body}\n`
	).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('a linked session page', () => {
	it('after a colon at the end of a sentence, in a paragraph or a list', () => {
		const body = [
			'The storage track was the best part. Worth a watch: [Rook in the Real World](https://kccnceu19.sched.com/event/MPaX)',
			'',
			'My favourite war story: [Ten Ways to Break Your Cluster, Live](https://sched.co/MPbQ)',
			'',
			'- Observability: [Tracing at the edge](https://kccnceu19.sched.com/event/MPcR/tracing-at-the-edge)',
			'- The schedule is [here](https://kccnceu19.sched.com/)'
		].join('\n');
		expect(doc(body)).toEqual([
			['Rook in the Real World', [], []],
			['Ten Ways to Break Your Cluster, Live', [], []],
			['Tracing at the edge', [], []]
		]);
	});

	it("keeps the speakers the link's own text names", () => {
		const body =
			'Recommended: [Operators Without Tears - Jane Roe, Acme Corp](https://kccnceu19.sched.com/event/MPdd)';
		expect(doc(body)).toEqual([['Operators Without Tears', ['Jane Roe'], ['Acme Corp']]]);
	});

	it("names nothing with a link's label or a link elsewhere", () => {
		const body = [
			'The full programme: [Schedule](https://kccnceu19.sched.com/event/MPaX)',
			'',
			'Code for the demo: [Cluster Bootstrap Scripts](https://github.com/example/cluster-bootstrap)',
			'',
			'Slides: [Slides](https://example.com/sessions/rook-in-the-real-world)'
		].join('\n');
		expect(doc(body)).toEqual([]);
	});
});

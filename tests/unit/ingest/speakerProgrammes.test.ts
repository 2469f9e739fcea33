/**
 * A community programme's title beside a speaker ("Docker Captain", "CNCF Ambassador") is a
 * distinction, not the organisation the speaker works for: the talk keeps the speaker, with no
 * organisation, and a real organisation beside it still counts.
 */
import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';

const talk = (line: string) => {
	const [t] = talksInPassage(line, 'list');
	return t ? [t.title, t.speakers, t.organizations] : null;
};

describe("a programme's title beside a speaker", () => {
	it.each([
		['- Docker for Node.js Developers – Bret Fisher (Docker Captain)', 'Bret Fisher'],
		['- Kubernetes Security in Practice – Jane Doe, CNCF Ambassador', 'Jane Doe'],
		['- Serverless on Azure – John Roe (Microsoft MVP)', 'John Roe'],
		['- Monitoring with Prometheus – Ana Lima (Google Developer Expert)', 'Ana Lima']
	])('%s: no organisation', (line, speaker) => {
		expect(talk(line)?.[1]).toEqual([speaker]);
		expect(talk(line)?.[2]).toEqual([]);
	});

	it('an organisation that merely ends like one is still an organisation', () => {
		expect(talk('- Scaling Envoy – Matt Klein (Lyft)')?.[2]).toEqual(['Lyft']);
		expect(talk('- Food Delivery at Scale – Jan Roe (Delivery Hero)')?.[2]).toEqual([
			'Delivery Hero'
		]);
	});
});

/**
 * A relational word before a span of time ("after two years of watching the videos", "before a
 * week of workshops", "KubeCon Europe is back after two long years") relates the clause to the
 * time, not to the edition it names: the reference is not said in passing. Before a name ("the
 * week after KubeCon", "two days before DockerCon EU") it still is.
 */
import { describe, expect, it } from 'vitest';
import { refRole } from '../../../src/lib/ingest/eventCues';

const roleOf = (text: string, name: string) => {
	const start = text.indexOf(name);
	return refRole(text, start, start + name.length);
};

describe('a span of time after a relational word', () => {
	it.each([
		[
			'I made it to Barcelona for KubeCon Europe, May 21st-23rd, after two years of watching the videos.',
			'KubeCon Europe'
		],
		[
			'After a few years of virtual events, KubeCon Europe filled the hall in Valencia.',
			'KubeCon Europe'
		],
		['DockerCon EU opened with keynotes, before a week of workshops.', 'DockerCon EU'],
		['KubeCon Europe is back after two long years.', 'KubeCon Europe']
	])('"%s": %s is not in passing', (text, name) => {
		expect(roleOf(text, name)).not.toBe('passing');
	});

	it.each([
		['We met in Berlin the week after KubeCon Europe.', 'KubeCon Europe'],
		['Rejekts took place two days before DockerCon EU.', 'DockerCon EU'],
		['Since 2015, KubeCon has grown tenfold.', 'KubeCon'],
		['KubeCon Europe will be back after two years.', 'KubeCon Europe']
	])('"%s": %s still is', (text, name) => {
		expect(roleOf(text, name)).toBe('passing');
	});
});

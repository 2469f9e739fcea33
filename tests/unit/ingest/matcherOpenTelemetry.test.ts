/**
 * "Open Telemetry" with a space is how many recaps write OpenTelemetry; written in lower case it
 * is the everyday phrase ("open telemetry data"), as "open service mesh" is.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('OpenTelemetry spelled in two words', () => {
	it.each([
		[
			'The Open Telemetry project merges OpenTracing and OpenCensus.',
			['opentelemetry', 'opentracing', 'opencensus']
		],
		[
			'Half the hallway wrote "Open Telemetry" with a space, the rest OTel.',
			['opentelemetry', 'opentelemetry']
		],
		['OPEN TELEMETRY: the state of the project.', ['opentelemetry']]
	])('%j → %j', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it.each([
		['Vendors want open telemetry data, not lock-in.', []],
		['Open telemetry formats help everyone.', []]
	])('%j: the phrase', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});
});

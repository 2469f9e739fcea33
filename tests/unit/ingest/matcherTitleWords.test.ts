/**
 * A capitalised word before an ambiguous name makes it part of another name ("Giant Swarm"),
 * except a title's capitalised prepositions and verbs ("… Using Falco") and "Project" before a
 * project's own name ("Project Harbor"): there the name is weighed on its context as anywhere.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy } from './projectTaxonomy';

const matcher = compileMatcher(projectTaxonomy.projects);
const surfaces = (text: string) => matcher.match(text).map((m) => m.surface);

describe('a capitalised word before an ambiguous name', () => {
	it('a title-case preposition or verb joins no name', () => {
		expect(surfaces('Catching Runtime Threats Using Falco: Security Rules in Practice')).toEqual([
			'Falco'
		]);
		expect(surfaces('Shipping Images With Harbor - a container registry story')).toEqual([
			'Harbor'
		]);
	});

	it('"Project" before the name is the project', () => {
		expect(surfaces('A deep look at Project Harbor, an open source image registry.')).toEqual([
			'Harbor'
		]);
	});

	it('still needs the context: a word of the language stays one', () => {
		expect(surfaces('Sailing Into Harbor at Dawn')).toEqual([]);
		expect(surfaces('Stories From Harbor Street')).toEqual([]);
	});
});

/**
 * Talks listed in one sentence, separated by semicolons (a blind test, talks2): "Lightning talks:
 * A by Name (Org); B by Name (Org); and C by Name (Org)."
 */
import { describe, expect, it } from 'vitest';
import { talks } from './fixtureIngest';

const LIST =
	'Kubectl Plugins in Five Minutes by Ahmet Alp Balkan (Google); Chaos Engineering for Beginners by Sylvain Hellegouarch (ChaosIQ); and Tiny Images with Distroless by Matthew Moore (Google).';

describe('talks separated by semicolons', () => {
	it('after a colon, every part is a talk', () => {
		expect(talks(`The lightning talks I liked best: ${LIST}`)).toEqual([
			['Kubectl Plugins in Five Minutes', ['Ahmet Alp Balkan'], ['Google']],
			['Chaos Engineering for Beginners', ['Sylvain Hellegouarch'], ['ChaosIQ']],
			['Tiny Images with Distroless', ['Matthew Moore'], ['Google']]
		]);
	});

	it('without a colon, the part that opens the sentence is left (its title is unsure)', () => {
		expect(talks(`My favourites were ${LIST}`)).toEqual([
			['Chaos Engineering for Beginners', ['Sylvain Hellegouarch'], ['ChaosIQ']],
			['Tiny Images with Distroless', ['Matthew Moore'], ['Google']]
		]);
	});

	it('prose with semicolons gives none, even with one part that reads as a talk', () => {
		expect(
			talks(
				'Notes: the venue was huge; Better Coffee by Jane Doe (Acme); and Kelsey Hightower was there.'
			)
		).toEqual([]);
	});
});

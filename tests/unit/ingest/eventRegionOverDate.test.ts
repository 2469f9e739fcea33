import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

/** The edition of a short recap published on `date` whose title and text name `name`. */
function editionOf(date: string, name: string, title = 'My notes') {
	const r = ingestText(
		'notes.md',
		`---\ntitle: "${title}"\ndate: ${date}\n---\n\nSome late notes from ${name}, where I learned a lot about service meshes.\n\nThe hallway track was the best part.\n`
	);
	return [...new Set(r.passages.map((p) => p.event_id))];
}

describe('a region named with the series is not overruled by the publication date', () => {
	it('keeps the named region when another region’s edition is nearer the publication', () => {
		// China 2018 ended five weeks before; North America 2018 ended a week before.
		expect(editionOf('2018-12-20', 'KubeCon China')).toEqual(['kubecon-cn-2018']);
		// Europe 2019 ended five weeks before; China 2019 ended two days before.
		expect(editionOf('2019-06-28', 'KubeCon Europe')).toEqual(['kubecon-eu-2019']);
	});

	it('still lets the publication date pick the edition of a series named without region', () => {
		expect(editionOf('2018-12-20', 'KubeCon')).toEqual(['kubecon-na-2018']);
		expect(editionOf('2019-06-28', 'KubeCon', 'Back from KubeCon')).toEqual(['kubecon-cn-2019']);
	});
});

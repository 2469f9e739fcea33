/** Lines opening with an emoji or an arrow as their bullet ("👉 ", "✅ ", "🔹 ", "▶ "): list items. */
import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const body = (text: string, path: string) =>
	passages(parseString(text, path)).map((p) => ({ kind: p.kind, text: p.text }));

const items = [
	'Service meshes are everywhere',
	'Helm 3 dropped Tiller',
	'Prometheus scales with Thanos',
	'Watch the keynotes online'
];

describe.each(['notes.txt', 'notes.md'])('emoji bullets in %s', (path) => {
	it.each([
		['👉 ', '✅ ', '🔹 ', '▶ '],
		['➡️ ', '✔️ ', '👍🏽 ', '➤ ']
	])('read as the items of a list, as "- " bullets are: %s', (...bullets) => {
		const doc = (marks: string[]) =>
			`My KubeCon notes\n\nWhat I took home from the week.\n\n${items.map((t, k) => marks[k] + t).join('\n')}\n\nThanks for reading.\n`;
		const got = body(doc(bullets), path);
		expect(got).toEqual(body(doc(items.map(() => '- ')), path));
		expect(got[1]).toEqual({ kind: 'list', text: items.join('\n') });
	});

	it('right under a paragraph line', () => {
		const text = `My KubeCon notes\n\nWhat I took home from the week.\n👉 ${items[0]}\n👉 ${items[1]}\n`;
		expect(body(text, path)).toEqual([
			{ kind: 'paragraph', text: 'What I took home from the week.' },
			{ kind: 'list', text: `${items[0]}\n${items[1]}` }
		]);
	});

	it('one line opening with an emoji is no list', () => {
		const text =
			'My KubeCon notes\n\n🚀 KubeCon was bigger than ever this year, with twelve thousand people there.\n';
		expect(body(text, path).map((p) => p.kind)).toEqual(['paragraph']);
	});
});

describe('emoji bullets in a document with markdown markup', () => {
	it('an emoji of the astral planes ("🎤 ", "👉 ") opens an item, as "➤ " does', () => {
		const text = `# My KubeCon notes\n\nWhat I took home from the week.\n\n${items.map((t) => '🎤 ' + t).join('\n')}\n`;
		expect(body(text, 'notes.md')).toEqual([
			{ kind: 'paragraph', text: 'What I took home from the week.' },
			{ kind: 'list', text: items.join('\n') }
		]);
	});
});

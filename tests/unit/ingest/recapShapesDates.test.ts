/**
 * Whole recaps in shapes found in the wild, each ingested as a document: where its passages land,
 * and the days and city of the editions it creates. Some are guards for shapes that worked already
 * (a Jekyll post dated by its file name only, a gathering beside KubeCon, a meetup dated by its
 * title, DockerCon EU 2017); the others need the fixes they name.
 */
import { describe, expect, it } from 'vitest';
import { ingestFixture, ingestText } from './fixtureIngest';

const placed = (name: string) => {
	const { r } = ingestFixture(name);
	return {
		passages: r.passages.map((p) => p.event_id),
		created: r.events
			.filter((e) => e.in_catalog === 0)
			.map((e) => [e.id, e.start_date, e.end_date, e.city]),
		talks: r.talks.map((t) => [t.title, t.event_id]),
		published: r.sources[0]!.published
	};
};

describe('recaps as they are written', () => {
	it('a Jekyll post dated by its file name alone is at the edition running that week', () => {
		const doc = placed('2019-11-21-kubecon-sd.md');
		expect(doc.published).toBe('2019-11-21');
		expect(new Set(doc.passages)).toEqual(new Set(['kubecon-na-2019']));
		expect(doc.talks).toEqual([['Kubernetes: The Next Five Years', 'kubecon-na-2019']]);
	});

	it('a week of Cloud Native Rejekts, then KubeCon EU 2019: each section at its own', () => {
		const doc = placed('rejekts-and-kubecon-eu-2019.md');
		expect(doc.passages).toEqual([
			'kubecon-eu-2019',
			'cloud-native-rejekts-2019',
			'kubecon-eu-2019',
			'kubecon-eu-2019'
		]);
		expect(doc.created).toEqual([
			['cloud-native-rejekts-2019', '2019-05-18', '2019-05-19', 'Barcelona']
		]);
		expect(doc.talks).toEqual([['eBPF for mere mortals', 'cloud-native-rejekts-2019']]);
	});

	it('"Last year\'s KubeCon in Seattle …" a year later: that passage at 2018, the rest at 2019', () => {
		expect(placed('seattle-a-year-later.md').passages).toEqual([
			'kubecon-na-2018',
			'kubecon-na-2019',
			'kubecon-na-2019'
		]);
	});

	it('a Portuguese recap: "No ano passado, em Seattle, …" is at the edition of 2018', () => {
		expect(placed('retrospectiva-kubecon-sd.md').passages).toEqual([
			'kubecon-na-2019',
			'kubecon-na-2019',
			'kubecon-na-2018'
		]);
	});

	it('a German recap of a gathering "vom 30. April bis 2. Mai 2019 in Hamburg"', () => {
		const doc = placed('rueckblick-containerdays.md');
		expect(doc.created).toEqual([['containerdays-2019-04', '2019-04-30', '2019-05-02', 'Hamburg']]);
		expect(new Set(doc.passages)).toEqual(new Set(['containerdays-2019-04']));
		expect(doc.talks).toEqual([['Observability ohne Budget', 'containerdays-2019-04']]);
	});

	it('DockerCon EU 2017 in Copenhagen, its days in the text', () => {
		const doc = placed('dockercon-eu-2017-copenhagen.md');
		expect(new Set(doc.passages)).toEqual(new Set(['dockercon-eu-2017']));
		expect(doc.talks.map((t) => t[1])).toEqual(['dockercon-eu-2017', 'dockercon-eu-2017']);
	});

	it.each([
		['chinese-generic-title.md', 'kubecon-cn-2018'],
		['chinese-generic-title-2019.md', 'kubecon-cn-2019']
	])('a Chinese post titled "笔记" or "Notes", dated in its text only: %s', (name, id) => {
		const doc = placed(name);
		expect(doc.published).toBeNull();
		expect(new Set(doc.passages)).toEqual(new Set([id]));
	});

	it('KubeCon China 2020, held online "7月30日-8月1日", its days crossing into August', () => {
		const r = ingestText(
			'notes.md',
			[
				'# 线上 KubeCon 参会笔记',
				'',
				'今年的 KubeCon 中国因为疫情改为线上举办（7月30日-8月1日）。我参加了很多关于 Kubernetes 的演讲。',
				'',
				'主题演讲介绍了 Kubernetes 和 Prometheus 的最新进展。'
			].join('\n')
		);
		expect(new Set(r.passages.map((p) => p.event_id))).toEqual(new Set(['kubecon-cn-2020']));
	});

	it('a meetup dated by its title ("Cloud Native Meetup Munich, 12 March 2019")', () => {
		const doc = placed('meetup-munich-title-date.md');
		expect(doc.created).toEqual([
			['cloud-native-meetup-munich-2019-03', '2019-03-12', '2019-03-12', 'Munich']
		]);
		// "Next month we are at KubeCon Barcelona": a plan, the passage stays at the meetup.
		expect(new Set(doc.passages)).toEqual(new Set(['cloud-native-meetup-munich-2019-03']));
	});
});

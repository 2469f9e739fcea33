import { describe, expect, it } from 'vitest';
import { attributeEvents } from '../../../src/lib/ingest/events';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import type { CatalogEvent } from '../../../src/lib/ingest/types';
import { CATALOG, makeDoc, type SectionSpec } from './extractionFixtures';

const index = compileEventIndex(CATALOG);

function events(spec: Parameters<typeof makeDoc>[0]) {
	const doc = makeDoc(spec);
	const result = attributeEvents(doc, index);
	return { ...result, flat: result.passageEvents.flat() };
}

function ids(spec: Parameters<typeof makeDoc>[0]) {
	return events(spec).flat.map((p) => p.eventId);
}

const body = (...passages: string[]): SectionSpec[] => [{ passages }];

describe('single-event documents', () => {
	it.each([
		['KubeCon EU 2018 recap', 'kubecon-eu-2018'],
		['Notes from KubeCon + CloudNativeCon Europe 2018', 'kubecon-eu-2018'],
		['Kubecon San Diego Takeaways', 'kubecon-na-2019'],
		['Kubecon NA (and virtual) 2021: notes', 'kubecon-na-2021'],
		['The 2018 KubeCon and CloudNativeCon in Copenhagen, Denmark', 'kubecon-eu-2018'],
		['KubeCon&CloudNativeCon China 2018', 'kubecon-cn-2018'],
		['Lessons from Kubecon/CloudNativeCon 2018 Europe', 'kubecon-eu-2018'],
		['Liveblog: DockerCon 2015 Day 1 General Session', 'dockercon-2015'],
		['DockerCon16 notes', 'dockercon-2016']
	])('%s → %s', (title, id) => {
		expect(ids({ title, sections: body('Great week.', 'Lots of talks.') })).toEqual([id, id]);
	});

	it('uses the city in the text when the title names only series and year', () => {
		const got = ids({
			title: 'KubeCon 2019 insights',
			sections: body('Attended KubeCon 2019 in San Diego last week.', 'Good talks.')
		});
		expect(got).toEqual(['kubecon-na-2019', 'kubecon-na-2019']);
	});

	it('uses dates in the text ("May 1-4, 2018")', () => {
		const got = ids({
			title: 'My KubeCon notes',
			sections: body('The conference took place from May 1-4, 2018. Nice venue.')
		});
		expect(got).toEqual(['kubecon-eu-2018']);
	});

	it('uses the publication date for a post that names only the series', () => {
		const got = ids({
			title: 'Back from KubeCon',
			published: '2019-11-29',
			sections: body('What a week at KubeCon.')
		});
		expect(got).toEqual(['kubecon-na-2019']);
	});

	it('reads "DockerCon 2014" as the main (US) edition, not DockerCon Europe', () => {
		expect(ids({ title: 'DockerCon 2014 recap', sections: body('Fun.') })).toEqual([
			'dockercon-2014'
		]);
	});
});

describe('how recaps write an edition', () => {
	const candidates = (text: string) => index.findRefs(text).map((r) => r.candidates);

	it.each([
		["KubeCon EU '19 was great", 'kubecon-eu-2019'],
		['KubeCon Europe ’19', 'kubecon-eu-2019'],
		['KubeCon EU 19 recap', 'kubecon-eu-2019'],
		['KubeCon NA19', 'kubecon-na-2019'],
		['#KubeConEU 2019', 'kubecon-eu-2019'],
		['#kubeconna19 #cloudnativecon', 'kubecon-na-2019'],
		['the Barcelona KubeCon', 'kubecon-eu-2019'],
		['last year’s Copenhagen KubeCon was smaller', 'kubecon-eu-2018'],
		['KCCNC EU 2019 was great', 'kubecon-eu-2019'],
		['#KCCNCEU19', 'kubecon-eu-2019'],
		['KubeCon/CNC EU 2019 recap', 'kubecon-eu-2019'],
		['KubeCon+CNC Europe 2019', 'kubecon-eu-2019'],
		['KubeCon + CNC 2019 in Barcelona', 'kubecon-eu-2019'],
		['KubeCon 欧洲 2019', 'kubecon-eu-2019'],
		['参加了KubeCon欧洲2019', 'kubecon-eu-2019'],
		['KubeCon ヨーロッパ 2018', 'kubecon-eu-2018'],
		['KubeCon 유럽 2019', 'kubecon-eu-2019'],
		['KubeCon 北美 2019', 'kubecon-na-2019'],
		['KubeCon北米2019', 'kubecon-na-2019'],
		['KubeCon 북미 2019', 'kubecon-na-2019'],
		['KubeCon中国2019', 'kubecon-cn-2019'],
		// The names in Hangul and katakana.
		['쿠버콘 유럽 2019 후기', 'kubecon-eu-2019'],
		['2019 쿠버콘 북미에 다녀왔습니다', 'kubecon-na-2019'],
		['クーベコン EU 2019 参加記', 'kubecon-eu-2019'],
		['도커콘 2016 후기', 'dockercon-2016'],
		// Region names in the other European languages.
		['Crónica de la KubeCon Europa 2019', 'kubecon-eu-2019'],
		['KubeCon Nordamerika 2019 in San Diego', 'kubecon-na-2019'],
		['Retour sur la KubeCon Amérique du Nord 2018', 'kubecon-na-2018'],
		['KubeCon + CloudNativeCon América do Norte 2019', 'kubecon-na-2019'],
		['KubeCon Norteamérica 2019', 'kubecon-na-2019'],
		['KubeCon Chine 2018', 'kubecon-cn-2018'],
		// The year against the next (or previous) character, as Chinese and Japanese write it.
		['本月我参加了KubeCon北美2019的大会', 'kubecon-na-2019'],
		['KubeCon中国2019年的会议', 'kubecon-cn-2019'],
		['参加了KubeCon 2019北美', 'kubecon-na-2019'],
		['2019年KubeCon北美', 'kubecon-na-2019'],
		['KubeCon Europe 2019に参加しました', 'kubecon-eu-2019']
	])('%s', (text, id) => {
		expect(candidates(text)[0]).toEqual([id]);
	});

	it('reads "KCCNC" alone as the series, but not in a link ("kccnceu19.sched.com")', () => {
		expect(index.findRefs('Back from KCCNC!').map((r) => [r.surface, r.generic])).toEqual([
			['KCCNC', true]
		]);
		expect(index.findRefs('Slides: https://kccnceu19.sched.com/event/1')).toEqual([]);
	});

	it.each([
		'KubeCon EU 20 talks were about security',
		'At KubeCon NA 15 people from our team met',
		'KubeCon Europe, 19 of us went'
	])('a number after the region is not a year: %s', (text) => {
		expect(candidates(text)[0]!.length).toBeGreaterThan(1);
	});
});

describe('a virtual edition named after the city it was planned for', () => {
	const virtual = (id: string, region: string, aliases: string[]): CatalogEvent => ({
		id,
		name: id,
		series: 'kubecon',
		region,
		start_date: '2020-08-17',
		end_date: '2020-08-20',
		city: null,
		country: null,
		format: 'virtual',
		aliases
	});
	const withVirtual = compileEventIndex([
		...CATALOG,
		virtual('kubecon-eu-2020', 'europe', ['KubeCon EU 2020', 'KubeCon Amsterdam']),
		virtual('kubecon-cn-2020', 'china', ['KubeCon China 2020'])
	]);
	const candidates = (text: string) => withVirtual.findRefs(text)[0]!.candidates;

	it.each([
		['KubeCon Amsterdam 2020 (virtual)', 'kubecon-eu-2020'],
		['KubeCon Shanghai 2020', 'kubecon-cn-2020'],
		['the virtual KubeCon 2020 in Boston', 'kubecon-na-2020']
	])('%s → %s', (text, id) => {
		expect(candidates(text)).toEqual([id]);
	});
});

describe('a post covering several events', () => {
	const spec = {
		title: 'KubeCon 2019 insights',
		sections: [
			{
				heading: 'KubeCon 2019 insights',
				passages: ['Attended KubeCon 2019 in San Diego last week.']
			},
			{
				heading: 'Key Takeaways',
				passages: [
					'Spinnaker Summit, now in its third year, had 500+ attendees just prior to KubeCon / CloudNativeCon.',
					'Service meshes are everywhere.'
				]
			},
			{
				heading: 'Whale riding Docker in a sea of Microservices',
				passages: [
					'make development more consistent',
					'Saw a couple interesting talks last week – “State of the Art in Microservices”, the DockerCon Europe 2014 keynote, by Adrian Cockcroft ; and “Docker in Production – Reality, Not Hype”, at the March-2015 DevOps-Chicago meetup, by Bridget Kromhout (links below).',
					'Adrian’s Microservices talk was interesting: culture matters.',
					'Docker containers start in seconds.',
					'Bridget’s talk about how DramaFever uses Docker in production described the benefits:',
					'Development more consistent – developers share containers.',
					'Monitoring via Graphite and Sentry.'
				]
			},
			{ heading: 'Closing', passages: ['Thanks for reading.'] }
		]
	};

	it('puts each passage on its own event', () => {
		const { passageEvents } = events(spec);
		const [intro, takeaways, whale, closing] = passageEvents;
		expect(intro!.map((p) => p.eventId)).toEqual(['kubecon-na-2019']);
		expect(takeaways!.map((p) => p.eventId)).toEqual(['kubecon-na-2019', 'kubecon-na-2019']);
		expect(whale!.map((p) => p.eventId)).toEqual([
			'dockercon-eu-2014',
			'dockercon-eu-2014',
			'dockercon-eu-2014',
			'dockercon-eu-2014',
			'devops-chicago-meetup-2015-03',
			'devops-chicago-meetup-2015-03',
			'devops-chicago-meetup-2015-03'
		]);
		// A new heading resets to the document's own event.
		expect(closing!.map((p) => p.eventId)).toEqual(['kubecon-na-2019']);
	});

	it('creates the meetup from what the text says, and nothing for passing mentions', () => {
		const { createdEvents } = events(spec);
		expect(createdEvents).toEqual([
			expect.objectContaining({
				id: 'devops-chicago-meetup-2015-03',
				series: 'other',
				year: 2015,
				start_date: '2015-03',
				city: 'Chicago',
				in_catalog: 0
			})
		]);
	});

	it('ties each talk to the event named next to it', () => {
		const { talks } = events(spec);
		expect(talks.map((t) => [t.title, t.speakers, t.eventId])).toEqual([
			['State of the Art in Microservices', ['Adrian Cockcroft'], 'dockercon-eu-2014'],
			[
				'Docker in Production – Reality, Not Hype',
				['Bridget Kromhout'],
				'devops-chicago-meetup-2015-03'
			]
		]);
	});
});

describe('passing references do not switch', () => {
	it.each([
		'Next kubecons will occur in Valencia Europe 2022, and Detroit North America October 2022.',
		'Golub introduced this roadmap last year at DockerCon 2014 and reviews it now.',
		'Since DockerCon 2014 we have grown a lot.',
		'I am looking forward to KubeCon EU 2019 in Barcelona.',
		'Compared to KubeCon NA 2019 in San Diego, this one felt smaller.',
		'KubeCon EU 2019: 7,000 attendees.'
	])('%s', (passage) => {
		const got = ids({
			title: 'KubeCon NA 2021 notes',
			sections: body('Great week in Los Angeles.', passage, 'More notes.')
		});
		expect(got).toEqual(['kubecon-na-2021', 'kubecon-na-2021', 'kubecon-na-2021']);
	});

	it.each([
		'Nächstes Jahr findet die KubeCon Europe 2020 in Amsterdam statt.',
		'El próximo año la KubeCon Europe 2020 será en Ámsterdam.',
		'L’année prochaine, la KubeCon Europe 2020 aura lieu à Amsterdam.',
		'L’anno prossimo la KubeCon Europe 2020 sarà ad Amsterdam.',
		'来年はKubeCon Europe 2020がアムステルダムで開催されます。',
		'내년에는 KubeCon Europe 2020 암스테르담에 가고 싶습니다.'
	])('in another language, "next year": %s', (passage) => {
		const got = ids({
			title: 'KubeCon',
			published: '2019-05-25',
			sections: body('Die Keynotes waren super.', passage)
		});
		expect(got).toEqual(['kubecon-eu-2019', 'kubecon-eu-2019']);
	});

	it('the city of an edition named in passing does not weigh for the document’s edition', () => {
		const got = ids({
			title: 'My KubeCon notes',
			published: '2019-05-25',
			sections: body(
				'The keynotes were great.',
				'Last year at KubeCon Europe 2018 in Copenhagen it was different.'
			)
		});
		expect(got).toEqual(['kubecon-eu-2019', 'kubecon-eu-2019']);
	});

	it('an edition named with its figures is what a digest is about', () => {
		const got = ids({
			title: 'This month in cloud native: November 2019',
			sections: body(
				'KubeCon + CloudNativeCon North America 2019 in San Diego drew 12,000 attendees.',
				'In other news, DockerCon 2020 will be held in San Francisco next May.'
			)
		});
		expect(got).toEqual(['kubecon-na-2019', 'kubecon-na-2019']);
	});

	it('does not create events for gatherings named in passing', () => {
		const { createdEvents } = events({
			title: 'KubeCon NA 2019',
			sections: body('The Spinnaker Summit, just prior to KubeCon, had 500 attendees.')
		});
		expect(createdEvents).toEqual([]);
	});

	it('keeps a date-less side event ("our Ambassador Fest") on the edition being covered', () => {
		const got = ids({
			title: 'KubeCon NA 2020 takeaways',
			sections: body('Alex did a great Ambassador Fest breakout session on tracing.', 'More.')
		});
		expect(got).toEqual(['kubecon-na-2020', 'kubecon-na-2020']);
	});
});

describe('back to the edition being covered', () => {
	it('a passage naming its city ends a turn to last year’s edition', () => {
		const got = ids({
			title: 'KubeCon Barcelona 2019: what changed',
			sections: body(
				'This year’s KubeCon Europe in Barcelona was bigger than ever.',
				'At KubeCon Copenhagen in 2018 I gave a talk about Helm charts.',
				'The Barcelona keynotes were excellent.',
				'Lots of operators.'
			)
		});
		expect(got).toEqual([
			'kubecon-eu-2019',
			'kubecon-eu-2018',
			'kubecon-eu-2019',
			'kubecon-eu-2019'
		]);
	});

	it('not the city of another edition', () => {
		const got = ids({
			title: 'KubeCon Barcelona 2019: what changed',
			sections: body(
				'At KubeCon Copenhagen in 2018 I gave a talk about Helm charts.',
				'Copenhagen was cold.'
			)
		});
		expect(got).toEqual(['kubecon-eu-2018', 'kubecon-eu-2018']);
	});
});

describe('a series named only in passing', () => {
	it('does not let a city or date of the text pick one of its editions', () => {
		const got = ids({
			title: 'Velocity Europe notes',
			sections: body(
				'Velocity came back to Berlin from November 4 to 7, 2019.',
				'Several speakers had just come back from KubeCon Barcelona earlier that year.'
			)
		});
		expect(got).toEqual([null, null]);
	});

	it('nor the publication date', () => {
		const got = ids({
			title: 'All Things Open: notes',
			published: '2019-10-18',
			sections: body('A talk on security; the speaker will repeat it at KubeCon next month.')
		});
		expect(got).toEqual([null]);
	});

	it('a recap that names the series as its subject still gets one', () => {
		const got = ids({
			title: 'Back from KubeCon',
			published: '2019-11-25',
			sections: body('What a week in San Diego.')
		});
		expect(got).toEqual(['kubecon-na-2019']);
	});
});

describe('headings', () => {
	it('one heading per event; sub-headings inherit; unmarked siblings reset', () => {
		const got = events({
			title: 'Presentations',
			sections: [
				{ passages: ['Talks about our project, mostly from KubeCon.'] },
				{ heading: 'KubeCon NA 2018 (Seattle, Washington)', level: 2, passages: ['Intro talk.'] },
				{ heading: 'Demo', level: 3, passages: ['Demo notes.'] },
				{ heading: 'KubeCon EU 2019 (Barcelona, Spain)', level: 2, passages: ['Deep dive.'] },
				{
					heading: 'Helm Summit EU 2019 (Amsterdam, The Netherlands)',
					level: 2,
					passages: ['Helm talk.']
				},
				{ heading: 'Blog posts', level: 2, passages: ['2016-05-30, release 0.1.0'] }
			]
		});
		expect(got.passageEvents.map((s) => s.map((p) => p.eventId))).toEqual([
			[null],
			['kubecon-na-2018'],
			['kubecon-na-2018'],
			['kubecon-eu-2019'],
			['helm-summit-eu-2019'],
			[null]
		]);
		expect(got.createdEvents[0]).toMatchObject({
			id: 'helm-summit-eu-2019',
			city: 'Amsterdam',
			year: 2019
		});
		expect(got.passageEvents[0]![0]!.reason).toMatch(/several editions, one per heading/);
	});

	it('an event outside the catalog in the title becomes the document event', () => {
		const got = events({
			title: 'EnvoyCon 2019',
			sections: [{ heading: 'EnvoyCon 2019', passages: ['Envoy is an extensible proxy.'] }]
		});
		expect(got.flat.map((p) => p.eventId)).toEqual(['envoycon-2019']);
		expect(got.createdEvents[0]).toMatchObject({
			id: 'envoycon-2019',
			name: 'EnvoyCon 2019',
			in_catalog: 0
		});
	});
});

describe('co-located gatherings', () => {
	it('a heading naming a "Gathering" or "Rejekts" switches its section to that gathering', () => {
		const result = events({
			title: 'KubeCon EU 2019: the week in Barcelona',
			sections: [
				{ passages: ['A full week in Barcelona.'] },
				{ heading: 'Cloud Native Rejekts', passages: ['The weekend talks were good.'] },
				{ heading: 'OpenShift Commons Gathering', passages: ['Operators everywhere.'] },
				{ heading: 'The main event', passages: ['7,700 attendees.'] }
			]
		});
		expect(result.flat.map((p) => p.eventId)).toEqual([
			'kubecon-eu-2019',
			'cloud-native-rejekts-2019',
			'openshift-commons-gathering-2019',
			'kubecon-eu-2019'
		]);
		expect(result.createdEvents.map((e) => e.name)).toEqual([
			'Cloud Native Rejekts (2019)',
			'OpenShift Commons Gathering (2019)'
		]);
	});
});

describe('an edition of a catalog series the catalog does not hold', () => {
	it('"KubeCon Europe 2022 in Valencia": one event, named as the catalog names its editions, with its city', () => {
		const result = events({
			title: 'Notes',
			sections: body(
				'I attended KubeCon Europe 2022 in Valencia.',
				'KubeCon Europe 2022 was the first in-person edition in years.'
			)
		});
		// (It was `kubecon-europe-2022`, "KubeCon Europe 2022": another spelling made another event.)
		expect(result.flat.map((p) => p.eventId)).toEqual(['kubecon-eu-2022', 'kubecon-eu-2022']);
		expect(result.createdEvents).toMatchObject([
			{
				name: 'KubeCon + CloudNativeCon Europe 2022',
				region: 'europe',
				year: 2022,
				city: 'Valencia',
				country: 'Spain'
			}
		]);
	});
});

describe('gatherings named in one camel-cased word', () => {
	it('"DevOpsDays Amsterdam 2019" is the document’s event, not the KubeCon of those dates', () => {
		const result = events({
			title: 'DevOpsDays Amsterdam 2019 recap',
			sections: body(
				'DevOpsDays Amsterdam took place June 26-28, 2019.',
				'Many attendees had been to KubeCon Barcelona a month earlier.'
			)
		});
		expect(result.flat.map((p) => p.eventId)).toEqual([
			'devopsdays-amsterdam-2019',
			'devopsdays-amsterdam-2019'
		]);
		expect(result.createdEvents).toMatchObject([{ city: 'Amsterdam', year: 2019 }]);
	});

	it.each(['HashiConf 2019', 'KubeDay Japan 2019'])('%s names a gathering', (text) => {
		expect(index.findRefs(text)[0]?.external?.year).toBe(2019);
	});
});

describe('a gathering whose name has no gathering word', () => {
	it('"All Things Open 2019" becomes the document’s event, with the city the text names', () => {
		const result = events({
			title: 'All Things Open 2019: my notes from Raleigh',
			sections: body(
				'Last week I attended All Things Open 2019 in Raleigh, North Carolina.',
				'The CNCF booth was busy.'
			)
		});
		expect(result.flat.map((p) => p.eventId)).toEqual([
			'all-things-open-2019',
			'all-things-open-2019'
		]);
		expect(result.createdEvents).toMatchObject([
			{ name: 'All Things Open 2019', year: 2019, city: 'Raleigh', country: 'United States' }
		]);
	});

	it.each([
		['Back from Devoxx Belgium 2019', 'Devoxx Belgium 2019'],
		['Jane spoke at Google Cloud Next 2019 in San Francisco.', 'Google Cloud Next 2019'],
		['I was at AWS re:Invent 2019 in Las Vegas', 'AWS re:Invent 2019'],
		['QCon London 2019 recap', 'QCon London 2019'],
		['At All Things Open 2019 I gave a talk.', 'All Things Open 2019']
	])('%s names %s', (text, name) => {
		expect(index.findRefs(text).map((r) => r.external?.name)).toEqual([name]);
	});

	it.each([
		'We upgraded to Windows Server 2019 in production.',
		'According to the CNCF 2019 survey, at least half run Kubernetes.',
		'In May 2019 I attended a meetup.',
		'Since January 2019 we attended every meeting.',
		'I joined Google in 2019 and attended the training.',
		'Windows Server 2019 highlights were discussed at the booth.',
		'Visual Studio 2019 recap: what changed for containers',
		'Gartner Magic Quadrant 2019 highlights',
		'Notes from the Year in Review 2019',
		'At Datadog 2019 was big for monitoring.',
		'At Acme Corp 2019 has been a year of migrations.'
	])('not a gathering: %s', (text) => {
		expect(index.findRefs(text)).toEqual([]);
	});

	it('"… took place in Vancouver" gives the gathering its city', () => {
		expect(
			index.findRefs('Open Source Summit North America 2018 took place in Vancouver in August.')
		).toMatchObject([{ external: { year: 2018, city: 'Vancouver', country: 'Canada' } }]);
	});
});

describe('an edition named by its city and year', () => {
	it('"Barcelona 2019", "San Diego \'19" in a document about KubeCon', () => {
		const got = ids({
			title: 'My KubeCons',
			published: '2020-01-10',
			sections: body(
				'Barcelona 2019 was my first KubeCon.',
				"I attended the keynotes at San Diego '19 with my team."
			)
		});
		expect(got).toEqual(['kubecon-eu-2019', 'kubecon-na-2019']);
	});

	it('not in a document that names no series, nor a city that ends another name', () => {
		expect(
			ids({ title: 'Mobile World Congress notes', sections: body('Barcelona 2019 was huge.') })
		).toEqual([null]);
		expect(
			ids({
				title: 'My KubeCons',
				sections: body(
					'Shanghai 2019 was my first KubeCon.',
					'I was at the GSMA Mobile World Congress Barcelona 2019 with the team.'
				)
			})
		).toEqual(['kubecon-cn-2019', 'kubecon-cn-2019']);
	});
});

describe('a digest section about other news', () => {
	it('does not inherit the edition the digest covers; an edition it names still counts', () => {
		const result = events({
			title: 'Cloud Native Weekly #87: KubeCon NA 2019 special',
			sections: [
				{ heading: 'KubeCon NA 2019', passages: ['Helm 3 was released in San Diego.'] },
				{
					heading: 'Other news',
					passages: [
						'AWS announced Fargate support for EKS at re:Invent.',
						'DockerCon 2019 videos are online.'
					]
				},
				{ heading: 'Elsewhere in the ecosystem:', passages: ['Istio 1.4 is out.'] }
			]
		});
		expect(result.flat.map((p) => [p.eventId, p.reason])).toEqual([
			['kubecon-na-2019', null],
			[null, 'a digest section about other news names no event'],
			['dockercon-2019', null],
			[null, 'a digest section about other news names no event']
		]);
	});
});

describe('a heading that names an edition is not a talk', () => {
	it('a digest of several gatherings: each heading switches its section, none is a talk', () => {
		const result = events({
			title: 'Cloud Native Weekly #42',
			sections: [
				{
					heading: 'DevOpsDays Berlin 2019',
					passages: ['The talk "Chaos Engineering Basics" by Jane Roe, Acme was well received.']
				},
				{ heading: 'HashiConf 2019', passages: ['This session was the best of the week.'] }
			]
		});
		expect(result.flat.map((p) => p.eventId)).toEqual(['devopsdays-berlin-2019', 'hashiconf-2019']);
		expect(result.talks.map((t) => [t.title, t.eventId])).toEqual([
			['Chaos Engineering Basics', 'devopsdays-berlin-2019']
		]);
	});

	it('but a talk heading with its speaker stays a talk, whatever its title names', () => {
		const result = events({
			title: 'KubeCon EU 2020 notes',
			sections: [
				{
					heading: 'Contributor Summit: the hard parts – Jane Roe, Acme',
					passages: ['How to keep a contributor summit useful for newcomers.']
				}
			]
		});
		expect(result.talks.map((t) => [t.title, t.speakers])).toEqual([
			['Contributor Summit: the hard parts', ['Jane Roe']]
		]);
	});
});

describe('a gathering keyword followed by its year', () => {
	it('"Spinnaker Summit 2019 in Seattle" is that edition; "Day 2" is a day, not a year', () => {
		expect(index.findRefs('I attended the Spinnaker Summit 2019 in Seattle.')).toMatchObject([
			{ external: { name: 'Spinnaker Summit 2019', year: 2019, city: 'Seattle' } }
		]);
		expect(index.findRefs('Notes from Cloud Native Day 2 and the Helm Summit 20 people')).toEqual(
			[]
		);
	});
});

describe('a heading that names only a series', () => {
	const summit = (heading: string) =>
		ids({
			title: 'Kubernetes Contributor Summit San Diego 2019',
			sections: [
				{
					passages: [
						'The summit took place the day before KubeCon + CloudNativeCon North America 2019.'
					]
				},
				{ heading, passages: ['12,000 attendees.'] }
			]
		});

	it('under a gathering of another series: the edition of that series the document names', () => {
		expect(summit('KubeCon')).toEqual([
			'kubernetes-contributor-summit-san-diego-2019',
			'kubecon-na-2019'
		]);
	});

	it('under an edition of the same series: no change', () => {
		const got = ids({
			title: 'KubeCon NA 2019 notes',
			sections: [
				{ heading: 'KubeCon EU 2019', passages: ['Barcelona.'] },
				{ heading: 'KubeCon keynotes', level: 2, passages: ['Great.'] }
			]
		});
		expect(got).toEqual(['kubecon-eu-2019', 'kubecon-eu-2019']);
	});
});

describe('front matter and unattributed passages', () => {
	it('an `event:` override wins over the text', () => {
		const got = events({
			title: 'KubeCon NA 2019 notes',
			frontMatter: { event: 'kubecon-eu-2018' },
			sections: body('Notes.')
		});
		expect(got.flat.map((p) => p.eventId)).toEqual(['kubecon-eu-2018']);
		expect(got.warnings).toEqual([]);
	});

	it('an override by name works too', () => {
		const got = ids({ frontMatter: { event: 'KubeCon Copenhagen' }, sections: body('Notes.') });
		expect(got).toEqual(['kubecon-eu-2018']);
	});

	it('an unknown override is reported with the file and value, and the text decides', () => {
		const got = events({
			path: 'posts/mars.md',
			title: 'KubeCon NA 2019 notes',
			frontMatter: { event: 'kubecon-mars-2030' },
			sections: body('Notes.')
		});
		expect(got.flat.map((p) => p.eventId)).toEqual(['kubecon-na-2019']);
		expect(got.warnings).toEqual([
			expect.objectContaining({
				file: 'posts/mars.md',
				message: expect.stringContaining('kubecon-mars-2030')
			})
		]);
	});

	it('a free-text override names a gathering outside the catalog', () => {
		const got = events({
			frontMatter: { event: 'DevOpsDays Chicago 2019' },
			sections: body('Great open spaces.')
		});
		expect(got.flat.map((p) => p.eventId)).toEqual(['devopsdays-chicago-2019']);
		expect(got.createdEvents[0]).toMatchObject({ city: 'Chicago', year: 2019, in_catalog: 0 });
		expect(got.warnings).toEqual([]);
	});

	it('records why a passage has no event', () => {
		const got = events({ title: 'Thoughts on YAML', sections: body('YAML is hard.') });
		expect(got.flat).toEqual([
			{ eventId: null, reason: 'the document names no conference edition' }
		]);
	});

	it('an ambiguous edition is not guessed', () => {
		const got = events({ title: 'KubeCon 2019', sections: body('It was fun.') });
		expect(got.flat[0]!.eventId).toBeNull();
		expect(got.flat[0]!.reason).toMatch(/ambiguous.*kubecon-(eu|cn|na)-2019/);
	});
});

describe('headings that name only a city', () => {
	const twoEditions = (heading: string) =>
		ids({
			title: 'A busy summer of conferences',
			published: '2019-07-02',
			sections: [
				{ passages: ['Two KubeCons in two months: here are my notes.'] },
				{ heading, passages: ['The Fira was packed.', 'Helm 3 everywhere.'] },
				{ heading: 'Shanghai (June)', passages: ['A smaller crowd in Shanghai.'] }
			]
		});

	it.each(['Barcelona (May)', 'Day 2 in Barcelona', 'Barcelona highlights'])(
		'"%s" switches its section to the edition held there that year',
		(heading) => {
			expect(twoEditions(heading)).toEqual([
				'kubecon-cn-2019',
				'kubecon-eu-2019',
				'kubecon-eu-2019',
				'kubecon-cn-2019'
			]);
		}
	);

	it('a heading with its own year ("2019: Barcelona") takes the edition of that year', () => {
		const got = ids({
			title: 'Two years of KubeCon Europe',
			sections: [
				{ heading: '2018: Copenhagen', passages: ['Istio was everywhere.'] },
				{ heading: '2019: Barcelona', passages: ['Operators and Helm 3.'] }
			]
		});
		expect(got).toEqual(['kubecon-eu-2018', 'kubecon-eu-2019']);
	});

	it('not when the heading says more than the place ("Our Barcelona office")', () => {
		expect(twoEditions('Our Barcelona office team')).toEqual(Array(4).fill('kubecon-cn-2019'));
	});

	it('not in a document that names no conference series', () => {
		const got = ids({
			title: 'Travel notes',
			published: '2019-07-02',
			sections: [{ heading: 'Barcelona (May)', passages: ['Tapas and sunshine.'] }]
		});
		expect(got).toEqual([null]);
	});
});

describe('city names in other languages', () => {
	it.each([
		['Retour sur la KubeCon 2019 à Barcelone', 'kubecon-eu-2019'],
		['Crónica de la KubeCon 2018 en Copenhague', 'kubecon-eu-2018'],
		['Retour sur la KubeCon 2018 à Copenhague', 'kubecon-eu-2018'],
		['La KubeCon de 2019 en Barcelona', 'kubecon-eu-2019'],
		['KubeCon 2019 em San Diego', 'kubecon-na-2019']
	])('%s', (title, id) => {
		expect(ids({ title, sections: body('Très bien.') })).toEqual([id]);
	});
});

describe('recaps in Chinese, Japanese and Korean', () => {
	it.each([
		['KubeCon 참관기', '2019년 11월 18일부터 21일까지 샌디에이고에서 열린 KubeCon에 다녀왔습니다.'],
		['KubeCon 参加レポート', 'サンディエゴで開催された KubeCon 2019 に参加しました。'],
		['KubeCon 2019 参会总结', '今年的 KubeCon 在洛杉矶以南的圣地亚哥举行。']
	])('%s: the city (and date) in their script pick the edition', (title, passage) => {
		expect(ids({ title, sections: body(passage) })).toEqual(['kubecon-na-2019']);
	});
});

describe('gatherings named in other languages', () => {
	it('a meetup named after its keyword ("el meetup de Cloud Native Madrid")', () => {
		const result = events({
			title: 'Crónica del meetup Cloud Native Madrid de marzo de 2019',
			sections: body(
				'El pasado 14 de marzo de 2019 celebramos el meetup de Cloud Native Madrid.',
				'La charla de Ana Torres (BBVA) sobre Istio fue muy práctica.'
			)
		});
		expect(result.flat.map((p) => p.eventId)).toEqual([
			'cloud-native-madrid-meetup-2019-03',
			'cloud-native-madrid-meetup-2019-03'
		]);
		expect(result.createdEvents).toMatchObject([
			// The title's month yields to the day beside the meetup ("14 de marzo de 2019").
			{
				name: 'Cloud Native Madrid meetup (March 2019)',
				city: 'Madrid',
				start_date: '2019-03-14'
			}
		]);
		expect(result.talks.map((t) => [t.title, t.eventId])).toEqual([
			['Talk by Ana Torres', 'cloud-native-madrid-meetup-2019-03']
		]);
	});

	it('the same meetup named in Spanish and in English is one event', () => {
		const result = events({
			title: 'Notes',
			published: '2019-04-02',
			sections: body(
				'I went to el meetup de Cloud Native Madrid (March 2019) last month.',
				'The Cloud Native Madrid meetup (March 2019) was great.'
			)
		});
		expect(result.createdEvents.map((e) => e.name)).toEqual([
			'Cloud Native Madrid meetup (March 2019)'
		]);
	});

	it('creates a meetup from a German title, with its date and city', () => {
		const result = events({
			title: 'Rückblick: Cloud Native Meetup München, 14. März 2019',
			sections: body('Rund 80 Leute kamen; Thema war GitOps mit Flux.')
		});
		expect(result.flat.map((p) => p.eventId)).toEqual(['cloud-native-meetup-munich-2019-03']);
		expect(result.createdEvents).toMatchObject([
			{
				name: 'Cloud Native Meetup Munich (March 2019)',
				year: 2019,
				start_date: '2019-03-14',
				city: 'Munich',
				country: 'Germany'
			}
		]);
	});
});

describe('gatherings co-located with an edition the document covers', () => {
	it('a usual co-located day takes the host edition’s city', () => {
		const result = events({
			title: 'ServiceMeshCon and KubeCon NA 2019: my notes',
			sections: [
				{ heading: 'Day 0: ServiceMeshCon', passages: ['ServiceMeshCon kicked off the week.'] },
				{ heading: 'KubeCon proper', passages: ['Keynotes about Kubernetes at KubeCon NA 2019.'] }
			]
		});
		expect(result.createdEvents).toMatchObject([
			{ id: 'servicemeshcon-2019', year: 2019, city: 'San Diego', country: 'United States' }
		]);
	});

	it('any gathering a passage says was co-located', () => {
		const result = events({
			title: 'KubeCon NA 2019 recap',
			sections: [
				{
					heading: 'Kafka Summit',
					passages: ['The Kafka Summit 2019 was co-located with KubeCon this year.']
				}
			]
		});
		expect(result.createdEvents).toMatchObject([{ id: 'kafka-summit-2019', city: 'San Diego' }]);
	});

	it('not another gathering, nor another year’s', () => {
		const result = events({
			title: 'KubeCon NA 2019 recap',
			sections: [
				{ heading: 'Kafka Summit 2019', passages: ['I also went to Kafka Summit 2019.'] },
				{ heading: 'ServiceMeshCon 2020', passages: ['ServiceMeshCon 2020 was virtual.'] }
			]
		});
		expect(result.createdEvents.map((e) => [e.id, e.city])).toEqual([
			['kafka-summit-2019', null],
			['servicemeshcon-2020', null]
		]);
	});
});

describe('a meetup named after the word "meetup" in English', () => {
	it('"the meetup Cloud Native Madrid" is the Cloud Native Madrid meetup', () => {
		const result = events({
			title: 'Notes',
			published: '2019-04-02',
			sections: body(
				'Last night I went to the meetup Cloud Native Madrid (March 2019).',
				'Great talks on GitOps.'
			)
		});
		expect(result.flat.map((p) => p.eventId)).toEqual([
			'cloud-native-madrid-meetup-2019-03',
			'cloud-native-madrid-meetup-2019-03'
		]);
		expect(result.createdEvents.map((e) => [e.name, e.city])).toEqual([
			['Cloud Native Madrid meetup (March 2019)', 'Madrid']
		]);
	});

	it('not a name without a city ("the meetup Jane Doe ran")', () => {
		const result = events({
			title: 'Notes',
			published: '2019-04-02',
			sections: body('I liked the meetup Jane Doe ran in March 2019.')
		});
		expect(result.createdEvents).toEqual([]);
	});
});

describe('a gathering whose name opens with a lower-case letter', () => {
	it('"eBPF Day" is a gathering, co-located with the edition the passage names', () => {
		const result = events({
			title: 'eBPF Day notes',
			sections: body('eBPF Day took place on Day 0 of KubeCon + CloudNativeCon Europe 2019.')
		});
		expect(result.flat.map((p) => p.eventId)).toEqual(['ebpf-day-2019']);
		expect(result.createdEvents).toMatchObject([{ name: 'eBPF Day (2019)', city: 'Barcelona' }]);
	});
});

describe('a plural series name before a list of cities', () => {
	it('"three KubeCons in 2019: Barcelona in May, Shanghai …" names no one edition', () => {
		// Without a main edition, the passage (and the next) is about all three: no single one.
		expect(
			ids({
				title: '2019, a year of conferences',
				sections: body(
					'I went to three KubeCons in 2019: Barcelona in May, Shanghai in June and San Diego in November.',
					'The Linkerd booth was busy everywhere.'
				)
			})
		).toEqual([null, null]);
		// Under the document's own edition the passage stays with it.
		expect(
			ids({
				title: 'KubeCon NA 2019 recap',
				sections: body(
					'San Diego was sunny.',
					'I went to three KubeCons in 2019: Barcelona in May, Shanghai in June and San Diego in November.'
				)
			})
		).toEqual(['kubecon-na-2019', 'kubecon-na-2019']);
		// One KubeCon with its city after a colon is still that edition.
		expect(ids({ title: 'KubeCon 2019: Barcelona', sections: body('Great week.') })).toEqual([
			'kubecon-eu-2019'
		]);
	});
});

describe('a passage listing several editions', () => {
	it('stays with the edition it is at rather than going to the first one listed', () => {
		expect(
			ids({
				title: 'DockerCon 2019 recap',
				sections: body(
					'Docker Desktop was the big story.',
					'This year I also went to KubeCon EU 2019 in Barcelona, KubeCon China 2019 in Shanghai and KubeCon NA 2019 in San Diego.',
					'The Linkerd booth was busy.'
				)
			})
		).toEqual(['dockercon-2019', 'dockercon-2019', 'dockercon-2019']);
		// One other edition named as what the passage is about still takes it (and the rest).
		expect(
			ids({
				title: 'DockerCon 2019 recap',
				sections: body(
					'Docker Desktop was the big story.',
					'A month later I went to KubeCon EU 2019 in Barcelona.',
					'The Linkerd booth was busy.'
				)
			})
		).toEqual(['kubecon-eu-2019', 'kubecon-eu-2019', 'kubecon-eu-2019']);
	});
});

describe('the dates of a gathering created from the text', () => {
	const created = (...passages: string[]) =>
		events({ title: 'Notes', sections: body(...passages) }).createdEvents.map((e) => [
			e.id,
			e.start_date,
			e.end_date
		]);

	it.each([
		'The Cloud Native Meetup Munich, 16 March 2016, was full.',
		'The Cloud Native Meetup Munich (March 16, 2016) was full.',
		'The Cloud Native Meetup Munich, 16.03.2016, was full.',
		'On Wednesday, 16 March 2016 the Cloud Native Meetup Munich was full.'
	])('keeps the day the text gives: %s', (text) => {
		expect(created(text)).toEqual([
			['cloud-native-meetup-munich-2016-03', '2016-03-16', '2016-03-16']
		]);
	});

	it('keeps the last day of a range', () => {
		expect(created('The Cloud Native Meetup Munich (March 16-17, 2016) was full.')).toEqual([
			['cloud-native-meetup-munich-2016-03', '2016-03-16', '2016-03-17']
		]);
	});

	it('a month alone stays a month (YYYY-MM): no day the text did not give', () => {
		expect(created('The Cloud Native Meetup Munich (March 2016) was full.')).toEqual([
			['cloud-native-meetup-munich-2016-03', '2016-03', '2016-03']
		]);
	});

	it('a day cut off by the look-behind is not read ("16 March" is not "6 March")', () => {
		expect(created('On 16 March 2016 we held the Cloud Native Meetup Munich again.')).toEqual([
			['cloud-native-meetup-munich-2016-03', '2016-03-16', '2016-03-16']
		]);
	});

	it('the same meetup named with its month and then its day is one event with the day', () => {
		expect(
			created(
				'The Cloud Native Meetup Munich (March 2016) was full.',
				'The Cloud Native Meetup Munich, 16 March 2016, had pizza.'
			)
		).toEqual([['cloud-native-meetup-munich-2016-03', '2016-03-16', '2016-03-16']]);
	});

	it('no day that is not in the calendar', () => {
		expect(created('The Cloud Native Meetup Munich (February 30, 2016) was full.')).toEqual([
			['cloud-native-meetup-munich-2016-02', '2016-02', '2016-02']
		]);
	});
});

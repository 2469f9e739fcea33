import { describe, expect, it } from 'vitest';
import { talkFromHeading } from '../../../src/lib/ingest/talkHeadings';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';

const talks = (text: string) =>
	talksInPassage(text).map((t) => ({
		title: t.title,
		speakers: t.speakers,
		organizations: t.organizations
	}));

describe('talk lines', () => {
	it.each([
		[
			'OpenFaaS Cloud + Linkerd: A Secure, Multi-Tenant Serverless Platform – Charles Pretzer, Buoyant & Alex Ellis, OpenFaaS, LTD  ** slides',
			'OpenFaaS Cloud + Linkerd: A Secure, Multi-Tenant Serverless Platform',
			['Charles Pretzer', 'Alex Ellis'],
			['Buoyant', 'OpenFaaS, LTD']
		],
		[
			'The Elephant in the Kubernetes Room – Manuel Pais, Independent (co-author of “Team Topologies”)  ** slides  **  teamtopologies.com',
			'The Elephant in the Kubernetes Room',
			['Manuel Pais'],
			['Independent']
		],
		[
			'Admission Control, We Have a Problem - Ryan Jarvinen, Red Hat',
			'Admission Control, We Have a Problem',
			['Ryan Jarvinen'],
			['Red Hat']
		],
		[
			'Into the Deep Waters of API Machinery - Federico Bongiovanni & Daniel Smith, Google, & David Eads, Stefan Schimanski, Red Hat',
			'Into the Deep Waters of API Machinery',
			['Federico Bongiovanni', 'Daniel Smith', 'David Eads', 'Stefan Schimanski'],
			['Google', 'Red Hat']
		],
		[
			'Dynamic Request Routing — Ben Plotnick (Cruise)',
			'Dynamic Request Routing',
			['Ben Plotnick'],
			['Cruise']
		],
		[
			'🌱 Intro: CNCF SIG-Runtime - Ricardo Aravena, Rakuten & Renaud Gaubert, NVIDIA',
			'Intro: CNCF SIG-Runtime',
			['Ricardo Aravena', 'Renaud Gaubert'],
			['Rakuten', 'NVIDIA']
		],
		[
			'Life of a Packet in Kubernetes – Michael Rubin Senior Staff Engineer & TLM, Google',
			'Life of a Packet in Kubernetes',
			['Michael Rubin'],
			['Google']
		],
		['Multi cluster by Kaslien Fields', 'Multi cluster', ['Kaslien Fields'], []]
	])('%s', (line, title, speakers, organizations) => {
		expect(talks(line)).toEqual([{ title, speakers, organizations }]);
	});

	it('a duration and a dash: minikube-style "title (37:31) — speakers"', () => {
		expect(
			talks('Minikube Deep Dive (37:31) — Rohit Anand, NEC Corporation & Medya Ghazizadeh, Google')
		).toEqual([
			{
				title: 'Minikube Deep Dive',
				speakers: ['Rohit Anand', 'Medya Ghazizadeh'],
				organizations: ['NEC Corporation', 'Google']
			}
		]);
	});

	it('a quoted title over the speaker line', () => {
		expect(talks('(38:49)\n“Intro: Minikube”\nThomas Strömberg & Bálint Pató, Google')).toEqual([
			{
				title: 'Intro: Minikube',
				speakers: ['Thomas Strömberg', 'Bálint Pató'],
				organizations: ['Google']
			}
		]);
	});
});

describe('talk tables', () => {
	const row = (text: string) =>
		talksInPassage(text, 'table').map((t) => [t.title, t.speakers, t.organizations]);

	it('reads labelled rows as the parser writes them', () => {
		expect(
			row('Talk: Debugging Envoy in Production | Speaker: John Doe, Mary Major | Company: Lyft')
		).toEqual([['Debugging Envoy in Production', ['John Doe', 'Mary Major'], ['Lyft']]]);
		expect(row('Session: Scaling Prometheus | Presenter: Jane Smith (Acme) | Room: 101')).toEqual([
			['Scaling Prometheus', ['Jane Smith'], ['Acme']]
		]);
	});

	it('reads bare "Title | Speaker, Org" cells', () => {
		expect(row('Scaling Prometheus | Jane Smith, Acme')).toEqual([
			['Scaling Prometheus', ['Jane Smith'], ['Acme']]
		]);
	});

	it('ignores tables that are not talk lists', () => {
		expect(row('Date: 2018-05-11 | Change description: The first release')).toEqual([]);
		expect(row('Background | Slides')).toEqual([]);
		expect(row('Project: Kubernetes | Status: graduated')).toEqual([]);
	});
});

describe('talks inside sentences', () => {
	it('“Title”, the X keynote, by Speaker — twice in one sentence', () => {
		expect(
			talks(
				'Saw two talks – “State of the Art in Microservices”, the DockerCon Europe 2014 keynote, by Adrian Cockcroft ; and “Docker in Production – Reality, Not Hype”, at the March-2015 DevOps-Chicago meetup, by Bridget Kromhout (links below).'
			)
		).toEqual([
			{
				title: 'State of the Art in Microservices',
				speakers: ['Adrian Cockcroft'],
				organizations: []
			},
			{
				title: 'Docker in Production – Reality, Not Hype',
				speakers: ['Bridget Kromhout'],
				organizations: []
			}
		]);
	});

	it('“Title” by Speaker, Role, Org', () => {
		expect(
			talks(
				'“Kubernetes Hardware Hacks: Exploring the API” by Ian Lewis and Brian Dorsey, Developer Advocate, Google -* http://sched.co/6Bl3'
			)
		).toEqual([
			{
				title: 'Kubernetes Hardware Hacks: Exploring the API',
				speakers: ['Ian Lewis', 'Brian Dorsey'],
				organizations: ['Google']
			}
		]);
	});

	it.each([
		['Dave Sudia’s superb keynote summarised the benefits.', 'Keynote by Dave Sudia', 'Dave Sudia'],
		[
			'The related keynote session by Constance Caramanolis was excellent.',
			'Keynote by Constance Caramanolis',
			'Constance Caramanolis'
		],
		[
			'A talk by Martynas Pumputis identified the request path.',
			'Talk by Martynas Pumputis',
			'Martynas Pumputis'
		],
		[
			'Alena Prokharchyk in her excellent keynote, “The Cloud Native Journey @Apple”.',
			'The Cloud Native Journey @Apple',
			'Alena Prokharchyk'
		],
		[
			'Cornelia Davis’ talk was fantastic, “GitOps Is Likely More Than You Think It Is”, really.',
			'GitOps Is Likely More Than You Think It Is',
			'Cornelia Davis'
		]
	])('%s', (text, title, speaker) => {
		expect(talks(text)).toEqual([{ title, speakers: [speaker], organizations: [] }]);
	});
});

describe('titles quoted in other languages', () => {
	it.each([
		[
			'« Kubernetes en production chez BlaBlaCar » – Jean Dupont, BlaBlaCar',
			'Kubernetes en production chez BlaBlaCar',
			['Jean Dupont'],
			['BlaBlaCar']
		],
		[
			'„Kubernetes-Sicherheit in der Praxis“ – Anna Schmidt, SAP',
			'Kubernetes-Sicherheit in der Praxis',
			['Anna Schmidt'],
			['SAP']
		],
		['「Kubernetes の運用自動化」 by Taro Yamada', 'Kubernetes の運用自動化', ['Taro Yamada'], []]
	])('%s', (line, title, speakers, organizations) => {
		expect(talks(line)).toEqual([{ title, speakers, organizations }]);
	});

	it.each([
		[
			'「Kubernetes Failure Stories」というセッション（Henning Jacobs, Zalando）が面白かったです。',
			'Kubernetes Failure Stories',
			['Henning Jacobs'],
			['Zalando']
		],
		[
			'《Kubernetes 的未来》的演讲（Tim Hockin, Google）',
			'Kubernetes 的未来',
			['Tim Hockin'],
			['Google']
		],
		['《Service Mesh 实践》 by Jane Doe', 'Service Mesh 实践', ['Jane Doe'], []]
	])(
		'Japanese and Chinese: a talk word and full-width parentheses after the title: %s',
		(line, title, speakers, organizations) => {
			expect(talks(line)).toEqual([{ title, speakers, organizations }]);
		}
	);

	it.each([
		['Cheryl Hung分享了《云原生的现状》，非常精彩。', '云原生的现状', ['Cheryl Hung'], []],
		['CNCF的Cheryl Hung分享了《云原生的现状》。', '云原生的现状', ['Cheryl Hung'], ['CNCF']],
		['Cheryl Hung做了一场名为《云原生的现状》的分享。', '云原生的现状', ['Cheryl Hung'], []],
		[
			'Kelsey Hightower的主题演讲《Serverless 的误区》很精彩。',
			'Serverless 的误区',
			['Kelsey Hightower'],
			[]
		],
		['今天Red Hat的Jane Doe分享了《OpenShift 4》。', 'OpenShift 4', ['Jane Doe'], ['Red Hat']],
		[
			'来自Google的Tim Hockin带来了《Kubernetes的未来》的演讲。',
			'Kubernetes的未来',
			['Tim Hockin'],
			['Google']
		],
		[
			'由Liz Rice（Aqua Security）分享的《eBPF入门》让人印象深刻。',
			'eBPF入门',
			['Liz Rice'],
			['Aqua Security']
		],
		[
			'Kelsey Hightower 在主题演讲中介绍了「Serverless 的误区」。',
			'Serverless 的误区',
			['Kelsey Hightower'],
			[]
		]
	])('Chinese: the speaker before the title: %s', (line, title, speakers, organizations) => {
		expect(talks(line)).toEqual([{ title, speakers, organizations }]);
	});

	it.each([
		'Red Hat介绍了《OpenShift 4 新特性》。',
		'CNCF发布了《2019年云原生调查报告》。',
		'我读了《凤凰项目》这本书。'
	])('Chinese: no speaker, no talk: %s', (line) => {
		expect(talks(line)).toEqual([]);
	});

	it.each([
		[
			'"Kubernetes 보안 모범 사례" 세션은 Ian Coldwater가 발표했습니다.',
			'Kubernetes 보안 모범 사례',
			['Ian Coldwater']
		],
		[
			'「Kubernetesの未来」というセッションで、Kelsey Hightower氏が発表しました。',
			'Kubernetesの未来',
			['Kelsey Hightower']
		]
	])(
		'Korean and Japanese: the speaker named after the talk word, then "presented": %s',
		(line, title, speakers) => {
			expect(talks(line)).toEqual([{ title, speakers, organizations: [] }]);
		}
	);

	it('a name after the talk word that did not present is no speaker', () => {
		expect(talks('"쿠버네티스 보안" 세션에서 Kubernetes Operator가 중요했다')).toEqual([]);
	});

	it('a quoted book is not a talk', () => {
		expect(talks('我很喜欢《Kubernetes 权威指南》这本书（Jane Doe, Acme）')).toEqual([]);
	});

	it('a quote that names no speaker stays text', () => {
		expect(talks('Il a dit « ça marche » et il est parti.')).toEqual([]);
	});
});

describe('talks named in German, Spanish, Portuguese and French sentences', () => {
	it.each([
		[
			'Die Keynote von Cheryl Hung (CNCF) gab einen Überblick über die Community.',
			[['Keynote by Cheryl Hung', ['Cheryl Hung'], ['CNCF']]]
		],
		[
			'Der Vortrag von Jane Doe (Acme GmbH) über „Observability mit Prometheus“ war voll.',
			[['Observability mit Prometheus', ['Jane Doe'], ['Acme GmbH']]]
		],
		[
			'Außerdem sprach Lukas Becker (SAP) in seinem Vortrag „Service Mesh in der Praxis“ über Envoy.',
			[['Service Mesh in der Praxis', ['Lukas Becker'], ['SAP']]]
		],
		[
			'La charla de María García (Google) sobre Knative fue excelente.',
			[['Talk by María García', ['María García'], ['Google']]]
		],
		[
			'También la ponencia "Operadores de Kubernetes en producción" de Carlos López, Red Hat.',
			[['Operadores de Kubernetes en producción', ['Carlos López'], ['Red Hat']]]
		],
		[
			'Gostei da palestra "Kubernetes no Nubank" de Pedro Souza, Nubank.',
			[['Kubernetes no Nubank', ['Pedro Souza'], ['Nubank']]]
		],
		[
			"J'ai adoré la présentation « Kubernetes chez Criteo » de Jean Dupont.",
			[['Kubernetes chez Criteo', ['Jean Dupont'], []]]
		]
	])('%s', (text, expected) => {
		expect(talks(text).map((t) => [t.title, t.speakers, t.organizations])).toEqual(expected);
	});

	it('« Title » par Speaker (Org)', () => {
		expect(talks('« Observabilité avec Prometheus » par Marie Curie (OVHcloud)')).toEqual([
			{
				title: 'Observabilité avec Prometheus',
				speakers: ['Marie Curie'],
				organizations: ['OVHcloud']
			}
		]);
	});

	it('the name ends at the end of its sentence', () => {
		expect(talks('Besonders gut war die Keynote von Kelsey Hightower. Auch der Rest.')).toEqual([
			{ title: 'Keynote by Kelsey Hightower', speakers: ['Kelsey Hightower'], organizations: [] }
		]);
		expect(talks('The keynote by Kelsey Hightower. Then we left.')[0]?.speakers).toEqual([
			'Kelsey Hightower'
		]);
	});

	it.each([
		// "de" is also "of": a name after it needs its organisation or a title beside it.
		'La charla de Service Mesh fue buena.',
		'La charla de María García fue excelente.',
		// A quote followed by "de" is a title only after a talk word.
		'Le livre "Kubernetes Up and Running" de Brendan Burns, Microsoft.'
	])('not a talk: %s', (text) => {
		expect(talks(text)).toEqual([]);
	});
});

describe('a quoted title, then its speakers', () => {
	it('a label, then the quoted title and its "by" (a numbered tweet)', () => {
		expect(talks('3/ Best talk: "Kubernetes Failure Stories" by Henning Jacobs, Zalando.')).toEqual(
			[
				{
					title: 'Kubernetes Failure Stories',
					speakers: ['Henning Jacobs'],
					organizations: ['Zalando']
				}
			]
		);
		expect(talks('Why "Serverless" Matters by Jane Doe')[0]?.title).toBe(
			'Why "Serverless" Matters'
		);
	});

	it('"by" names, then a dash and a comment', () => {
		expect(
			talks('3/ "Kubernetes Failure Stories" by Henning Jacobs, Zalando — must watch.')
		).toEqual([
			{
				title: 'Kubernetes Failure Stories',
				speakers: ['Henning Jacobs'],
				organizations: ['Zalando']
			}
		]);
	});

	it('by a speaker, and the sentence goes on', () => {
		expect(talks('The talk "Debugging Go in Production" by Ana Lopez was packed.')).toEqual([
			{ title: 'Debugging Go in Production', speakers: ['Ana Lopez'], organizations: [] }
		]);
	});

	it('not a survey or report "by" someone whose sentence goes on', () => {
		expect(talks('The CNCF survey "Cloud Native in 2019" by Cheryl Hung showed growth.')).toEqual(
			[]
		);
	});

	it('a speaker known by a handle', () => {
		expect(talks('Keynote by @cherylhung about the CNCF end user community.')).toEqual([
			{ title: 'Keynote by @cherylhung', speakers: ['@cherylhung'], organizations: [] }
		]);
		expect(talks('"Kubernetes Failure Stories" by @hjacobs was packed.')).toEqual([
			{ title: 'Kubernetes Failure Stories', speakers: ['@hjacobs'], organizations: [] }
		]);
		expect(talks('Photo by @janedoe')).toEqual([]);
		expect(talks('Talk by @acme.example.com today')).toEqual([]);
	});

	it('words before the quoted title are not part of it', () => {
		expect(
			talks('Saw “Istio in production”, at the Cloud Native London meetup, by Jane Doe.')
		).toEqual([{ title: 'Istio in production', speakers: ['Jane Doe'], organizations: [] }]);
		expect(
			talks(
				'OpenShift Commons Gathering San Diego had a talk "Operators at Scale" by Rob Szumski (Red Hat).'
			)
		).toEqual([
			{ title: 'Operators at Scale', speakers: ['Rob Szumski'], organizations: ['Red Hat'] }
		]);
	});

	it('speakers in parentheses', () => {
		expect(
			talksInPassage('Talk: "Containerizing Legacy Apps" (Jane Roe, MetLife)', 'list').map(
				(t) => t.title
			)
		).toEqual(['Containerizing Legacy Apps']);
		expect(talks('Talk: "Containerizing Legacy Apps" (Jane Roe, MetLife)')).toEqual([
			{ title: 'Containerizing Legacy Apps', speakers: ['Jane Roe'], organizations: ['MetLife'] }
		]);
	});
});

describe('list items with the speakers in parentheses', () => {
	it('"Title (Speaker, Org)" and "Speaker (Org): Title", one item a line', () => {
		expect(
			talksInPassage(
				'Zero Trust Networking with Cilium (Thomas Graf, Isovalent)\nLunch\nAlice Wong (Globex): Securing the Software Supply Chain',
				'list'
			).map((t) => [t.title, t.speakers, t.organizations])
		).toEqual([
			['Zero Trust Networking with Cilium', ['Thomas Graf'], ['Isovalent']],
			['Securing the Software Supply Chain', ['Alice Wong'], ['Globex']]
		]);
	});

	it.each([
		['We met the Istio maintainers (Jane Doe, Google)', 'list'],
		['Jeff Smith (Acme): “Maintenance is Revenue Protection”', 'list'],
		['Our trip to the coast (San Diego, California)', 'list'],
		['Photos (Jane Doe)', 'list'],
		['Zero Trust Networking with Cilium (Thomas Graf, Isovalent)', 'paragraph']
	] as const)('not a talk: %s (%s)', (text, kind) => {
		expect(talksInPassage(text, kind)).toEqual([]);
	});
});

describe('list items that name the speaker first', () => {
	const list = (text: string) =>
		talksInPassage(text, 'list').map((t) => [t.title, t.speakers, t.organizations]);

	it('"Name: Title" and "Name — Title", every item of the list', () => {
		expect(
			list(
				'Liz Rice — Running with Scissors\nKelsey Hightower — Kubernetes the Hard Way, Revisited\nCheryl Hung: Growing the CNCF End User Community\nBryan Liles: Keynote Closing Remarks'
			)
		).toEqual([
			['Running with Scissors', ['Liz Rice'], []],
			['Kubernetes the Hard Way, Revisited', ['Kelsey Hightower'], []],
			['Growing the CNCF End User Community', ['Cheryl Hung'], []],
			['Keynote Closing Remarks', ['Bryan Liles'], []]
		]);
	});

	it.each([
		'Day One: Keynotes and Announcements\nDay Two: Workshops and Labs',
		'Service Mesh: Istio and Linkerd Everywhere\nContainer Security: Falco and More',
		'Key Takeaways: lots of things\nGreat Venue: it was nice',
		'Kelsey Hightower: Kubernetes and the Path to Serverless\nMore notes below: see the slides',
		'Kelsey Hightower: Kubernetes and the Path to Serverless',
		'Jane Doe: We Loved the Venue\nSam Lee: It Was a Great Week'
	])('not such a list: %s', (text) => {
		expect(list(text)).toEqual([]);
	});
});

describe('schedule lines', () => {
	it('the time that opens a line is not part of the title, nor a speaker', () => {
		expect(
			talks(
				[
					'My schedule for day one:',
					'09:00 – Keynote: Welcome to DockerCon (Steve Singh, Docker)',
					'11:45 – Containerd Deep Dive (Phil Estes, IBM)',
					'9.30am | Scaling Prometheus with Thanos – Bartek Plotka, Improbable',
					'16:00–16:35 Service Mesh Wars (Jane Doe, Acme)',
					'17:00 Lunch'
				].join('\n')
			).map((t) => [t.title, t.speakers, t.organizations])
		).toEqual([
			['Keynote: Welcome to DockerCon', ['Steve Singh'], ['Docker']],
			['Containerd Deep Dive', ['Phil Estes'], ['IBM']],
			['Scaling Prometheus with Thanos', ['Bartek Plotka'], ['Improbable']],
			['Service Mesh Wars', ['Jane Doe'], ['Acme']]
		]);
	});

	it('a schedule term and its notes, joined by a dash (reStructuredText definition lists)', () => {
		expect(
			talks(
				'09:30 Keynote: Docker Enterprise Edition (Steve Singh, Docker) – Steve announced Kubernetes support.'
			)
		).toEqual([
			{
				title: 'Keynote: Docker Enterprise Edition',
				speakers: ['Steve Singh'],
				organizations: ['Docker']
			}
		]);
	});

	it.each([
		'At 10:30 we went to lunch (Jane Doe, Acme)',
		'09:00 – KubeCon NA 2019 (San Diego, California)'
	])('not a talk: %s', (text) => {
		expect(talks(text)).toEqual([]);
	});
});

describe('podcast and video show notes', () => {
	it.each([
		'Episode 42 – Kelsey Hightower, Google',
		'- 00:00 Intro\n- 12:30 Interview – Liz Rice, Aqua Security\n- 45:00 Q&A – Liz Rice, Aqua Security',
		'00:12:30 – Kelsey Hightower on serverless\n00:25:10 – Liz Rice on eBPF'
	])('an episode or a segment is not a talk: %s', (text) => {
		expect(talks(text)).toEqual([]);
	});

	it('a chapter with a real title and speaker still is', () => {
		expect(talks('12:30 Scaling Prometheus with Thanos – Bartek Plotka, Improbable')).toEqual([
			{
				title: 'Scaling Prometheus with Thanos',
				speakers: ['Bartek Plotka'],
				organizations: ['Improbable']
			}
		]);
	});
});

describe('labelled notes', () => {
	it('"Talk: Title Speaker: Name (Org)" in a paragraph, and on two list lines', () => {
		expect(talks('Talk: Securing the Supply Chain Speaker: Frank Black (Google)')).toEqual([
			{ title: 'Securing the Supply Chain', speakers: ['Frank Black'], organizations: ['Google'] }
		]);
		expect(
			talksInPassage(
				'Title: GitOps for Everyone\nSpeakers: Grace Hopper, Weaveworks; Alan Turing, Intuit',
				'list'
			).map((t) => [t.title, t.speakers, t.organizations])
		).toEqual([['GitOps for Everyone', ['Grace Hopper', 'Alan Turing'], ['Weaveworks', 'Intuit']]]);
	});

	it('"Jane Doe from Acme" names the speaker and the organisation', () => {
		expect(parseSpeakerList('Dan Brown from Weaveworks')).toEqual({
			speakers: ['Dan Brown'],
			organizations: ['Weaveworks']
		});
		expect(talks('Presented by Dan Brown from Weaveworks.')).toEqual([]);
	});
});

describe('sentences that are not talks', () => {
	it.each([
		'Teams should be structured to minimize cognitive load, “use small, long-lived teams as the standard” – from the Team Topologies book authors',
		'DevEx == Dev Experience – simplify, simplify, simplify',
		'Platform as a Product – leads to a Reliable Platform',
		'Breaking Down the SILOs – a traditional “Monolithic Delivery” team must interface with silo groups',
		'“Our Own Private Registry” – they found it worked best to run local registries',
		'Jeff Smith: “Maintenance is Revenue Protection”',
		'Kubernetes is still in development – 170 KEPs (enhancement tickets) are opened!',
		'Cilium – Google',
		'The cluster was upgraded by the platform team.',
		'As she put it, you need to decide “what do you bake in your images vs. configure on the host after the fact”',
		'Photo by Jane Doe',
		'Service Mesh Interface was announced by Gabe Monroy.',
		'The new release was quickly built by Jane Doe'
	])('%s', (text) => {
		expect(talks(text)).toEqual([]);
	});

	it('a sentence telling what happened during a keynote names the keynote, not a title', () => {
		expect(talks('Helm 3 was released during the keynote by Matt Fisher (Microsoft).')).toEqual([
			{ title: 'Keynote by Matt Fisher', speakers: ['Matt Fisher'], organizations: ['Microsoft'] }
		]);
	});
});

describe('headings', () => {
	const p = (text: string, kind: 'paragraph' | 'list' | 'table' = 'paragraph') => ({ text, kind });

	it('a "Title – Speaker, Org" heading', () => {
		expect(talkFromHeading('Golden Ticket – Aaron Grattafiori, Dyn', false, [])).toEqual({
			title: 'Golden Ticket',
			speakers: ['Aaron Grattafiori'],
			organizations: ['Dyn']
		});
	});

	it('a heading followed by a speaker line with a handle', () => {
		expect(
			talkFromHeading('Cloning running servers with CRIU', false, [
				p('Ross Boucher @boucher https://github.com/boucher'),
				p('notes')
			])
		).toEqual({
			title: 'Cloning running servers with CRIU',
			speakers: ['Ross Boucher'],
			organizations: []
		});
	});

	it('a heading, a link table, then "Speakers" and a list', () => {
		expect(
			talkFromHeading('How Spotify Migrated Ingress to Envoy', false, [
				p('Background | Slides', 'table'),
				p('Speakers'),
				p('Alex Sundström, Spotify\nErik Lindblad, Spotify', 'list')
			])
		).toEqual({
			title: 'How Spotify Migrated Ingress to Envoy',
			speakers: ['Alex Sundström', 'Erik Lindblad'],
			organizations: ['Spotify']
		});
	});

	it('a title-cased heading whose notes speak of "the speaker" names a session', () => {
		expect(
			talkFromHeading('Continuously Deliver Your Kubernetes Infrastructure', false, [
				p('The speaker shared a few practices.')
			])
		).toEqual({
			title: 'Continuously Deliver Your Kubernetes Infrastructure',
			speakers: [],
			organizations: []
		});
	});

	it.each(['Highlights', 'Key Takeaways', 'Final Thoughts'])(
		'"%s" over notes that speak of "the talk" heads several sessions, not one',
		(heading) => {
			expect(
				talkFromHeading(heading, false, [
					p('The talk "Kubernetes for the Rest of Us" by Kelsey Hightower was the highlight.')
				])
			).toBeNull();
		}
	);

	it('a heading with a quoted title and its speakers in parentheses', () => {
		expect(
			talkFromHeading('Talk: "Containerizing Legacy Apps" (Jane Roe, MetLife)', false, [
				p('Notes: the MTA program was the big story.')
			])
		).toEqual({
			title: 'Containerizing Legacy Apps',
			speakers: ['Jane Roe'],
			organizations: ['MetLife']
		});
	});

	it('a "Title (Speaker, Org)" heading', () => {
		expect(
			talkFromHeading('Service Mesh Interface (Lachlan Evenson, Microsoft)', false, [
				p('SMI was announced in the keynote.')
			])
		).toEqual({
			title: 'Service Mesh Interface',
			speakers: ['Lachlan Evenson'],
			organizations: ['Microsoft']
		});
	});

	it('a heading over "Presented by Name from Org"', () => {
		expect(
			talkFromHeading('Debugging Kubernetes Networking', false, [
				p('Presented by Dan Brown from Weaveworks.')
			])
		).toEqual({
			title: 'Debugging Kubernetes Networking',
			speakers: ['Dan Brown'],
			organizations: ['Weaveworks']
		});
	});

	it.each([
		['Lunch conversation', [p('Tool landscape changes far too fast\nHow to update?', 'list')]],
		['Day 1 Keynotes', [p('The keynotes this morning were great; the speaker was funny.')]],
		['Key Takeaways', [p('Teams should be small.')]],
		['Project Updates', [p('Cilium (incubation), eBPF-based Networking')]],
		['KubeCon NA 2019 (San Diego, California)', [p('Two talks on minikube this year.')]],
		[
			'KubeCon Barcelona 2019: What Changed',
			[p('In Copenhagen, Kubernetes 1.10 was the talk of the town; here it was operators.')]
		]
	])('not a talk: %s', (heading, passages) => {
		expect(talkFromHeading(heading, false, passages)).toBeNull();
	});
});

describe('speaker lists', () => {
	it('rejects anything that is not names, organisations or job titles', () => {
		expect(parseSpeakerList('from the Team Topologies book authors')).toBeNull();
		expect(parseSpeakerList('Google')).toBeNull();
		expect(parseSpeakerList('Lin Sun & Daniel Berg IBM; Christian Posta, Solo.io')).toEqual({
			speakers: ['Lin Sun', 'Daniel Berg', 'Christian Posta'],
			organizations: ['IBM', 'Solo.io']
		});
	});
});

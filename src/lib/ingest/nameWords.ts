/**
 * Words that never make a person's name, for isPersonName (speakers.ts): "Service Mesh",
 * "GitOps Tool", "Multi-Cluster Networking" and "Howard Street" are capitalised like "Liz Rice",
 * but a recap's speaker is never called so. Three sets:
 *   NOT_NAME_WORDS: heading words ("KubeCon EU 2019 – Day One Recap") and sentence openers;
 *   TECH_WORDS: technical words and a venue's or an address's words, nowhere in a name;
 *   ORDINARY_WORDS: ordinary words that may be a family name ("Stephen Day", "Robert Service")
 *   but never a given name, so only the first word of a name is tested against them.
 * Given names that are also words ("Grace", "Summer", "Rich", "Dev", "Deep", "Guy") are in none.
 */
export const NOT_NAME_WORDS = new Set(
	(
		'recap recaps notes report review summary thoughts takeaways highlights impressions lessons ' +
		'learned keynote keynotes session sessions talks track tracks blog liveblog tour remarks ' +
		'overview introduction roundup retrospective preview agenda schedule diary journal edition ' +
		'update updates kubecon cloudnativecon dockercon kubernetes docker conference summit morning ' +
		'afternoon evening opening closing vendor sponsor sponsors expo party workshop workshops demo ' +
		'demos one two three four five first second third final released announced launched ' +
		'monday tuesday wednesday thursday friday saturday sunday weather news announcement ' +
		'announcements launch release releases graduation ' +
		// People by their part, after a dash: "Jane Doe and John Roe – Event Organizers".
		'organizers organisers hosts volunteers attendees speakers panelists talk ' +
		// A talk's kind in another language: "Vortrag von Jane Doe (SAP): …".
		'vortrag charla ponencia palestra conférence conferencia lezing prelekcja intervento ' +
		// Sentence openers before a name or a company: "Then Google presented …".
		'then next also finally later afterwards meanwhile lastly however additionally today ' +
		'yesterday tomorrow'
	).split(' ')
);

const TECH_WORDS = new Set(
	(
		'mesh networking cluster clusters multi multicluster serverless observability monitoring ' +
		'logging tracing telemetry metrics gitops devops devsecops finops mlops secops chatops ' +
		'microservices microservice containers container orchestration operator operators ' +
		'controller controllers runtime runtimes kernel ebpf proxy gateway ingress api apis sdk cli ' +
		'storage database databases workload workloads pipeline pipelines deployment deployments ' +
		'automation tooling tool tools computing scaling scalability autoscaling migration upgrades ' +
		'resilience chaos webassembly wasm dive intro charts workflows tutorial panel panels ' +
		'hackathon meetup meetups ' +
		// A venue or an address: "Moscone Center West", "Howard Street", "Main Lobby", "Gran Via".
		'street avenue boulevard road drive plaza center centre convention arena stadium hotel ' +
		'campus pavilion auditorium venue lobby foyer stage room floor level terrace via ballroom ' +
		'moscone downtown messe palais kongresshaus congress exhibition exhibit showcase theatre ' +
		'theater'
	).split(' ')
);

const ORDINARY_WORDS = new Set(
	(
		'service services network networks data platform platforms scale day days edge panel ' +
		'community cloud native security secure secrets policy identity supply software hardware ' +
		'machine learning open hybrid virtual global online live modern future state case study ' +
		'building managing running securing scaling deploying introducing getting beyond inside ' +
		'advanced zero lightning office hands ask meet hallway coffee lunch break reception booth ' +
		'welcome thank thanks great cost tech developer contributor maintainer project ' +
		// A remark's first word after a dash: "Service Mesh – Still Confusing", "– Our Hosts".
		'our my your their best better still very really much most less not too always never indeed ' +
		'event ' +
		// A hotel's or a venue's first word ("Hilton Austin Downtown", "Hall A", "Fira Gran Via").
		'hilton marriott hyatt sheraton westin fairmont radisson intercontinental novotel ritz ' +
		'kempinski doubletree crowne mercure ibis swissotel estrel hall fira excel grand'
	).split(' ')
);

/**
 * `lower` (a word of a name, in lower case; `first`: the name's first word) is a word, not a
 * name's: technical, a venue's, or an ordinary word where a given name stands. The parts of a
 * hyphenated word count alike ("Multi-Cluster"; "Jean-Pierre" is none).
 */
export function readsAsWord(lower: string, first: boolean): boolean {
	if (TECH_WORDS.has(lower) || (first && ORDINARY_WORDS.has(lower))) return true;
	if (lower.indexOf('-') <= 0) return false;
	for (const part of lower.split('-')) {
		if (TECH_WORDS.has(part) || (first && ORDINARY_WORDS.has(part))) return true;
	}
	return false;
}

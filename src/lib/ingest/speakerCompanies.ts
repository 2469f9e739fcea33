/**
 * Companies whose names read as a person's ("Goldman Sachs", "Morgan Stanley", "New Relic"): two
 * or three capitalised words and no word companies end on (speakerOrgCues.ts). Where a speaker
 * list names them ("Operators in production – Jane Doe, Goldman Sachs", "Kubernetes at scale –
 * Morgan Stanley, Wells Fargo") they are organisations, never speakers.
 */

const COMPANIES = new Set(
	(
		'goldman sachs|morgan stanley|wells fargo|liberty mutual|northwestern mutual|lockheed martin|' +
		'booz allen|booz allen hamilton|charles schwab|dow jones|hewlett packard|harley davidson|' +
		'rolls royce|mercedes benz|walt disney|edward jones|raymond james|jp morgan|jpmorgan chase|' +
		'morgan chase|kaiser permanente|fannie mae|freddie mac|thomson reuters|home depot|best buy|' +
		'new relic|sumo logic|pager duty|palo alto|deutsche telekom|deutsche bahn|credit suisse|' +
		'bnp paribas|banco santander|air france|marks spencer|john lewis|under armour|ralph lauren|' +
		'robert bosch|state farm|american express|american airlines|jet blue|virgin atlantic|' +
		'virgin media|british airways|british telecom|royal mail|abn amro|munich re|swiss re|' +
		'state street|northern trust|black rock|cleveland clinic|mayo clinic|condé nast|conde nast|' +
		'sky betting|general mills|general electric|ford motor|john deere|fifth third|key bank|' +
		'ernst young|price waterhouse|stack rox|twist lock|weave works|circle ci|hashi corp|' +
		'cloud bees|jet brains|ticket master|mercado livre|mercado libre'
	).split('|')
);

/**
 * Companies whose name opens a product's or a division's ("Microsoft Azure", "Amazon Alexa",
 * "Google Kubernetes Engine"): no given name is one of them.
 */
const COMPANY_FIRST = new Set(
	(
		'microsoft google amazon oracle cisco intel adobe facebook netflix uber lyft spotify docker ' +
		'vmware nvidia salesforce alibaba tencent baidu huawei samsung twitter linkedin github gitlab ' +
		'atlassian shopify airbnb pinterest dropbox zalando mirantis rancher heptio coreos'
	).split(' ')
);

/** A well-known company that reads as a person's name (`s` as written; case is ignored). */
export function isCompanyName(s: string): boolean {
	const lower = s.toLowerCase();
	const space = lower.indexOf(' ');
	return COMPANIES.has(lower) || (space > 0 && COMPANY_FIRST.has(lower.slice(0, space)));
}

/** "With Jane Doe and John Roe", "Featuring Jane Doe": a word that opens a list of speakers. */
const LIST_LEAD = /^(?:with|featuring|feat\.|ft\.)\s+(?=\p{Lu})/iu;

/** The speaker list without the word opening it ("With Jane Doe, John Roe" → "Jane Doe, John Roe"). */
export function withoutListLead(s: string): string {
	const c = s.charCodeAt(0) | 32;
	if (c !== 119 && c !== 102) return s;
	const m = LIST_LEAD.exec(s);
	return m ? s.slice(m[0].length) : s;
}

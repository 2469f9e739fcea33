/**
 * Editions of a catalog series that the catalog does not hold ("KubeCon + CloudNativeCon Europe
 * 2022 in Valencia", "KubeCon NA 2023 in Chicago", "DockerCon 2022"): created under the catalog's
 * id scheme and naming (`kubecon-eu-2022`, "KubeCon + CloudNativeCon Europe 2022"), so that every
 * spelling of one edition ("KubeCon EU 2022", "KubeCon Europe 2022 in Valencia") is one event.
 * An edition whose region neither the text nor its country tells keeps the name it was given.
 */
import type { EventSeries } from './types';
import type { RegionTag } from './eventRegions';

/** Region code and name, as the catalog's ids and names write them. */
const KUBECON_REGIONS: Partial<Record<RegionTag, [string, string]>> = {
	europe: ['eu', 'Europe'],
	'north-america': ['na', 'North America'],
	china: ['cn', 'China']
};

/** The region of the countries conference cities are in (places.ts), for a city without one. */
const COUNTRY_REGIONS: Record<string, RegionTag> = {
	'United States': 'north-america',
	Canada: 'north-america',
	Mexico: 'north-america',
	China: 'china'
};
const EUROPE =
	'Germany|Denmark|Spain|Netherlands|United Kingdom|Ireland|France|Belgium|Switzerland|Austria|Czech Republic|Poland|Hungary|Italy|Portugal|Sweden|Norway|Finland|Estonia|Ukraine';
for (const c of EUROPE.split('|')) COUNTRY_REGIONS[c] = 'europe';

export interface SeriesEdition {
	id: string;
	name: string;
	region: RegionTag | null;
}

/** The id, name and region of a KubeCon or DockerCon edition of `year`, or null for another. */
export function seriesEdition(
	series: EventSeries,
	year: number,
	region: RegionTag | null,
	country: string | null
): SeriesEdition | null {
	if (series === 'other') return null;
	const r = region ?? (country ? (COUNTRY_REGIONS[country] ?? null) : null);
	if (series === 'dockercon') {
		// The main (US, later online) DockerCon is `dockercon-<year>`; DockerCon Europe names its region.
		if (r === 'europe')
			return { id: `dockercon-eu-${year}`, name: `DockerCon Europe ${year}`, region: r };
		if (r === null || r === 'north-america')
			return { id: `dockercon-${year}`, name: `DockerCon ${year}`, region: r };
		return null;
	}
	const named = r ? KUBECON_REGIONS[r] : undefined;
	if (!r || !named) return null;
	return {
		id: `kubecon-${named[0]}-${year}`,
		name: `KubeCon + CloudNativeCon ${named[1]} ${year}`,
		region: r
	};
}

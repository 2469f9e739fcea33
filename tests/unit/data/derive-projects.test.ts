import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { deriveProjects } from '../../../scripts/taxonomy/derive';

const LANDSCAPE = `
landscape:
  - category:
    name: Provisioning
    subcategories:
      - subcategory:
        name: Key Management
        items:
          - item:
            name: Vault
            homepage_url: https://www.vaultproject.io/
          - item:
            name: SPIRE
            homepage_url: https://spiffe.io/spire/
            project: graduated
            extra: { accepted: '2018-03-29', incubating: '2020-06-22', graduated: '2022-08-22' }
      - subcategory:
        name: Security & Compliance
        items:
          - item:
            name: Open Policy Agent (OPA)
            homepage_url: https://www.openpolicyagent.org/
            project: graduated
            extra: { accepted: '2018-03-29', incubating: '2019-04-02', graduated: '2021-01-29' }
          - item:
            name: Snyk
            homepage_url: https://snyk.io/
`;

describe('deriveProjects', () => {
	it('takes every CNCF item with its dates, and only the non-CNCF items the manual file names', () => {
		const { projects, errors } = deriveProjects(
			LANDSCAPE,
			'projects:\n  - { landscape: Vault, ambiguous: [hashicorp] }\n'
		);
		expect(errors).toEqual([]);
		expect(projects.map((p) => p.id)).toEqual(['open-policy-agent', 'spire', 'vault']);
		expect(projects[0]).toMatchObject({
			name: 'Open Policy Agent',
			aliases: ['OPA'],
			cncf_status: 'graduated',
			graduated: '2021-01-29'
		});
		expect(projects[2]).toMatchObject({
			cncf_status: null,
			accepted: null,
			category: 'Provisioning',
			subcategory: 'Key Management'
		});
		// Own words plus the subcategory's shared ones, lower-cased and sorted.
		expect(projects[2]?.ambiguous?.context).toEqual([
			'hashicorp',
			'key management',
			'secrets management'
		]);
	});

	it('keeps the words of another thing of an ambiguous name (`others`)', () => {
		const { projects, errors } = deriveProjects(
			LANDSCAPE,
			'projects:\n  - { landscape: Vault, ambiguous: [hashicorp], others: [Boulton, boulton] }\n'
		);
		expect(errors).toEqual([]);
		expect(projects[2]?.ambiguous?.others).toEqual(['boulton']);
	});

	it('keeps `others` of a name that is not ambiguous at the top level', () => {
		const { projects, errors } = deriveProjects(
			LANDSCAPE,
			'projects:\n  - { landscape: SPIRE, others: [Tower, tower, cathedral] }\n'
		);
		expect(errors).toEqual([]);
		const spire = projects.find((p) => p.id === 'spire');
		expect(spire?.ambiguous).toBeUndefined();
		expect(spire?.others).toEqual(['cathedral', 'tower']);
	});

	it('applies overrides and adds tools the landscape lacks', () => {
		const manual = `projects:
  - { landscape: Open Policy Agent (OPA), id: opa, aliases: [Rego] }
  - { id: vagrant, name: Vagrant, category: Provisioning, subcategory: Automation & Configuration, homepage: https://www.vagrantup.com/ }
`;
		const { projects, errors } = deriveProjects(LANDSCAPE, manual);
		expect(errors).toEqual([]);
		expect(projects.find((p) => p.id === 'opa')?.aliases).toEqual(['OPA', 'Rego']);
		expect(projects.find((p) => p.id === 'vagrant')).toMatchObject({
			cncf_status: null,
			homepage: 'https://www.vagrantup.com/'
		});
	});

	it('refuses unknown landscape names, incomplete entries and aliases claimed twice', () => {
		const manual = `projects:
  - { landscape: Vualt }
  - { id: half, name: Half }
  - { landscape: Snyk, aliases: [opa] }
`;
		const { errors } = deriveProjects(LANDSCAPE, manual);
		expect(errors).toEqual([
			'projects.manual.yaml: "Vualt" is not an item of the landscape',
			'projects.manual.yaml: entry half lacks category, subcategory',
			'"opa" names both open-policy-agent and snyk'
		]);
	});

	const landscapePath = resolve(__dirname, '../../../../shared/reference/cncf-landscape.yml');
	it.skipIf(!existsSync(landscapePath))(
		'matches the committed projects.yaml (regenerate after editing the manual file)',
		() => {
			const root = resolve(__dirname, '../../..');
			const { projects, errors } = deriveProjects(
				readFileSync(landscapePath, 'utf8'),
				readFileSync(resolve(root, 'data/taxonomy/projects.manual.yaml'), 'utf8')
			);
			expect(errors).toEqual([]);
			expect(parse(readFileSync(resolve(root, 'data/taxonomy/projects.yaml'), 'utf8'))).toEqual(
				JSON.parse(JSON.stringify(projects))
			);
		}
	);
});

/**
 * Projects written in lower case by their own convention ("flannel", "cri-o", "rke2") are
 * mentions in the forms recaps write them, where a tool stands; the same words as ordinary
 * English ("a flannel shirt", "at the helm") are not.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('an acronym with a hyphen or a digit, in lower case', () => {
	it.each([
		['There is containerd, rkt, cri-o, LXC and others.', 'cri-o'],
		['The nodes run cri-o 1.20 now.', 'cri-o'],
		['We upgraded the cluster to rke2 last month.', 'rke2']
	])('%s', (text, id) => {
		expect(ids(text)).toContain(id);
	});

	it('a short one keeps its case ("k10" is not Kasten K10)', () => {
		expect(ids('The k10 keyboard layout.')).not.toContain('kasten');
	});
});

describe("an ambiguous project's name in lower case where a tool stands", () => {
	it.each([
		['We replaced flannel with Calico on every node.', 'flannel'],
		['It fits together with flannel and the pod network.', 'flannel'],
		['The team switched from flannel to Cilium last year.', 'flannel'],
		['We use vault for the secrets of every Kubernetes namespace.', 'vault'],
		['Install it with `brew install helm`, then add the charts repository.', 'helm'],
		['For CI we use kind for throwaway clusters.', 'kind'],
		['```bash\nkind create cluster --name demo\nkubectl get pods\n```', 'kind'],
		['Then run `kind load docker-image app:dev` against the cluster.', 'kind'],
		['$ kind delete cluster', 'kind'],
		['Words about the Docker image spec, packer, openshift and nix.', 'packer']
	])('%s', (text, id) => {
		expect(ids(text)).toContain(id);
	});

	it.each([
		'The flannel shirt guy talked about Kubernetes networking.',
		'She was at the helm of the Kubernetes release team.',
		'A garden party with chef and porter beers after the Kubernetes keynote.',
		'Cluster state is in flux while Kubernetes reconciles.',
		'This kind of cluster test catches most regressions.'
	])('the English word is not: %s', (text) => {
		expect(ids(text).filter((id) => id !== 'kubernetes')).toEqual([]);
	});
});

describe('lower-case names where a tool stands in German, Spanish, French', () => {
	it.each([
		['Im Projekt nutzen wir helm für die Charts.', 'helm'],
		['En producción usamos helm con los charts de Bitnami.', 'helm'],
		['Nous déployons avec flux et kustomize sur Kubernetes.', 'flux']
	])('%s', (text, id) => {
		expect(ids(text)).toContain(id);
	});

	it('the words of those languages are no slot for English words', () => {
		expect(ids('Der Kapitän stand am helm des Schiffes, nicht bei Kubernetes.')).toEqual([
			'kubernetes'
		]);
	});
});

describe('lower-case names among Chinese, Japanese or Korean, and hashtags', () => {
	it.each([
		['我们用 flannel 和 Calico 做 Kubernetes 网络。', 'flannel'],
		['쿠버네티스 클러스터에서 flannel 대신 Calico를 씁니다.', 'flannel'],
		['쿠버네티스 패키지는 helm으로 설치합니다.', 'helm'],
		['Kubernetes のパッケージは helm でインストールします。', 'helm'],
		['#KubeCon #kubernetes #helm #flux', 'helm'],
		['#KubeCon #kubernetes #helm #flux', 'flux']
	])('%s', (text, id) => {
		expect(ids(text)).toContain(id);
	});

	it('a "#" inside a word is no hashtag ("C#flux")', () => {
		expect(ids('Kubernetes clients in C#flux are rare.')).toEqual(['kubernetes']);
	});
});

describe('a list item opened by a name in its own lower case', () => {
	it('"kind for CI clusters" among other tools', () => {
		expect(
			ids('Our tooling:\nkind for CI clusters, k3s for laptops\nTerraform for accounts')
		).toEqual(['kind', 'k3s', 'terraform']);
		expect(ids('- flannel in dev, Calico in prod')).toEqual(['flannel', 'calico']);
	});

	it('an everyday phrase opening an item is none', () => {
		expect(ids('Notes:\nkind of slow, the Terraform provider\nkind regards')).toEqual([
			'terraform'
		]);
	});
});

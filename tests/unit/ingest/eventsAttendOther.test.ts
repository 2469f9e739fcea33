/**
 * "J’étais à la KubeCon Europe à Copenhague", "war ich auf der KubeCon", "estuve en la DockerCon":
 * attending an edition, said in another language than English, is what the passage is about.
 */
import { describe, expect, it } from 'vitest';
import { refRole } from '../../../src/lib/ingest/eventCues';
import { ingestText } from './fixtureIngest';

const roleOf = (text: string, name: string) => {
	const at = text.indexOf(name);
	return refRole(text, at, at + name.length);
};

describe('attending an edition, in French, German, Spanish, Japanese and Chinese', () => {
	it('reads the verb of attending as narrative', () => {
		expect(
			roleOf("Quelques mois plus tôt, j'étais à la KubeCon Europe à Copenhague.", 'KubeCon Europe')
		).toBe('narrative');
		expect(roleOf('Im Mai war ich auf der KubeCon Europe in Kopenhagen.', 'KubeCon Europe')).toBe(
			'narrative'
		);
		expect(roleOf('En mayo estuve en la KubeCon Europe.', 'KubeCon Europe')).toBe('narrative');
		expect(roleOf('5月に KubeCon Europe に参加しました。', 'KubeCon Europe')).toBe('narrative');
		// Not an attendance: no verb of attending.
		expect(roleOf('La KubeCon Europe est grande.', 'KubeCon Europe')).not.toBe('narrative');
	});

	it('moves a passage of a French recap to the other edition it was at', () => {
		const text = [
			'---\ntitle: Retour sur la DockerCon EU\ndate: 2018-12-12\n---\n',
			'La DockerCon EU s’est tenue à Barcelone du 3 au 5 décembre 2018.\n',
			"Quelques mois plus tôt, j'étais à la KubeCon Europe à Copenhague, du 2 au 4 mai 2018. Tout tournait autour d'Istio.\n",
			'À Barcelone, en revanche, on parlait surtout de Compose.\n'
		].join('\n');
		expect(ingestText('fr.md', text).passages.map((p) => p.event_id)).toEqual([
			'dockercon-eu-2018',
			'kubecon-eu-2018',
			'dockercon-eu-2018'
		]);
	});
});

/**
 * The co-mention network as GEXF, the format Gephi opens natively: nodes carry their landscape
 * category and mention count, edges their weight and passage count. Version 1.2 (1.2draft), which
 * Gephi 0.8 to 0.10 all open and which other readers take too: NetworkX (2.8) refuses 1.3's
 * namespace ("No <graph> element") and reads this file whole, attributes typed.
 */
import type { NetworkEdge, NetworkNode } from '$lib/db/types';
import { escapeXml as x } from './xml';

export interface GexfMeta {
	/** e.g. the caption of the active filters. */
	description: string;
	/** ISO date; passed in (the database build date) so the same data gives the same file. */
	lastModified?: string;
	creator?: string;
	/** Node colour as #rrggbb (the category colour on screen), written as viz:color. */
	color?: (node: NetworkNode) => string | undefined;
}

function vizColor(hex: string | undefined): string {
	const m = hex && /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) return '';
	const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16));
	return `\n        <viz:color r="${r}" g="${g}" b="${b}"/>`;
}

export function toGexf(
	nodes: readonly NetworkNode[],
	edges: readonly NetworkEdge[],
	meta: GexfMeta
): string {
	const ids = new Set(nodes.map((n) => n.id));
	const date = meta.lastModified?.slice(0, 10);
	const nodeXml = nodes.map(
		(n) => `      <node id="${x(n.id)}" label="${x(n.name)}">
        <attvalues>
          <attvalue for="category" value="${x(n.category)}"/>
          <attvalue for="mentions" value="${x(n.mentions)}"/>
        </attvalues>${vizColor(meta.color?.(n))}
        <viz:size value="${x(Math.sqrt(Math.max(0, n.mentions)))}"/>
      </node>`
	);
	// Gephi refuses a file whose edge points at a missing node: such edges are left out.
	const edgeXml = edges
		.filter((e) => ids.has(e.source) && ids.has(e.target))
		.map(
			(
				e,
				i
			) => `      <edge id="e${i}" source="${x(e.source)}" target="${x(e.target)}" weight="${x(e.weight)}">
        <attvalues>
          <attvalue for="passages" value="${x(e.passages)}"/>
        </attvalues>
      </edge>`
		);
	return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
  <meta${date ? ` lastmodifieddate="${x(date)}"` : ''}>
    <creator>${x(meta.creator ?? 'KubeCon Atlas')}</creator>
    <description>${x(meta.description)}</description>
  </meta>
  <graph mode="static" defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="category" title="category" type="string"/>
      <attribute id="mentions" title="mentions" type="integer"/>
    </attributes>
    <attributes class="edge">
      <attribute id="passages" title="passages" type="integer"/>
    </attributes>
    <nodes>
${nodeXml.join('\n')}
    </nodes>
    <edges>
${edgeXml.join('\n')}
    </edges>
  </graph>
</gexf>
`;
}

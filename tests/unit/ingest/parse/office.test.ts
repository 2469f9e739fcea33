/**
 * Word (.docx) and OpenDocument (.odt) trip reports: read as the Markdown their text maps to,
 * with their document properties as the title, author and date.
 */
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../src/lib/ingest/decode';
import { parseDocument } from '../../../../src/lib/ingest/parse/index';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text: string, style?: string, list = false) =>
	`<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${list ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ''}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string) => `<w:tc><w:tcPr/>${para(text)}</w:tc>`;

const DOCX = zipSync({
	'[Content_Types].xml': strToU8('<Types/>'),
	'word/document.xml': strToU8(
		`<?xml version="1.0"?><w:document ${W}><w:body>` +
			para('KubeCon EU 2019 trip report', 'Title') +
			para('Contents', 'TOCHeading') +
			para('Keynotes\t3', 'TOC1') +
			para('Keynotes', 'Heading1') +
			`<w:p><w:r><w:t>KubeCon + CloudNativeCon Europe 2019 in Barcelona had 7,700 people. </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Linkerd &amp; Istio</w:t></w:r><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> shared a stage.</w:t></w:r></w:p>` +
			para('Helm 3 alpha', undefined, true) +
			para('OpenTelemetry announced', undefined, true) +
			para('Talks', 'Heading2') +
			`<w:tbl><w:tr>${cell('Talk')}${cell('Speaker')}</w:tr><w:tr>${cell('Kubernetes Failure Stories')}${cell('Henning Jacobs (Zalando)')}</w:tr></w:tbl>` +
			'</w:body></w:document>'
	),
	'docProps/core.xml': strToU8(
		'<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>KubeCon EU 2019</dc:title><dc:creator>Daniel Weber</dc:creator><dcterms:created>2019-05-27T08:00:00Z</dcterms:created></cp:coreProperties>'
	)
});

const ODT = zipSync({
	mimetype: strToU8('application/vnd.oasis.opendocument.text'),
	'content.xml': strToU8(
		'<office:document-content><office:body><office:text>' +
			'<text:h text:outline-level="1">DockerCon 2017 in Austin</text:h>' +
			'<text:p>DockerCon 2017 brought Moby<text:s/>and LinuxKit.<text:note><text:note-body><text:p>a footnote</text:p></text:note-body></text:note></text:p>' +
			'<text:list><text:list-item><text:p>Multi-stage builds</text:p></text:list-item><text:list-item><text:p>containerd joined the CNCF</text:p></text:list-item></text:list>' +
			'</office:text></office:body></office:document-content>'
	),
	'meta.xml': strToU8(
		'<office:document-meta><office:meta><meta:initial-creator>Priya Raman</meta:initial-creator><meta:creation-date>2017-04-21T10:00:00</meta:creation-date></office:meta></office:document-meta>'
	)
});

describe('office documents', () => {
	it('reads a .docx: title, headings, paragraphs without deleted text, a list and a table', () => {
		const { doc, warnings } = parseDocument({ path: 'trip.docx', bytes: DOCX });
		expect(warnings).toEqual([]);
		expect(doc!.format).toBe('docx');
		expect([doc!.title, doc!.author, doc!.published]).toEqual([
			'KubeCon EU 2019',
			'Daniel Weber',
			'2019-05-27'
		]);
		expect(doc!.sections.map((s) => s.heading)).toEqual([
			'KubeCon EU 2019 trip report',
			'Keynotes',
			'Talks'
		]);
		expect(doc!.sections.flatMap((s) => s.passages.map((p) => p.text))).toEqual([
			'KubeCon + CloudNativeCon Europe 2019 in Barcelona had 7,700 people. Linkerd & Istio shared a stage.',
			'Helm 3 alpha\nOpenTelemetry announced',
			'Talk: Kubernetes Failure Stories | Speaker: Henning Jacobs (Zalando)'
		]);
	});

	it('reads an .odt: its outline headings, paragraphs without footnotes, and list items', () => {
		const { doc } = parseDocument({ path: 'notes.odt', bytes: ODT });
		expect(doc!.format).toBe('odt');
		expect([doc!.title, doc!.author, doc!.published]).toEqual([
			'DockerCon 2017 in Austin',
			'Priya Raman',
			'2017-04-21'
		]);
		expect(doc!.sections.flatMap((s) => s.passages.map((p) => p.text))).toEqual([
			'DockerCon 2017 brought Moby and LinuxKit.',
			'Multi-stage builds\ncontainerd joined the CNCF'
		]);
	});

	it('names a damaged Word file for what it is', () => {
		const damaged = DOCX.slice(0, 200);
		const { doc, warnings } = parseDocument({ path: 'broken.docx', bytes: damaged });
		expect(doc).toBeNull();
		expect(warnings[0]!.message).toMatch(
			/^is a Word or OpenDocument file whose text could not be read/
		);
		expect(decodeBytes('x.docx', damaged).text).toBeNull();
	});
});

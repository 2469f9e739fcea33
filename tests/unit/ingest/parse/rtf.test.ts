/**
 * Rich Text Format, as macOS TextEdit and WordPad save it: read as the Markdown it maps to, with
 * its {\info} as the document's title, author and date.
 */
import { describe, expect, it } from 'vitest';
import { rtfToMarkdown } from '../../../../src/lib/ingest/parse/rtf';
import { parseString, passages } from './helpers';

const TEXTEDIT = String.raw`{\rtf1\ansi\ansicpg1252\cocoartf2580
\cocotextscaling0\cocoplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fswiss\fcharset0 Helvetica-Bold;}
{\colortbl;\red255\green255\blue255;}
{\*\expandedcolortbl;;}
{\info
{\title KubeCon EU 2019 Barcelona}
{\subject Conference notes}{\keywords kubecon}
{\author Jos\'e9 Garc\'eda}
{\creatim\yr2019\mo5\dy24\hr10\min3}{\revtim\yr2020\mo1\dy2}}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx566\tx1133\pardirnatural\partightenfactor0

\f1\b\fs24 \cf0 Day 1: keynotes\
\pard\tx566\pardirnatural\partightenfactor0

\f0\b0 \cf0 KubeCon + CloudNativeCon Europe 2019 in Barcelona opened with 7,700 people. The talk \'93Envoy everywhere\'94 was great \'97 and Linkerd 2.3 shipped.\
\
{\listtext	\'95	}Prometheus and Thanos for long-term storage\
{\listtext	\'95	}OpenTelemetry was announced\
}`;

const WORDPAD = String.raw`{\rtf1\ansi\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\outlinelevel0\b\f0\fs28\lang9 DockerCon 2019 notes\b0\par
\pard\sa200\sl276\slmult1 Solomon was not there, but {\b Docker Desktop Enterprise} was: \u8220\'93the easiest way to Kubernetes\u8221\'94, and {\field{\*\fldinst{HYPERLINK "https://docs.docker.com/"}}{\fldrslt{the docs}}} said so too.\par
Caf\u233\'e9 talk in the hallway about containerd.\par
}`;

describe('rich text format', () => {
	it('reads TextEdit RTF: paragraphs, bold heading, bullets, Windows-1252 escapes and {\\info}', () => {
		const d = parseString(TEXTEDIT, 'notes.rtf');
		expect(d.format).toBe('rtf');
		expect([d.title, d.author, d.published]).toEqual([
			'KubeCon EU 2019 Barcelona',
			'José García',
			'2019-05-24'
		]);
		expect(passages(d).map((p) => p.text)).toEqual([
			'KubeCon + CloudNativeCon Europe 2019 in Barcelona opened with 7,700 people. The talk “Envoy everywhere” was great — and Linkerd 2.3 shipped.',
			'Prometheus and Thanos for long-term storage\nOpenTelemetry was announced'
		]);
		expect(d.sections.map((s) => s.heading)).toContain('Day 1: keynotes');
	});

	it("reads WordPad RTF: an outline level as a heading, \\u escapes without their fallback, a link's text", () => {
		const { markdown, meta } = rtfToMarkdown(WORDPAD);
		expect(meta).toBeNull();
		expect(markdown).toBe(
			'# DockerCon 2019 notes\n\n' +
				'Solomon was not there, but **Docker Desktop Enterprise** was: “the easiest way to Kubernetes”, and the docs said so too.\n\n' +
				'Café talk in the hallway about containerd.\n'
		);
		expect(parseString(WORDPAD, 'x.rtf').title).toBe('DockerCon 2019 notes');
	});

	it('keeps escaped braces and backslashes as text, and never reads control words as text', () => {
		const { markdown } = rtfToMarkdown(
			String.raw`{\rtf1 Use \{braces\} and C:\\path \tab here.\par}`
		);
		expect(markdown).toBe('Use {braces} and C:\\path here.\n');
	});
});

/**
 * A whole saved e-mail (.eml): read as the mail a person sees, not as its envelope, with its
 * encodings undone.
 */
import { describe, expect, it } from 'vitest';
import { decodeWords } from '../../../../src/lib/ingest/parse/eml';
import { parseString, passages } from './helpers';

const QP = `Return-Path: <anna@example.org>
Received: from mail.example.org (mail.example.org [10.0.0.1])
\tby mx.example.com with ESMTPS id abc123
Date: Fri, 22 Nov 2019 18:04:11 -0800
From: Anna Kowalczyk <anna@example.org>
To: platform-team@example.com
Subject: =?UTF-8?Q?KubeCon_San_Diego_=E2=80=93_trip_report?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hi all,

KubeCon + CloudNativeCon North America 2019 in San Diego had 12,000 p=
eople, and Helm 3 was released during the week =E2=80=93 Tiller is gone!

Best,
Anna

--b1
Content-Type: text/html; charset="UTF-8"

<div dir=3D"ltr">Hi all, the HTML copy.</div>
--b1--
`;

const BASE64 = `From: =?ISO-8859-1?Q?J=F6rg_M=FCller?= <jm@example.de>
Subject: =?UTF-8?B?S3ViZUNvbiBFVSAyMDE5IOKAkyBOb3RpemVu?=
Date: Mon, 27 May 2019 09:00:00 +0200
Message-ID: <x@example.de>
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

${btoa(String.fromCharCode(...new TextEncoder().encode('Die KubeCon + CloudNativeCon Europe 2019 in Barcelona war großartig: Linkerd, Istio und OpenTelemetry überall.\n')))}
--inner--
--outer
Content-Type: text/plain; name="agenda.txt"
Content-Disposition: attachment; filename="agenda.txt"

Not the mail.
--outer--
`;

describe('saved e-mails', () => {
	it('reads the plain-text part, quoted-printable decoded, with From, Subject and Date as metadata', () => {
		const d = parseString(QP, 'trip.eml');
		expect([d.title, d.author, d.published]).toEqual([
			'KubeCon San Diego – trip report',
			'Anna Kowalczyk',
			'2019-11-22'
		]);
		expect(passages(d).map((p) => p.text)).toEqual([
			'KubeCon + CloudNativeCon North America 2019 in San Diego had 12,000 people, and Helm 3 was released during the week – Tiller is gone!'
		]);
	});

	it('reads base64 text in nested parts, skips attachments, and decodes Latin-1 and base64 words', () => {
		const d = parseString(BASE64, 'notizen.eml');
		expect([d.title, d.author, d.published]).toEqual([
			'KubeCon EU 2019 – Notizen',
			'Jörg Müller',
			'2019-05-27'
		]);
		expect(passages(d).map((p) => p.text)).toEqual([
			'Die KubeCon + CloudNativeCon Europe 2019 in Barcelona war großartig: Linkerd, Istio und OpenTelemetry überall.'
		]);
	});

	it('joins adjacent encoded words, and leaves a mail pasted as text to the text parser', () => {
		expect(decodeWords('=?UTF-8?Q?Caf=C3=A9?= =?UTF-8?Q?_talk?=')).toBe('Café talk');
		const pasted = parseString(
			'From: Laura Bianchi <laura@example.com>\nSubject: KubeCon NA 2020 recap\nDate: Mon, 23 Nov 2020 09:12:44 +0100\n\nKubernetes 1.20 deprecated dockershim.\n'
		);
		expect([pasted.title, pasted.author]).toEqual(['KubeCon NA 2020 recap', 'Laura Bianchi']);
	});
});

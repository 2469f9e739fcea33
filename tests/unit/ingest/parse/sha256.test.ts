import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeSha256Hex } from '../../../../scripts/lib/nodeHash';
import { parseDocument } from '../../../../src/lib/ingest/parse/index';
import { sha256Hex } from '../../../../src/lib/ingest/sha256';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sha256Hex', () => {
	it('matches the FIPS 180-2 test vectors', () => {
		expect(sha256Hex(utf8(''))).toBe(
			'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
		expect(sha256Hex(utf8('abc'))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
		expect(sha256Hex(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
		);
		expect(sha256Hex(utf8('a'.repeat(1_000_000)))).toBe(
			'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'
		);
	});

	it('agrees with node:crypto at every padding boundary', () => {
		for (const n of [1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000]) {
			const bytes = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
			expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
		}
	});

	it('gives the digest the Node ingest injects (nodeSha256Hex), document by document', () => {
		const sizes = [0, 1, 55, 56, 64, 100_000];
		for (const n of sizes) {
			const bytes = new Uint8Array(n).map((_, i) => (i * 7 + 3) & 0xff);
			expect(nodeSha256Hex(bytes)).toBe(sha256Hex(bytes));
		}
		const input = {
			path: 'a.md',
			bytes: utf8('# KubeCon EU 2024\n\nFlux and Argo CD, côté GitOps.\n')
		};
		expect(parseDocument(input, nodeSha256Hex)).toEqual(parseDocument(input));
	});
});

/** Messages between the force client and force.worker.ts. */
import type { ForceInput, ForceResult } from './force.layout';

export interface ForceRequest {
	id: number;
	input: ForceInput;
}

export type ForceResponse =
	{ id: number; ok: true; result: ForceResult } | { id: number; ok: false; message: string };

import type { SendEffect } from '../pipeline/effects';

/** What a scheduled flow has for one person; the job runner writes it once per period. */
export interface Delivery {
  recipientId: string;
  effects: SendEffect[];
}

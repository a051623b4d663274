import type { Effect } from '../pipeline/effects';

/** What a scheduled flow has for one person; the job runner writes each in its own transaction, once per period. */
export interface Delivery {
  recipientId: string;
  effects: Effect[];
}

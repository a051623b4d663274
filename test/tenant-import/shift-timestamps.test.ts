import { describe, expect, it } from 'vitest';
import { shiftToYesterday } from '../../src/tenant-import/shift-timestamps';

const file = {
  tenant: { id: 't', name: 'at 2026-03-10T17:30:00+08:00 stays' },
  deals: [{ id: 'd', stageEnteredAt: '2026-03-01T09:00:00+08:00', lastActivityAt: '2026-03-05T16:20:00+08:00' }],
  activities: [{ id: 'a', text: 'x', at: '2026-03-10T17:30:00+08:00' }],
  commitments: [{ id: 'c', due: '2026-03-12T18:00:00+08:00', doneAt: null }],
};

describe('shiftToYesterday', () => {
  it('moves the latest event to the day before now, keeping time of day, by whole days', () => {
    const shifted = shiftToYesterday(file, new Date('2026-04-02T03:00:00Z'), 'Asia/Shanghai') as typeof file;
    expect(shifted.activities[0].at).toBe('2026-04-01T17:30:00+08:00');
    expect(shifted.deals[0]).toEqual({ id: 'd', stageEnteredAt: '2026-03-23T09:00:00+08:00', lastActivityAt: '2026-03-27T16:20:00+08:00' });
    expect(shifted.commitments[0]).toEqual({ id: 'c', due: '2026-04-03T18:00:00+08:00', doneAt: null });
    expect(shifted.tenant).toEqual(file.tenant);
  });

  it('reads "the day before now" in the given time zone', () => {
    // 2026-04-01 23:00 UTC is already 2 April in Shanghai.
    const shifted = shiftToYesterday(file, new Date('2026-04-01T23:00:00Z'), 'Asia/Shanghai') as typeof file;
    expect(shifted.activities[0].at).toBe('2026-04-01T17:30:00+08:00');
  });

  it('can move backwards, and leaves the input alone', () => {
    const shifted = shiftToYesterday(file, new Date('2026-03-05T12:00:00+08:00'), 'Asia/Shanghai') as typeof file;
    expect(shifted.activities[0].at).toBe('2026-03-04T17:30:00+08:00');
    expect(file.activities[0].at).toBe('2026-03-10T17:30:00+08:00');
  });
});

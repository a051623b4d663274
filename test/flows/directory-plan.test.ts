import { describe, expect, it } from 'vitest';
import { planDirectorySync, type StoredMember } from '../../src/flows/directory-plan';
import type { Directory } from '../../src/pipeline/ports';

const stored = (member: Partial<StoredMember> & Pick<StoredMember, 'id' | 'name'>): StoredMember => ({
  role: 'rep',
  team: null,
  managerId: null,
  leftAt: null,
  accountId: null,
  elsewhere: false,
  ...member,
});
let seq = 0;
const newId = () => `new${++seq}`;

describe('planDirectorySync', () => {
  const chart: Directory = {
    departments: [
      { id: '1', name: '公司', parentId: null, leaderIds: ['boss'] },
      { id: '2', name: '销售部', parentId: '1', leaderIds: [] },
      { id: '3', name: '华东组', parentId: '2', leaderIds: ['ghost'] },
    ],
    members: [
      { accountId: 'boss', name: '王总', departmentIds: ['1'], leads: [] },
      { accountId: 'lead', name: '李明', departmentIds: ['2'], leads: ['2'] },
      { accountId: 'rep', name: '张伟', departmentIds: ['3', '2'], leads: [] },
    ],
  };

  it('takes the nearest leader up the chart who is listed and not the member, and makes leaders managers', () => {
    const plan = planDirectorySync(chart, [], newId);
    const byName = Object.fromEntries(plan.changes.map((c) => [c.name, c]));
    // 华东组's leader is outside the visible range: 张伟's manager is 销售部's.
    expect(byName['张伟']).toMatchObject({ team: '华东组', managerId: byName['李明']!.id, role: 'rep', isNew: true });
    expect(byName['李明']).toMatchObject({ role: 'manager', managerId: byName['王总']!.id });
    expect(byName['王总']).toMatchObject({ role: 'manager', managerId: null });
  });

  it('keeps the admin’s roles, links a member by a name only one unlinked member has, and lists leavers', () => {
    const plan = planDirectorySync(
      chart,
      [
        stored({ id: 'admin', name: '王总', role: 'admin', accountId: 'boss' }),
        stored({ id: 'zw', name: '张伟', role: 'manager' }),
        stored({ id: 'gone', name: '刘洋', accountId: 'liuyang' }),
        stored({ id: 'never', name: '赵磊' }),
      ],
      newId,
    );
    const byId = Object.fromEntries(plan.changes.map((c) => [c.id, c]));
    expect(byId['admin']).toMatchObject({ role: 'admin', isNew: false });
    expect(byId['zw']).toMatchObject({ role: 'manager', accountId: 'rep', isNew: false });
    expect(plan.leavers.map((m) => m.id)).toEqual(['gone']);
  });
  it('believes nobody left when the directory lists nobody, or drops most of a team at once (a visible range not set or cut)', () => {
    const team = ['a', 'b', 'c', 'd'].map((id) => stored({ id, name: id, accountId: id }));
    const empty = planDirectorySync({ departments: [], members: [] }, team, newId);
    expect(empty.leavers).toEqual([]);
    expect(empty.withheld.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);

    const onlyOne = { departments: [], members: [{ accountId: 'a', name: 'a', departmentIds: [], leads: [] }] };
    expect(planDirectorySync(onlyOne, team, newId)).toMatchObject({ leavers: [], withheld: team.slice(1) });

    const twoOfFour = { ...onlyOne, members: [...onlyOne.members, { accountId: 'b', name: 'b', departmentIds: [], leads: [] }] };
    const half = planDirectorySync(twoOfFour, team, newId);
    expect(half.leavers.map((m) => m.id)).toEqual(['c', 'd']);
    expect(half.withheld).toEqual([]);
  });
  it('does not take a member off one platform’s directory for a leaver when they still have an account on another', () => {
    const team = [
      stored({ id: 'a', name: '甲', accountId: 'a' }),
      stored({ id: 'b', name: '乙', accountId: 'b', elsewhere: true }),
      stored({ id: 'c', name: '丙', accountId: 'c' }),
    ];
    const onlyA = { departments: [], members: [{ accountId: 'a', name: '甲', departmentIds: [], leads: [] }] };
    const plan = planDirectorySync(onlyA, team, newId);
    expect(plan.leavers.map((m) => m.id)).toEqual(['c']);
    expect(plan.stillElsewhere.map((m) => m.id)).toEqual(['b']);
    expect(plan.withheld).toEqual([]);
  });
});

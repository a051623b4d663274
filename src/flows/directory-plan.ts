import type { UserRole } from '../domain/people';
import type { Directory, DirectoryDepartment, DirectoryMember } from '../pipeline/ports';

/** A member as stored, with their account on the platform being synced (if any). */
export interface StoredMember {
  id: string;
  name: string;
  role: UserRole;
  team: string | null;
  managerId: string | null;
  leftAt: Date | null;
  accountId: string | null;
  /** They also have an account on another platform, whose directory this one does not speak for. */
  elsewhere: boolean;
}

export interface MemberChange {
  id: string;
  name: string;
  role: UserRole;
  team: string | null;
  managerId: string | null;
  accountId: string;
  /** Created by this sync (otherwise an update of a stored member, who also rejoins when they had left). */
  isNew: boolean;
}

export interface DirectoryPlan {
  /** Members whose row (or account) must be written: new, changed, linked to their account, or back after leaving. */
  changes: MemberChange[];
  unchanged: number;
  /** Stored members with an account on the platform whom the directory no longer lists. */
  leavers: StoredMember[];
  /** Members the directory no longer lists but who are not marked as left, because the directory is not believed (see below). */
  withheld: StoredMember[];
  /** Members the directory no longer lists who still have an account on another platform: not marked as left. */
  stillElsewhere: StoredMember[];
}

/**
 * A directory that lists nobody, or drops more than half of a team of at least this many linked members
 * at once, is not believed about who left: an app whose visible range is not set yet (or was cut by
 * mistake) answers so, and marking the team as left would hand everything over. Its other changes stand.
 */
const TEAM_FOR_SHARE_CHECK = 4;

/**
 * What a directory means for the stored team. The directory decides a member's name, team (their main
 * department), manager (the nearest department up the chart with a leader other than them) and that a
 * department's leader is a manager; it does not decide that anyone else is a rep, so a role the admin set
 * stays. An admin stays an admin. A listed member is found by their account, else (linking a member the
 * admin entered without one) by a name only one unlinked member has; the rest are new.
 */
export function planDirectorySync(directory: Directory, stored: readonly StoredMember[], newId: () => string): DirectoryPlan {
  const departments = new Map(directory.departments.map((d) => [d.id, d]));
  const leadersOf = leaders(directory);
  const byAccount = new Map(stored.flatMap((m) => (m.accountId ? [[m.accountId, m] as const] : [])));
  const unlinked = stored.filter((m) => !m.accountId && !m.leftAt);
  const idOf = new Map<string, string>();
  const matched = new Map<string, StoredMember>();
  for (const member of directory.members) {
    const sameName = unlinked.filter((m) => m.name === member.name && ![...matched.values()].includes(m));
    const found = byAccount.get(member.accountId) ?? (sameName.length === 1 ? sameName[0] : undefined);
    if (found) matched.set(member.accountId, found);
    idOf.set(member.accountId, found?.id ?? newId());
  }

  const changes: MemberChange[] = [];
  let unchanged = 0;
  for (const member of directory.members) {
    const found = matched.get(member.accountId);
    const main = departments.get(member.departmentIds[0] ?? '');
    const leaderAccount = managerAccount(member, main, departments, leadersOf);
    const leads = member.leads.length > 0 || directory.departments.some((d) => d.leaderIds.includes(member.accountId));
    const change: MemberChange = {
      id: idOf.get(member.accountId)!,
      name: member.name,
      role: found?.role === 'admin' ? 'admin' : leads ? 'manager' : (found?.role ?? 'rep'),
      team: main?.name ?? found?.team ?? null,
      managerId: leaderAccount ? idOf.get(leaderAccount)! : (found?.managerId ?? null),
      accountId: member.accountId,
      isNew: !found,
    };
    if (found && sameMember(found, change)) unchanged++;
    else changes.push(change);
  }
  const listed = new Set(directory.members.map((m) => m.accountId));
  const linked = stored.filter((m) => m.accountId && !m.leftAt);
  const gone = linked.filter((m) => !listed.has(m.accountId!));
  const believed = directory.members.length > 0 && (linked.length < TEAM_FOR_SHARE_CHECK || gone.length * 2 <= linked.length);
  // Gone from this platform only: one platform's directory does not say someone left the company.
  const left = gone.filter((m) => !m.elsewhere);
  return {
    changes,
    unchanged,
    leavers: believed ? left : [],
    withheld: believed ? [] : left,
    stillElsewhere: gone.filter((m) => m.elsewhere),
  };
}

/** Each department's leaders: those the department names, and those whose own record says they lead it. */
function leaders(directory: Directory): Map<string, string[]> {
  const byDepartment = new Map(directory.departments.map((d) => [d.id, [...d.leaderIds]]));
  for (const member of directory.members)
    for (const id of member.leads) if (!byDepartment.get(id)?.includes(member.accountId)) byDepartment.get(id)?.push(member.accountId);
  const listed = new Set(directory.members.map((m) => m.accountId));
  // A leader outside the app's visible range is nobody the bot can reach: the next one up manages.
  for (const [id, accounts] of byDepartment)
    byDepartment.set(
      id,
      accounts.filter((a) => listed.has(a)),
    );
  return byDepartment;
}

/** The nearest leader above the member: their main department's, unless they lead it themselves, then up the chart. */
function managerAccount(
  member: DirectoryMember,
  main: DirectoryDepartment | undefined,
  departments: ReadonlyMap<string, DirectoryDepartment>,
  leadersOf: ReadonlyMap<string, string[]>,
): string | null {
  const seen = new Set<string>();
  for (let department = main; department && !seen.has(department.id); department = departments.get(department.parentId ?? '')) {
    seen.add(department.id);
    const leader = (leadersOf.get(department.id) ?? []).find((account) => account !== member.accountId);
    if (leader) return leader;
  }
  return null;
}

function sameMember(stored: StoredMember, change: MemberChange): boolean {
  return (
    stored.accountId === change.accountId &&
    stored.leftAt === null &&
    stored.name === change.name &&
    stored.role === change.role &&
    stored.team === change.team &&
    stored.managerId === change.managerId
  );
}

import type { DirectoryMember, DirectorySource } from '../../src/pipeline/ports';
import type { ApiResult, WecomApiClient, WecomUser } from './api-client';
import type { CorpDirectory } from './corp-directory';

/** user/list_id's page size (WeCom allows up to 10,000; smaller pages keep one answer small). */
const PAGE_SIZE = 1000;

/**
 * The corp's org chart as the app sees it: department/list for the departments and their leaders,
 * user/list_id page by page for who is in the visible range, user/get for each member's name,
 * departments and 是否为部门负责人. Any failed call fails the whole read: half a chart would mark the
 * rest of the team as left.
 */
export function wecomDirectorySource(directory: CorpDirectory, api: WecomApiClient): DirectorySource {
  return {
    async read(tenantId) {
      const corp = await directory.corpFor(tenantId);
      if (!corp) return null;
      const departments = whole(await api.departments(corp)).department ?? [];
      const userIds = new Set<string>();
      let cursor = '';
      do {
        const page = whole(await api.userIds(corp, cursor, PAGE_SIZE));
        for (const { userid } of page.dept_user ?? []) userIds.add(userid);
        cursor = page.next_cursor ?? '';
      } while (cursor);
      const members: DirectoryMember[] = [];
      for (const userId of userIds) members.push(memberOf(whole(await api.user(corp, userId))));
      return {
        departments: departments.map((d) => ({
          id: String(d.id),
          name: d.name || `部门${d.id}`,
          parentId: d.parentid ? String(d.parentid) : null,
          leaderIds: d.department_leader ?? [],
        })),
        members,
      };
    },
  };
}

function memberOf(user: WecomUser): DirectoryMember {
  const departments = user.department ?? [];
  const main = user.main_department ?? departments[0];
  const ordered = main === undefined ? departments : [main, ...departments.filter((d) => d !== main)];
  return {
    accountId: user.userid,
    name: user.name || user.userid,
    departmentIds: ordered.map(String),
    leads: departments.filter((_, i) => user.is_leader_in_dept?.[i] === 1).map(String),
  };
}

function whole<T>(answer: ApiResult<T>): T {
  if (!answer.ok) throw new Error(`企业微信通讯录读取失败: ${answer.reason}`);
  return answer;
}

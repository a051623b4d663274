import type { DirectoryDepartment, DirectoryMember, DirectorySource } from '../../src/pipeline/ports';
import type { ApiForTenant, ApiResult } from './api-client';
import type { AppDirectory } from './app-directory';

/** The root department's id on DingTalk. */
const ROOT_DEPT = 1;
/** The root has no name in listsub's answers; its members' team is this. */
const ROOT_NAME = '公司';
/** topapi/v2/user/list allows at most 100 per page. */
const PAGE_SIZE = 100;

/**
 * The corp's org chart as the tenant's app sees it: topapi/v2/department/listsub from the root down,
 * and topapi/v2/user/list page by page (cursor) for each department's members, whose `leader` says who
 * leads it. Any failed call fails the whole read: half a chart would mark the rest of the team as left.
 */
export function dingtalkDirectorySource(directory: AppDirectory, apiFor: ApiForTenant): DirectorySource {
  return {
    async read(tenantId) {
      const api = (await directory.corpIdFor(tenantId)) ? apiFor(tenantId) : null;
      if (!api) return null;
      const departments: DirectoryDepartment[] = [{ id: String(ROOT_DEPT), name: ROOT_NAME, parentId: null, leaderIds: [] }];
      for (let i = 0; i < departments.length; i++) {
        const children = whole(await api.subDepartments(Number(departments[i]!.id))).result ?? [];
        for (const child of children)
          departments.push({
            id: String(child.dept_id),
            name: child.name || `部门${child.dept_id}`,
            parentId: departments[i]!.id,
            leaderIds: [],
          });
      }
      const members = new Map<string, DirectoryMember>();
      for (const department of departments) {
        let cursor = 0;
        for (;;) {
          const page = whole(await api.departmentMembers(Number(department.id), cursor, PAGE_SIZE)).result ?? {};
          for (const user of page.list ?? []) {
            const member = members.get(user.userid) ?? {
              accountId: user.userid,
              name: user.name || user.userid,
              departmentIds: (user.dept_id_list ?? [Number(department.id)]).map(String),
              leads: [],
            };
            members.set(user.userid, member);
            if (user.leader) {
              member.leads.push(department.id);
              department.leaderIds.push(user.userid);
            }
          }
          if (!page.has_more) break;
          cursor = page.next_cursor ?? 0;
        }
      }
      return { departments, members: [...members.values()] };
    },
  };
}

function whole<T>(answer: ApiResult<T>): T {
  if (!answer.ok) throw new Error(`钉钉通讯录读取失败: ${answer.reason}`);
  return answer.body;
}

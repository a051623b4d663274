import type { PageSignIn } from '../../src/pipeline/platform';
import type { ApiForTenant } from './api-client';
import type { AppDirectory } from './app-directory';

/**
 * Signing in to the workspace pages inside DingTalk: the page asks the client for a code with
 * `dd.runtime.permission.requestAuthCode({corpId})`, and the server exchanges it with the tenant's app
 * (topapi/v2/user/getuserinfo). DingTalk spends a code on its first exchange and drops it after 5 minutes.
 */
export function dingtalkPageSignIn(directory: AppDirectory, apiFor: ApiForTenant): PageSignIn {
  return {
    async begin(tenantId) {
      const corpId = directory.appForTenant(tenantId) ? await directory.corpIdFor(tenantId) : null;
      return corpId ? { corpId } : null;
    },
    async accountForCode(tenantId, code) {
      return apiFor(tenantId)?.userOfAuthCode(code) ?? null;
    },
  };
}

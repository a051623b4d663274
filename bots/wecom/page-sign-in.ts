import type { PageSignIn } from '../../src/pipeline/platform';
import type { WecomApiClient } from './api-client';
import type { CorpDirectory } from './corp-directory';

/** WeCom's OAuth page; it sends the member's browser back to `redirect_uri` with a one-time `code`. */
export const WECOM_AUTHORIZE_URL = 'https://open.weixin.qq.com/connect/oauth2/authorize';

/**
 * Signing in to the workspace pages inside WeCom: the browser is sent to the corp's silent OAuth
 * (`snsapi_base`, no prompt for the member), and the code it brings back is exchanged for the member's
 * userid with auth/getuserinfo. WeCom spends a code on its first exchange and drops it after 5 minutes.
 */
export function wecomPageSignIn(directory: CorpDirectory, api: WecomApiClient): PageSignIn {
  return {
    async begin(tenantId, returnUrl) {
      const corp = await directory.corpFor(tenantId);
      if (!corp) return null;
      const query = new URLSearchParams({
        appid: corp.corpId,
        redirect_uri: returnUrl,
        response_type: 'code',
        scope: 'snsapi_base',
        agentid: String(corp.agentId),
      });
      return { redirect: `${WECOM_AUTHORIZE_URL}?${query}#wechat_redirect` };
    },
    async accountForCode(tenantId, code) {
      const corp = await directory.corpFor(tenantId);
      if (!corp) return null;
      const answer = await api.userOfCode(corp, code);
      // An `openid` instead of a `userid`: someone outside the corp.
      return answer.ok && answer.userid ? answer.userid : null;
    },
  };
}

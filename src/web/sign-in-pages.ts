import { html, page } from './html';

/** Anywhere but WeCom, DingTalk or the console: how to open the link instead. */
export function openElsewherePage(consoleEnabled: boolean): string {
  return page(
    '请在企业微信或钉钉中打开',
    html`<section>
      <h1>请在企业微信或钉钉中打开</h1>
      <p>这个页面需要确认你的身份。请在企业微信或钉钉里,点销售助手发来的卡片上的链接打开,系统会自动登录,不需要密码。</p>
      ${consoleEnabled ? html`<p class="meta">在本地控制台试用:先在控制台选好成员,再点卡片上的链接。</p>` : ''}
    </section>`,
  );
}

/** A sign-in that did not work, in words the member can act on. */
export function signInFailedPage(reason: string): string {
  return page(
    '登录没有成功',
    html`<section>
      <h1>登录没有成功</h1>
      <p data-testid="sign-in-failed">${reason}</p>
    </section>`,
  );
}

export function notFoundPage(): string {
  return page(
    '没有找到',
    html`<section>
      <h1>没有找到</h1>
      <p>没有找到这个页面,或者你没有查看权限。</p>
    </section>`,
  );
}

/**
 * Inside DingTalk: the page asks the client for a one-time code (`dd.runtime.permission.requestAuthCode`,
 * from the official dingtalk-jsapi package served by the bot) and hands it to the server, then reloads.
 */
export function dingtalkSignInPage(tenantId: string, corpId: string, next: string): string {
  return page(
    '正在登录',
    html`<section>
        <h1>正在登录…</h1>
        <p id="status" class="meta">正在向钉钉确认你的身份</p>
      </section>
      <div id="sign-in" data-tenant="${tenantId}" data-corp="${corpId}" data-next="${next}"></div>
      <script src="/w/assets/dingtalk.js"></script>
      <script src="/w/assets/dingtalk-sign-in.js"></script>`,
  );
}

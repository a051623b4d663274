// Inside DingTalk: get a one-time code from the client, let the server exchange it, then open the page.
(function () {
  var box = document.getElementById('sign-in');
  var status = document.getElementById('status');
  var fail = function (text) {
    status.textContent = text;
    status.className = 'late';
  };
  dd.ready(function () {
    dd.runtime.permission
      .requestAuthCode({ corpId: box.dataset.corp })
      .then(function (answer) {
        return fetch('/w/sign-in/dingtalk', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ tenantId: box.dataset.tenant, code: answer.code, next: box.dataset.next }),
        });
      })
      .then(function (response) {
        if (response.ok) location.replace(box.dataset.next);
        else fail('登录没有成功:钉钉没有确认你的身份,请关闭页面后从卡片重新打开。');
      })
      .catch(function () {
        fail('登录没有成功:请关闭页面后从卡片重新打开。');
      });
  });
  dd.error(function () {
    fail('钉钉没有允许这个页面登录,请联系管理员检查应用的可信域名。');
  });
})();

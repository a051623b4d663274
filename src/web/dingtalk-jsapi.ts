import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * DingTalk's official JS API (npm `dingtalk-jsapi`) ships CommonJS modules, no browser file. The bot
 * serves the part its sign-in needs (the core, `ready`/`error`, and `runtime.permission.requestAuthCode`)
 * as one script, bundled from node_modules by esbuild on the first request and kept in memory: no CDN,
 * no build step, and it changes only when the package does.
 */
const ENTRY = `
var core = require('dingtalk-jsapi/core');
var requestAuthCode = require('dingtalk-jsapi/api/runtime/permission/requestAuthCode').default;
window.dd = Object.assign({}, core, { runtime: { permission: { requestAuthCode: requestAuthCode } } });
`;

let bundled: Promise<string> | null = null;

export function dingtalkJsapiScript(): Promise<string> {
  bundled ??= build({
    stdin: { contents: ENTRY, resolveDir: dirname(fileURLToPath(import.meta.url)) },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2017',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

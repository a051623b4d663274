import { html, listOrEmpty, page } from './html';
import type { UploadOutcome } from './import-upload';
import { tenantPath } from '../../cards/page-links';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 导入 (admins): upload a workbook or CSV, 预演 (a dry run: counts and problems, nothing written) or 导入;
 * the template to fill in; after a refused file, its report workbook (a 问题 column) to download. No script:
 * the report travels in the page as a data link, so no instance has to keep the upload.
 */
export function importPage(tenantId: string, outcome: UploadOutcome | null, refusal: string | null): string {
  const base = tenantPath(tenantId, '/admin/import');
  const body = html`<h1>导入团队数据</h1>
    <p class="sub">成员、客户、联系人、商机、线索:.xlsx 或 .csv(UTF-8 或 GBK)。先预演,没有问题再导入;导入两次不会重复。</p>
    <p><a href="${base}/template.xlsx" data-testid="import-template">下载填写模板</a></p>
    ${refusal ? html`<p class="notice late" data-testid="import-refusal">${refusal}</p>` : ''} ${outcome ? result(outcome) : ''}
    <form method="post" action="${base}" enctype="multipart/form-data" data-testid="import-form">
      <p><input type="file" name="file" accept=".xlsx,.csv" required /></p>
      <button class="act" type="submit" name="mode" value="dry-run">预演</button>
      <button class="act primary" type="submit" name="mode" value="apply">导入</button>
    </form>`;
  return page('导入', body);
}

function result(outcome: UploadOutcome) {
  const notes = outcome.notes.map((note) => html`<p class="meta">注意:${note}</p>`);
  if (!outcome.ok) {
    const report = `data:${XLSX_TYPE};base64,${outcome.report.toString('base64')}`;
    return html`<section data-testid="import-problems">
      <h2>「${outcome.fileName}」有 ${outcome.problems.length} 处问题,没有导入任何数据</h2>
      ${notes}
      <p>
        <a href="${report}" download="导入报告.xlsx" data-testid="import-report">下载问题报告</a
        >(每行的问题在第一列「问题」,改好后可直接上传)
      </p>
      ${listOrEmpty(outcome.problems, '', (problem) => html`<li>${problem}</li>`)}
    </section>`;
  }
  return html`<section data-testid="import-counts">
    <h2>${outcome.dryRun ? `预演「${outcome.fileName}」:没有问题,导入将会` : `已导入「${outcome.fileName}」`}</h2>
    ${notes}
    <ul class="list">
      ${outcome.sheets.map((s) => html`<li><b>${s.sheet}</b> 新增 ${s.created},更新 ${s.updated},未变 ${s.unchanged}</li>`)}
    </ul>
    ${outcome.dryRun ? html`<p class="meta">预演没有写入任何数据。再选一次文件,点「导入」。</p>` : ''}
  </section>`;
}

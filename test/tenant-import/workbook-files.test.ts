import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bufferInput, decodeCsv, fileInput } from '../../src/tenant-import/workbook/read-workbook';
import { writeReport } from '../../src/tenant-import/workbook/report-workbook';
import { KIND_SPECS } from '../../src/tenant-import/workbook/sheet-layout';
import { readTables } from '../../src/tenant-import/workbook/sheet-tables';
import { writeTemplate } from '../../src/tenant-import/workbook/template-workbook';
import { useTempDir, writeXlsx } from './workbook-support';

describe('import workbooks as files', () => {
  const dir = useTempDir();

  it('writes a template of one sheet per kind, Chinese headers, an example row it skips, and the allowed values', async () => {
    const path = join(dir(), 'template.xlsx');
    await writeTemplate(createWriteStream(path));
    const { tables, problems, notes } = await readTables(fileInput(path));
    expect(problems).toEqual([]);
    expect(tables.map((t) => [t.sheet, t.kind, t.rows.length, t.columns.map((c) => c.header)])).toEqual(
      KIND_SPECS.map((spec) => [spec.sheet, spec.kind, 0, spec.columns.map((c) => c.header)]),
    );
    expect(notes).toEqual(KIND_SPECS.map((spec) => `「${spec.sheet}」第 2 行是示例行,已跳过`));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['成员', '客户', '联系人', '商机', '线索', '可选值']);
    expect(workbook.getWorksheet('商机')!.getRow(2).getCell(5).value).toBe('需求确认');
    const values = workbook.getWorksheet('可选值')!.getSheetValues().flat().map(String);
    expect(values).toContain('线索、初步接触、需求确认、方案演示、商务谈判、赢单、丢单');
    expect(values).toContain('销售、经理、管理员');
  });

  it('reads every Chinese character of a long sheet whole, whatever the chunks its part is inflated in', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `宁波${'华信精密机械'.slice(i % 4)}第${i}号有限公司`);
    const input = await writeXlsx(join(dir(), 'long.xlsx'), { 客户: [['客户名称', '负责人'], ...names.map((name) => [name, '张伟'])] });
    const { tables } = await readTables(input);
    expect(tables[0].rows.map((row) => row.values.get('name'))).toEqual(names);
  });

  it('decodes a CSV as UTF-8 (BOM or not) or GBK, and tells its kind by its headers when its name does not', async () => {
    const text = '客户名称,负责人\r\n华信精密机械有限公司,张伟\r\n';
    expect(decodeCsv(iconv.encode(text, 'gbk'))).toBe(text);
    expect(decodeCsv(Buffer.from(`\uFEFF${text}`, 'utf8'))).toBe(text);
    const { tables } = await readTables(bufferInput('export-2026.csv', iconv.encode(text, 'gbk')));
    expect(tables.map((t) => [t.kind, t.rows.length])).toEqual([['customers', 1]]);
  });

  it('writes the report: every problem in 问题汇总, and each sheet as it was with its rows’ problems in a 问题 column in front', async () => {
    const input = await writeXlsx(join(dir(), 'team.xlsx'), {
      客户: [['2026 客户'], ['客户名称', '负责人'], ['华信精密机械有限公司', '李四'], ['蓝天泵业', '王芳']],
    });
    const { tables } = await readTables(input);
    const problems = [{ sheet: '客户', row: 3, column: '负责人', message: '「李四」不在成员表里,也不是已有成员' }];
    const path = join(dir(), 'report.xlsx');
    await writeReport(input, problems, tables, createWriteStream(path));

    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(path);
    expect(report.worksheets.map((s) => s.name)).toEqual(['问题汇总', '客户']);
    expect(report.getWorksheet('问题汇总')!.getRow(2).values).toEqual([, '客户', 3, '负责人', '「李四」不在成员表里,也不是已有成员']);
    const sheet = report.getWorksheet('客户')!;
    expect([1, 2, 3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(1))).toEqual([
      [undefined, '2026 客户'],
      ['问题', '客户名称', '负责人'],
      ['负责人:「李四」不在成员表里,也不是已有成员', '华信精密机械有限公司', '李四'],
      [undefined, '蓝天泵业', '王芳'],
    ]);
    expect(sheet.getRow(3).getCell(3).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } });

    // The report reads back as the same sheet: its 问题 column and summary are not data.
    const again = await readTables(fileInput(path));
    expect(again.notes).toEqual([]);
    expect(again.tables.map((t) => [t.sheet, t.headerRow, t.rows.map((r) => r.row)])).toEqual([['客户', 2, [3, 4]]]);
  });
});

import type { Writable } from 'node:stream';
import type { DataValidation } from 'exceljs';
import { CONTACT_ROLE_LABELS, USER_ROLE_LABELS } from '../../domain/people';
import { STAGE_LABELS, STAGES } from '../../domain/stages';
import type { CellValue } from './cell-values';
import { KIND_SPECS, SHEET_KINDS, type ColumnType, type SheetKind } from './sheet-layout';
import { EXAMPLE_MARK } from './sheet-tables';
import { addKindSheet, addRow, kindColumns, openWorkbook, PAGE_SETUP } from './sheet-writer';

// The workbook a sales manager fills in: one sheet per kind with an example row, and the allowed values.

const HINT_HEADER = '填写提示';
const EXAMPLE_STYLE = { font: { italic: true, color: { argb: 'FF808080' } } };
/** Rows a dropdown covers: as many as a team is likely to fill in by hand. */
const DROPDOWN_ROWS = 5000;

/** One example per kind, by field: the same customer and people across the sheets. */
const EXAMPLES: Record<SheetKind, Record<string, CellValue>> = {
  members: { name: '张伟', role: '销售', team: '华东一组', region: '浙江', managerId: '李明', wecomUserId: 'ZhangWei' },
  customers: { name: '华信精密机械有限公司', aliases: '华信、华信精机', ownerId: '张伟', region: '浙江', industry: '精密机械' },
  contacts: { customerId: '华信精密机械有限公司', name: '王总', title: '总经理', role: '决策人', phone: '13800001111' },
  deals: {
    customerId: '华信精密机械有限公司',
    title: '液压泵升级',
    ownerId: '张伟',
    stage: '需求确认',
    amount: '50万',
    stageEnteredAt: '2026-03-01',
    lastActivityAt: '2026-03-09 15:00',
  },
  leads: {
    company: '宁波某模具厂',
    contactName: '李经理',
    phone: '13900002222',
    region: '浙江',
    industry: '模具',
    budget: '30万',
    urgency: '下月采购',
    note: '展会上聊过,要报价',
    source: '展会',
  },
};

/** The values a coded column takes, as the sheet writes them. */
const ALLOWED: Partial<Record<ColumnType, readonly string[]>> = {
  role: Object.values(USER_ROLE_LABELS),
  contactRole: Object.values(CONTACT_ROLE_LABELS),
  stage: STAGES.map((stage) => STAGE_LABELS[stage]),
};

const HINTS: Partial<Record<ColumnType, string>> = {
  id: '可不填;填了就按编号对应已有记录',
  list: '多个用顿号或逗号隔开',
  member: '写成员姓名(成员表里的,或已有成员)',
  customer: '写客户名称(客户表里的,或已有客户)',
  amount: '元;也可以写 50万、五十万;列名写「金额(万元)」则数字按万元算',
  instant: '2026-03-01 或 2026-03-01 14:30',
};

interface RangeValidations {
  dataValidations: { add(range: string, validation: DataValidation): void };
}

export async function writeTemplate(output: Writable): Promise<void> {
  const workbook = openWorkbook(output);
  for (const kind of SHEET_KINDS) {
    const columns = kindColumns(kind);
    const sheet = addKindSheet(workbook, kind, [HINT_HEADER]);
    const example = EXAMPLES[kind];
    addRow(sheet, [...columns.map((col) => example[col.field] ?? null), `${EXAMPLE_MARK}`], EXAMPLE_STYLE).commit();
    columns.forEach((col, i) => {
      const allowed = ALLOWED[col.type];
      if (!allowed) return;
      const letter = String.fromCharCode(65 + i);
      // Typed on cells only; the worksheet's range form is what Excel stores.
      (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${DROPDOWN_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${allowed.join(',')}"`],
        showErrorMessage: true,
        errorTitle: '不是可选的值',
        error: `应为 ${allowed.join('、')} 之一`,
      });
    });
    sheet.commit();
  }
  writeValuesSheet(workbook);
  await workbook.commit();
}

/** 可选值: the coded values, and every column with its other accepted names. */
function writeValuesSheet(workbook: ReturnType<typeof openWorkbook>): void {
  const sheet = workbook.addWorksheet('可选值', { pageSetup: PAGE_SETUP });
  sheet.columns = [{ width: 12 }, { width: 16 }, { width: 8 }, { width: 60 }, { width: 50 }];
  const rows: CellValue[][] = [
    ['示例行', null, null, `每张表的第 2 行是示例:「${HINT_HEADER}」列写着「${EXAMPLE_MARK}」的行导入时跳过,可以直接在下面填写`],
    [],
    ['成员角色', null, null, Object.values(USER_ROLE_LABELS).join('、'), '不填时新成员按「销售」'],
    ['商机阶段', null, null, STAGES.map((stage) => STAGE_LABELS[stage]).join('、'), `也可以写代码:${STAGES.join('、')}`],
    ['联系人角色', null, null, Object.values(CONTACT_ROLE_LABELS).join('、')],
    [],
    ['表', '列', '必填', '也可以写作', '说明'],
    ...KIND_SPECS.flatMap((spec) =>
      spec.columns.map((col): CellValue[] => [
        spec.sheet,
        col.header,
        col.required ? '是' : null,
        col.synonyms.join('、'),
        HINTS[col.type] ?? null,
      ]),
    ),
  ];
  for (const values of rows) addRow(sheet, values).commit();
  sheet.commit();
}

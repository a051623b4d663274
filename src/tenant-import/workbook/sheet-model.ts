import { createHash } from 'node:crypto';
import { DEFAULT_TIME_ZONE } from '../../domain/business-time';
import { normalizeCompanyName } from '../../domain/company-name';
import { CustomerMatcher, normalizePhone, type DuplicateMatch } from '../../domain/lead-duplicates';
import { CONTACT_ROLE_LABELS, USER_ROLE_LABELS } from '../../domain/people';
import { STAGE_LABELS } from '../../domain/stages';
import { newRecordId } from '../../flows/flow-context';
import type { ModelReading } from '../import-tenant';
import type { Deal } from '../../store/entities';
import { userModel } from '../stored-model';
import type { StoredTenant } from '../stored-tenant';
import { foldCase } from '../tenant-file.references';
import type { FileIssue } from '../tenant-file.schema';
import { cellAmount, cellCode, cellInstant, cellList, cellText, sameInstant, type CellValue } from './cell-values';
import { KIND_TABLES, kindSpec, type SheetKind } from './sheet-layout';
import type { SheetProblem, SheetTable, TableRow } from './sheet-tables';
import { NameIndex } from './name-index';

/**
 * The sheets as the tenant model of the JSON import: people and customers are named as people write
 * them (张伟, 华信精密机械有限公司) and become the ids of the file or of what is stored. Rows are matched
 * to stored records by 编号, else by name (a deal by customer and 商机名称). A blank cell leaves the stored
 * value as it is; 简称 are added to the stored ones; 最近跟进 never moves back; a time equal to the stored one
 * as far as the cell says (the same day for a date) is no change. A new customer must not be one the
 * tenant or an earlier row already has, by the rules of lead intake (撞单).
 */
export function readSheetModel(tables: readonly SheetTable[], stored: StoredTenant, tenantId: string): ModelReading<SheetProblem> {
  return new SheetModelReader(tables, stored, tenantId).read();
}

type ModelRecord = Record<string, unknown>;
type Collection = (typeof KIND_TABLES)[SheetKind];

interface Place {
  table: SheetTable;
  row: number;
}

/** One row being read: its cells by field, and where problems about it go. */
class RowCursor {
  constructor(
    readonly table: SheetTable,
    readonly row: TableRow,
    private readonly problems: SheetProblem[],
    private readonly silenced: Set<string>,
  ) {}

  has(field: string): boolean {
    return this.row.values.has(field);
  }

  value(field: string): CellValue {
    return this.row.values.get(field) ?? null;
  }

  text(field: string): string | undefined {
    return this.has(field) ? cellText(this.value(field)) : undefined;
  }

  problem(field: string, message: string): undefined {
    this.problems.push({ sheet: this.table.sheet, row: this.row.row, column: columnOf(this.table, field), message });
    return undefined;
  }

  /** A field left empty because of a problem reported elsewhere in the row: the checks' 缺少必填字段 would only repeat it. */
  silence(field: string): undefined {
    this.silenced.add(placeKey({ sheet: this.table.sheet, row: this.row.row, column: columnOf(this.table, field) }));
    return undefined;
  }
}

class SheetModelReader {
  private readonly problems: SheetProblem[] = [];
  private readonly silenced = new Set<string>();
  private readonly places = new Map<string, Place>();
  private readonly model: Record<Collection, ModelRecord[]> & { tenant: ModelRecord };
  private readonly timeZone: string;
  private readonly members: NameIndex;
  private readonly customers: NameIndex;
  private readonly storedMatcher: CustomerMatcher;
  private readonly fileMatcher = new CustomerMatcher();
  /** Stored deals by customer and title (dealKey). */
  private readonly storedDeals = new Map<string, Deal[]>();
  /** A customer of the file: its row and name, for messages about duplicates and its owner for new deals. */
  private readonly fileCustomers = new Map<string, { row: number; name: string; ownerId: string | undefined }>();

  constructor(
    private readonly tables: readonly SheetTable[],
    private readonly stored: StoredTenant,
    tenantId: string,
  ) {
    this.timeZone = stored.tenant?.timezone ?? DEFAULT_TIME_ZONE;
    this.model = {
      tenant: { id: tenantId, name: stored.tenant?.name ?? tenantId },
      users: [],
      customers: [],
      contacts: [],
      deals: [],
      leads: [],
    };
    this.members = new NameIndex([...stored.users.values()]);
    this.customers = new NameIndex([...stored.customers.values()]);
    const phones = new Map<string, string[]>();
    for (const contact of stored.contacts.values()) {
      if (contact.phone) phones.set(contact.customerId, [...(phones.get(contact.customerId) ?? []), contact.phone]);
    }
    for (const deal of stored.deals.values()) {
      const key = dealKey(deal.customerId, deal.title);
      this.storedDeals.set(key, [...(this.storedDeals.get(key) ?? []), deal]);
    }
    this.storedMatcher = new CustomerMatcher(
      [...stored.customers.values()].map((c) => ({
        id: c.id,
        normalizedName: c.normalizedName,
        aliases: c.aliases,
        phones: phones.get(c.id) ?? [],
      })),
    );
  }

  read(): ModelReading<SheetProblem> {
    // Members and customers first: the other sheets name them, and 上级 may name a member of a later row.
    const members = this.rowsOf('members').map((row) => ({ row, record: this.member(row) }));
    for (const { row, record } of members) if (row.has('managerId')) record.managerId = this.memberId(row, 'managerId');
    for (const row of this.rowsOf('customers')) this.customer(row);
    for (const row of this.rowsOf('contacts')) this.contact(row);
    const dealKeys = new Map<string, number>();
    for (const row of this.rowsOf('deals')) this.deal(row, dealKeys);
    const leadIds = new Map<string, number>();
    for (const row of this.rowsOf('leads')) this.lead(row, leadIds);
    return {
      value: this.model,
      problems: this.problems,
      place: (issue) => this.place(issue),
      recordAt: (path) => {
        const at = this.places.get(`${path[0]}:${path[1]}`);
        return at ? `「${at.table.sheet}」第 ${at.row} 行` : String(path.join('.'));
      },
      arrange: (problems) => this.arrange(problems),
    };
  }

  private rowsOf(kind: SheetKind): RowCursor[] {
    return this.tables
      .filter((t) => t.kind === kind)
      .flatMap((table) => table.rows.map((row) => new RowCursor(table, row, this.problems, this.silenced)));
  }

  private add(kind: SheetKind, cursor: RowCursor, record: ModelRecord): ModelRecord {
    const list = this.model[KIND_TABLES[kind]];
    this.places.set(`${KIND_TABLES[kind]}:${list.length}`, { table: cursor.table, row: cursor.row.row });
    list.push(record);
    return record;
  }

  private member(row: RowCursor): ModelRecord {
    const name = row.text('name');
    const given = row.text('id');
    const accounts = { wecomUserId: row.text('wecomUserId'), dingtalkUserId: row.text('dingtalkUserId') };
    let id = given;
    if (!id && name) {
      const same = this.members.storedNamed(name);
      if (same.length > 1) row.problem('name', `已有 ${same.length} 位成员叫「${name}」,请在「编号」列写明是哪一位(${same.join('、')})`);
      id = same[0] ?? this.memberByAccount(accounts);
    }
    const earlier = name ? this.members.fileRowNamed(name) : undefined;
    if (earlier !== undefined && !given) row.problem('name', `成员「${name}」重复,已在第 ${earlier} 行`);
    id ??= newRecordId('u');
    if (name) this.members.addFileRecord(id, name, row.row.row);
    const stored = this.stored.users.get(id);
    const role = row.has('role') ? cellCode(row.value('role'), USER_ROLE_LABELS) : (stored?.role ?? 'rep');
    if (role === null) row.problem('role', `「${row.text('role')}」不是有效角色,应为 ${Object.values(USER_ROLE_LABELS).join('、')} 之一`);
    return this.add('members', row, {
      id,
      name: name ?? row.problem('name', '姓名不能为空'),
      role: role ?? undefined,
      team: row.text('team'),
      region: row.text('region'),
      ...accounts,
    });
  }

  /** A stored member whose platform account the row gives: the same person, perhaps renamed. */
  private memberByAccount(accounts: { wecomUserId?: string; dingtalkUserId?: string }): string | undefined {
    const same = (given: string | undefined, stored: string | null | undefined) => given !== undefined && given === stored;
    for (const user of this.stored.users.values()) {
      const model = userModel(user, this.stored.accounts);
      if (same(accounts.wecomUserId, model.wecomUserId) || same(accounts.dingtalkUserId, model.dingtalkUserId)) return user.id;
    }
    return undefined;
  }

  /** The member a cell names, by name (or 编号); a problem when none or several. */
  private memberId(row: RowCursor, field: string): string | undefined {
    const text = row.text(field)!;
    const ids = this.members.idsNamed(text);
    if (ids.length === 1) return ids[0];
    if (ids.length > 1) return row.problem(field, `有 ${ids.length} 位成员叫「${text}」,请改写成员的编号(${ids.join('、')})`);
    if (this.members.hasId(text)) return text;
    return row.problem(field, `「${text}」不在成员表里,也不是已有成员`);
  }

  private customer(row: RowCursor): void {
    const name = row.text('name');
    const given = row.text('id');
    let id = given;
    if (!id && name) {
      const same = this.customers.storedNamed(name);
      if (same.length > 1) row.problem('name', `已有 ${same.length} 个客户叫「${name}」,请在「编号」列写明是哪一个(${same.join('、')})`);
      id = same[0];
    }
    id ??= newRecordId('cus');
    const stored = this.stored.customers.get(id);
    const aliases = row.has('aliases') ? cellList(row.value('aliases')) : [];
    if (name) {
      this.checkDuplicate(row, name, stored === undefined);
      this.customers.addFileRecord(id, name, row.row.row);
      this.fileMatcher.add({
        id,
        normalizedName: normalizeCompanyName(name),
        aliases: [...(stored?.aliases ?? []), ...aliases],
        phones: [],
      });
    }
    const ownerId = row.has('ownerId') ? this.memberId(row, 'ownerId') : undefined;
    if (!stored && !row.has('ownerId')) row.problem('ownerId', '新客户要填负责人');
    this.fileCustomers.set(id, { row: row.row.row, name: name ?? '', ownerId: ownerId ?? stored?.ownerId ?? undefined });
    this.add('customers', row, {
      id,
      name: name ?? row.problem('name', '客户名称不能为空'),
      // Added to the stored ones: the bot learns aliases, and an old sheet must not take them away.
      aliases: row.has('aliases') ? [...new Set([...(stored?.aliases ?? []), ...aliases])] : undefined,
      ownerId,
      region: row.text('region'),
      industry: row.text('industry'),
    });
  }

  /** 撞单: a new customer that an earlier row or a stored customer already is, by the rules of lead intake. */
  private checkDuplicate(row: RowCursor, name: string, isNew: boolean): void {
    const inFile = this.fileMatcher.find({ company: name, phone: null });
    const inStore = isNew ? this.storedMatcher.find({ company: name, phone: null }) : null;
    if (!inFile && !inStore) return;
    const found: string[] = [];
    if (inFile) {
      const earlier = this.fileCustomers.get(inFile.customerId)!;
      found.push(`第 ${earlier.row} 行的「${earlier.name}」${matchWay(inFile)}`);
    }
    if (inStore) {
      const customer = this.stored.customers.get(inStore.customerId)!;
      const owner = customer.ownerId ? this.stored.users.get(customer.ownerId)?.name : undefined;
      found.push(`已有客户「${customer.name}」(${owner ? `负责人 ${owner}` : '在公海,无负责人'})${matchWay(inStore)}`);
    }
    const withWhom = found.map((what) => `与${what}重复`).join(',也');
    row.problem('name', `「${name}」${withWhom}——撞单。是同一家就合并成一行并用已有的名称,不是同一家请写全称`);
  }

  /** The customer a cell names: by name, 编号, or a name or 简称 the duplicate check takes for the same. */
  private customerId(row: RowCursor): string | undefined {
    const text = row.text('customerId');
    if (!text) return row.problem('customerId', '客户名称不能为空');
    const ids = this.customers.idsNamed(text);
    if (ids.length === 1) return ids[0];
    if (ids.length > 1) return row.problem('customerId', `有 ${ids.length} 个客户叫「${text}」,请改写客户的编号(${ids.join('、')})`);
    if (this.customers.hasId(text)) return text;
    const byName = [this.fileMatcher.find({ company: text, phone: null }), this.storedMatcher.find({ company: text, phone: null })].find(
      (match) => match?.by === 'name',
    );
    return byName?.customerId ?? row.problem('customerId', `客户「${text}」不在客户表里,也不是已有客户`);
  }

  private contact(row: RowCursor): void {
    const role = row.has('role') ? cellCode(row.value('role'), CONTACT_ROLE_LABELS) : undefined;
    if (role === null)
      row.problem('role', `「${row.text('role')}」不是有效角色,应为 ${Object.values(CONTACT_ROLE_LABELS).join('、')} 之一`);
    this.add('contacts', row, {
      customerId: this.customerId(row),
      name: row.text('name') ?? row.problem('name', '联系人姓名不能为空'),
      title: row.text('title'),
      role: role ?? undefined,
      phone: row.text('phone'),
    });
  }

  private deal(row: RowCursor, keys: Map<string, number>): void {
    const customerId = this.customerId(row);
    const title = row.text('title');
    let id = row.text('id');
    if (!id && customerId) {
      const key = dealKey(customerId, title ?? null);
      const earlier = keys.get(key);
      if (earlier !== undefined) row.problem('title', `与第 ${earlier} 行是同一个商机(同一客户、同一商机名称),请合并,或写不同的商机名称`);
      keys.set(key, row.row.row);
      const same = this.storedDeals.get(key) ?? [];
      if (same.length > 1)
        row.problem(
          'title',
          `这个客户已有 ${same.length} 个这样命名的商机,请在「编号」列写明是哪一个(${same.map((d) => d.id).join('、')})`,
        );
      id = same[0]?.id;
    }
    id ??= newRecordId('deal');
    const stored = this.stored.deals.get(id);
    const stage = row.has('stage') ? cellCode(row.value('stage'), STAGE_LABELS) : stored?.stage;
    if (stage === null) row.problem('stage', `「${row.text('stage')}」不是有效阶段,应为 ${Object.values(STAGE_LABELS).join('、')} 之一`);
    if (stage === undefined) row.problem('stage', '新商机要填阶段');
    const ownerId = row.has('ownerId')
      ? this.memberId(row, 'ownerId')
      : (stored?.ownerId ??
        (customerId
          ? (this.customerOwner(customerId) ?? row.problem('ownerId', '新商机要填负责人(客户也没有负责人)'))
          : row.silence('ownerId')));
    this.add('deals', row, {
      id,
      customerId,
      ownerId,
      title,
      stage: stage ?? undefined,
      amount: this.amount(row, 'amount'),
      stageEnteredAt: this.instant(row, 'stageEnteredAt', stored?.stageEnteredAt),
      lastActivityAt: this.instant(row, 'lastActivityAt', stored?.lastActivityAt, { forwardOnly: true }),
    });
  }

  private customerOwner(customerId: string): string | undefined {
    return this.fileCustomers.get(customerId)?.ownerId ?? this.stored.customers.get(customerId)?.ownerId ?? undefined;
  }

  private lead(row: RowCursor, ids: Map<string, number>): void {
    const company = row.text('company');
    // Without 编号, a lead is known again by its company and phone, so a second import finds it.
    const id = row.text('id') ?? (company ? leadKey(company, row.text('phone')) : `sheet-row-${row.row.row}`);
    const earlier = ids.get(id);
    if (earlier !== undefined && row.has('id')) row.problem('id', `与第 ${earlier} 行是同一条线索(编号相同)`);
    if (earlier !== undefined && !row.has('id'))
      row.problem('company', `与第 ${earlier} 行是同一条线索(公司和电话相同)`) ?? row.silence('id');
    ids.set(id, row.row.row);
    this.add('leads', row, {
      id,
      company: company ?? row.problem('company', '公司名称不能为空'),
      contactName: row.text('contactName'),
      phone: row.text('phone'),
      region: row.text('region'),
      industry: row.text('industry'),
      budget: this.amount(row, 'budget'),
      urgency: row.text('urgency'),
      note: row.text('note'),
      source: row.text('source'),
    });
  }

  private amount(row: RowCursor, field: string): number | undefined {
    if (!row.has(field)) return undefined;
    const scale = row.table.columns.find((col) => col.spec.field === field)!.scale;
    const yuan = cellAmount(row.value(field), scale);
    return yuan ?? row.problem(field, `「${row.text(field)}」不是数字,请写成 500000、50万 或 五十万`);
  }

  /** ISO with offset, or undefined when the cell is blank or says what is stored (to its precision). */
  private instant(
    row: RowCursor,
    field: string,
    stored: Date | null | undefined,
    options: { forwardOnly?: boolean } = {},
  ): string | undefined {
    if (!row.has(field)) return undefined;
    const cell = cellInstant(row.value(field), this.timeZone);
    if (!cell) return row.problem(field, `「${row.text(field)}」不是日期,请写成 2026-03-01 或 2026-03-01 14:30`);
    if (stored && (sameInstant(cell, stored) || (options.forwardOnly && cell.at.toMillis() < stored.getTime()))) return undefined;
    return cell.at.toISO({ suppressMilliseconds: true })!;
  }

  private place(issue: FileIssue): SheetProblem {
    const [collection, index, field] = issue.path;
    const at = this.places.get(`${collection}:${index}`);
    // The only value not from a sheet is the tenant's id, given on the command line.
    if (!at) return { sheet: '', row: 0, column: collection === 'tenant' ? '租户编号' : '', message: issue.message };
    return {
      sheet: at.table.sheet,
      row: at.row,
      column: typeof field === 'string' ? columnOf(at.table, field) : '',
      message: issue.message,
    };
  }

  /** In sheet and row order; one problem per cell, the first found (the sheet reader's own words). */
  private arrange(problems: SheetProblem[]): SheetProblem[] {
    const sheets = this.tables.map((t) => t.sheet);
    const seen = new Set(this.silenced);
    return problems
      .filter((p) => {
        const key = placeKey(p);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || a.row - b.row);
  }
}

/** The header of the column of a field as the sheet writes it, or the template's when the sheet has none. */
function columnOf(table: SheetTable, field: string): string {
  return (
    table.columns.find((col) => col.spec.field === field)?.header ??
    kindSpec(table.kind).columns.find((col) => col.field === field)?.header ??
    ''
  );
}

function placeKey(place: Pick<SheetProblem, 'sheet' | 'row' | 'column'>): string {
  return `${place.sheet}\u0000${place.row}\u0000${place.column}`;
}

/** A deal without 编号 is known by its customer and 商机名称 (none is a name too). */
function dealKey(customerId: string, title: string | null): string {
  return `${customerId}\u0000${foldCase(title ?? '')}`;
}

function matchWay(match: DuplicateMatch): string {
  return match.by === 'similar' ? '(名称相近)' : '';
}

function leadKey(company: string, phone: string | undefined): string {
  const key = `${normalizeCompanyName(company)}\u0000${(phone && normalizePhone(phone)) ?? ''}`;
  return `sheet-${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
}

import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from '../../src/domain/company-name';
import { CustomerMatcher, findDuplicate, nameSimilarity, normalizePhone, type KnownCustomer } from '../../src/domain/lead-duplicates';

const customer = (id: string, name: string, phones: string[] = [], aliases: string[] = []): KnownCustomer => ({
  id,
  normalizedName: normalizeCompanyName(name),
  aliases,
  phones,
});

const known = [
  customer('hongda', '宁波宏达模具有限公司', ['0574-88776655']),
  customer('yongsheng', '宁波永盛注塑机械有限公司', ['13800001111']),
  customer('huaxin', '华信精密机械有限公司', [], ['华信精机']),
];

describe('撞单 detection', () => {
  it.each([
    ['the same name in full width with a province and another suffix', '浙江宁波宏达模具股份有限公司', 'hongda'],
    ['the same name with punctuation and spaces', '宁波 宏达·模具厂', 'hongda'],
    ['an alias', '华信精机', 'huaxin'],
  ])('finds %s by name', (_what, company, id) => {
    expect(findDuplicate({ company, phone: null }, known)).toEqual({ customerId: id, by: 'name' });
  });

  it('finds a differently named lead by its contact phone, written another way', () => {
    expect(findDuplicate({ company: '永盛机械', phone: '+86 138-0000-1111' }, known)).toEqual({ customerId: 'yongsheng', by: 'phone' });
  });

  it('finds a name written longer at the end as a close spelling (Dice 0.83)', () => {
    expect(findDuplicate({ company: '华信精密机械设备有限公司', phone: null }, known)).toMatchObject({
      customerId: 'huaxin',
      by: 'similar',
    });
    expect(nameSimilarity('华信精密机械', '华信精密机械设备')).toBeCloseTo(10 / 12);
  });

  it('does NOT take 宁波宏大模具 for 宁波宏达模具: one character of the trade name differs (Dice 0.33)', () => {
    expect(nameSimilarity('宏大模具', '宏达模具')).toBeCloseTo(2 / 6);
    expect(findDuplicate({ company: '宁波宏大模具有限公司', phone: null }, known)).toBeNull();
  });

  it('does not collide two companies that share the city and the industry words', () => {
    expect(nameSimilarity('永泰注塑机械', '永盛注塑机械')).toBeCloseTo(0.6);
    expect(findDuplicate({ company: '宁波永泰注塑机械有限公司', phone: '13900002222' }, known)).toBeNull();
  });

  it('normalises phones: country prefix, spaces and dashes; too short is no phone', () => {
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizePhone('0574-88776655')).toBe('057488776655');
    expect(normalizePhone('12345')).toBeNull();
  });
});

describe('CustomerMatcher', () => {
  it('answers as a scan of the list in order would, on names that share words', () => {
    const trade = [...'华信鑫达宏盛永泰恒通'];
    const words = ['精密机械', '精密机械设备', '模具', '泵业', '注塑机械'];
    const list = trade.flatMap((a, i) => words.map((w, j) => customer(`c${i}-${j}`, `${a}${trade[(i + j) % trade.length]}${w}有限公司`)));
    const scan = (company: string) => {
      const key = normalizeCompanyName(company);
      const byName = list.find((c) => c.normalizedName === key || c.aliases.some((a) => normalizeCompanyName(a) === key));
      if (byName) return { customerId: byName.id, by: 'name' };
      let best: { customerId: string; by: string; similarity: number } | null = null;
      for (const c of list) {
        const similarity = nameSimilarity(key, c.normalizedName);
        if (similarity >= 0.8 && similarity > (best?.similarity ?? 0)) best = { customerId: c.id, by: 'similar', similarity };
      }
      return best;
    };
    const matcher = new CustomerMatcher(list);
    for (const a of trade)
      for (const b of trade)
        for (const w of words) {
          const company = `浙江${a}${b}${w}股份有限公司`;
          expect(matcher.find({ company, phone: null }), company).toEqual(scan(company));
        }
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from '../../src/domain/company-name';

describe('normalizeCompanyName', () => {
  it.each([
    ['华信精密机械有限公司', '华信精密机械'],
    ['浙江华信精密机械有限公司', '华信精密机械'],
    ['华信精密机械（杭州）有限公司', '华信精密机械'],
    ['杭州市华信精密机械股份有限公司', '华信精密机械'],
    ['浙江省杭州市华信精密机械有限责任公司', '华信精密机械'],
    ['华信精密机械集团有限公司', '华信精密机械'],
    ['华信 精密·机械 有限公司', '华信精密机械'],
    ['绍兴第二纺织厂', '第二纺织'],
    ['ＡＢＣ精密机械有限公司', 'abc精密机械'],
    ['ACME Co., Ltd.', 'acme'],
    ['Acme Holdings Inc', 'acme'],
  ])('%s → %s', (name, key) => {
    expect(normalizeCompanyName(name)).toBe(key);
  });

  it('gives two spellings of one company the same key', () => {
    expect(normalizeCompanyName('华信精密机械有限公司')).toBe(normalizeCompanyName('华信精密机械（杭州）有限公司'));
  });

  it('keeps a name that is nothing but a place or a suffix', () => {
    expect(normalizeCompanyName('杭州')).toBe('杭州');
    expect(normalizeCompanyName('杭州公司')).toBe('杭州');
    expect(normalizeCompanyName('公司')).toBe('公司');
  });

  it('keeps a parenthesised part that is not a place', () => {
    expect(normalizeCompanyName('华信（精工）有限公司')).toBe('华信精工');
  });
});

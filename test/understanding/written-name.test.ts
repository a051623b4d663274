import { describe, expect, it } from 'vitest';
import { writtenCustomerWords } from '../../src/understanding/rules/written-name';

const customers = [
  { id: 'huaxin', name: '华信精密机械有限公司', aliases: ['华信'] },
  { id: 'xinhua', name: '新华印刷厂', aliases: [] },
];

describe('the words a message used for a customer, for a correction to teach', () => {
  it.each([
    ['下午去新华信聊了报价', '新华信'],
    ['新华信机电今天来电问交期', '新华信机电'],
    ['拜访新华信王总,聊得不错', '新华信'],
    ['华信那边说下周签', '华信'],
  ])('%s → %s', (text, words) => expect(writtenCustomerWords(text, customers)).toBe(words));

  it('is null when no customer was read', () => expect(writtenCustomerWords('今天跑了三家客户', customers)).toBeNull());
});

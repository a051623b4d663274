import { describe, expect, it } from 'vitest';
import { TEXT_LENGTHS } from '../../src/domain/value-limits';
import type { Extraction } from '../../src/understanding/extraction';
import { fitExtraction } from '../../src/understanding/fit-extraction';

const EXTRACTION: Extraction = {
  id: 'c1',
  intent: 'log_activity',
  customerId: 'cus_1',
  customerName: null,
  contacts: [{ name: '王总', role: 'decision_maker' }],
  tags: ['price'],
  stage: null,
  commitment: { action: '发报价', due: null },
  amount: 500_000,
  competitors: ['恒立'],
  summary: '华信报价50万',
  query: null,
};

describe('fitting an extraction to what the store keeps', () => {
  it('leaves an extraction that fits unchanged', () => {
    expect(fitExtraction(EXTRACTION)).toEqual(EXTRACTION);
  });

  it('drops 12000亿 (1.2e12) and keeps it as the rejected amount', () => {
    expect(fitExtraction({ ...EXTRACTION, amount: 1.2e12 })).toMatchObject({ amount: null, rejectedAmount: 1.2e12 });
  });

  it('drops a negative amount and keeps it as the rejected amount', () => {
    expect(fitExtraction({ ...EXTRACTION, amount: -500_000 })).toMatchObject({ amount: null, rejectedAmount: -500_000 });
  });

  it('cuts a 500-character contact name and customer name to their columns', () => {
    const fitted = fitExtraction({ ...EXTRACTION, customerName: '明'.repeat(500), contacts: [{ name: '王'.repeat(500), role: null }] });
    expect(fitted.customerName).toBe('明'.repeat(TEXT_LENGTHS.companyName));
    expect(fitted.contacts).toEqual([{ name: '王'.repeat(TEXT_LENGTHS.personName), role: null }]);
  });

  it('removes control characters from names, the action, competitors and the summary', () => {
    const fitted = fitExtraction({
      ...EXTRACTION,
      customerName: '明远\u0000精工',
      contacts: [{ name: '王\u0007总', role: null }],
      commitment: { action: '发\u001b报价', due: null },
      competitors: ['恒\u0000立'],
      summary: '华信\u0007报价',
    });
    expect(fitted).toMatchObject({
      customerName: '明远精工',
      contacts: [{ name: '王总' }],
      commitment: { action: '发报价' },
      competitors: ['恒立'],
      summary: '华信报价',
    });
  });

  it('drops a contact or customer name that was nothing but control characters', () => {
    const fitted = fitExtraction({ ...EXTRACTION, customerName: '\u0000', contacts: [{ name: '\u0007', role: null }] });
    expect(fitted).toMatchObject({ customerName: null, contacts: [] });
  });

  it('cuts a summary to one line of its column', () => {
    expect(Array.from(fitExtraction({ ...EXTRACTION, summary: '跟'.repeat(300) }).summary)).toHaveLength(TEXT_LENGTHS.line);
  });
});

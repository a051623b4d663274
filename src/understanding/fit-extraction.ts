import { fitText, isStorableAmount, TEXT_LENGTHS } from '../domain/value-limits';
import type { Extraction } from './extraction';

/**
 * Fits an extraction, from the rules or a model, to what the store can keep: names and texts lose
 * their control characters and are cut to their columns; an amount outside the storable range is
 * dropped and kept as `rejectedAmount`, so the rep hears that the figure looked wrong.
 */
export function fitExtraction(extraction: Extraction): Extraction {
  const { amount, commitment } = extraction;
  const fitted: Extraction = {
    ...extraction,
    customerName: extraction.customerName && (fitText(extraction.customerName, TEXT_LENGTHS.companyName) || null),
    contacts: extraction.contacts
      .map((contact) => ({ ...contact, name: fitText(contact.name, TEXT_LENGTHS.personName) }))
      .filter((contact) => contact.name),
    commitment: commitment && { ...commitment, action: fitText(commitment.action, TEXT_LENGTHS.line) },
    amount: amount !== null && isStorableAmount(amount) ? amount : null,
    competitors: extraction.competitors.map((name) => fitText(name, TEXT_LENGTHS.companyName)).filter(Boolean),
    summary: fitText(extraction.summary, TEXT_LENGTHS.line),
  };
  return amount !== null && fitted.amount === null ? { ...fitted, rejectedAmount: amount } : fitted;
}

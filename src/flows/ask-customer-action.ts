import { NEW_CUSTOMER_ACTION, PICK_CUSTOMER_PREFIX } from '../../cards/ask-customer.card';
import { STALE_ACTION_REPLY, type CardActionHandler, type CardActions } from './card-actions';
import { fileOnNewCustomer, fileOnPickedCustomer } from './file-message';
import { learnAlias } from './learned-alias';
import { pendingFromContext } from './pending-message';
import { textToActor } from './flow-context';

const NEW_CUSTOMER_NOTES = {
  created: (name: string) => `已新建客户「${name}」`,
  'on-file': (name: string) => `「${name}」已是你的客户,已记到该客户`,
  refused: (name: string) => `「${name}」已有负责人,未记录`,
};

/** 新客户:…: the message is filed on a customer created from the name it gave. */
const newCustomer: CardActionHandler = async ({ ctx, record, close }) => {
  const pending = pendingFromContext(record.context);
  const name = pending.extraction.customerName;
  if (!name) return [textToActor(ctx, STALE_ACTION_REPLY)];
  const { outcome, effects } = await fileOnNewCustomer(ctx, pending, name);
  return [close(outcome === 'refused' ? 'cancelled' : 'done', NEW_CUSTOMER_NOTES[outcome](name)), ...effects];
};

/** A customer button: the message is filed on it, and the name the rep wrote is learned as its alias. */
const pickCustomer: CardActionHandler = async ({ ctx, record, actionId, close }) => {
  const pending = pendingFromContext(record.context);
  const customerId = actionId.slice(PICK_CUSTOMER_PREFIX.length);
  const effects = await fileOnPickedCustomer(ctx, pending, customerId);
  if (!effects) return [textToActor(ctx, STALE_ACTION_REPLY)];
  const chosen = record.card.buttons.find((button) => button.actionId === actionId)?.label ?? '';
  return [close('done', `已记到「${chosen}」`), ...effects, ...(await learnAlias(ctx, customerId, pending))];
};

/** The buttons of 是哪个客户?: one per candidate customer, and 新客户 when the message named one. */
export const askCustomerActions: CardActions = {
  exact: { [NEW_CUSTOMER_ACTION]: newCustomer },
  prefixed: { [PICK_CUSTOMER_PREFIX]: pickCustomer },
};

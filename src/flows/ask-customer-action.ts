import { NEW_CUSTOMER_ACTION, PICK_CUSTOMER_PREFIX } from '../../cards/ask-customer.card';
import { STALE_ACTION_REPLY, type CardActionHandler, type CardActions } from './card-actions';
import { proposeAskedMove } from './ask-stage-move';
import { fileOnCustomer, fileOnNewCustomer, pickedCustomer } from './file-message';
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

/**
 * A customer button: the message is filed on it (a bare stage request gets its proposal instead, and records
 * nothing), and the name the rep wrote is learned as its alias.
 */
const pickCustomer: CardActionHandler = async ({ ctx, record, actionId, close }) => {
  const pending = pendingFromContext(record.context);
  const customer = await pickedCustomer(ctx, actionId.slice(PICK_CUSTOMER_PREFIX.length));
  if (!customer) return [textToActor(ctx, STALE_ACTION_REPLY)];
  const proposal = await proposeAskedMove(ctx, pending.extraction, customer);
  const effects = proposal ?? (await fileOnCustomer(ctx, pending, customer));
  const chosen = record.card.buttons.find((button) => button.actionId === actionId)?.label ?? '';
  const note = proposal ? `已选「${chosen}」` : `已记到「${chosen}」`;
  return [close('done', note), ...effects, ...(await learnAlias(ctx, customer.id, pending))];
};

/** The buttons of 是哪个客户?: one per candidate customer, and 新客户 when the message named one. */
export const askCustomerActions: CardActions = {
  exact: { [NEW_CUSTOMER_ACTION]: newCustomer },
  prefixed: { [PICK_CUSTOMER_PREFIX]: pickCustomer },
};

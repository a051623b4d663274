import { RECEIPT_ACTIONS, RESCHEDULE_ACTIONS } from '../../cards/activity-receipt.card';
import type { CardActionHandler, CardActions } from './card-actions';
import { askForCustomer } from './file-message';
import { pendingFromContext } from './pending-message';
import { reschedulePromise } from './reschedule-promise';
import { undoOutcome, undoRecordedActivity } from './undo-activity';

const undo: CardActionHandler = async ({ ctx, record, close }) => {
  const removedCustomer = await undoRecordedActivity(ctx, record.context);
  return [close('cancelled', undoOutcome(removedCustomer))];
};

/** 改客户: the record is taken back and the rep picks the right customer for the same message. */
const changeCustomer: CardActionHandler = async ({ ctx, record, close }) => {
  await undoRecordedActivity(ctx, record.context);
  return [close('cancelled', '已改为其他客户'), ...(await askForCustomer(ctx, pendingFromContext(record.context)))];
};

/** The buttons of a receipt: 撤销, 改客户, and 改时间 when it recorded a promise. */
export const receiptActions: CardActions = {
  exact: {
    [RECEIPT_ACTIONS.undo]: undo,
    [RECEIPT_ACTIONS.changeCustomer]: changeCustomer,
    ...Object.fromEntries(
      Object.values(RESCHEDULE_ACTIONS).map((action): [string, CardActionHandler] => [
        action,
        ({ ctx, record }) => reschedulePromise(ctx, record, action),
      ]),
    ),
  },
  prefixed: {},
};

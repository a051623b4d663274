/**
 * Coded errors: callers and logs switch on `code`, people read `userMessage` (Chinese).
 * `status` is the HTTP answer when the error reaches an HTTP route.
 */
export class BotError extends Error {
  constructor(
    readonly code: string,
    readonly userMessage: string,
    readonly status = 400,
    detail?: string,
  ) {
    super(detail ?? code);
  }
}

export const errors = {
  unknownUser: (userId: string) => new BotError('USER_UNKNOWN', `找不到用户 ${userId}`, 404),
  unknownCard: () => new BotError('CARD_UNKNOWN', '找不到这张卡片', 404),
  unknownAction: () => new BotError('ACTION_UNKNOWN', '这张卡片上没有这个按钮', 404),
  invalidInput: (message: string) => new BotError('INPUT_INVALID', message, 400),
};

/** Where a robot message or card goes: a user's one-to-one chat with the robot, or a group the robot is in. */
export type RobotChat = { kind: 'user'; userId: string } | { kind: 'group'; openConversationId: string };

/**
 * The space fields of a card create/deliver call: IM_ROBOT for a user's chat with the robot, IM_GROUP
 * for a group (its openConversationId). `lastMessage`, the chat list's preview, is set when the card is created.
 */
export function cardSpace(chat: RobotChat, robotCode: string, lastMessage?: string): Record<string, unknown> {
  const spaceModel = lastMessage === undefined ? undefined : { supportForward: false, lastMessageI18n: { ZH_CN: lastMessage } };
  if (chat.kind === 'user') {
    return {
      openSpaceId: `dtv1.card//IM_ROBOT.${chat.userId}`,
      imRobotOpenSpaceModel: spaceModel,
      imRobotOpenDeliverModel: { spaceType: 'IM_ROBOT', robotCode },
    };
  }
  return {
    openSpaceId: `dtv1.card//IM_GROUP.${chat.openConversationId}`,
    imGroupOpenSpaceModel: spaceModel,
    imGroupOpenDeliverModel: { robotCode },
  };
}

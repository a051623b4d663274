import { describe, expect, it } from 'vitest';
import { cardSpace } from '../../bots/dingtalk/chat-space';

describe('the space a DingTalk card is delivered to', () => {
  it("is the user's robot chat for a one-to-one card, with the chat list preview at create", () => {
    expect(cardSpace({ kind: 'user', userId: 'staff-zw' }, 'dingapp', '已记录')).toEqual({
      openSpaceId: 'dtv1.card//IM_ROBOT.staff-zw',
      imRobotOpenSpaceModel: { supportForward: false, lastMessageI18n: { ZH_CN: '已记录' } },
      imRobotOpenDeliverModel: { spaceType: 'IM_ROBOT', robotCode: 'dingapp' },
    });
  });

  it('is the IM_GROUP space of the open conversation for a group card; a later delivery carries no space model', () => {
    expect(cardSpace({ kind: 'group', openConversationId: 'cidGroup==' }, 'dingapp', '已记录')).toEqual({
      openSpaceId: 'dtv1.card//IM_GROUP.cidGroup==',
      imGroupOpenSpaceModel: { supportForward: false, lastMessageI18n: { ZH_CN: '已记录' } },
      imGroupOpenDeliverModel: { robotCode: 'dingapp' },
    });
    expect(JSON.parse(JSON.stringify(cardSpace({ kind: 'group', openConversationId: 'cidGroup==' }, 'dingapp')))).toEqual({
      openSpaceId: 'dtv1.card//IM_GROUP.cidGroup==',
      imGroupOpenDeliverModel: { robotCode: 'dingapp' },
    });
  });
});

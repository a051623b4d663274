import { describe, expect, it } from 'vitest';
import { parseCardCallback, parseRobotMessage } from '../../bots/dingtalk/inbound';

const base = { msgId: 'msgA', senderStaffId: 'staff-zw', senderId: '$:LWCP_v1:$x', chatbotCorpId: 'dingcorp', conversationType: '1' };

describe('reading DingTalk robot messages and card callbacks', () => {
  it('takes a group @-message as trimmed text from the sender staff id, with the group it came from', () => {
    const parsed = parseRobotMessage({
      ...base,
      conversationType: '2',
      conversationId: 'cidGroup==',
      msgtype: 'text',
      text: { content: '  华信确认了方案 ' },
    });
    expect(parsed).toStrictEqual({
      deliveryId: 'msgA',
      senderId: 'staff-zw',
      corpId: 'dingcorp',
      body: { kind: 'text', text: '华信确认了方案' },
      conversation: { id: 'cidGroup==' },
    });
  });

  it('names no conversation for a one-to-one message, so replies stay one-to-one', () => {
    const parsed = parseRobotMessage({ ...base, conversationId: 'cidOneToOne', msgtype: 'text', text: { content: '华信' } });
    expect(parsed).not.toHaveProperty('conversation');
  });

  it('joins the words of rich text and skips its pictures', () => {
    const parsed = parseRobotMessage({
      ...base,
      msgtype: 'richText',
      content: { richText: [{ text: '华信王总' }, { type: 'picture', downloadCode: 'dc' } as never, { text: '担心售后' }] },
    });
    expect(parsed?.body).toEqual({ kind: 'text', text: '华信王总担心售后' });
  });

  it('turns a voice note into text when DingTalk recognised it, and into a voice file when it did not', () => {
    expect(parseRobotMessage({ ...base, msgtype: 'audio', content: { recognition: '华信下周签合同', downloadCode: 'dc1' } })?.body).toEqual(
      {
        kind: 'text',
        text: '华信下周签合同',
      },
    );
    expect(parseRobotMessage({ ...base, msgtype: 'audio', content: { downloadCode: 'dc1' } })?.body).toEqual({
      kind: 'file',
      fileKind: 'voice',
      mediaId: 'dc1',
    });
  });

  it('turns pictures and files into file events and anything else into unsupported', () => {
    expect(parseRobotMessage({ ...base, msgtype: 'picture', content: { downloadCode: 'p1' } })?.body).toEqual({
      kind: 'file',
      fileKind: 'image',
      mediaId: 'p1',
    });
    expect(parseRobotMessage({ ...base, msgtype: 'file', content: { downloadCode: 'f1', fileName: '报价单.pdf' } })?.body).toEqual({
      kind: 'file',
      fileKind: 'file',
      fileName: '报价单.pdf',
      mediaId: 'f1',
    });
    expect(parseRobotMessage({ ...base, msgtype: 'unknownMsgType' })?.body).toEqual({ kind: 'unsupported', what: 'unknownMsgType' });
    expect(parseRobotMessage({ ...base, msgtype: 'text', text: { content: '   ' } })?.body.kind).toBe('unsupported');
  });

  it('reads the action of a built-in-template button from its id when the tap carries no params', () => {
    const content = JSON.stringify({ cardPrivateData: { actionIds: ['pick:c1'] } });
    expect(parseCardCallback({ outTrackId: 'card_1', userId: 'staff-zw', content }, 'm-4')?.body).toEqual({
      kind: 'card_action',
      cardId: 'card_1',
      actionId: 'pick:c1',
    });
  });

  it('refuses a message without msgId, which could not be deduplicated', () => {
    expect(parseRobotMessage({ ...base, msgId: undefined, msgtype: 'text', text: { content: 'x' } })).toBeNull();
  });

  it('reads a card tap: the card is the outTrackId, the action comes from the button params, the delivery is the frame', () => {
    const content = JSON.stringify({ cardPrivateData: { actionIds: ['btn1'], params: { actionId: 'undo' } } });
    expect(parseCardCallback({ outTrackId: 'card_1', userId: 'staff-zw', corpId: 'dingcorp', content }, 'm-1')).toEqual({
      deliveryId: 'card:m-1',
      senderId: 'staff-zw',
      corpId: 'dingcorp',
      body: { kind: 'card_action', cardId: 'card_1', actionId: 'undo' },
    });
    expect(parseCardCallback({ outTrackId: 'card_1', userId: 'staff-zw', content: '{"cardPrivateData":{"params":{}}}' }, 'm-2')).toBeNull();
    expect(
      parseCardCallback({ outTrackId: 'card_1', userId: 'staff-zw', content: '{"cardPrivateData":{"actionIds":[""]}}' }, 'm-2'),
    ).toBeNull();
    expect(parseCardCallback({ outTrackId: 'card_1', userId: 'staff-zw', content: 'not json' }, 'm-3')).toBeNull();
  });
});

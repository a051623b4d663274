import { describe, expect, it } from 'vitest';
import { CallbackRejected } from '../../bots/wecom/callback-crypto';
import { parseWecomXml } from '../../bots/wecom/callback-xml';
import { toInboundEvent } from '../../bots/wecom/inbound';
import { fakeCorp, wecomXml } from '../fakes/wecom';

const corp = fakeCorp();
const AT = new Date('2026-03-02T02:15:00Z');
const event = (xml: string) => toInboundEvent(parseWecomXml(xml), 't1', AT);

describe('WeCom XML → InboundEvent', () => {
  it('maps a text message, keeping a MsgId beyond 2^53 exact', () => {
    expect(event(wecomXml.text(corp, 'ZhangWei', '今天拜访了华信 & 王总 <急>', '9223372036854775807', 1_772_417_700))).toEqual({
      platform: 'wecom',
      tenantId: 't1',
      deliveryId: 'msg:9223372036854775807',
      senderId: 'ZhangWei',
      receivedAt: AT,
      body: { kind: 'text', text: '今天拜访了华信 & 王总 <急>' },
    });
  });

  it('maps a template_card_event to a card action: EventKey, TaskId, ResponseCode', () => {
    expect(event(wecomXml.cardEvent(corp, 'ZhangWei', 'card_abc', 'undo', 'rc_1', 100))?.body).toEqual({
      kind: 'card_action',
      cardId: 'card_abc',
      actionId: 'undo',
      responseCode: 'rc_1',
    });
  });

  it('gives a retried event the same delivery id, and another tap a different one', () => {
    const first = event(wecomXml.cardEvent(corp, 'ZhangWei', 'card_abc', 'undo', 'rc_1', 100));
    const retried = event(wecomXml.cardEvent(corp, 'ZhangWei', 'card_abc', 'undo', 'rc_1', 100));
    const otherButton = event(wecomXml.cardEvent(corp, 'ZhangWei', 'card_abc', 'change-customer', 'rc_2', 100));
    const later = event(wecomXml.cardEvent(corp, 'ZhangWei', 'card_abc', 'undo', 'rc_3', 101));
    expect(retried?.deliveryId).toBe(first?.deliveryId);
    expect(new Set([first?.deliveryId, otherButton?.deliveryId, later?.deliveryId]).size).toBe(3);
    expect(first!.deliveryId.length).toBeLessThanOrEqual(128);
  });

  it('maps enter_agent to enter, an image to a file, a location to unsupported', () => {
    expect(event(wecomXml.enterAgent(corp, 'LiMing', 100))?.body).toEqual({ kind: 'enter' });
    expect(event(wecomXml.image(corp, 'LiMing', '42'))?.body).toMatchObject({ kind: 'file', fileKind: 'image', mediaId: 'media_42' });
    const location = `<xml><FromUserName><![CDATA[a]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[location]]></MsgType><Location_X>30.1</Location_X><MsgId>7</MsgId><AgentID>1</AgentID></xml>`;
    expect(event(location)?.body).toEqual({ kind: 'unsupported', what: 'location' });
  });

  it('drops events the bot does not act on (subscribe) instead of answering them', () => {
    const subscribe = `<xml><FromUserName><![CDATA[a]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event><AgentID>1</AgentID></xml>`;
    expect(event(subscribe)).toBeNull();
  });

  it('refuses a message without a sender', () => {
    expect(() => event('<xml><MsgType>text</MsgType><CreateTime>1</CreateTime></xml>')).toThrow(CallbackRejected);
  });
});

describe('WeCom XML parsing', () => {
  it('does not expand entities and refuses a DTD', () => {
    expect(parseWecomXml('<xml><A>x &amp; y</A></xml>').A).toBe('x &amp; y');
    expect(() => parseWecomXml('<!DOCTYPE xml [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><A>&e;</A></xml>')).toThrow(/DTD/);
  });

  it('refuses malformed XML and a document without <xml>', () => {
    expect(() => parseWecomXml('<xml><A>1</A>')).toThrow(CallbackRejected);
    expect(() => parseWecomXml('hello')).toThrow(CallbackRejected);
    expect(() => parseWecomXml('<root><A>1</A></root>')).toThrow(/no <xml>/);
  });
});

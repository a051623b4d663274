import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';

/**
 * Blind set 41's constructions, probed with sentences of our own: rivals of LED lighting, tea and snacks, injection
 * molds, elevator parts, truck leasing and smart hotel locks, with longer words that are something else.
 */
describe('rivals of the trades', () => {
  it.each([
    ['车库原来用的欧普的灯管', '欧普'],
    ['他们超市进的是良品铺子的货', '良品铺子'],
    ['银宝山新报的模具便宜', '银宝山新'],
    ['货车他们打算找狮桥租', '狮桥'],
    ['酒店前台说亚萨合莱也来谈了', '亚萨合莱'],
    ['扶梯的事通力和康力都来谈过', '通力'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));

  it.each([
    ['两家公司通力合作', '通力'],
    ['他们老板是耶鲁大学毕业的', '耶鲁'],
    ['这个方案对他们有很大益处', '大益'],
  ])('%s names no rival %s', (text, name) => expect(findCompetitors(text)).not.toContain(name));
});

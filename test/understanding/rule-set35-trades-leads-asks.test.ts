import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';

/**
 * Blind set 35's constructions, probed with sentences of our own: rivals of its trades (fasteners, commercial kitchens,
 * solar water heaters, refrigerated trucks, hotel software, recruitment) known by name alone.
 */
describe('rivals of set 35 trades known by name', () => {
  it.each([
    ['客户说伍尔特的膨胀螺丝更好装', '伍尔特'],
    ['后厨主管比较认德玛仕', '德玛仕'],
    ['教育局那边对四季沐歌印象很好', '四季沐歌'],
    ['车队长在看冰熊的车', '冰熊'],
    ['老板说隔壁客栈装的绿云', '绿云'],
    ['人事说BOSS直聘上招得更快', 'BOSS直聘'],
  ])('%s -> %s', (text, rival) => {
    expect(findCompetitors(text)).toContain(rival);
  });

  it.each([
    ['客户在东明县有个分厂', '东明'],
    ['今天上午他们的订单来了 200套', '订单来了'],
    ['晚上请客户在银都酒店吃饭', '银都'],
    ['客户要我们出外服务方案', '外服'],
  ])('%s names no rival %s', (text, name) => {
    expect(findCompetitors(text)).not.toContain(name);
  });
});

import type { ExtractionInput } from '../extraction';
import { matchCustomer } from './customer-match';
import { normalizeText } from './text';

/**
 * The words a message used for a customer, as written, so a correction can teach them: where the
 * rules read a customer (a wrong one, or several equally close ones), widened to the whole name the
 * rep typed (新华信 when 新华 and 华信 were read, 新华信机电 when 华信 was), up to the words around
 * a name (去, 那边, 今天, 聊, a contact such as 王总).
 */

/** Words that end a name written before them: place and time words, verbs of a visit, a contact. */
const AFTER_NAME =
  /^(?:[,.;:!?()\s]|那边|这边|那|这|的|了|今天|昨天|明天|前天|上午|下午|中午|晚上|刚才|刚|又|也|还|都|已|在|要|想|说|问|聊|谈|来|去|跟|和|给|把|对|让|被|打|发|寄|送|约|见|拜访|电话|来电|反馈|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严武戴孔汤](?:总|经理|工|主任|院长|校长|老师|科长))/;
/** Words that end before a name written after them. */
const BEFORE_NAME = /(?:^|[,.;:!?()\s]|了|跟|和|与|去|到|在|约|见|拜访|对接|联系|找|从|的|今天|昨天|上午|下午|晚上|刚才)$/;
const MAX_NAME = 24;

export function writtenCustomerWords(rawText: string, customers: ExtractionInput['customers']): string | null {
  const text = normalizeText(rawText);
  const hit = matchCustomer(text, customers);
  if (!hit) return null;
  // Other customers' hits on the same words belong to the same written name.
  let { start, end } = hit;
  for (const customer of customers) {
    const other = matchCustomer(text, [customer]);
    if (other && other.start < end && start < other.end) [start, end] = [Math.min(start, other.start), Math.max(end, other.end)];
  }
  while (start > 0 && !BEFORE_NAME.test(text.slice(0, start))) start -= 1;
  while (end < text.length && !AFTER_NAME.test(text.slice(end))) end += 1;
  const words = text.slice(start, end);
  return words.length >= 2 && words.length <= MAX_NAME ? words : null;
}

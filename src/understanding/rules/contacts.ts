import type { ContactRole } from '../../domain/people';

/** Contacts: a surname plus a title (王总, 刘工, 陈护士长); the title hints at the buying role. */

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝';
const COMPOUND_SURNAMES = '欧阳|司马|诸葛|上官|东方|皇甫|令狐|夏侯|慕容|尉迟|公孙|长孙';
/** Surnames that end common words (供应, 相应, 反应): a surname only when no such word runs into it (应总, not 供应总监). */
const WORD_END_SURNAMES = '(?<![供相对反响答理效适回顺感报呼])应';

/** Titles, longest first so 总经理 is not read as 总. */
const TITLE_ROLES: Array<[string, ContactRole | null]> = [
  ['董事长', 'decision_maker'],
  ['总经理', 'decision_maker'],
  ['总裁', 'decision_maker'],
  ['副总', 'decision_maker'],
  ['院长', 'decision_maker'],
  ['校长', 'decision_maker'],
  ['厂长', 'decision_maker'],
  ['局长', 'decision_maker'],
  ['行长', 'decision_maker'],
  ['书记', 'decision_maker'],
  ['老板', 'decision_maker'],
  ['董', 'decision_maker'],
  ['总', 'decision_maker'],
  // A chief engineer or head chef (周总工, 陈总厨) advises or uses; not 总 the boss.
  ['总工', 'influencer'],
  ['总厨', 'user'],
  ['护士长', 'user'],
  ['工程师', 'user'],
  ['主任', 'user'],
  ['医生', 'user'],
  ['大夫', 'user'],
  ['老师', 'user'],
  ['师傅', 'user'],
  ['班长', 'user'],
  ['组长', 'user'],
  ['工', 'user'],
  ['总监', 'influencer'],
  ['主管', 'influencer'],
  ['部长', 'influencer'],
  ['科长', 'influencer'],
  ['处长', 'influencer'],
  ['所长', 'influencer'],
  ['秘书', 'influencer'],
  ['助理', 'influencer'],
  ['会计', 'influencer'],
  ['经理', null],
];

const TITLES = TITLE_ROLES.map(([t]) => t).sort((a, b) => b.length - a.length);
/** A surname plus a title; exported so other rules can tell a named person. */
export const CONTACT_NAME = new RegExp(
  `(?:(${COMPOUND_SURNAMES})|([${SURNAMES}]|${WORD_END_SURNAMES}))(${TITLES.join('|')})(?!(?<=总)[部结体计共价额量数包算])(?!(?<=工)[程期地资作厂艺业具人序位])`,
  'g',
);
/** A department or buying function before 经理 makes that manager an influencer. */
const DEPARTMENT_BEFORE = /(采购|工程|设备|技术|信息|财务|行政|运营|生产|项目|部|科|处|中心)$/;
/** Characters that, right before a surname, show it is part of another word (施工, 副总). */
const WORD_BEFORE = /[总老大小副实]$/;

export interface Contact {
  name: string;
  role: ContactRole | null;
}

export function findContacts(text: string): Contact[] {
  const found = new Map<string, Contact>();
  for (const m of text.matchAll(CONTACT_NAME)) {
    const before = text.slice(0, m.index);
    if (WORD_BEFORE.test(before)) continue;
    const name = m[0];
    if (name === '施工') continue;
    const title = m[3];
    let role = TITLE_ROLES.find(([t]) => t === title)![1];
    if (title === '经理' && DEPARTMENT_BEFORE.test(before)) role = 'influencer';
    if (!found.has(name)) found.set(name, { name, role });
  }
  return [...found.values()];
}

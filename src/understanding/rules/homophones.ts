/**
 * Same-sound groups for characters common in Chinese company names, so a typo such as
 * 华新 (for 华信) or 宏大 (for 宏达) still finds the customer. Tones are ignored, as in
 * voice-input typos. Not exhaustive: it covers the syllables company names favour.
 */
const GROUPS = [
  '信新心欣鑫馨芯辛薪昕歆',
  '华化花桦骅滑划',
  '达大搭',
  '宏鸿弘红洪虹泓',
  '泰太钛态汰',
  '恒衡横亨',
  '源元远圆园原缘援袁媛沅',
  '瑞锐睿蕊',
  '丰峰锋风枫凤封蜂沣',
  '力立利丽莉励历厉荔俐砺',
  '康慷亢抗',
  '盛胜圣晟升生声',
  '金今津锦晋进近劲瑾',
  '博搏柏伯泊勃铂',
  '美每镁媚',
  '鼎定顶丁订',
  '城成诚程承呈乘橙澄',
  '永勇泳涌咏甬',
  '和合禾河荷何贺赫鹤',
  '润闰',
  '正政证郑征',
  '阳洋扬杨羊烊旸',
  '东冬栋董懂',
  '方芳放房坊舫',
  '天田添甜填',
  '通同童桐铜彤瞳',
  '德得',
  '精经晶京井景静敬境镜竞菁',
  '工公功宫弓攻供共贡',
  '隆龙珑笼陇',
  '明鸣名铭茗冥',
  '启起齐琪奇其骑旗祺麒岐企琦',
  '云运芸韵允耘昀',
  '途图涂徒土',
  '蓝兰岚澜篮览',
  '鱼余于宇雨语玉予域誉裕渝愉禹钰',
  '优友悠尤由油有佑',
  '品拼聘频',
  '视世市事士仕是实式势适诗师施石时识',
  '界届介借戒',
  '安岸按',
  '仁人任忍',
  '中忠钟众终种重仲',
  '科可克柯颗刻客',
  '惠汇会慧辉徽卉晖回',
  '民敏闽皿',
  '佳家嘉加甲佳珈',
  '乐勒',
  '百柏白佰摆',
  '味维卫伟威为未唯纬巍微薇',
  '一亿益义艺易怡逸毅依医伊意宜仪翼亦',
  '长常昌畅场厂尝',
  '松嵩颂宋送诵',
  '都督度渡杜',
  '发法',
  '业叶烨页夜野冶',
  '鲁路陆露璐禄录',
  '泽则择',
  '凯楷恺铠开',
  '飞菲非妃霏斐',
  '腾藤疼',
  '鹏朋蓬彭棚',
  '林琳霖临麟淋',
  '翔祥享相想香湘乡襄',
  '豪浩昊皓好号灏',
  '振震镇阵圳',
  '兴星行形幸杏邢醒',
  '光广',
  '旺望王汪往',
  '福富复夫府付阜甫芙',
  '宝保报豹堡葆',
  '汉翰涵寒韩含罕',
  '捷杰洁节结婕',
  '创闯',
  '英鹰迎赢营盈莹颖影应',
  '诺糯',
  '思斯司丝',
  '奥澳傲',
  '亚雅娅压',
  '晨辰臣陈沉',
  '宁凝柠',
  '骏俊峻君军均',
  '顺舜',
  '吉及极集级济际技纪继',
  '盟蒙',
  '联连莲廉',
  '航杭',
  '凌灵玲零岭领陵',
  '迪笛',
  '丹单',
  '强墙蔷',
  '斌彬滨宾',
] as const;

const GROUP_OF = new Map<string, number>();
GROUPS.forEach((group, index) => {
  for (const ch of group) if (!GROUP_OF.has(ch)) GROUP_OF.set(ch, index);
});

/** True when two characters are identical or share a sound group. */
export function soundsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = GROUP_OF.get(a);
  return ga !== undefined && ga === GROUP_OF.get(b);
}

/** One key per sound: two characters sound alike exactly when their keys are equal. */
export function soundKey(ch: string): string {
  const group = GROUP_OF.get(ch);
  return group === undefined ? ch : `#${group}`;
}

import { CITIES, PROVINCES } from '../../domain/places';

/**
 * Leading place names in company names (浙江, 杭州市, 马鞍山…), stripped to reach the distinctive core:
 * the provinces and cities of domain/places.ts, plus these further cities that head company names.
 */
const MORE_CITIES =
  '唐山 保定 廊坊 邯郸 大同 鞍山 大庆 连云港 淮安 宿迁 江阴 张家港 常熟 ' +
  '慈溪 余姚 乐清 瑞安 诸暨 ' +
  '蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 宣城 ' +
  '莆田 三明 漳州 南平 龙岩 宁德 晋江 景德镇 九江 赣州 上饶 ' +
  '淄博 枣庄 东营 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 ' +
  '开封 平顶山 安阳 新乡 焦作 濮阳 许昌 漯河 南阳 商丘 信阳 周口 驻马店 ' +
  '黄石 十堰 宜昌 襄阳 荆州 孝感 黄冈 株洲 湘潭 衡阳 邵阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 ' +
  '汕头 江门 湛江 茂名 肇庆 梅州 汕尾 河源 阳江 清远 潮州 揭阳 顺德 ' +
  '柳州 桂林 三亚 绵阳 德阳 宜宾 南充 乐山 泸州 遵义 大理 ' +
  '宝鸡 咸阳 渭南 延安 汉中 榆林 西宁 银川 包头 拉萨 ' +
  // county-level cities that head many company names
  '温岭 临海 玉环 永康 海宁 桐乡 平湖 长兴 宜兴 溧阳 丹阳 太仓 靖江 泰兴 如皋 启东 邳州 石狮 南安 福清 寿光 诸城 胶州 即墨 龙口 滕州 巩义 新郑 禹州 浏阳 醴陵 ' +
  // southern Fujian's counties and the stone and tea towns that head as many (安溪感德X茶业, 南安水头X石业, 惠安崇武X石雕)
  '安溪 惠安 永春 德化 仙游 福鼎 福安 长乐 漳平 龙海 水头 石井 崇武 感德 ' +
  // textile districts and towns that head as many (柯桥的X印花厂, 萧山X印染)
  '柯桥 萧山 盛泽 ' +
  // counties and districts of the Yangtze delta that head as many (嘉善的富达五金, 吴江X纺织)
  '嘉善 海盐 德清 安吉 桐庐 吴江 武进 ' +
  // Sichuan's cities and county-level cities, and Chongqing's districts, that head as many (綦江的X电动车厂, 广汉连山镇的X农场)
  '自贡 攀枝花 广元 遂宁 内江 眉山 广安 达州 雅安 巴中 资阳 彭州 广汉 都江堰 崇州 邛崃 简阳 江油 什邡 綦江 万州 涪陵 永川 江津 合川 璧山 荣昌 铜梁 潼南 ' +
  // the prefecture-level cities of Guizhou, Yunnan, Inner Mongolia and Ningxia, which head as many (毕节X农业, 乌海X焦化)
  '六盘水 安顺 毕节 铜仁 凯里 都匀 兴义 曲靖 玉溪 保山 昭通 普洱 临沧 楚雄 红河 文山 ' +
  // Yunnan's county-level cities, which head as many (个旧X矿山, 蒙自X建材)
  '个旧 开远 蒙自 弥勒 安宁 宣威 腾冲 瑞丽 芒市 景洪 澄江 ' +
  '乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 锡林浩特 石嘴山 吴忠 固原 中卫';

const NAMES = [...PROVINCES, ...CITIES, ...MORE_CITIES.split(' ')].sort((a, b) => b.length - a.length);

/**
 * Places people travel to that are no city of the lists above (西双版纳, 九寨沟): with the cities and provinces, a name
 * that is only one of these is a place (想改去西双版纳, 他们倾向厦门), never a maker.
 */
const DESTINATIONS =
  '西双版纳 丽江 九寨沟 张家界 北海 威海 秦皇岛 北戴河 黄山 峨眉山 武夷山 长白山 千岛湖 莫干山 香港 澳门 台湾 海南 新疆 西藏 云南 ' +
  '日本 韩国 泰国 新加坡 马来西亚 越南 巴厘岛 普吉岛 马尔代夫 迪拜 欧洲 澳洲';
const PLACE_ONLY = new Set([...NAMES, ...DESTINATIONS.split(' ')]);

/**
 * Countries and regions that make goods for export (越南, 印度, 东南亚): a maker there named by its place alone
 * (越南那边同款便宜15%, 选了越南那家厂) is a rival left unnamed.
 */
export const MAKING_ABROAD = '越南 印度 印尼 泰国 马来西亚 柬埔寨 孟加拉 土耳其 墨西哥 东南亚 日本 韩国 德国 意大利 台湾'.split(' ');

/** Countries a maker is said to be from before its name (葡萄牙的Simoldes, 意大利百利通): where, not who. */
export const MAKERS_HOME =
  '德国 日本 美国 韩国 意大利 瑞士 瑞典 法国 英国 台湾 葡萄牙 西班牙 奥地利 芬兰 丹麦 荷兰 比利时 加拿大 以色列 挪威 新加坡 土耳其 印度'.split(
    ' ',
  );

/** A name that is only a place (厦门, 西双版纳, 云南省): where someone goes, not who they buy from. */
export function isPlaceOnly(name: string): boolean {
  return PLACE_ONLY.has(name.replace(/[省市县区]$/, ''));
}

/** One or two leading place names, each optionally followed by 省/市/县/区. */
const LEADING_PLACE = new RegExp(`^(?:(?:${NAMES.join('|')})(?:省|市|县|区)?){1,2}`);

/** Removes leading place names; returns the remainder (unchanged when none). */
export function stripLeadingPlace(name: string): string {
  const rest = name.replace(LEADING_PLACE, '');
  return rest.length >= 2 ? rest : name;
}

/** Words that make a place a zone of a city (苏州工业园区, 上虞经开区, 彭州蔬菜产业园). */
const ZONE = '新区|开发区|高新区|经开区|工业园区?|产业园区?|园区';

/** That it is new, said after the place (德清新开的民宿 X): no district of the place, the kind of lead follows. */
const NEWLY = '新开|新建|新成立|新落成|刚开|在建';
/**
 * A place and 的 before a name: a known place (六安的), a place with a district word (苏州工业园区的),
 * a city and its district or island (深圳龙岗的, 厦门鼓浪屿的), or a province and its county (山东博兴的, 湖北荆门的).
 */
const PLACE_OF = new RegExp(
  `^[\\u4e00-\\u9fa5]{2,6}(?:${ZONE})的|${LEADING_PLACE.source}(?:[\\u4e00-\\u9fa5]{1,4}?(?:区|县|市|镇|乡)|(?!${NEWLY})[\\u4e00-\\u9fa5]{2,3})?的|^(?:${PROVINCES.join('|')})省?[\\u4e00-\\u9fa5]{2}的`,
);
/** After 的, a role means the 的 is possessive (浙江华信的采购王经理): the name is before it. */
const ROLE_AFTER = /^(?:[\u4e00-\u9fa5]{1,2})?(?:总|经理|工(?![程厂业艺具])|主任|院长|校长|老板|采购|负责人|对接人)/;

/**
 * A district said alone before a name, as locals say it (园区星海国际公寓 for Suzhou's industrial park): where it is,
 * not part of the name; only before a name of four characters or more (高新区管委会 is the committee's name).
 */
const BARE_DISTRICT = /^(?:工业园区|园区|新区|开发区|高新区|经开区|市区|城区)(?=[\u4e00-\u9fa5A-Za-z]{4})/;

/** Removes a leading place followed by 的 (六安的皖西路桥工程公司 → 皖西路桥工程公司), or a bare district (园区X). */
export function stripPlaceOf(text: string): string {
  const m = text.match(PLACE_OF);
  if (!m || ROLE_AFTER.test(text.slice(m[0].length))) return text.replace(BARE_DISTRICT, '');
  return text.slice(m[0].length);
}

/**
 * A place written as a word of its own (深圳宝安, 广州白云区, 江苏昆山) and the space after it, as voice and phone typing
 * separate words: a city or province, perhaps with its district or county; or any place named with a zone word (上虞经开区,
 * 滨海工业区), which is never a company's name.
 */
const PLACE_WORD = new RegExp(
  `^(?:${LEADING_PLACE.source.slice(1)}(?:[\\u4e00-\\u9fa5]{1,4}?(?:区|县|市|镇|乡|城)|[\\u4e00-\\u9fa5]{2})?|[\\u4e00-\\u9fa5]{0,6}(?:${ZONE}|工业区))\\s+`,
);

/** The text after a leading place word (深圳宝安 优创电子 → 优创电子); unchanged when it opens with none. */
export function afterPlaceWord(text: string): string {
  const m = text.match(PLACE_WORD);
  return m ? text.slice(m[0].length) : text;
}

/** The leading place as written, without 省/市 (湖州市中医院 → 湖州). */
export function leadingPlace(name: string): string {
  return (name.match(LEADING_PLACE)?.[0] ?? '').replace(/[省市县区]/g, '');
}

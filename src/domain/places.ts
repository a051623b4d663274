/**
 * Provinces and the cities that lead company names, by province: what a company name's place prefix
 * is stripped by (company-name.ts), and where a lead is (its region, for scoring and allocation).
 */
export const PROVINCE_CITIES: Readonly<Record<string, readonly string[]>> = {
  北京: [],
  天津: [],
  上海: [],
  重庆: [],
  河北: ['石家庄'],
  山西: ['太原'],
  辽宁: ['沈阳', '大连'],
  吉林: ['长春'],
  黑龙江: ['哈尔滨'],
  江苏: ['南京', '苏州', '无锡', '常州', '南通', '扬州', '徐州', '镇江', '泰州', '盐城', '昆山'],
  浙江: ['杭州', '宁波', '温州', '绍兴', '嘉兴', '湖州', '金华', '台州', '衢州', '丽水', '舟山', '义乌'],
  安徽: ['合肥', '芜湖'],
  福建: ['福州', '厦门', '泉州'],
  江西: ['南昌'],
  山东: ['济南', '青岛', '烟台', '潍坊'],
  河南: ['郑州', '洛阳'],
  湖北: ['武汉'],
  湖南: ['长沙'],
  广东: ['广州', '深圳', '东莞', '佛山', '珠海', '中山', '惠州'],
  海南: ['海口'],
  四川: ['成都'],
  贵州: ['贵阳'],
  云南: ['昆明'],
  陕西: ['西安'],
  甘肃: ['兰州'],
  青海: [],
  台湾: [],
  内蒙古: ['呼和浩特'],
  广西: ['南宁'],
  西藏: [],
  宁夏: [],
  新疆: ['乌鲁木齐'],
  香港: [],
  澳门: [],
};

export const PROVINCES: readonly string[] = Object.keys(PROVINCE_CITIES);
export const CITIES: readonly string[] = Object.values(PROVINCE_CITIES).flat();

const PROVINCE_OF_PLACE = new Map<string, string>([
  ...PROVINCES.map((province): [string, string] => [province, province]),
  ...Object.entries(PROVINCE_CITIES).flatMap(([province, cities]) => cities.map((city): [string, string] => [city, province])),
]);
const PLACE_PATTERN = new RegExp([...PROVINCE_OF_PLACE.keys()].sort((a, b) => b.length - a.length).join('|'));

/** The province of the first province or city named in `text` (`宁波某模具厂` → `浙江`), else null. */
export function provinceIn(text: string): string | null {
  const found = text.match(PLACE_PATTERN);
  return found ? PROVINCE_OF_PLACE.get(found[0])! : null;
}

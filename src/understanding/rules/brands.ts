/**
 * Rival brands the rule path knows without tenant configuration, across the industries the
 * bot serves. A tenant's own list (ExtractionOptions.competitorBrands) is added to these.
 * Couriers (顺丰, 京东) are left out: reps mention them when shipping samples.
 */
export const DEFAULT_BRANDS: readonly string[] = [
  // automation, machinery, machine tools
  '西门子', '施耐德', 'ABB', '三菱', '欧姆龙', '汇川', '台达', '安川', '发那科', 'FANUC', '库卡', 'KUKA', '埃斯顿', 
  '博世', '力士乐', '费斯托', 'SMC', '基恩士', '信捷', '禾川', '雷赛', '英威腾', '大族', '通快', '百超', '华工激光', '海天',
  '伊之密', '震雄', '恩格尔', '阿博格', '三一重工', '徐工', '中联', '柳工', '卡特彼勒', '小松', '山特维克', '马扎克', '德马吉',
  '哈默纳科', '绿的谐波', '派克', '伊顿', '川崎', '那智不二越', '格力', '美的集团', '海尔', '开利', '约克', '特灵', '阿特拉斯', '英格索兰', '复盛',
  // medical devices
  '迈瑞', '联影', '东软医疗', 'GE', '飞利浦', '西门子医疗', '西诺德', '卡瓦', '普兰梅卡', '美亚光电', '理邦', '鱼跃',
  '士卓曼', '诺贝尔', '奥齿泰', '登腾', '万东', '贝克曼', '罗氏', '雅培', '希森美康', '奥林巴斯', '宾得', '新华医疗', '威高', '迈克生物',
  // software and SaaS
  '销售易', '纷享销客', 'Salesforce', '红圈', '励销云', '悟空CRM', '金蝶', '用友', '泛微', '北森', '简道云', '明道云',
  '有赞', '微盟', '飞书', 'SAP', 'Oracle', '浪潮', '鼎捷', '聚水潭', '管家婆',
  // education
  '希沃', '鸿合', '皓丽', '科大讯飞', '讯飞', '创维', '海信', '长虹', '中庆', '奥威亚',
  // security and IT hardware
  '海康', '海康威视', '大华', '宇视', '华为', '新华三', 'H3C', '锐捷', '思科', '中兴', '戴尔', '联想', '惠普',
  // chemicals, coatings, building materials
  '巴斯夫', '陶氏', '杜邦', '万华', '立邦', '多乐士', '三棵树', '嘉宝莉', '东方雨虹', '雨虹', '科顺', '北新建材', '西卡', '德高',
  '马贝', '伟星', '联塑', '日丰', '东鹏', '马可波罗', '蒙娜丽莎', '欧派', '索菲亚', '圣象', '中国巨石', '金隅',
  // textile machinery
  '立信', '特吕茨勒', '卡尔迈耶', '必佳乐', '经纬纺机', '日发', '泰坦',
  // food, retail equipment, cold chain
  '海容', '澳柯玛', '星星冷链', '穗凌', '利乐', '新美星', '达意隆', '安琪', 
  // logistics and HR services
  '日日顺', '前程无忧', '智联', '猎聘', '外企德科', '中智',
];

import { provinceIn } from './places';

/**
 * What a lead message says beyond what the extractor returns: phone, region, industry and urgency
 * (新线索:宁波某模具厂,李经理 13812345678,想了解注塑机,急需报价). The budget is the extraction's amount:
 * one reading of money (预算80k, 预算五十万) for every message.
 */
export interface LeadTextFacts {
  phone: string | null;
  /** A province (`浙江`), from the first place named. */
  region: string | null;
  industry: string | null;
  /** The phrase that makes it urgent, as written (`急需报价`). */
  urgency: string | null;
}

const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/;
const LANDLINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/;
const URGENCY = /(?:急需|急要|加急|很急|尽快|马上|立即|下周签|本周签|这周签|月底前签|招标|投标)[^,,。;;!!\s]{0,6}/;
/** Industry words, most specific first, as a rep or a web form writes them. */
const INDUSTRIES = [
  '汽车零部件',
  '塑料机械',
  '精密机械',
  '包装机械',
  '工程机械',
  '自动化设备',
  '锂电设备',
  '船舶配件',
  '新材料',
  '注塑',
  '模具',
  '液压',
  '泵阀',
  '阀门',
  '电机',
  '纺织',
  '印染',
  '铸造',
  '五金',
  '电子',
  '医疗',
  '食品',
  '化工',
  '家具',
  '印刷',
  '机械',
];
export function parseLeadText(text: string): LeadTextFacts {
  return {
    phone: (text.match(MOBILE) ?? text.match(LANDLINE))?.[0] ?? null,
    region: provinceIn(text),
    industry: INDUSTRIES.find((word) => text.includes(word)) ?? null,
    urgency: text.match(URGENCY)?.[0] ?? null,
  };
}

import { ruleRunner } from '/work/wt-b57/test/understanding/rule-runner';
const run = ruleRunner([{ id: 'c1', name: '远帆国际物流有限公司', aliases: ['远帆'] }]);
for (const t of process.argv.slice(2)) { const o:any = run(t); console.log(t, '=>', o.intent, o.stage, JSON.stringify(o.tags), JSON.stringify(o.commitment), o.customerName ?? o.customerId, JSON.stringify(o.competitors)); }

import { conclude, say } from '../define.js';
import { dayOf, enDate, zhDate } from '../time.js';
import type { Conclusion, Facts } from '../types.js';

const LAW_NAME = {
  ECL: { zh: '《电子商务法》', en: 'the E-Commerce Law', from: '2019-01-01' },
  'CIVIL-CODE': { zh: '《民法典》', en: 'the Civil Code', from: '2021-01-01' },
} as const;

/**
 * RULES.md "The principle" [r2]: where a row's deciding provision was not in force at `placedAt` (a
 * Civil Code contract article before 2021-01-01, the E-Commerce Law before 2019-01-01), the answer is
 * REVIEW, and the message names the older law that then governed (合同法). Wraps a rule's conclusion.
 *
 * @example conclude: (f) => decidingProvision('ECL', f, transitBlocked)
 */
export function decidingProvision(law: keyof typeof LAW_NAME, f: Facts, conclusion: Conclusion): Conclusion {
  return f.placedDay < FROM[law] ? NOT_IN_FORCE[law] : conclusion;
}

const FROM = { ECL: dayOf(LAW_NAME.ECL.from), 'CIVIL-CODE': dayOf(LAW_NAME['CIVIL-CODE'].from) } as const;

const notInForce = (law: keyof typeof LAW_NAME): Conclusion => {
  const name = LAW_NAME[law];
  return conclude('needs_review', (f) =>
    say(
      `该订单下单于${zhDate(f.placedDay)}，早于${name.zh}施行之日（${zhDate(FROM[law])}），当时适用的是《合同法》等法律。您的申请将由合规人员按当时的法律审核后答复您，在此之前本店不会拒绝您的申请。`,
      `This order was placed on ${enDate(f.placedDay)}, before ${name.en} took effect on ${enDate(FROM[law])}, when the Contract Law and other laws of the time applied. Compliance staff will review your request under those laws before the shop answers you; until then your request is not refused.`,
    ),
  );
};
const NOT_IN_FORCE = { ECL: notInForce('ECL'), 'CIVIL-CODE': notInForce('CIVIL-CODE') } as const;

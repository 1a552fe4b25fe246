/**
 * One message for the consumer and one for the shop per decision (RULES.md §4 [r2], contract 1.1
 * `summary`). The consumer message is what a customer-service agent sends as it is: addressed to the
 * consumer ("您" / "you"), no codes, never an instruction to the shop. The shop message says what to
 * do and cites the deciding provision.
 */
import type { Citation, Message, RefusalReason, RequiredAction, Summary } from '#schemas/check.js';
import type { Hit } from '../engine.js';
import { INSTRUMENTS } from '../law/index.js';
import { REASON_TEXT } from '../messages.js';
import type { Decision } from '../ruleset.js';
import { dayOf, enDate, zhDate } from '../time.js';
import type { Facts } from '../types.js';

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 8 → 八, 19 → 十九, 203 → 二百零三 (article numbers as the statutes print them). */
export function zhNumeral(n: number): string {
  if (n < 10) return ZH_DIGITS[n] as string;
  if (n < 20) return `十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${ZH_DIGITS[Math.floor(n / 10)]}十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const head = `${ZH_DIGITS[Math.floor(n / 100)]}百`;
  if (rest === 0) return head;
  return rest < 10 ? `${head}零${ZH_DIGITS[rest]}` : `${head}${rest < 20 ? '一' : ''}${zhNumeral(rest)}`;
}

const EN_TITLES: Readonly<Record<string, string>> = {
  CRPL: 'Consumer Rights Protection Law',
  'CRPL-REG': 'Regulation implementing the Consumer Rights Protection Law',
  'NRR-MEASURES': 'Interim Measures on Seven-Day No-Reason Returns of Goods Bought Online',
  ECL: 'E-Commerce Law',
  'CIVIL-CODE': 'Civil Code',
  'THREE-GUARANTEES': 'Rules on Repair, Replacement and Return of Certain Goods (三包)',
  'OT-MEASURES': 'Measures on the Supervision of Online Transactions',
  'PENALTY-MEASURES': 'Measures on Penalties for Infringing Consumer Rights',
  'SPC-ONLINE-1': 'Supreme People’s Court Provisions (I) on Online Consumer Disputes',
};

/** 《网络购买商品七日无理由退货暂行办法》第八条第三款 / Article 8(3), Interim Measures … */
const PROVISION_NAMES = new Map<string, Message>();

export function provisionName(c: Pick<Citation, 'instrument' | 'article' | 'paragraph' | 'item'>): Message {
  const key = `${c.instrument}:${c.article}:${c.paragraph}:${c.item}`;
  const cached = PROVISION_NAMES.get(key);
  if (cached) return cached;
  const title = INSTRUMENTS[c.instrument].title;
  const zh = `《${title}》第${zhNumeral(c.article)}条${c.paragraph ? `第${zhNumeral(c.paragraph)}款` : ''}${c.item ? `第（${zhNumeral(c.item)}）项` : ''}`;
  const en = `${EN_TITLES[c.instrument] ?? c.instrument}, article ${c.article}${c.paragraph ? `(${c.paragraph})` : ''}${c.item ? ` item ${c.item}` : ''}`;
  const name = Object.freeze({ zh, en });
  PROVISION_NAMES.set(key, name);
  return name;
}

const SHOP_ACTION: Readonly<Record<RequiredAction, Message>> = {
  accept_return: { zh: '受理退货', en: 'accept the return' },
  refund_within_7_days_of_receipt: {
    zh: '自收到退回商品之日起七日内退款',
    en: 'refund the price within seven days of receiving the returned goods',
  },
  seller_pays_return_shipping: {
    zh: '承担退货运费等必要费用',
    en: 'pay the return shipping and other necessary costs',
  },
  offer_exchange_or_repair: { zh: '为消费者更换或修理商品', en: 'exchange or repair the goods' },
  may_charge_declared_gift_price: {
    zh: '未退回的赠品只能按事先标明的价格收费',
    en: 'charge missing gifts only at the prices declared beforehand',
  },
  restate_reason: { zh: '如仍拒绝，须改以法律认可的理由', en: 'if you still refuse, restate it on a lawful ground' },
  hold_until_review: { zh: '在合规审核完成前暂缓拒绝', en: 'hold the refusal until compliance review is complete' },
  may_charge_depreciation: {
    zh: '消费者选择退货的，可以依照规定收取折旧费',
    en: 'charge depreciation as the rules allow if the consumer chooses a return',
  },
};

/** What the consumer is told will happen, from the actions of a BLOCK. */
function consumerOutcome(actions: readonly RequiredAction[], f: Facts): Message {
  if (actions.includes('offer_exchange_or_repair') && !actions.includes('accept_return'))
    return { zh: '本店将为您更换或修理商品。', en: 'The shop will exchange or repair the goods for you.' };
  if (actions.includes('restate_reason'))
    return {
      zh: '本店不会以这一理由拒绝您的申请，将核实情况后另行答复您。',
      en: 'The shop will not refuse your request on that ground; it will look into it and get back to you.',
    };
  void f;
  const zh: string[] = [];
  const en: string[] = [];
  if (actions.includes('may_charge_depreciation')) {
    zh.push('您可以选择免费更换同型号同规格的商品，也可以退货（退货时本店可以依照规定收取折旧费）');
    en.push(
      'You may choose a free exchange for the same model or a return (on a return the shop may charge depreciation as the rules allow)',
    );
  } else if (actions.includes('refund_within_7_days_of_receipt')) {
    zh.push('本店将为您办理退货，并在收到退回商品之日起七日内退款');
    en.push('The shop will take the goods back and refund you within seven days of receiving them');
  } else {
    zh.push('本店将为您办理退货');
    en.push('The shop will take the goods back');
  }
  if (actions.includes('seller_pays_return_shipping')) {
    zh.push('退货运费由本店承担');
    en.push('the shop pays the return shipping');
  }
  if (actions.includes('may_charge_declared_gift_price')) {
    zh.push('未退回的赠品只按事先标明的价格收取价款');
    en.push('a missing gift is charged only at the price declared beforehand');
  }
  return { zh: `${zh.join('，')}。`, en: `${en.join('; ')}.` };
}

/** `a`, `a and b`, `a, b and c`. */
function listEn(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The stated ground as the shop names it (the consumer-facing wording says "you"). */
const SHOP_REASON: Partial<Record<RefusalReason, Message>> = {
  confirmed_non_returnable: {
    zh: '“消费者购买时已确认该商品不适用无理由退货”',
    en: '"the consumer confirmed at purchase that the item is not returnable"',
  },
};
const shopReason = (reason: RefusalReason): Message => SHOP_REASON[reason] ?? REASON_TEXT[reason];

/** Why the stated ground fails, in the consumer's words (BLOCK). */
function groundFails(reason: RefusalReason, f: Facts, d: Omit<Decision, 'summary'>): Message {
  const quality = f.kind !== 'no_reason';
  const end = d.deadlines.returnWindowEndsAt;
  const endDay = end && f.receiptDay !== null ? dayNum(end) : undefined;
  const untilZh = endDay === undefined ? '' : `（截至${zhDate(endDay)}）`;
  const untilEn = endDay === undefined ? '' : ` (until ${enDate(endDay)})`;
  if (quality)
    return {
      zh: `您反映商品存在问题，${REASON_TEXT[reason].zh}不是拒绝这类退货的法定理由。`,
      en: `You report a problem with the goods, and ${REASON_TEXT[reason].en} is not a lawful ground for refusing such a return.`,
    };
  switch (reason) {
    case 'return_window_expired':
    case 'after_sales_period_expired':
      return f.window?.state === 'not_begun'
        ? {
            zh: '商品尚未签收，七日无理由退货期还没有开始计算。',
            en: 'The goods have not been signed for yet, so the seven-day no-reason return period has not even begun.',
          }
        : {
            zh: `您的退货申请在退货期限内${untilZh}。`,
            en: `Your return request is within the return period${untilEn}.`,
          };
    case 'packaging_opened':
      return {
        zh: `您的退货申请在七日无理由退货期内${untilZh}，拆开包装查验商品不影响退货。`,
        en: `Your return request is within the seven-day no-reason period${untilEn}, and opening the packaging to inspect the goods does not affect the return.`,
      };
    case 'not_intact':
      return {
        zh: `您的退货申请在七日无理由退货期内${untilZh}，现有情况不能说明商品不完好。`,
        en: `Your return request is within the seven-day no-reason period${untilEn}, and nothing shows that the goods are not intact.`,
      };
    case 'gift_or_accessory_missing':
      return {
        zh: `您的退货申请在七日无理由退货期内${untilZh}，赠品未退回不影响退货。`,
        en: `Your return request is within the seven-day no-reason period${untilEn}, and a missing gift does not prevent the return.`,
      };
    case 'promotional_or_clearance_item':
    case 'shop_policy_no_returns':
      return {
        zh: `您的退货申请在七日无理由退货期内${untilZh}，促销商品或店铺的“不退货”规定不能排除您依法享有的退货权利。`,
        en: `Your return request is within the seven-day no-reason period${untilEn}, and a promotion or a shop's "no returns" rule cannot take away your legal right to return the goods.`,
      };
    case 'quality_claim_unverified':
      return {
        zh: `您的退货申请在七日无理由退货期内${untilZh}，无理由退货不需要证明商品有质量问题。`,
        en: `Your return request is within the seven-day no-reason period${untilEn}, and a no-reason return needs no proof of a defect.`,
      };
    case 'transit_damage_carrier_fault':
      return {
        zh: `您的退货申请在七日无理由退货期内${untilZh}，运输责任由谁承担不影响您的退货权利。`,
        en: `Your return request is within the seven-day no-reason period${untilEn}, and who is responsible for transport does not affect your right to return the goods.`,
      };
    default:
      return {
        zh: `您的退货申请在七日无理由退货期内${untilZh}，本店提出的${REASON_TEXT[reason].zh}在本案中不成立。`,
        en: `Your return request is within the seven-day no-reason period${untilEn}, and the shop's ground (${REASON_TEXT[reason].en}) does not hold here.`,
      };
  }
}

/** The day number of an ISO date-time's date part (`2026-04-09T…` → days since 1970-01-01). */
const dayNum = (iso: string): number => dayOf(iso.slice(0, 10));

/** The deciding finding's first citation, for the shop message. */
function decidingCitation(d: Omit<Decision, 'summary'>): Citation | undefined {
  const outcome = d.verdict === 'ALLOW' ? 'supports_refusal' : d.verdict === 'BLOCK' ? 'violated' : 'needs_review';
  return d.findings.find((x) => x.outcome === outcome && x.citations.length > 0)?.citations[0];
}

/** The deciding finding's own message (written to the consumer), for ALLOW and REVIEW. */
function decidingMessage(deciding: readonly Hit[], f: Facts, reason: RefusalReason): Message | undefined {
  const hit = deciding[0];
  return hit ? hit.conclusion.message(f, reason) : undefined;
}

const join = (parts: readonly Message[], zhSep: string, enSep: string): Message => ({
  zh: parts.map((p) => p.zh).join(zhSep),
  en: parts.map((p) => p.en).join(enSep),
});

/**
 * The decision's summary.
 *
 * @example summarize(f, decision, deciding)?.consumer.zh // '您的退货申请在七日无理由退货期内…'
 */
export function summarize(f: Facts, d: Omit<Decision, 'summary'>, deciding: readonly Hit[]): Summary {
  const reason = f.request.refusal.reason;
  const stated = shopReason(reason);
  const citation = decidingCitation(d);
  const cited = citation ? provisionName(citation) : undefined;
  const citeZh = cited ? `（${cited.zh}）` : '';
  const citeEn = cited ? ` (${cited.en})` : '';
  if (d.verdict === 'BLOCK') {
    const actions = d.requiredActions.filter((a) => a !== 'restate_reason');
    const todo = {
      zh: actions.map((a) => SHOP_ACTION[a].zh).join('，'),
      en: listEn(actions.map((a) => SHOP_ACTION[a].en)),
    };
    const restate = d.requiredActions.includes('restate_reason')
      ? {
          zh: `如仍拒绝，须改以法律认可的理由（以事实为准）：${d.alternativeReasons.map((r) => shopReason(r).zh).join('、')}。`,
          en: `If you still refuse, restate it on a lawful ground, only where the facts support it: ${listEn(d.alternativeReasons.map((r) => shopReason(r).en))}.`,
        }
      : undefined;
    const shop: Message = {
      zh: `不得以${stated.zh}为由拒绝${citeZh}。${todo.zh ? `应当${todo.zh}。` : ''}${restate?.zh ?? ''}`,
      en: `Do not refuse on the ground that ${stated.en.replace(/"/g, '')}${citeEn}.${todo.en ? ` You must ${todo.en}.` : ''}${restate ? ` ${restate.en}` : ''}`,
    };
    const consumer = join([groundFails(reason, f, d), consumerOutcome(d.requiredActions, f)], '', ' ');
    return { consumer, shop };
  }
  if (d.verdict === 'ALLOW') {
    const extra = d.requiredActions.length
      ? {
          zh: `同时应当${d.requiredActions.map((a) => SHOP_ACTION[a].zh).join('，')}。`,
          en: ` You must also ${listEn(d.requiredActions.map((a) => SHOP_ACTION[a].en))}.`,
        }
      : { zh: '', en: '' };
    const shop: Message = {
      zh: `可以以${stated.zh}为由拒绝${citeZh}；请保留支持这一理由的证据。${extra.zh}`,
      en: `You may refuse on the ground that ${stated.en.replace(/"/g, '')}${citeEn}; keep the evidence that supports it.${extra.en}`,
    };
    const consumer = decidingMessage(deciding, f, reason) ?? {
      zh: '本店可以不予退货。',
      en: 'The shop may decline the return.',
    };
    return { consumer, shop };
  }
  const shop: Message = {
    zh: `暂缓拒绝：本案需要合规人员审核${citeZh}。审核完成前不得拒绝，也不要告知消费者退货已被拒绝。`,
    en: `Hold the refusal: this case needs compliance review${citeEn}. Until the review is complete, do not refuse and do not tell the consumer the return is refused.`,
  };
  const consumer = decidingMessage(deciding, f, reason) ?? {
    zh: '您的申请需要由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。',
    en: 'Compliance staff will review your request before the shop answers you; until then your request is not refused.',
  };
  return { consumer, shop };
}

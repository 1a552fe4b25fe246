/**
 * One message for the consumer and one for the shop per decision (RULES.md §4 [r2], contract 1.1
 * `summary`). The consumer message is what a customer-service agent sends as it is: addressed to the
 * consumer ("您" / "you"), no codes, never an instruction to the shop. The shop message says what to
 * do and cites the deciding provision.
 */
import {
  type Citation,
  type Message,
  REFUSAL_REASONS,
  REQUIRED_ACTIONS,
  type RefusalReason,
  type RequiredAction,
  type Summary,
} from '#schemas/check.js';
import type { Hit } from '../engine.js';
import { INSTRUMENTS } from '../law/index.js';
import { REASON_TEXT, statedGround, windowName } from '../messages.js';
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
  'CRPL-REG': 'Regulations for the Implementation of the Consumer Rights Protection Law',
  'NRR-MEASURES': 'Interim Measures on Seven-Day No-Reason Returns of Goods Bought Online',
  ECL: 'E-Commerce Law',
  'CIVIL-CODE': 'Civil Code',
  'THREE-GUARANTEES': 'Provisions on Liability for the Repair, Replacement and Return of Certain Goods',
  'OT-MEASURES': 'Measures on the Supervision of Online Transactions',
  'PENALTY-MEASURES': 'Measures on Penalties for Infringing Consumer Rights',
  'SPC-ONLINE-1': "Supreme People's Court Provisions (I) on Online Consumer Disputes",
};

/** 《网络购买商品七日无理由退货暂行办法》第八条第三款 / `Interim Measures …, Article 8(3)`; an item: `Article 25(1), item (1)`. */
const PROVISION_NAMES = new WeakMap<object, Message>();

/** Cached by the citation object: the engine's wire citations are shared, frozen objects. */
export function provisionName(c: Pick<Citation, 'instrument' | 'article' | 'paragraph' | 'item'>): Message {
  const cached = PROVISION_NAMES.get(c);
  if (cached) return cached;
  const title = INSTRUMENTS[c.instrument].title;
  const zh = `《${title}》第${zhNumeral(c.article)}条${c.paragraph ? `第${zhNumeral(c.paragraph)}款` : ''}${c.item ? `第（${zhNumeral(c.item)}）项` : ''}`;
  const en = `${EN_TITLES[c.instrument] ?? c.instrument}, Article ${c.article}${c.paragraph ? `(${c.paragraph})` : ''}${c.item ? `, item (${c.item})` : ''}`;
  const name = Object.freeze({ zh, en });
  PROVISION_NAMES.set(c, name);
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
    zh: '按事先标明的价格收取未退回赠品的价款（不得超出标明的价格）',
    en: 'charge for a missing gift, but only at the price declared beforehand',
  },
  restate_reason: { zh: '如仍要拒绝，须改用法律认可的理由', en: 'give a lawful ground instead if you still refuse' },
  hold_until_review: { zh: '在合规审核完成前暂缓拒绝', en: 'hold the refusal until the compliance review is complete' },
  may_charge_depreciation: {
    zh: '在消费者选择退货时依照规定收取折旧费',
    en: 'charge depreciation as the rules allow if the consumer chooses a return',
  },
};

/** The actions that only permit something (said with "may"), as against those the shop must take. */
const PERMISSIONS: ReadonlySet<RequiredAction> = new Set(['may_charge_declared_gift_price', 'may_charge_depreciation']);

/** `A，B，并C` — a Chinese series of actions. */
function listZh(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join('，')}，并${items[items.length - 1]}`;
}

/** What the shop must do and what it may do: `应当受理退货，并…。可以…。` / `You must …. You may ….` */
function shopTodo(actions: readonly RequiredAction[], also = false): Message {
  const must = actions.filter((a) => !PERMISSIONS.has(a));
  const may = actions.filter((a) => PERMISSIONS.has(a));
  const zh = [
    must.length ? `${also ? '同时' : ''}应当${listZh(must.map((a) => SHOP_ACTION[a].zh))}。` : '',
    may.length ? `可以${may.map((a) => SHOP_ACTION[a].zh).join('；')}。` : '',
  ].join('');
  const en = [
    must.length ? ` You must ${also ? 'also ' : ''}${listEn(must.map((a) => SHOP_ACTION[a].en))}.` : '',
    may.length ? ` You may ${listEn(may.map((a) => SHOP_ACTION[a].en))}.` : '',
  ].join('');
  return { zh, en };
}

const ACTION_NUMBER = new Map<RequiredAction, number>(REQUIRED_ACTIONS.map((a, i) => [a, i + 1]));

/**
 * A text that depends only on a list of actions, written once per list: a handful of lists recur
 * (bounded: at most one entry per ordered subset of the eight actions that a decision can hold).
 */
function byActions(build: (actions: readonly RequiredAction[]) => Message) {
  const written = new Map<number, Message>();
  return (actions: readonly RequiredAction[]): Message => {
    let key = 0;
    for (const a of actions) key = key * 16 + (ACTION_NUMBER.get(a) as number); // order-preserving, unique
    let text = written.get(key);
    if (text === undefined) {
      text = Object.freeze(build(actions));
      if (written.size < 10_000) written.set(key, text);
    }
    return text;
  };
}

/** What a BLOCK tells the shop to do: its actions but the restated reason (said apart, with the alternatives). */
const blockTodo = byActions((actions) => shopTodo(actions.filter((a) => a !== 'restate_reason')));
/** What an ALLOW adds ("同时应当…" / "You must also …"). */
const allowTodo = byActions((actions) => shopTodo(actions, true));
const consumerOutcomeOf = byActions((actions) => consumerOutcome(actions));

/** What the consumer is told will happen, from the actions of a BLOCK. */
function consumerOutcome(actions: readonly RequiredAction[]): Message {
  if (actions.includes('offer_exchange_or_repair') && !actions.includes('accept_return'))
    return { zh: '本店将为您更换或修理商品。', en: 'The shop will exchange or repair the goods for you.' };
  if (actions.includes('restate_reason'))
    return {
      zh: '本店不会以这一理由拒绝您的申请，将核实情况后再答复您。',
      en: 'The shop will not refuse your request on that ground; it will look into the matter and get back to you.',
    };
  const shipping = actions.includes('seller_pays_return_shipping');
  let zh: string;
  let en: string;
  if (actions.includes('may_charge_depreciation')) {
    zh = `您可以选择免费更换同型号同规格的商品，也可以选择退货${shipping ? '，退货运费由本店承担' : ''}；选择退货的，本店可以依照规定收取折旧费。`;
    en = `You may choose either a free exchange for the same model or a return${shipping ? ', with the return shipping paid by the shop' : ''}; if you choose a return, the shop may charge depreciation as the rules allow.`;
  } else {
    const zhDo = ['为您办理退货'];
    const enDo = ['take the goods back'];
    if (shipping) {
      zhDo.push('承担退货运费');
      enDo.push('pay the return shipping');
    }
    if (actions.includes('refund_within_7_days_of_receipt')) {
      zhDo.push('在收到退回商品之日起七日内退款');
      enDo.push('refund you within seven days of receiving them');
    }
    zh = `本店将${listZh(zhDo)}。`;
    en = `The shop will ${listEn(enDo)}.`;
  }
  if (actions.includes('may_charge_declared_gift_price')) {
    zh += '未退回的赠品，本店只能按事先标明的价格收取价款。';
    en += ' For a gift that is not sent back, the shop may charge only the price it declared beforehand.';
  }
  return { zh, en };
}

const NOTHING: Message = Object.freeze({ zh: '', en: '' });

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

/** `不得以“…”为由拒绝` / `Do not refuse on the ground that …`, per stated reason, written once at load. */
const NOT_ON = Object.freeze(
  Object.fromEntries(
    REFUSAL_REASONS.map((reason): [RefusalReason, Message] => [
      reason,
      reason === 'other'
        ? { zh: '不得以所述的其他理由拒绝', en: 'Do not refuse on the other ground you stated' }
        : {
            zh: `不得以${shopReason(reason).zh}为由拒绝`,
            en: `Do not refuse on the ground that ${shopReason(reason).en.replace(/"/g, '')}`,
          },
    ]),
  ) as Record<RefusalReason, Message>,
);

/** Why the stated ground fails, in the consumer's words (BLOCK). */
function groundFails(reason: RefusalReason, f: Facts, d: Omit<Decision, 'summary'>): Message {
  const quality = f.kind !== 'no_reason';
  const end = d.deadlines.returnWindowEndsAt;
  const endDay = end && f.receiptDay !== null ? dayNum(end) : undefined;
  const untilZh = endDay === undefined ? '' : `（截至${zhDate(endDay)}）`;
  const untilEn = endDay === undefined ? '' : ` (until ${enDate(endDay)})`;
  if (quality)
    return {
      zh: `您反映商品存在问题，${statedGround(reason).zh}不是拒绝这类退货的法定理由。`,
      en: `You report a problem with the goods, and ${statedGround(reason).en} is not a lawful ground for refusing such a return.`,
    };
  const period = windowName(f);
  if (f.window?.state === 'after' && reason !== 'return_window_expired' && reason !== 'after_sales_period_expired') {
    const ended = f.window.end ?? f.window.last;
    return {
      zh: `您的退货申请已超过${period.zh}（${zhDate(ended)}届满），但${statedGround(reason).zh}并不成立，不能作为拒绝退货的理由。`,
      en: `Your return request came after ${period.en} ended on ${enDate(ended)}, but ${statedGround(reason).en} does not hold, so it cannot be the reason for refusing.`,
    };
  }
  switch (reason) {
    case 'return_window_expired':
    case 'after_sales_period_expired':
      return f.window?.state === 'not_begun'
        ? {
            zh: `您提出退货时商品尚未签收，${period.zh}还没有开始计算，不存在超过期限的问题。`,
            en: `You asked to return the goods before signing for them, so ${period.en} had not even begun and cannot have expired.`,
          }
        : {
            zh: `您的退货申请在${period.zh}内${untilZh}，没有超过期限。`,
            en: `Your return request is within ${period.en}${untilEn}, so it is in time.`,
          };
    case 'packaging_opened':
      return {
        zh: `您的退货申请在${period.zh}内${untilZh}，拆开包装查验商品不影响退货。`,
        en: `Your return request is within ${period.en}${untilEn}, and opening the packaging to inspect the goods does not affect the return.`,
      };
    case 'not_intact':
      return {
        zh: `您的退货申请在${period.zh}内${untilZh}，没有证据表明商品有损坏或缺失。`,
        en: `Your return request is within ${period.en}${untilEn}, and there is nothing to show that the goods are damaged or incomplete.`,
      };
    case 'gift_or_accessory_missing':
      return {
        zh: `您的退货申请在${period.zh}内${untilZh}，赠品未退回不影响退货。`,
        en: `Your return request is within ${period.en}${untilEn}, and a missing gift does not prevent the return.`,
      };
    case 'promotional_or_clearance_item':
    case 'shop_policy_no_returns':
      return {
        zh: `您的退货申请在${period.zh}内${untilZh}，促销商品或店铺的“不退货”规定不能排除您依法享有的退货权利。`,
        en: `Your return request is within ${period.en}${untilEn}, and a promotion or a shop's "no returns" rule cannot take away your legal right to return the goods.`,
      };
    case 'quality_claim_unverified':
      return {
        zh: `您的退货申请在${period.zh}内${untilZh}，无理由退货不需要证明商品有质量问题。`,
        en: `Your return request is within ${period.en}${untilEn}, and a no-reason return needs no proof of a defect.`,
      };
    case 'transit_damage_carrier_fault':
      return {
        zh: `您的退货申请在${period.zh}内${untilZh}，运输责任由谁承担不影响您的退货权利。`,
        en: `Your return request is within ${period.en}${untilEn}, and who is responsible for transport does not affect your right to return the goods.`,
      };
    default:
      return {
        zh: `您的退货申请在${period.zh}内${untilZh}，${statedGround(reason).zh}在本案中不成立。`,
        en: `Your return request is within ${period.en}${untilEn}, and ${statedGround(reason).en} does not hold here.`,
      };
  }
}

/** The day number of an ISO date-time's date part (`2026-04-09T…` → days since 1970-01-01). */
function dayNum(iso: string): number {
  // Deadlines are the engine's own cached strings, one per day: read each once (bounded).
  let day = DEADLINE_DAYS.get(iso);
  if (day === undefined) {
    if (DEADLINE_DAYS.size > 20_000) DEADLINE_DAYS.clear();
    day = dayOf(iso.slice(0, 10));
    DEADLINE_DAYS.set(iso, day);
  }
  return day;
}
const DEADLINE_DAYS = new Map<string, number>();

/** The deciding finding's first citation, for the shop message. */
function decidingCitation(d: Omit<Decision, 'summary'>): Citation | undefined {
  const outcome = d.verdict === 'ALLOW' ? 'supports_refusal' : d.verdict === 'BLOCK' ? 'violated' : 'needs_review';
  for (const x of d.findings) if (x.outcome === outcome && x.citations.length > 0) return x.citations[0];
  return undefined;
}

/** The deciding finding's own message (written to the consumer), for ALLOW and REVIEW. */
function decidingMessage(
  d: Omit<Decision, 'summary'>,
  deciding: readonly Hit[],
  f: Facts,
  reason: RefusalReason,
): Message | undefined {
  const hit = deciding[0];
  if (!hit) return undefined;
  // The deciding findings come first and carry the message already written for this hit.
  const rendered = d.findings[0];
  return rendered && rendered.ruleId === hit.rule.id ? rendered.message : hit.conclusion.message(f, reason);
}

/** `如仍要拒绝，须改用以下法律认可的理由之一…：A、B或C。` — the alternatives of a BLOCK, for the shop. */
function restateWith(alternatives: readonly RefusalReason[]): Message {
  let zh = '';
  let en = '';
  const last = alternatives.length - 1;
  alternatives.forEach((reason, i) => {
    const text = shopReason(reason);
    const zhSep = i === 0 ? '' : i === last ? '或' : '、';
    const enSep = i === 0 ? '' : i === last ? ' or ' : ', ';
    zh += zhSep + text.zh;
    en += enSep + text.en;
  });
  return {
    zh: `如仍要拒绝，须改用以下法律认可的理由之一，且须有事实依据：${zh}。`,
    en: ` If you still want to refuse, give one of these lawful grounds instead, and only if the facts support it: ${en}.`,
  };
}

/**
 * The decision's summary.
 *
 * @example summarize(f, decision, deciding)?.consumer.zh // '您的退货申请在七日无理由退货期内…'
 */
export function summarize(f: Facts, d: Omit<Decision, 'summary'>, deciding: readonly Hit[]): Summary {
  const reason = f.request.refusal.reason;
  const citation = decidingCitation(d);
  const cited = citation ? provisionName(citation) : undefined;
  const citeZh = cited ? `（${cited.zh}）` : '';
  const citeEn = cited ? ` (${cited.en})` : '';
  if (d.verdict === 'BLOCK') {
    const todo = blockTodo(d.requiredActions);
    const restate = d.requiredActions.includes('restate_reason') ? restateWith(d.alternativeReasons) : NOTHING;
    const notOn = NOT_ON[reason];
    const shop: Message = {
      zh: `${notOn.zh}${citeZh}。${todo.zh}${restate.zh}`,
      en: `${notOn.en}${citeEn}.${todo.en}${restate.en}`,
    };
    const fails = groundFails(reason, f, d);
    const outcome = consumerOutcomeOf(d.requiredActions);
    const consumer: Message = { zh: fails.zh + outcome.zh, en: `${fails.en} ${outcome.en}` };
    return { consumer, shop };
  }
  if (d.verdict === 'ALLOW') {
    // The deciding provision may allow the refusal on another basis than the stated reason (a business
    // buyer, an in-store sale), so the message says that the refusal may stand, not that its reason holds.
    const extra = allowTodo(d.requiredActions);
    const shop: Message = {
      zh: `可以拒绝本次退货${citeZh}；请保留支持拒绝的证据。${extra.zh}`,
      en: `You may refuse this return${citeEn}; keep the evidence that supports the refusal.${extra.en}`,
    };
    const consumer = decidingMessage(d, deciding, f, reason) ?? {
      zh: '本店可以不予退货。',
      en: 'The shop may decline the return.',
    };
    return { consumer, shop };
  }
  const shop: Message = {
    zh: `暂缓拒绝：本案需要合规人员审核${citeZh}。审核完成前不得拒绝，也不要告知消费者退货已被拒绝。`,
    en: `Hold the refusal: this case needs compliance review${citeEn}. Until the review is complete, do not refuse and do not tell the consumer the return is refused.`,
  };
  const consumer = decidingMessage(d, deciding, f, reason) ?? {
    zh: '您的申请需要由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。',
    en: 'Compliance staff will review your request before the shop answers you; until then your request is not refused.',
  };
  return { consumer, shop };
}

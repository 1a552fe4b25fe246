/**
 * The sentences a flag carries for compliance staff, in Chinese and English. Each states the facts
 * and, where a deadline was missed, the provision that sets it.
 */
export interface FlagMessage {
  zh: string;
  en: string;
}

const day = (iso: string) => iso.slice(0, 10);
/** `1 day`, `17 days`. */
const daysEn = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export function uncheckedRefusalMessage(input: {
  orderId: string;
  sku: string;
  refusedAt: string;
  reason: 'no_allow_check' | 'named_check_not_found' | 'named_check_not_allow' | 'named_check_other_item';
  namedCheckId?: string;
  verdict?: string;
}): FlagMessage {
  const what = {
    no_allow_check: {
      zh: '该订单商品没有结论为“允许”（ALLOW）的合规检查',
      en: 'there is no ALLOW check for this order and item',
    },
    named_check_not_found: {
      zh: `所引用的检查 ${input.namedCheckId ?? ''} 不存在或不属于本店`,
      en: `the check it names (${input.namedCheckId ?? ''}) does not exist for this shop`,
    },
    named_check_not_allow: {
      zh: `所引用的检查 ${input.namedCheckId ?? ''} 的结论为 ${input.verdict ?? ''}，而非“允许”（ALLOW）`,
      en: `the check it names (${input.namedCheckId ?? ''}) is ${input.verdict ?? ''}, not ALLOW`,
    },
    named_check_other_item: {
      zh: `所引用的检查 ${input.namedCheckId ?? ''} 针对的是其他订单或商品`,
      en: `the check it names (${input.namedCheckId ?? ''}) is about another order or item`,
    },
  }[input.reason];
  return {
    zh: `订单 ${input.orderId} 的商品 ${input.sku} 的退货申请于 ${input.refusedAt} 被拒绝，但${what.zh}。请核查该拒绝是否合法。`,
    en: `The return of item ${input.sku} on order ${input.orderId} was refused at ${input.refusedAt}, but ${what.en}. Check whether the refusal was lawful.`,
  };
}

export function refusalAgainstBlockMessage(input: {
  orderId: string;
  sku: string;
  refusedAt: string;
  checkId: string;
}): FlagMessage {
  return {
    zh: `订单 ${input.orderId} 的商品 ${input.sku} 的退货申请于 ${input.refusedAt} 被拒绝，而检查 ${input.checkId} 已认定该拒绝违法（BLOCK）。商家应接受退货。`,
    en: `The return of item ${input.sku} on order ${input.orderId} was refused at ${input.refusedAt} although check ${input.checkId} found the refusal unlawful (BLOCK). The shop must accept the return.`,
  };
}

export function refundOverdueMessage(input: {
  orderId: string;
  sku: string;
  receivedAt: string;
  dueAt: string;
  daysOverdue: number;
  refundedAt?: string;
}): FlagMessage {
  const late = input.refundedAt
    ? {
        zh: `退款直到 ${input.refundedAt} 才发出，逾期 ${input.daysOverdue} 天`,
        en: `the refund was not issued until ${input.refundedAt}, ${daysEn(input.daysOverdue)} late`,
      }
    : {
        zh: `至今未见退款，已逾期 ${input.daysOverdue} 天`,
        en: `no refund has been recorded, and it is now ${daysEn(input.daysOverdue)} overdue`,
      };
  return {
    zh: `订单 ${input.orderId} 的退回商品 ${input.sku} 已于 ${day(input.receivedAt)} 收到；依《消费者权益保护法》第二十五条第三款及《网络购买商品七日无理由退货暂行办法》第十三条，经营者应当自收到退回商品之日起七日内（即 ${day(input.dueAt)} 24:00 前）返还商品价款，${late.zh}。`,
    en: `The returned item ${input.sku} of order ${input.orderId} was received on ${day(input.receivedAt)}; under CRPL 25 ¶3 and NRR-MEASURES 13 the price had to be refunded within seven days of receipt (by ${day(input.dueAt)} 24:00 China Standard Time), and ${late.en}.`,
  };
}

export function factsChangedAfterBlockMessage(input: {
  orderId: string;
  sku: string;
  blockCheckId: string;
  allowCheckId: string;
  changed: string[];
}): FlagMessage {
  const fields = input.changed.slice(0, 10).join(', ') + (input.changed.length > 10 ? ' …' : '');
  return {
    zh: `订单 ${input.orderId} 的商品 ${input.sku} 的检查 ${input.blockCheckId} 结论为“阻止”(BLOCK)且仍待审查，之后店铺以不同的事实提交了检查 ${input.allowCheckId}，结论为“允许”(ALLOW)。变更的事实：${fields}。请核查事实变更是否属实；此前的 BLOCK 仍然有效，待审查处理。`,
    en: `Check ${input.blockCheckId} on item ${input.sku} of order ${input.orderId} is a BLOCK still open for review; the shop then sent check ${input.allowCheckId} with different facts, which came out ALLOW. Facts changed: ${fields}. Check whether the new facts are true; the earlier BLOCK stays open until reviewed.`,
  };
}

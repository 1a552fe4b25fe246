import { describe, expect, it } from 'vitest';
import { lintWithCurrentRuleset } from '#shared/policy-lint/index.js';

/** The verdict of a whole text: void if any clause is, else review if any is, else lawful. */
function verdictOf(text: string): string {
  const verdicts = lintWithCurrentRuleset(text).clauses.map((clause) => clause.verdict);
  return verdicts.includes('void') ? 'void' : verdicts.includes('review') ? 'review' : 'lawful';
}

/** Each text answers `verdict` as a whole (the text names the failing one). */
function expectEach(verdict: string, texts: readonly string[]): void {
  for (const text of texts) expect(verdictOf(text), text).toBe(verdict);
}

describe('Policy lint: readings added in cn-policy.148', () => {
  it('reads the no-reason return granted only to members as refused to every other buyer (fail open before)', () => {
    expectEach('void', [
      '仅会员可享受7天无理由退货。',
      '只有会员才能享受7天无理由退货。',
      '7天无理由退货服务只对会员开放。',
      'Only members may return items.',
      'Returns are available to members only.',
    ]);
    // A longer period or a shipping perk for members is a promise beyond the law.
    expectEach('lawful', [
      '仅会员可享受15天无理由退货。',
      '仅会员可享受免费退货运费。',
      'Only members get free return shipping.',
    ]);
  });

  it('reads the period after 订单 (fail open before: 单 was taken for a determiner, "单日")', () => {
    expect(verdictOf('订单3天内可以退货。')).toBe('void');
    expect(verdictOf('使用红包的订单3天内可以退货。')).toBe('void');
  });

  it('keeps a fee charged beside a negated one, and a negated fee alone lawful', () => {
    expect(verdictOf('退款扣手续费10%，不扣运费。')).toBe('void');
    expect(verdictOf('退货不扣手续费，但需支付10元包装费。')).toBe('void');
    expect(verdictOf('退款不扣手续费。')).toBe('lawful');
    expect(verdictOf('We do not charge a restocking fee, but credit card processing fees are non-refundable.')).toBe(
      'lawful',
    );
  });

  it('reads the goods a grant names apart from the goods a later part refuses, whose verb may be left out', () => {
    expect(verdictOf('特价商品可以退货，只有定制商品不退。')).toBe('lawful');
    expect(verdictOf('特价商品支持7天无理由退货，定制商品不支持。')).toBe('lawful');
    expect(verdictOf('普通商品支持7天无理由退货，特价商品不支持。')).toBe('void');
    // A grant with a condition qualifies the refusal: it is not read apart.
    expect(verdictOf('食品类商品售出后不退换，密封未拆封的商品可在7天内申请退货。')).toBe('lawful');
  });

  it("reads a domestic shop's denial of cross-border, medicine or business trade in any words, before the scope's words", () => {
    expectEach('void', [
      '本店从未销售跨境商品。\n特价商品不退不换。',
      '本店不是跨境店铺，特价商品不退不换。',
      '本店谢绝批发。\n特价商品不退不换。',
      'All our products are shipped from our domestic warehouse, we do not ship from overseas.\nSale items are final sale.',
    ]);
    // A negation of something else (a refusal, a list's lead-in, "非处方药") leaves the scope: review.
    expectEach('review', [
      '我们仅销售非处方药。\n特价商品不退不换。',
      '以下商品不支持退换：\n1、药品',
      'Our products are cross-border imports.\nSale items are final sale.',
    ]);
  });

  it('reads a withdrawal of the refunded balance in the next sentence or on another line, not of other money', () => {
    expect(verdictOf('退款将退至您的账户余额。所退款项可随时提现至银行卡。')).toBe('lawful');
    expect(verdictOf('退款统一退回至您的商城余额。\n余额可随时提现。')).toBe('lawful');
    expect(verdictOf('Refunds are issued as store credit. You can withdraw your store credit at any time.')).toBe(
      'lawful',
    );
    expect(verdictOf('退款将退至您的账户余额，推广佣金可随时提现。')).toBe('void');
    expect(verdictOf('Refunds are issued as store credit. You can withdraw your return request before it ships.')).toBe(
      'void',
    );
  });

  it('reads transit damage sent to the carrier, the remedy chosen by the shop and defects defined away as void', () => {
    expectEach('void', [
      '运输途中造成的破损，请买家自行联系快递公司索赔，本店不负责。',
      'Transit damage claims must be made with the carrier directly.',
      '质量问题的处理方式（退货、换货或维修）由本店决定。',
      '轻微瑕疵不属于质量问题，不予退换。',
      '超出7天的商品，如有质量问题一律不予处理。',
      '退货包裹须于签收后7日内到达本公司，逾期不予退款。',
      'Returns accepted within 7 days of delivery; the delivery day counts as day 1.',
    ]);
    expectEach('lawful', [
      '如您自选快递，运输途中破损请联系快递公司索赔。',
      '人为造成的划痕不属于质量问题，不予退换。',
      '请于签收后7天内寄回商品。',
    ]);
  });
});

describe('Policy lint: readings added in cn-policy.149', () => {
  it('reads a refusal with the goods as its object before the return (fail open before)', () => {
    expectEach('void', [
      '不支持特价商品退货。',
      '7天无理由退货不包括特价商品。',
      'Our return policy does not cover sale items.',
    ]);
    // A way of sending the goods back, a part or a way of paying the refund is no refusal of the return.
    expectEach('lawful', ['配件不支持单独退货，需与主机一并退回。', '无理由退货不包括运费。', '不接受定制商品退货。']);
  });

  it("reads who pays for a defect's return shipping, asked and answered (fail open before)", () => {
    expectEach('void', [
      'Q：质量问题退货运费谁承担？A：买家承担。',
      'Who pays return shipping for defective items? The buyer.',
      'Is return shipping free for defective items? No.',
    ]);
    expectEach('lawful', ['Q：质量问题退货运费谁承担？A：卖家承担。', 'Q：无理由退货运费谁承担？A：买家承担。']);
  });

  it('reads repair as the only remedy, and the 三包 refused for all goods, as narrowing the defect return', () => {
    expectEach('void', [
      '保修期内只修不换不退。',
      '本店商品不参加三包。',
      'Repair only: defective products will be repaired, not replaced or refunded.',
    ]);
    // After the 三包's fifteen days repair is the remedy; the regulation's own list and goods it does not cover are lawful.
    expectEach('lawful', [
      '商品签收15天后，出现质量问题只提供维修服务。',
      '属下列情形不实行三包。\n7、在质保期外。',
      '过保后只提供有偿维修。',
    ]);
  });

  it('reads sums and accounts as limits of the right, and perks for members as none', () => {
    expectEach('void', [
      '满100元的订单才支持退货。',
      'Returns are only accepted on orders of $30 or more.',
      '仅新用户可享受7天无理由退货。',
    ]);
    expectEach('lawful', [
      '仅会员可享受退款极速到账服务。',
      'Only members can return items free of charge.',
      '满99元包邮。',
    ]);
  });

  it('sends refusals of medicines, cross-border goods and wholesale orders to review, and reads a yes only of returns', () => {
    expectEach('review', [
      '非处方药一经售出，概不退换。',
      '7天无理由退货不适用于跨境商品。',
      'Returns are not accepted for international orders.',
    ]);
    expectEach('lawful', ['特价商品不能用优惠券吗？是的。', '特价商品不能开发票吗？是的。']);
  });
});

describe('Policy lint: readings added in cn-policy.150', () => {
  it('reads "sales are final" with goods between as a refusal, and a cosmetic\'s outer box as no seal (fail open before)', () => {
    expectEach('void', [
      'All jewelry sales are final.',
      '化妆品外包装拆开不予退货',
      'Skincare products cannot be returned once the box has been opened.',
    ]);
    // The goods' own seal, or a tea's plastic wrap, is the intactness test: lawful.
    expectEach('lawful', [
      '化妆品瓶口封膜拆开后不予退货',
      '茶包装塑封拆开后不退。',
      'Food items with broken seals cannot be returned.',
    ]);
  });

  it('reads defects reported within hours as too short a notice (fail open before)', () => {
    expectEach('void', [
      'Fresh produce issues must be reported within 2 hours of delivery.',
      '水果签收后超过12小时反馈的坏果不予赔付',
    ]);
  });

  it('reads refusals of other things than the return as none', () => {
    expectEach('lawful', [
      '不支持赠品退货。',
      '不支持极速退款。',
      'You cannot get a refund until we receive the returned item.',
      'Sale items are excluded from further discounts and coupon codes.',
      '拒绝恶意退货。',
      '赠品不折现',
      '价保：下单后7天内商品降价，可申请退还差价',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.151 (a code review of .148-.150)', () => {
  it('keeps the fail-opens the code review reproduced void', () => {
    expectEach('void', [
      '退货不扣运费并扣除10%手续费。',
      '退款统一退回至您的商城余额，不支持原路退回。\n推广佣金将存入您的账户，账户余额可随时提现。',
      'Refunds are only given as store credit.\nYou may withdraw from this agreement within 14 days.',
      '签收后3天内可无理由退货，价保15天。',
      '本店拒绝恶意退货，拆封即视为恶意退货。',
      '本店为品牌授权经销商，特价商品一经售出概不退换。',
      '本店不支持网上购买的商品退货。',
      '自2024年3月10日起，仅会员可享受7天无理由退货。',
      '运输途中造成的破损，本店不提供先行赔付，请买家自行联系快递公司索赔。',
      'Returns within 7 days; the delivery day counts as day 1. Please keep tags.',
    ]);
    expectEach('review', ['贴身内衣拆封后不支持退货；确认收货后请及时评价。']);
  });

  it('reads an answer that spares the consumer as no charge on them', () => {
    expectEach('lawful', [
      '质量问题退货运费由谁承担？您无需承担。',
      'Is return shipping free for defective items? No, we cover it.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.152 (a review of .151)', () => {
  it('reads fraud refused as no refusal of the return, and opening defined as malicious as one', () => {
    expectEach('lawful', [
      '拒绝恶意退货，调包商品视为恶意退货。',
      '退货不扣运费和手续费。',
      '无法为赠品单独办理退货。',
    ]);
    expectEach('void', [
      '本店拒绝恶意退货，拆封即视为恶意退货。',
      'Sales are final unless the item arrives damaged or defective.',
    ]);
  });

  it('reads a shop supplying dealers as business-only, and a price-guarantee period as no window', () => {
    expectEach('review', ['本店仅向授权经销商供货，不零售，不支持七天无理由退货。']);
    expectEach('lawful', [
      '保价期3天，7天无理由退货。',
      '内衣类商品不支持七天无理由退货，购买前需在确认订单页单独勾选同意。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.153 (a review of .152 and a fourth hunt)', () => {
  it('keeps a refusal of malicious returns when an ordinary return is defined as malicious, and spares fraud', () => {
    expectEach('void', [
      '拒绝恶意退货，收到货后不想要了申请退货的视为恶意退货。',
      '拒绝恶意退货，一个月内退货超过两次的视为恶意退货。',
      '拒绝恶意退货，恶意退货包括：拆封、使用过的商品。',
      '拆封即视为恶意退货',
      'We refuse malicious returns; any return of opened goods is deemed malicious.',
      'We refuse malicious returns; returning an item because you changed your mind is deemed malicious.',
    ]);
    expectEach('lawful', [
      '恶意退货将被拒绝',
      '对于恶意退货，本店有权拒绝',
      '恶意退货将被拒绝，调包、以次充好均视为恶意退货',
      'Fraudulent returns will be refused; swapping items is considered fraud.',
      'Malicious returns (e.g. returning a different item, or an empty box) will be refused.',
    ]);
  });

  it('reads a fee charged beside a negated one as charged, and a list of negated fees as none', () => {
    expectEach('void', [
      '退货不扣运费只扣10%手续费。',
      '退货不扣运费另收10元手续费。',
      'There is no restocking fee and a $10 handling fee will be deducted from your refund.',
      'We will not charge restocking fees and will deduct a $5 processing fee.',
      '退货需扣除5元验货费。',
    ]);
    expectEach('lawful', ['No restocking or handling fees.', 'We do not charge restocking fees and handling fees.']);
  });

  it('reads a shop that is or buys from a dealer as a retailer, and one that supplies dealers as business-only', () => {
    expectEach('void', [
      '本店为Apple授权经销商，所有商品一经售出概不退换。',
      '我们是一家授权经销商，商品售出不退不换。',
      '本店货源来自品牌授权经销商，特价商品不退换。',
    ]);
    expectEach('review', [
      '本店为经销商提供货源，不支持七天无理由退货。',
      '本店只为经销商供货，所有商品售出不退。',
      'We only supply authorised dealers; no returns.',
    ]);
  });

  it("judges an answer's own words after who pays, and a seal found broken on arrival as a defect", () => {
    expectEach('void', [
      '退货运费谁出？\n您可以在签收后3天内申请退货。',
      'Who pays return shipping?\nThe customer, and a 10% restocking fee applies.',
      '如收到时封膜破损，退货运费由买家承担。',
      '签收时吊牌损坏，请联系客服，退货运费由买家承担。',
    ]);
    expectEach('lawful', [
      '摔坏、进水的商品只提供维修服务，需付费。',
      'For water damage we offer repair only at your cost.',
    ]);
  });

  it('reads insured return shipping beside a window, cash-on-delivery orders and older wordings', () => {
    expectEach('void', [
      '如需退换，请于收货3日内保价寄回。',
      '退货需保价寄回，签收后5天内申请。',
      '不支持货到付款订单的无理由退货。',
      '贴身内衣拆封后不支持七天无理由退货，系统已为您勾选同意。',
      'The day you receive the item is day 1.',
      'All refunds are credited to your wallet and cannot be withdrawn.',
      '七天无理由退货自订单成立之日起计算。',
      '无理由退货的款项以优惠券形式返还。',
      '质量问题和非质量问题的退货运费都由买家承担。',
      '本店不接受到付件，质量问题退货运费请自行支付。',
      'All electronics must be returned factory sealed.',
      '退货商品须保持出厂密封状态。',
      '运输破损请联系快递公司',
      "Defective items must be returned at the buyer's expense.",
      '会员享受7天无理由退货，非会员不支持',
    ]);
    expectEach('lawful', [
      'All sales are final unless returned within 7 days of delivery.',
      'Sales are final unless you return the item in its original condition under our return policy.',
      'Invoices will be sent separately and cannot be returned.',
      '已拆封之保養品恕不退換。',
      '超出查验需要使用商品，导致商品价值贬损较大的，视为商品不完好，不予退货。',
      '收到商品后，食品密封包装被拆封损坏的不予退货',
      '问：面膜可以退吗？\n答：一次性密封包装拆开后就不能退了，未拆的7天内可退。',
      'Q: Can I return a lipstick?\nA: Only if its seal is unbroken.',
      '价格保护指您在本店下单购买的商品如遇同款商品直接降价的情况可在下单后3天内联系在线客服申请退还差价',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.154 (a review and a code review of .153)', () => {
  it('reads what a definition of malicious returns names, wherever it stands', () => {
    expectEach('void', [
      'Malicious returns will be refused, including opened items.',
      'We refuse malicious returns, including returns of items you simply changed your mind about.',
      'We do not accept fraudulent returns or returns of opened items.',
      '本店拒绝恶意退货和无理由退货。',
      '商品一旦拆封，即视为恶意退货，本店拒绝恶意退货。',
      '收到商品与描述不符申请退货的视为恶意退货，恶意退货将被拒绝。',
      '尺码不符视为恶意退货，本店拒绝恶意退货。',
      '收到后不想要了申请退货的，视为恶意退货',
      'If you change your mind, the return counts as abuse. Abusive returns will be refused.',
    ]);
    expectEach('lawful', [
      '恶意退货（如损坏后退回）将被拒绝',
      '调包商品视为恶意退货，本店不予退款',
      'Returns deemed malicious will be refused.',
      '我们不会将拆封视为恶意退货，请放心购买。',
      '拒绝恶意退货，以调包、故意损坏商品方式退货的视为恶意退货。',
    ]);
  });

  it("keeps 'sales are final' when the exception is the shop's or a seal, and spares a return condition", () => {
    expectEach('void', [
      'All sales are final unless the item is unopened.',
      'Sales are final unless the item has not been tried on.',
      'Sales are final unless approved in writing by our manager.',
    ]);
    expectEach('lawful', ['All sales are final unless returned within 7 days of delivery.']);
  });

  it('narrows the readings the code review found too wide', () => {
    expectEach('void', [
      '本店商品只换不退，人为损坏的仅提供付费维修。',
      '收货后3天内可申请退货或补差价。',
      'Shipping fees and all sale items cannot be returned or refunded.',
      '问：面膜可以退吗？\n答：任何东西拆封后都不能退。',
      '商品使用后导致价值贬损的不予退货。',
      '汽车保养品拆封后不退。',
      '本店同时为经销商供货。所有商品一经售出概不退换。',
      'We also supply retailers. No returns or refunds.',
      '本店为个人消费者和经销商提供商品，非质量问题不退换',
      '使用优惠券抵扣的订单，退款将统一退至店铺余额，不可提现。',
      'Q: Can I return a shirt?\nA: No opened merchandise can be returned.',
    ]);
  });

  it('reads older wordings the review reproduced', () => {
    expectEach('void', [
      '退货需收10元手续费',
      '收到商品后发现封膜破损的，运费需买家自理',
      '自订单成立之日起7天内可申请退货',
      'You have 7 days to return, counting from the day you receive the item (day 1).',
      '自签收当日起计算7天',
      '对于无理由退货，本店有权拒绝',
    ]);
    expectEach('lawful', [
      "Defective items should be returned at the buyer's expense; we will reimburse the shipping cost once received.",
    ]);
    // Read again at cn-policy.348: goods specially ordered in are ordinary goods, not made to the consumer's order, so
    // their exclusion from the no-reason return is void (it was lawful here, read as made to order).
    expectEach('void', ['No specially ordered items may be returned unless defective in workmanship and/or material.']);
  });
});

describe('Policy lint: readings fixed in cn-policy.155 (a review of .154 and a fifth hunt)', () => {
  it('reads fraud refused beside malicious returns as fraud, and ordinary returns beside them as refused', () => {
    expectEach('lawful', [
      '本店拒绝恶意退货和调包退货。',
      '本店拒绝恶意退货、恶意拒收。',
      'We refuse malicious returns and empty-box returns.',
      '拒绝恶意退货，退回商品被调换的视为恶意退货。',
      'Malicious returns will be refused, including items deliberately damaged.',
      'Malicious returns, e.g. returning a swapped item, will be refused.',
      'If the returned item is not the item we shipped, the return counts as fraud and will be refused.',
      '收到的商品有质量问题，请拍照联系客服，不属于恶意退货。',
      '恶意退货（如摔坏后退回）将被拒绝。',
    ]);
    expectEach('void', [
      '本店拒绝恶意退货和无理由退货。',
      '本店拒绝恶意退货，包括拆封后退货。',
      'We refuse malicious returns; returning an item after changing your mind is malicious.',
      'Returning an item because it is not as described is treated as abuse and will be refused.',
      '退货超过两次将封号。',
      'Customers who return more than 3 orders a year will no longer be eligible for refunds.',
    ]);
  });

  it('keeps the near neighbours of .154 lawful', () => {
    expectEach('lawful', [
      'All sales are final unless required by law.',
      'Shipping fees for sale items cannot be returned.',
      '签收后3天内可申请补差价换货，7天内可无理由退货。',
      '订单成立后，7天无理由退货自签收次日起计算。',
      '问：面膜可以退吗？\n答：拆封不能退，所有化妆品都一样。',
      '运费、包装费不可退。',
    ]);
    expectEach('void', ['All sales are final unless returned within 7 days of delivery and approved by us.']);
  });

  it("reads a return window under a 'Returns & Refunds' heading as the window, and the fifth hunt's wordings", () => {
    expectEach('lawful', [
      'Returns & Refunds\n- Cosmetics and skincare can be returned within 30 days if the seal is unbroken.\n- Other items can be returned within 30 days if unused.',
      'Returns within 30 days: we refund the full price you paid. No restocking fees.',
      '支持30天无忧退换，超过7天的只换不退。',
      '活鲜、冰鲜商品不支持无理由退货。',
      '私自拆机的商品不予退货。',
      '本店不支持收货后仅退款。',
      '退货运费由买家承担，若商品经核实存在质量问题，本店补偿运费。',
      'Shipping for defective returns is paid by you first. We refund it after inspection.',
    ]);
    expectEach('void', [
      '签收后7天内出现质量问题，本店仅负责换货。',
      '定制商品不支持退货，定制商品出现质量问题也不退换。',
      '超出7天后，任何问题均不予退货。',
      '本公司保留隨時修改及最終解釋本退貨政策之權利。',
      'We reserve the right to amend this policy without notice and our interpretation is final.',
      'The 7-day return window starts on the day of delivery (day 1).',
      'Returns are accepted within 7 days of delivery (day 1 is the delivery date).',
      '质量问题退货须收取运费。',
      '签收当日计算在内，7天内可退货。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.156 (a review of .155 and a code review of .154-.155)', () => {
  it('reads 如 meaning "if" after a refusal of malicious returns as no definition', () => {
    expectEach('lawful', [
      '本店拒绝恶意退货，如有疑义可联系平台介入。',
      '拒绝恶意退货，如需退货请先联系客服。',
      '拒絕惡意退貨，如有疑問請聯繫客服。',
      '恶意退货超过两次将封号。',
      '本店拒绝恶意退货和以假换真的退货。',
      '退回的商品如被调换，本店有权拒绝退货。',
      '拆封商品7天内可退，经核实属于恶意退货的，本店拒绝。',
      'Opened items may be returned within 7 days, but any return that is malicious will be refused.',
    ]);
    expectEach('void', [
      '冰鲜商品一经签收不退不换，包括质量问题。',
      '仅无理由退货本店报销运费，质量问题运费自理。',
      'We refuse malicious returns, empty-box returns and change-of-mind returns.',
    ]);
    expectEach('review', ['本店只做批发，不做零售，所有商品不退不换。']);
  });

  it('keeps an ordinary ground defined beside fraud, and a refusal before a fraud definition', () => {
    expectEach('void', [
      '请勿调包，拆封后退货的视为恶意退货，本店拒绝恶意退货。',
      'Opened items or empty boxes returned are deemed malicious returns and will be refused.',
      '本店不予退货，调包商品视为恶意退货。',
      "Faulty items are returned at the buyer's expense; we refund them once received.",
      "Defective items: return shipping is at the buyer's expense. Unwanted items: we refund the shipping.",
      '质量问题退货的，寄回运费自理，我们退还货款。',
      '洗涤后的商品不退，质量问题也不退。',
      '订单成立后7天内可申请退货。',
      'All sales are final unless returned because of a defect.',
      'We refuse malicious returns and returns that are deliberately opened.',
    ]);
    expectEach('lawful', ['质量问题退货无需收取运费。', '定制商品没有质量问题也不退。', '美容保养品拆封后不退。']);
  });

  it('reads older wordings the review reproduced', () => {
    expectEach('lawful', [
      '收货后仅退款不支持，需退货后退款。',
      'We do not issue refunds without the item being returned.',
      'Decisions regarding returns will be communicated within 3 days.',
      'All sales are final unless otherwise required by applicable law.',
      '发票一经开具，不予退换。',
      'Returns & Refunds\nReturns within 30 days: full refund.',
    ]);
    expectEach('void', [
      'Our interpretation of this policy is final.',
      '不想要了申请退货的，将被拉黑。',
      'The 7-day return period starts on the delivery date (day 1).',
      '定制商品不退不换，包括质量问题。',
      '退货超过两单将取消会员资格。',
      'Customers who return more than 3 orders will be charged a $10 fee per return.',
    ]);
    expectEach('review', ['Trade accounts only. Orders cannot be returned.']);
    expectEach('void', ['We are a wholesale supplier but also sell to the public; all sales are final.']);
  });
});

describe('Policy lint: readings fixed in cn-policy.157 (a review of .156)', () => {
  it('reads 如 before an ordinary ground as "for example", and grants naming defects as grants', () => {
    expectEach('void', [
      '拒绝恶意退货，如不喜欢就退。',
      '拒绝恶意退货，如已拆封、已试穿的商品。',
      '七天内可退货，但拆封后退货的，视为恶意退货，本店拒绝。',
      '退货退款及仅退款均不支持。',
      '仅退款不支持，退货也不支持。',
    ]);
    expectEach('lawful', [
      '本店支持退换，包括质量问题。',
      '7天内可退换，含质量问题。',
      '质量问题包退，人为损坏不负责。',
      '订单成立后7天内可退货，时间自签收次日起算。',
      '人为损坏的商品视为恶意退货，拒绝退货。',
      'Returns of empty packaging are deemed fraudulent and will be refused.',
      'If you return more than one item, we will charge a $5 fee for the return label.',
    ]);
    expectEach('review', ['We are wholesale only and do not sell to the public. All sales are final.']);
  });

  it('reads the shop paying defect shipping back in more wordings, and malicious refusals with reasons after a comma', () => {
    expectEach('lawful', [
      'Defective items: return shipping is at your cost; we will refund the cost of return shipping once received.',
      'If the item is faulty, please return it at your own expense and we will reimburse all shipping costs.',
      'Faulty goods are returned at your own cost, and we will reimburse it once received.',
      '质量问题退货运费买家先行垫付，我们将退还您支付的退货运费。',
      '质量问题运费买家自理，本店核实后补偿运费。',
      'We refuse malicious returns, but accept all other returns within 7 days.',
      'We do not accept malicious returns, so please only return items in good condition.',
      '恶意的退货超过两次将封号。',
      '无故拒收视为恶意退货，运费由买家承担。',
      '只退款不退货的申请将被拒绝。',
    ]);
    expectEach('void', [
      '订单成立后，7天内可退。',
      'Custom orders cannot be returned or exchanged, including for defects.',
      '退款超过3次将被封号。',
    ]);
    expectEach('review', ['本店只做批发，不卖给个人消费者，售出不退。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.158 (a review of .157)', () => {
  it('reads 如 before an instruction as "if", and refusals of every kind before 包括质量问题', () => {
    expectEach('lawful', [
      '拒绝恶意退货，如未收到货请联系客服。',
      '拒绝恶意退货，如因个人原因退货，运费由买家承担。',
      '谢绝恶意退货，如因商品质量问题退货，运费由本店承担。',
      '拒绝恶意退货，如被拒绝可申请平台介入。',
    ]);
    expectEach('void', [
      '拒绝恶意退货，如不喜欢就退。',
      '定制商品不能退换，包括质量问题。',
      '鲜花签收后无法退换，含质量问题。',
      '内衣拆封后不接受退换，包括质量问题。',
    ]);
  });

  it('reads a refusal to pay shipping back as none, and penalties and coordinated refusals the review named', () => {
    expectEach('void', [
      '质量问题退货运费由买家承担，本店不退还运费。',
      '质量问题退货运费由买家承担，我们退还货款不含运费。',
      '质量问题退货邮费由买家自理，商家概不报销邮费。',
      "Faulty items must be returned at the buyer's expense; we refund this purchase within 5 days.",
      "Defective items are returned at the buyer's expense. We refund it less the shipping cost.",
      'We refuse malicious returns and clearance merchandise.',
      'We do not accept malicious returns or opened packages.',
      'If you return more than one order, your account may be suspended.',
      'Customers who return frequently will be charged a $10 fee.',
      '非恶意的退货超过3次也将限制购买。',
    ]);
    expectEach('lawful', ['If you return more than one item, we will charge a $5 fee for the return label.']);
    expectEach('review', ['本店只做批发，不对个人销售。\n质量问题退货运费由买家承担，本店不退还运费。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.159 (a review of .158)', () => {
  it('reads 如 before an ordinary return ground as "for example", whatever follows', () => {
    expectEach('void', [
      '拒绝恶意退货，如不喜欢就退的买家请谨慎下单',
      '拒绝恶意退货，如已拆封的商品，本店不予处理',
      '拒绝恶意退货，如拍错、买错就退的，本店可拒绝',
      '拒绝恶意退货，如尺码不合适就退，请先咨询尺码',
    ]);
    expectEach('lawful', [
      '拒绝恶意退货，如未收到货请联系客服。',
      '拒绝恶意退货，如因个人原因退货，运费由买家承担。',
      '拒绝恶意退货，如因尺码问题需要换货请联系客服。',
    ]);
  });

  it('keeps lawful what the review of .158 named', () => {
    expectEach('lawful', [
      '定制商品不可退换，包括质量问题以外的原因',
      '质量问题退货运费由买家承担，本店收到后退还货款及运费',
      'Defective items: you pay the return shipping and we will refund it to your original payment method after inspection.',
      'For defective items, you pay the return postage and we will reimburse you for it.',
      'We refuse fraudulent returns and packages containing rocks or bricks.',
      'We reject fraudulent returns and orders placed with stolen cards.',
      'If you return more than one item from a bundle, the bundle discount will no longer be eligible.',
      'If you return more than one item, you will be charged a $5 fee to cover the return shipping.',
      'Frequent returners will be charged a $10 fee for the prepaid return label.',
    ]);
  });
});

describe("Policy lint: readings fixed in cn-policy.160 (a review of .159, the seventeenth key's tuning pages)", () => {
  it('reads 如 before an instruction in its own part as "if" after a refusal of malicious returns, and fraud refused as fraud', () => {
    expectEach('lawful', [
      '拒绝恶意退货，如买错了请在7天内申请退货',
      '本店不接受恶意退货，如不喜欢可在签收后7天内退回',
      '拒绝恶意退货，如试穿不合适请保持吊牌完好寄回',
      '拒绝恶意退货，如无理由退货请保证商品完好',
      '拒绝恶意退货，如调包、寄空盒的，一律拒收',
      '退回包裹内为石头、砖块等物品的，本店拒绝退款并报警',
      '调包商品本店一律不退。',
      'Tampered packages will not be accepted.',
      '拒绝恶意差评与恶意退货',
    ]);
    expectEach('void', [
      '退回包裹内为石头、砖块或特价商品的，不予退款',
      '本店不予退货，调包商品视为恶意退货。',
      'We refuse returns of packages containing rocks or bricks; defective items are exchanged only.',
    ]);
  });

  it('reads defect shipping repaid in part or not at all as on the consumer, and the shop not paying no-reason shipping as lawful', () => {
    expectEach('void', [
      '质量问题退货，运费由买家先行垫付，本店不退还运费。',
      '质量问题请先垫付运费，本店收到后退还货款及一半运费',
      '质量问题请先垫付运费，本店收到后退还货款及部分运费',
      '质量问题请先垫付运费，收到货后以优惠券形式返还运费',
    ]);
    expectEach('lawful', [
      '质量问题退货，请先垫付运费，收到后本店退还运费。',
      '个人原因退货，本店不承担运费。',
      '定制商品不退不换（不包括质量问题）。',
      '无法退换的商品不包括质量问题商品。',
      '非质量问题不换，仅支持七天无理由退货。',
    ]);
  });

  it('reads penalties, fees, limits and waivers the key and the review named', () => {
    expectEach('void', [
      '非恶意退货超过3次，本店将拉黑。',
      'A $15 penalty fee applies to all returns.',
      'In this case, you will receive a refund of the price paid, less an administration fee of S$6.',
      '一张订单可办理一次退换货，为确保您的权益，请考虑周全后办理。',
      '如无故退货，本店有权拒绝',
      '若商品已拆封，需酌收费用。',
      '鉴赏期内请保持床垫清洁完整并且未拆原厂包装袋，以维护退换货权益。',
      'If you cannot cooperate with the pickup within 14 days, you will be considered to have forfeited the request.',
      '定制商品不可退换，质量问题也不例外',
      'Engraved items are final sale, including defective ones.',
    ]);
    expectEach('lawful', [
      '恶意退货次数超过3次将永久拉黑。',
      'A $15 penalty fee applies to late payments.',
      '5. 联系方式\n邮箱：info@muqijewelry.com',
      '退换货办理方式\n（客服24小时内联系为您办理，请保持手机畅通）',
      'DEFECTIVE MERCHANDISE OR DAMAGE IN TRANSIT\nThis might take 3-5 business days.',
      '以下商品不支持7天无理由退货：\n1、任何非出售的商品；',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.161 (a review and a code review of .160)', () => {
  it('keeps what is joined to a lawful reading of .160: defects and the price beside the shipping, everything but a swap', () => {
    expectEach('void', [
      '个人原因或质量问题退货，本店均不承担运费',
      '个人原因退货本店不承担运费，质量问题也不例外',
      '个人原因退货，本店不承担运费和货款',
      '非调包商品本店一律不退',
      '除调包商品外，本店一律不退',
      'Except for swapped items, all sales are final.',
      '如发现调包将追究法律责任，商品售出一律不退',
      '运输途中被调包的商品，本店不予退款',
      'Items cannot be swapped or returned.',
      '非质量问题一律不换，拒绝接受退货',
      '非质量问题，本店不负责来回运费及退换',
      '拒绝恶意退货，如不喜欢请不要申请退货',
      '本店退换货服务不包括质量问题，质量问题请联系品牌售后',
      '本店将在15天内为您退还货款',
      '质量问题退货，本店承担一半运费',
      'If an item is faulty, we refund half of the return postage.',
    ]);
    expectEach('lawful', [
      '七天无理由退货，本店绝不会拒绝',
      '同一订单可一次退货，无需分开寄回',
      'You will not be deemed to have forfeited your refund if the courier delays your parcel.',
      '如需上门取件，将酌情收取费用',
      'A $15 penalty fee applies to late payments, returns are free.',
      'Custom orders are non-refundable, even if damaged by the customer.',
      '请勿拆除外包装上的防伪标签，否则不予退货',
      '如不想要了，请在签收后7天内申请，逾期不予处理',
      '质量问题退货，本店承担100%运费',
      '质量问题退货本店承担运费，另送5元运费券',
      '拒绝恶意退货，如不喜欢，请在签收后7天内申请退货',
      '调包商品与定制商品一律不退',
      'Refunds are issued in full; no administration fee of S$6 applies.',
    ]);
  });

  it('reads addresses only where they are, and more wordings of fees, deemed acceptance and refusals', () => {
    expectEach('void', [
      'All sale items are non-returnable.Shop with confidence.',
      '退货申请入口：www.abc.com，3天内有效',
      'A $15 fee applies to all returns.',
      '所有退货收取15元罚金',
      '一张订单仅限申请一次退货',
      'Customers who sign for the parcel are considered to have accepted the goods as conforming.',
      '如需退货，请勿拆开商品包装',
      "If you simply don't like it, we cannot accept a return.",
      '如无故退货，将拉黑处理',
      '以下商品不可退货：\n1、任何非正价出售的商品',
    ]);
    expectEach('lawful', [
      '5. 联系方式\n邮箱：info@muqijewelry.com',
      'The following cannot be returned:\n1. Any items not sold by us',
      '七天无理由退货（调包商品除外）',
      '拒绝职业打假与恶意退货',
      '细则二、以下情况不予办理退货：\n①任何非由上品折扣网出售的商品；',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.162 (a review of .161 and a blind hunt of 428 wordings)', () => {
  it('keeps the refusals the review of .161 found hidden, and the conditions it found read as refusals', () => {
    expectEach('void', [
      '如不想要了，请在签收后3天内申请，逾期不予处理',
      '如不想要了，请在发货后7天内申请，逾期不予处理',
      '如不想要了，请在签收后7天内申请，逾期不予处理，特价商品不予处理',
      '七天无理由退货（特价商品、调包商品除外）',
      '质量问题退货如需上门取件，将酌情收取费用',
      '个人原因或质量问题退货，本店均不承担运费',
    ]);
    expectEach('lawful', [
      '如不想要了，请在签收后7天内申请，逾期不予处理，质量问题除外',
      'Items must be returned within 7 days of delivery. Otherwise, we will not accept the return.',
      'For defective items, we cover 100% of the return shipping cost.',
      'Counterfeit returns will be refused.',
      'If the returned item has been swapped for a different product, the return will be refused.',
      '七天无理由退货不包括质量问题，质量问题按国家三包规定处理',
      '如需上门取件，将酌情收取费用',
    ]);
  });

  it('reads what the hunt found: fees, vouchers, transit risk, disputes, in-store counters, denied demands', () => {
    expectEach('void', [
      'All returns are subject to a HK$50 administration fee.',
      '3C商品拆封後需酌收10%整新費。',
      '所有退款將以本店禮券形式發放。',
      'Please note that we are not liable for goods lost or damaged by the courier.',
      '屏幕是否属于人为损坏，以本公司检测结论为准，用户不得异议。',
      'We are a small online boutique, so we kindly ask that all sales be treated as final.',
      '鑑賞期以商品送達當日起算七日。',
      'Faulty items must be returned to the manufacturer; we cannot accept faulty returns in store or online.',
    ]);
    expectEach('lawful', [
      'Credit card handling fees charged at checkout are non-refundable.',
      '退換貨運費由消費者自行負擔（瑕疵品及寄錯商品除外）。',
      '門市購買之商品，非瑕疵恕不退換。',
      '如您自行指定快递公司（非本店合作快递），运输途中的损坏风险由您承担。',
      '家电商品自签收之日起6个月内出现故障的，由我们负责检测，无需您自行提供检测报告。',
    ]);
    expectEach('review', ['Corporate and bulk orders (20 units or more, invoiced to a company) are non-returnable.']);
  });
});

describe('Policy lint: cn-policy.162, a demand for proof denied in English', () => {
  it('reads "you do not need to provide a test report" as no demand', () => {
    expectEach('lawful', ['For defective goods you do not need to provide a test report.']);
    expectEach('void', ['You need to provide a test report for defective goods.']);
  });
});

describe('Policy lint: readings fixed in cn-policy.163 (a review of .162)', () => {
  it('reads a change of mind asked within a lawful window, and what the rest of the sentence refuses', () => {
    expectEach('lawful', [
      '如不想要了，请在签收后7个工作日内申请，逾期不予处理',
      '如不想要了，请在签收后一周内申请，逾期不予处理',
      '如不想要了，请在签收后7天内申请，逾期不予处理（质量问题除外）',
      '如不想要了，请在签收后7天内申请，逾期不予处理，定制商品不予处理',
      '如不想要了，请在签收后7天内申请，逾期不予处理，食品拆封后不予处理',
    ]);
    expectEach('void', [
      '如不想要了，请在签收后3天内申请，逾期不予处理',
      '如不想要了，请在签收后7天内申请，逾期不予处理（特价商品除外）',
      '如不想要了，请在签收后7天内申请，逾期不予处理，特价商品不予处理',
    ]);
  });

  it('reads "otherwise we will not accept the return" with the condition before it', () => {
    expectEach('lawful', [
      'Items must be returned with all accessories and tags. Otherwise, we will not accept the return.',
      'Please contact us before sending anything back. Otherwise, we will not accept the return.',
      'Food items must have their seal intact. Otherwise, we will not accept the return.',
      '请保持吊牌完好。否则不予退货。',
    ]);
    expectEach('void', [
      'Please include all free gifts. Otherwise, we will not accept the return.',
      'Please keep the packaging sealed. Otherwise, we will not accept the return.',
      'Clothes must not have been tried on. Otherwise, we will not accept the return.',
      'Please use the return label we provide. Otherwise, we will not accept the return.',
      'Please request the return within 7 days of delivery. Otherwise, we will not accept the return, even if the item is faulty.',
    ]);
  });

  it('keeps what the code review of .162 found read too widely', () => {
    expectEach('void', [
      '厦门市的顾客，非质量问题不退换。',
      'Electronics that have been switched on cannot be returned.',
      'Sale items may be swapped for a different size but cannot be returned.',
      '本店将自行选择快递，运输途中的损坏风险由买家承担。',
      '本店不支持买家自行指定快递，运输途中的丢失、损坏风险由买家承担',
      '七天无理由退货（秒杀商品、调包商品除外）',
      '七天无理由退货期限含送达当天',
    ]);
    expectEach('lawful', [
      '如不想要了，请在7天内申请，逾期不予处理',
      '如不想要了，请在收到货后7天内申请，逾期将不予处理',
      '客服无权质疑您的退货理由。',
      'You are not responsible for goods damaged by the courier.',
      '上门取件不另收费。',
      '临期商品不支持七天无理由退货，需您在下单时主动勾选确认，系统不会默认勾选',
      '如签收当日为法定节假日，退货期限相应顺延',
      'Items paid for with a gift card are refunded as a gift card only.',
      '七天退换不包括质量问题，质量问题按三包处理',
      'Tags must be attached or else we cannot accept the return.',
      '因个人原因退换货的，运费由买家承担，不包括质量问题',
    ]);
    expectEach('review', ['Corporate and bulk orders are non-refundable.']);
  });

  it("reads defects sent to a lawful route, repairs paid by the consumer, and a courier of the consumer's choice", () => {
    expectEach('lawful', [
      '退换货服务不包括质量问题，质量问题按国家三包规定处理',
      '退换货服务不包括质量问题，质量问题请联系客服',
      'If you choose your own courier, we are not liable for goods lost or damaged by the courier.',
    ]);
    expectEach('void', [
      'For defective items we cover 100% of the return shipping; shipping for replacements is paid by you.',
      'If you choose express shipping, we are not liable for goods lost or damaged by the courier.',
      '本店退换货服务不包括质量问题，质量问题请联系品牌售后',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.164 (a review of .163)', () => {
  it('reads consequence sentences after lawful conditions in more words, and across a line break', () => {
    expectEach('lawful', [
      'Please request the return within 7 working days of delivery. Otherwise, we will not accept the return.',
      'Please request the return within one week of delivery. Otherwise, we will not accept the return.',
      'Electronics must not have been repaired by a third party. Otherwise, we will not accept the return.',
      'Please contact our customer service before sending the item back. Otherwise, we will not accept the return.',
      'Please make sure the item is not damaged. Otherwise, we will not accept the return.',
      'Please include all accessories.\nOtherwise, we will not accept the return.',
      '请在签收后7个工作日内申请退货。否则，恕不受理。',
      '请在签收后一周内申请退货，否则恕不受理。',
    ]);
    expectEach('void', [
      '请在签收后7个工作日内申请退货。否则，恕不受理，质量问题亦同。',
      'Please keep the packaging sealed.\nOtherwise, we will not accept the return.',
      'Please request the return within 7 days. Otherwise, no refund will be given, even for defective goods.',
    ]);
  });

  it('keeps windows from other events, sale goods and the signing day counted', () => {
    expectEach('void', [
      '如不想要了，请在出库后7天内申请，逾期不予处理',
      '如不想要了，请在拍下后7天内申请，逾期不予处理',
      '如不想要了，请在签收后7天内申请，逾期不予处理（秒杀商品除外）',
      '如不想要了，请在签收后7天内申请，特价商品签收后3天内申请，逾期不予处理',
      '签收当日为法定节假日的，也计入7天退货期',
      'We cannot accept faulty items after 14 days.',
    ]);
    expectEach('lawful', [
      '7天无理由退货（不含送达当天）',
      'We do not accept defective items after the 2-year warranty has expired.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.165 (a review of .164)', () => {
  it("reads the signing day left out of the count as the law's count, and a shorter window beside it as short", () => {
    expectEach('lawful', [
      '签收当日不计入退货期限',
      '签收当日为法定节假日的，不计入退货期',
      '7天无理由退货（不含送达当天）',
    ]);
    expectEach('void', [
      '签收当日为法定节假日的，也计入7天退货期',
      '退货期限为6天（不含送达当天）',
      '退货期限为5天（不含送达当天）',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.166 (a review of .165 and a seventh hunt)', () => {
  it('reads the window rules the review of .165 found: no extension, the signing day, weekdays, dispatch and deadlines', () => {
    expectEach('void', [
      '签收当日为法定节假日的，不计入退货期，但退货期最后一日不顺延。',
      '签收当日为周末的，不计入退货期，但期满不顺延。',
      '鑑賞期遇例假日恕不順延，逾期恕不受理。',
      '退货期限为7天（包括签收当天）',
      '退货期限为7天（送达当天计入）。',
      'The return period includes the day of delivery.',
      '退货期限为7天（不含发货当天）。',
      '退货期限为7天（以发货时间为准）。',
      '请在签收后5天内申请，否则不予受理。',
      '我们会在收到退货后尽快退款，最迟不超过一个月。',
      'Returns must reach our warehouse within 7 days of delivery.',
      'Damage must be reported on the day of delivery, otherwise we cannot accept claims.',
    ]);
    expectEach('lawful', [
      '签收当日为周六日的，不计入退货期限。',
      '签收当日不计入退货期限，期满不予受理。',
      '退货期限为7天，期满不予受理。',
      '签收当日不计入，退货须于7日内提出，否则不予受理。',
      '退货请于7日内提出，否则不予受理。',
      '请于签收后7日内申请退货，超期不予处理。',
      'Return shipping labels are emailed within 1 business day of your return request being approved.',
      '寄卖商品售出后，平台支持买家七天无理由退货，寄卖人结算款待退货期满后发放。',
      '预订蛋糕如需取消，请在配送前一天18点前联系客服，全额退款；制作开始后取消将扣除已发生的材料成本。',
    ]);
  });

  it("reads the shop's fault, seals, gifts, deposits and proof as the law does", () => {
    expectEach('void', [
      '因我方原因退货的，运费由买家承担。',
      "If the return is due to our error, return shipping is at the buyer's expense.",
      '大件商品质量问题退货，上门取件费用按实际收取',
      'Q：退货运费谁出？\nA：统一由买家承担哦。',
      '商品须密封完好，否则不予退货。',
      'All products must be sealed. If not, we will refuse the return.',
      '零食礼包外箱拆开后不支持退货。',
      'Q：沙发拆了包装还能退吗？\nA：亲，沙发拆包装后就不能七天无理由了哦。',
      '【预售说明】预售商品收货后退货，仅退还尾款，定金不予退还。',
      '赠品小样未退回的，按正装价格扣除费用。',
      'Please film an unboxing video. Claims for missing or damaged items without an unboxing video will not be entertained.',
      'Q：家具到货有小划痕怎么办？\nA：小划痕不影响使用，我们可以补偿20元，不支持退换哦。',
      '图书音像商品一经售出，非质量问题不退不换。',
      '福袋商品一經售出恕不退換。',
    ]);
    expectEach('lawful', [
      '非因我方原因退货的，运费由买家承担。',
      '所有貨品均可於收貨後7天內退貨，運費由顧客支付；瑕疵貨品之運費由本公司支付。',
      '化妆品须保持密封，否则不予退货。',
      '食品、化妆品须保持一次性密封包装完好，否则不予退货。',
      '医疗器械须保持密封，否则不予退货。',
      '月饼礼盒未拆封支持七天无理由退货，拆开外盒塑封但月饼独立包装未拆的，也可以退。',
      'Opened skincare and cosmetics cannot be returned for hygiene reasons; unopened items with the seal intact can be returned within 7 days.',
      '奶瓶、奶嘴、牙胶等入口类用品拆封后不退（商品页下单前已勾选确认）。',
      "Opened mystery boxes can't be returned - you'll be asked to tick a box confirming this at checkout. Unopened boxes can be returned within 7 days.",
      '非质量问题退货本店补贴10元运费。',
      '蛋糕属于鲜活易腐商品，非质量问题不退不换。',
      '以下情况不予退换货：\n1、定制尺寸、定制颜色的家具（下单时已与您确认定制参数）',
      '以下情况不予退换货：\n3、热水器未经专业人员安装导致的故障',
      '以下情况不予退换货：\n5、商品配件、说明书、保修卡缺失的',
      '教辅书籍写画后不予退货。',
      'Q：空调安装需要收费吗？\nA：标准安装免费，超出标准的铜管、支架按收费标准收取。',
      '【直播间公告】退货退款请联系店铺客服，主播不处理售后问题。',
      'Q：秒杀商品能退吗？\nA：秒杀商品和正价商品一样享受七天无理由退货。',
      '以下情况不予退货：\n4、参与满赠活动的赠品单独申请退货的',
      'Please return any free gift you received with your order. If it is not returned, its value as stated on the promotion page (NZ$15) will be deducted from your refund.',
      '如您同意，退款可转为店铺余额并额外赠送5%。',
      '如对商品质量有争议，可由双方协商选定检测机构检测，检测费用由责任方承担。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.167 (a review and a code review of .166, an eighth hunt)', () => {
  it('reads the regressions of .166 and the errors the eighth hunt found as the law does', () => {
    expectEach('void', [
      '饼干属于易腐商品，非质量问题不退不换',
      '周六日签收的订单，退货期从签收当天开始算',
      '食品及餐具须保持密封，否则不予退货',
      '三包期内经两次维修仍不能正常使用的，可免费换货，但不支持退货。',
      'Q：洗衣机用了一个月漏水，可以换新吗？\nA：超过15天只能维修，无论修几次都不能换新或退货哦。',
      'In case of any dispute, the decision of ABC Trading Ltd shall be final.',
      '签收6个月内出现故障需由您证明非人为损坏，否则按人为损坏处理。',
      '黄金饰品无理由退货按退货当日金价回收，差价由买家承担。',
      '钻石饰品退货时，需经我司鉴定中心复检，复检费用200元由买家承担。',
      'Products returned without the original box will incur a 20% repackaging fee.',
      '亲，7天内不满意都可以退，退回来的款项会转成店铺余额，下次购物直接抵扣，超级方便哦~',
      'We can only accept returns on items bought at full price.',
      'Sale items can be returned within 14 days for a credit note only.',
      '退货需要附上五星好评截图才能办理。',
      '笔记本电脑屏幕出现划线、坏点的，不予退换',
      '自下单之日起，7天无理由退货',
      '退款最长不得超过15个工作日',
      'Return request emails are only accepted if they are sent within 3 days of delivery.',
      'We sell skincare and clothing. Unopened items can be returned within 7 days.',
      '坚果手机须未拆封方可退货',
      '非定制尺寸的家具，非质量问题不退不换',
      '正价商品和特价商品均可换货，但只有正价商品可以退货',
      'Sale items sold below the listed price cannot be returned.',
      '所有退货运费均由买家承担；仅限会员的质量问题运费由本店承担',
      '退款统一以店铺余额形式返还，如您同意请下单',
      '收货后7天内可退货，定金不予退还，逾期不予受理',
      'The return window is 7 days from delivery and does not extend if it ends on a weekend.',
    ]);
    expectEach('lawful', [
      '鑑賞期最後一日遇例假日者，順延至次一工作日。',
      '退货期最后一日遇节假日的，顺延至下一个工作日。',
      '本店承诺30天无理由退货，期满不顺延',
      '收到退货后7天内退款（包括收货当天）',
      '除因我方原因外，退货运费由买家承担',
      '因我方原因退货的，无需买家承担运费',
      '奶粉须密封完好，否则不予退货',
      '口红须保持封口完好，否则不予退货',
      '避孕套须密封完好，否则不予退货',
      '以下情况不予退货：\n1、超期的',
      '无理由退货期限：签收次日起7天，到期后不予受理',
      '超期3天以内仍可申请退货',
      '售后服务热线：400-XXX-XXXX（周一至周日 9:00-21:00），节假日正常服务。',
      '退货商品到仓后，仓库将在48小时内完成验收；验收通过后立即退款。',
      '空调安装完成后，安装师傅会现场试机；三包有效期自安装完成之日起计算。',
      '近视眼镜为按您的验光数据定制加工，镜片加工后不支持七天无理由退货；如有加工质量问题，免费重做或退款。',
      '保健食品（蓝帽子）拆封后不支持七天无理由退货，未拆封的支持。',
      '购买套装（手机+耳机优惠价）部分退货的，按单件原价重新结算，多退少补。',
      '激活码未查看、未使用的，可在购买后7天内申请退款。',
      '演出票一经售出不退不换，如演出取消或延期，将按主办方公告全额退票。',
      '帐篷、睡袋等户外装备已在野外使用（有泥土、草屑、潮湿痕迹）的，不支持无理由退货。',
      '电脑自行加装内存、硬盘或更换零件后，不支持七天无理由退货。',
      'The 7-day return period does not include the day of delivery.',
      '7天退货期不会包括签收当天，自次日起算',
      '退货期限为签收后7天，赠送的优惠券到期不顺延',
      'Contact us to arrange same-day delivery; otherwise orders will not ship until Monday.',
      '图书音像类商品中，在线下载的数字商品不退',
      'The refund deadline is not extended for holidays: refunds are paid within 7 days of receiving your return.',
    ]);
  });
});

describe("Policy lint: readings fixed in cn-policy.168 (a review and a code review of .167, the eighteenth key's tuning pages)", () => {
  it('reads English refusals of change-of-mind returns, refunds in points, fees and one-exchange rules, and the regressions of .167', () => {
    expectEach('void', [
      'If the customers change their mind about any of items purchased, we reserve the right to not process a refund/return/exchange on this basis.',
      'Refund/Return/Exchange are also not issued should a customer change their mind about the purchase.',
      'Sorry, we do not accept change-of-mind returns.',
      'Please choose carefully as we do not refund for change of mind.',
      'We are unable to offer a refund if you have changed your mind.',
      'A customer cannot Refund/Return/Exchange on the basis that a better deal is offered elsewhere.',
      "We reserve the right to provide refunds only in point credits to customer's account.",
      'All other refunds via debit/credit cards will be refunded via account credits.',
      'Unless the item is out of stock only points refund will be provided.',
      'Refunds are issued as points to your account.',
      'Worth to note that, not full payment will be refunded, 10% administration fees of your amount purchased will be imposed.',
      'A one-time exchange is permitted per purchase.',
      '每張訂單只可進行一次換貨',
      'QUEENCONTACTS reserves the rights not to entertain any complaints file after 7 days of grace period.',
      'Liability is limited to the product value.',
      '30天无理由退货（会员），普通用户7天，节假日不顺延',
      '咖啡机、咖啡豆拆封后不退',
      '辅食机拆封后不予退货',
      '汽车漆面护理液开瓶后不予退货',
      '收到退货后7天内退款（包括收货当天），退货期7天（包括签收当天）',
      '7天无理由退款期满不顺延',
    ]);
    expectEach('lawful', [
      '活蟹属于鲜活易腐商品，非质量问题不退不换',
      '以下商品属于鲜活易腐商品，非质量问题不退不换：\n1、活虾\n2、活蟹',
      '退货不需要五星好评',
      "the decision of the People's Court is final",
      'We do not charge a packaging fee on returns.',
      '旧金换新款，每克收取工费15元',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.169 (a review of .168)', () => {
  it('reads English refusals after the window, sealed goods, points and missing parts as the law does', () => {
    expectEach('lawful', [
      'A customer cannot return on the basis of change of mind after the 7-day period.',
      'We do not refund for change of mind once 7 days have passed since delivery.',
      'We do not accept change-of-mind returns on lipstick once its seal has been broken.',
      'If you paid with points, the points will be refunded as point credits.',
      'We reserve the right to not process a refund if the item is returned with missing accessories or parts.',
      'Our liability is limited to the product value, except where the law provides otherwise.',
    ]);
  });
});

describe("Policy lint: readings fixed in cn-policy.170 (a review and a code review of .169, a hunt, the nineteenth key's tuning pages)", () => {
  it("narrows .169's English readings to what they meant and reads the wordings found beside them", () => {
    expectEach('void', [
      // .169's refusal after the window, read where the period is short, counted early or its extension excluded.
      'We do not refund for change of mind once 5 days have passed since delivery.',
      'We do not refund for change of mind once 7 days have passed since dispatch.',
      'Refunds for change of mind are not available after the 3-day return period.',
      'We do not accept returns on the basis of change of mind after the 7-day period from dispatch.',
      'No returns for change of mind, and no refunds for faulty items after 7 days.',
      'We do not refund for change of mind once 7 days have passed since delivery, counting the day of delivery as day 1.',
      'Once 7 days have passed since delivery, faulty items will not be refunded.',
      '签收超过7天后，质量问题商品不予退款。',
      // .169's sealed goods, points and liability readings, each too wide.
      'We do not accept change-of-mind returns on food processors once the seal has been broken.',
      'We do not accept change-of-mind returns on candles or perfume once the seal has been broken.',
      'We do not accept any returns on lipstick once its seal has been broken, including faulty ones.',
      'Points used at checkout will be refunded as points; the rest is refunded as store credit.',
      'Card payments and gift card payments are refunded as store credit only.',
      'Our liability is limited to the product value, except that shipping fees are never refunded.',
      'Orders delivered with missing parts will not be refunded; we only send the missing parts.',
      'Defective items returned without the manual will be refused.',
      // Wordings of the hunt and the nineteenth key's tuning pages.
      'Returns are accepted at the discretion of our staff.',
      'Only defective items are subject for refund, return or exchange.',
      'If a package is lost by UPS or USPS, it is the customers’ responsibility to file claims.',
      '其餘原因之退換貨，均須酌收運送商品的手續費及運費。',
      '自签收之日起7个工作日内，如您认为商品由质量问题（有相关政府部门提供数面鉴定），将为您办理退货。',
      '因质量问题产生的退货，退货邮费由本店承担，退款完成后会以现金券的形式报销。',
      'Our 7-day return window starts on the day your order is delivered (day 1).',
      '签收后7天内可以退，7天是按付款时间算的哦',
      'Please allow 2–3 weeks for your return to be processed.',
      'For defective items we offer a replacement or store credit.',
      '购买套装的，不支持拆单退货',
      '超出15天的，请联系厂家保修，本店不再负责。',
      '亲，超过7天就不能售后了哦',
      '包装拆了就影响二次销售了，不能退了哦',
      '赠品需一起寄回，缺少赠品按正品价格扣款',
      'We do not refund for change of mind once 7 days have passed since delivery; public holidays are not added to this period.',
    ]);
    expectEach('lawful', [
      'We do not accept change-of-mind returns on lipstick once its seal has been broken.',
      'Food and cosmetics whose one-time seal has been broken cannot be returned.',
      'Cosmetics cannot be returned for change of mind once the seal has been broken, unless faulty.',
      'We do not accept change-of-mind returns on contact lenses once the blister seal has been broken.',
      'After 7 days from delivery, we do not accept returns for change of mind.',
      'If you paid with points, the points will be refunded as point credits.',
      'Items returned with missing accessories or parts will be refused.',
      'Our liability is limited to the product value, except where the law provides otherwise.',
      'Except where the law provides otherwise, our liability is limited to the product value.',
      'Cancellation will not be accepted in certain cases including where:\nThe goods are liable to deteriorate or expire rapidly',
      '亲，本店支持7天无理由退货，退货时请保证商品不影响二次销售（吊牌完好、无洗涤、无污渍）',
      '拒收后我们会在收到退回包裹后3天内全额退款（含运费）',
      'Returns must be sent to our warehouse in China. Items sent to any other address will not be refunded.',
      'We are not responsible for any damage caused by improper use of our products.',
      '签收后7天内可退货，逾期不予受理，人为损坏本店不负责',
      '如商品在運送過程有瑕疵或損壞,欲申請退貨,亦請於收到貨品7日內提出,逾期恕無法受理。',
      '以下商品不适用于15 天无理由退货；\n6）非云兆商城官方商品（店主上传的自营商品），平台不予售后，请联系店主。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.171 (a review and a code review of .170)', () => {
  it("narrows .170's readings (seven-day defect cut-offs, savings, sealed goods, coffee, addresses) and stays linear on a resale test left open", () => {
    expectEach('void', [
      '不支持拆单退货',
      '亲，本店不支持拆单退货哦',
      'Our liability is limited to the product value, and shipping fees are non-refundable unless the law requires otherwise.',
      'Save where the law requires a refund, our liability is limited to the purchase price.',
      'Except for statutory warranty claims, our liability is limited to the product value.',
      'We are not responsible for any defects or damage, whether caused by misuse or otherwise.',
      "We offer free returns within 30 days, but lost or stolen packages are the customer's responsibility.",
      'Food once its seal has been broken, and electronics once opened, cannot be returned.',
      'Coffee drippers and kettles cannot be returned once opened.',
      'Tea trays cannot be returned once the packaging has been opened.',
      '本店戒指不支持改圈，所有商品一经售出不退不换。',
      'Leather goods can deteriorate quickly if stored improperly, so they are not returnable.',
      'Returns sent to another address will not be refunded, and we do not accept returns of sale items.',
      'Orders delivered to a different address than your billing address cannot be returned.',
      '签收超过7天后，质量问题商品不予退款，退回请使用快递，勿寄平邮。',
      'Our liability shall not exceed the purchase price, and refunds are not given except where required by law.',
      'Any customer who files a chargeback or PayPal dispute will lose the right to a refund and will be banned from our store.',
      'Customers who have returned more than 3 orders in the past 12 months will no longer be eligible for returns.',
      'Q：快递外箱破了怎么办？\nA：亲，外箱破损请当场拒收，签收了就不能补偿了哦',
      '团购须知：\n2、生鲜类商品请在自提点当面检查，离开后发现质量问题不予处理',
      'Q: Why was my refund reduced?\nA: Items returned opened or used may receive a partial refund of up to 50% of the item price.',
      'If the problem is not major, we will repair the item within a reasonable time.',
      'When Returns Are NOT Accepted\nSimply deciding you no longer want the item after purchase',
      'If the item has no defect, customer cannot ask for return after 7 days from dispatch.',
    ]);
    expectEach('lawful', [
      'Only defective items are subject for refund after 7 days from delivery.',
      'If the item has no defect, the customer pays the return shipping.',
      'If the item has no defect, customer cannot ask for return after 7 days from receipt.',
      'Once 7 days have passed since delivery, faulty items will not be refunded except where the law provides otherwise.',
      '质量问题商品签收7天后不予退款（法律另有规定的除外）',
      'After 7 days from delivery, only defective items can be returned.',
      'After the 7-day period, only faulty items are accepted for return.',
      'If the item has no defect, returns are not accepted after 7 days.',
      'Once 7 days have passed since delivery, faulty items will not be refunded, except as required by law.',
      'Once 7 days have passed since delivery, faulty items will not be refunded unless the law requires us to.',
      '签收超过7天后，质量问题商品不予退款，但法律另有规定的除外',
      '签收超过7天后，质量问题商品原则上不予退款，符合法定解除合同条件的除外',
      '7天后质量问题不退款，依法可退的除外',
      '签收7天后只有质量问题才能退货',
      'Only defective items are subject for refund after 7 days from delivery; return shipping for defective items is paid by us.',
      'After 7 days from delivery, only defective items are subject for refund; other items can be exchanged.',
      'Except where the law provides otherwise, faulty items will not be refunded once 7 days have passed since delivery.',
      'Within 7 days of delivery you may return any item; after that, returns are accepted at the discretion of our staff.',
      'Once 7 days have passed since delivery, change of mind returns will not be accepted under any circumstances.',
      'We do not accept returns for change of mind or wrong size after 7 days from delivery.',
      'No change of mind returns or exchanges after 7 days of receiving your order.',
      'Coffee capsules cannot be returned once the seal has been broken.',
      '赠品未退回的按赠品标价扣款，不按正品价格扣款。',
      '活动价按下单时间计算，支持签收后7天无理由退货。',
      'You may return items within 7 days of delivery. Weekends and public holidays are included.',
      '超过三包期的商品请联系厂家维修，本店不再负责。',
      '本店商品均有国家机构检测报告，请放心购买。',
      '平台这边无法售后哦，请联系店主处理。',
      'If the item has no defects but you no longer want it, we cannot refund the original shipping fee.',
      'Refunds for change of mind are issued within 3 days of receiving your return.',
      'Q：口红试色了能退吗？\nA：亲，口红属于化妆品，开封试用后不支持无理由退换哦',
      "Lost return parcels are the customer's responsibility.",
    ]);
  });
});

describe("Policy lint: readings fixed in cn-policy.172 (a review of .171, the twentieth key's tuning pages)", () => {
  it("reads resized rings and tea and coffee as .170 did, and the twentieth key's English and Hong Kong refusals", () => {
    expectEach('void', [
      "If 7 days have passed, unfortunately, we can't offer you a refund or exchange.",
      "We can't offer you a refund or exchange.",
      'Also, we would like to advise you that the following conditions are not entitled to a return or exchange under the Consumer Act of the Philippines (RA 7394):\n1. A sudden change of mind',
      'However, they are not entitled to return or exchange because of “change of mind” or “mistake” on their part.',
      'For defective items, we offer free replacement as compensation.',
      '退款條款\n2. 本公司不會處理沒有提供發票正本的客戶及個案。',
      '退回的貨品必需於良好狀況,即沒有被損壞、沒有被開啟及未被使用。',
      '任何退貨或更換或退款要求,於貨到後3天,均不會受理。',
      'Customers are not entitled to refunds for items that are damaged in transit with a courier.',
      'If the problem is not major, we will repair the item within a reasonable time.',
    ]);
    expectEach('lawful', [
      '改圈后不退不换',
      '戒指改圈后不支持退货',
      '戒指一经改圈，不退不换',
      'Tea bags and loose tea cannot be returned once the packet is opened.',
      'Decaf coffee cannot be returned once opened.',
      'If the problem is not major, we will repair it free of charge.',
      'We do not offer refunds for shipping costs.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.173 (a review and a code review of .172)', () => {
  it("reads .172's English cut-offs and refusals with the law's savings, the statutory goods they name and the change of mind they limit", () => {
    expectEach('void', [
      '支持改圈的戒指一律不退不换。',
      '未改圈的戒指也不退不换。',
      'Tea and coffee makers cannot be returned once opened.',
      'Tea whisks cannot be returned once the packaging is opened.',
      'Coffee tampers cannot be returned once opened.',
      'Tea-light holders cannot be returned once opened.',
      'Coffee-scented candles cannot be returned once opened.',
      'If the problem is not a major one, feel free to contact us and we will repair it.',
      'If the fault is not serious, we will fix it and will not refund the item.',
      "Returns are free within 30 days, lost parcels are the customer's responsibility.",
    ]);
    expectEach('lawful', [
      'Herbal teas cannot be returned once their seal has been broken.',
      'Loose leaf tea and ground coffee cannot be returned once the seal has been broken.',
      "If 30 days have gone by since delivery, unfortunately we can't offer you a refund or exchange, except where the law provides otherwise.",
      "We can't offer you a refund or exchange for items made to your measurements.",
      '收貨七天後的無理由退貨要求均不會受理',
      "If 30 days have gone by since delivery, unfortunately we can't offer you a refund or exchange, unless required by law.",
      "If 30 days have gone by since delivery, we can't offer you a refund or exchange, except as required by law.",
      "If 30 days have gone by since delivery, unfortunately we can't offer you a refund or exchange for change of mind.",
      "If 7 days have passed since delivery, we can't offer you a refund or exchange, except where the law provides otherwise.",
      'You are not entitled to a return for items made to your specifications.',
      'You are not entitled to a return or exchange once the seal of food items has been broken.',
      'You are not entitled to a return if you have removed the tags and worn the item.',
      '收貨七天後的無理由退貨申請均不會受理',
      '收貨七天後的退貨要求均不會受理，法律另有規定的除外',
      '收货七天后的无理由退货要求均不会受理',
      '收貨十五天後的無理由退貨要求均不會受理',
      '收貨七天後的退換要求均不會受理，質量問題除外',
      "We can't offer you a refund or exchange for change-of-mind returns after 7 days from delivery.",
      'Customers are not entitled to a return or exchange after 30 days, except where the law provides otherwise.',
      "We can't offer you a refund or exchange for fresh seafood.",
      '收貨七天後的退貨要求均不會受理，法定解除情形除外',
      'Loose tea cannot be returned once its seal has been broken.',
      '尺码不准可退换。',
      '温度计测量不准包退换。',
      '颜色不准可申请退货。',
      'You are not entitled to a refund until the returned item reaches our warehouse.',
      '人为损坏的，请自行联系厂家维修，本店不负责。',
      '质量问题商品签收15天后不予退换，法律规定的除外。',
      "Our liability is limited to the product's value, or where the law provides otherwise.",
      'Coffee beans cannot be returned once their seal has been broken.',
      '支持7天无理由退货，发货顺序按付款时间计算。',
      '支持7天无理由退货，发货按付款时间算。',
      "We are not liable for any damage caused by the customer's misuse.",
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.174 (a review and a code review of .173)', () => {
  it("reads .173's savings, exemptions and after-window refusals no wider than their words, and windows counted from a bare event", () => {
    expectEach('void', [
      "We can't offer you a refund or exchange for magazine racks.",
      'You are not entitled to a return for fresh seafood if it is faulty.',
      'You are not entitled to a return if you have removed the tags or tried the item on.',
      'You are not entitled to a refund if the parcel is lost in transit.',
      'You are not entitled to a refund if the parcel is lost in transit with the courier we chose.',
      'You are not entitled to a refund or replacement if the item is damaged in transit.',
      'Our liability shall not exceed the order value.',
      '發貨七天後的無理由退貨要求均不會受理',
      '付款七天後的無理由退貨要求均不會受理',
      '下單七天後的無理由退貨要求均不會受理',
      '收貨七天後的無理由退貨要求均不會受理，特價商品收貨後一律不會受理',
      '收貨七天後的無理由退貨要求均不會受理（以發貨時間計算）',
      '未刻字的商品不退不换',
      'Coffee beans and coffee grinders cannot be returned once opened.',
      '人为损坏以外的问题请联系厂家，本店不负责',
      '人为损坏的，请自行联系厂家维修，本店不负责，其他问题也请联系厂家',
      '以下商品不支持退货：\n1、海鲜酱',
      'You are not entitled to a refund if the parcel is lost in transit; please claim from the courier.',
      'You are not entitled to a return for fresh seafood, even if it arrives spoiled.',
      "We can't offer you a refund or exchange for fresh seafood, even if it arrives spoiled.",
      'You are not entitled to a return for custom-made items, including faulty ones.',
      'You are not entitled to a return if you have removed the tags or opened the packaging.',
      'You are not entitled to a return if you have removed the tags or unboxed the item.',
      '发货七天后的无理由退货要求均不会受理',
      '出貨七天後的無理由退貨要求均不會受理',
      '購買七天後的無理由退貨要求均不會受理',
      '發貨7天後的無理由退貨要求均不會受理',
      '下单七天后不接受无理由退货',
      '收貨七天後的無理由退貨要求均不會受理，以付款時間計算',
      '收貨七天後的無理由退貨要求均不會受理，退貨需扣除10%手續費',
      '人为损坏的，请自行联系厂家维修，本店不负责，质量问题请联系厂家',
      '人為損壞的，請自行聯繫廠家維修，本店不負責，其他問題亦請聯繫廠家',
      '人为损坏的，请自行联系厂家维修，本店不负责，保修期内的故障也请联系厂家',
      "We pay for your returns, and lost parcels are the customer's responsibility.",
      "Free shipping on returns, lost parcels are the customer's responsibility.",
      'We cannot offer you a refund, except in store credit, as permitted by law.',
      'You are not entitled to a refund if your parcel is lost in transit.',
      'Customers are not entitled to a return for defective items, whether worn or not.',
      'You are not entitled to a refund if the item has been used, even if it is faulty.',
      'You are not entitled to a refund for items damaged in transit, and items must be posted back to us within 7 days.',
      "After 30 days, we can't offer you a refund or exchange. Gift cards are non-refundable except where the law requires otherwise.",
      "After 30 days, we can't offer you a refund or exchange, and your statutory rights are excluded.",
      '超过30天不退不换，法律规定的无理由退货除外。',
      'If the problem is not a major one, we will only repair it and will not replace or refund it.',
      'If the problem is not a major one, we will repair it and refund the postage.',
      '人为损坏不退换，其余问题请联系厂家，本店不负责。',
      '使用不当造成的损坏不退换，出现问题请联系厂家售后，本店不负责。',
      '7天无理由退货（顺丰配送），按付款时间计算。',
      '可以改圈的戒指一律不退不换。',
      '本店提供免费改圈的服务，戒指一律不退不换。',
      'Items that are not made to your measurements cannot be returned.',
      'Tea cosies cannot be returned once opened.',
      'Coffee mills cannot be returned once opened.',
      'Food and white goods whose seal has been broken cannot be returned.',
      "We are not liable for any damage caused by the customer's misuse or by faults in the product.",
      'We are not liable for any damage caused by your misuse or by faults in the product.',
      "After 30 days, we can't offer you a refund or exchange, whether for change of mind or for faulty goods.",
      "If you have questions on returns, lost or missing parcels are the customer's responsibility.",
      'Once the seal of the food has been broken, no item in the order can be returned.',
      'You are not entitled to a refund if the item has been washed, even if it is faulty.',
      'You are not entitled to a refund before we have repaired the item twice.',
      'Coffee and black goods whose seal has been broken cannot be returned.',
      '签收快递就不予售后。',
      '商品已交物流则不予售后。',
      '收到快递就不能售后了。',
      '发货7天内可以无理由退货。',
      '支持发货7天内退货。',
      '付款7天内可以退货。',
      '收货7天后不接受无理由退货，以发货时间计算。',
    ]);
    expectEach('lawful', [
      "We can't offer you a refund or exchange for live seafood.",
      '花草茶拆封后不支持退货',
      'Q: Can I return a ring after resizing?\nA: Resized rings cannot be returned.',
      "Returned parcels, if lost or stolen in the post, are the customer's responsibility.",
      'If the fault is not serious, we will either repair it or issue a full refund.',
      '无理由退货的运费本店不承担。',
      '退货运费本店不承担。',
      '七天无理由退货的来回运费本店不承担，质量问题由本店承担。',
      '快递这边不予售后，请联系客服。',
      '48小时内发货，7天内可以无理由退货。',
      '下单后48小时内发货7天无理由退货。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.175 (a review and a code review of .174)', () => {
  it("reads .174's bare-event windows, shipping, faulty-goods and saving readings no wider than their words", () => {
    expectEach('void', [
      'Fresh flowers cannot be returned, even if they arrive wilted.',
      'Live seafood cannot be returned, even if dead on arrival.',
      'Live seafood cannot be returned, even if it arrives dead.',
      'Live crabs cannot be returned, even if dead on arrival.',
      'Live seafood cannot be returned, whether for change of mind or because it arrived dead.',
      'Fresh seafood cannot be returned, even if dead on arrival.',
      '所有退货运费本店均不承担',
      '任何退货运费本店均不承担',
      '退换货运费本店一律不承担',
      '退货运费本店不承担，包括质量问题',
      '所有退貨運費本店均不承擔',
      '不论何种原因，退货运费本店不承担',
      'Live oysters cannot be returned, even if dead on arrival.',
      'Fresh flowers cannot be returned, even if dead on arrival.',
      'Live plants cannot be returned, even if they arrive dead.',
      'Live seafood cannot be refunded, even if it dies in transit.',
      'Live seafood cannot be returned, including dead-on-arrival ones.',
      'If the fault is not serious, we will repair it or refund the return postage.',
      'You are not entitled to a refund for fresh seafood sent by express delivery, even if it arrives spoiled.',
      '奶茶机拆封后不退不换。',
      '普洱茶刀拆封后不退不换。',
      '非刻字商品一律不退。',
      '无须刻字的饰品也不退换。',
      'Our liability is limited to the value of your order.',
      'Our liability is capped at the purchase price.',
      'You are not entitled to a refund until the item has been repaired twice.',
    ]);
    expectEach('lawful', [
      '发货7天内到货，签收后7天内可无理由退货',
      '海鲜酱拆封后不退',
      '下单7天内未发货可申请退款',
      '发货7天内没收到货请联系客服',
      '发货7天内到货，到货后7天内可退',
      '海鲜酱一经拆封不退',
      '海鲜酱开封后不支持退货',
      '海鲜酱、辣椒酱拆封后不退',
      '辣椒酱拆封后不退',
      '蚝油拆封后不退',
      '番茄酱拆封后不退',
      '酱料拆封后不退',
      '海鲜酱拆封后不退，其他商品支持7天无理由退货',
      '以下商品拆封后不退：\n1、海鲜酱',
      '收貨七天後的無理由退貨要求均不會受理，海鮮醬拆封後不退',
      '发货7天内未收到货可申请退款',
      '发货7天内未签收请联系客服',
      '发货7天内到货，签收7天内可退',
      '下单7天内到货，签收后7天无理由退货',
      '發貨7天內沒收到貨請聯繫客服',
      '下單7天內未發貨可申請退款',
      'Q：没收到货怎么办？A：发货7天内没收到货请联系客服',
      '海鲜酱拆封后不予退货',
      '海鲜酱拆封后不退换',
      '海鮮醬拆封後不退',
      '海鲜酱拆封后，不支持无理由退货',
      '以下商品不支持无理由退货：\n1、拆封后的海鲜酱',
      'Q：海鲜酱可以退吗？A：拆封后不退',
      '货到付款7天内可无理由退货。',
      '支持货到付款7天内包退换。',
      '当天发货7天内可无理由退货。',
      '48小时内极速发货7天内可退换。',
      '7天无理由退货，仓库发货统一按付款时间计算。',
      '人为损坏不予保修，请自行联系厂家维修，本店不负责。',
      'Custom-made items cannot be returned, but if they are faulty we will repair, replace or refund them.',
      'Personalised items cannot be returned except if they are faulty.',
      'Perishable goods are non-refundable, except if they arrive spoiled.',
      'Personalised items cannot be returned whether you like them or not, but faulty ones are refunded in full.',
      'Cosmetics cannot be returned once opened, including those with a broken seal.',
      "After 30 days, we can't offer you a refund or exchange. This policy does not take away your statutory rights.",
      "After 30 days, we can't offer you a refund or exchange. Your statutory rights still apply.",
      "After 30 days, we can't offer you a refund or exchange, except as required by consumer protection law.",
      'We are not responsible for any damage caused by misuse or abuse of the products.',
      "For returns of unwanted items, lost parcels are the customer's responsibility.",
      "For returns to our warehouse, lost parcels are the customer's responsibility.",
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.176 (a review and a code review of .175)', () => {
  it("reads .175's shipping, bare-event, sauce and faulty-goods readings no wider than their words", () => {
    expectEach('void', [
      '人为损坏不予保修，使用中出现问题请联系厂家，本店不负责',
      '人为损坏不予保修，收到后出现问题请联系厂家，本店不负责',
      '人為損壞不予保修，使用中出現問題請聯繫廠家，本店不負責',
      'Fresh flowers cannot be returned, even if they arrive wilted, but faulty vases are refunded.',
      '发货7天内包退包换。',
      '发货7天内可以退。',
      '付款7天内未使用的商品可退货。',
      '发货7天内没有拆封可以退货。',
      '现货商品发货7天内可退货。',
      '顺丰包邮发货7天内可退货。',
      '30天价保付款7天内可退货。',
      '酱油瓶拆封后不退。',
      '调味品收纳盒一经拆封不退换。',
      '酱料刷拆封后不退。',
      '酱汁壶拆封后不退。',
      'Sauce dishes cannot be returned once opened.',
      'Fresh flowers cannot be returned, even if they arrive wilted, and nothing is refunded.',
      'Live seafood cannot be returned, even if it arrives dead, as no claims are accepted.',
      'Live seafood cannot be returned, even if it looks fine but is dead on arrival.',
      'Perishable goods cannot be returned, even if spoiled, and we will refund only the delivery fee.',
      '人为损坏不予保修，一切问题请联系厂家，本店不负责。',
      '人为损坏不予保修，使用中遇到问题请联系厂家，本店不负责。',
      "For returns of repaired items to you, lost parcels are the customer's responsibility.",
      'You are not entitled to a refund until the item is back in stock.',
      '发货7天内包退。',
    ]);
    expectEach('lawful', [
      '退换货运费本店一律不承担，质量问题除外',
      '所有无理由退货运费本店均不承担',
      '退货运费本店一律不承担，质量问题除外',
      '退換貨運費本店一律不承擔，質量問題除外',
      '退换货运费本店一律不承担，质量问题由本店承担运费',
      '无理由退货运费本店一律不承担',
      '任何无理由退货的运费本店均不承担',
      '七天无理由退货运费本店一律不承担',
      '所有無理由退貨運費本店均不承擔',
      '非质量问题，所有退货运费本店均不承担',
      '非质量问题退货运费本店一律不承担',
      '个人原因退货的，运费本店一律不承担',
      'Q：退货运费谁出？A：无理由退货运费本店一律不承担',
      '签收后7天内可无理由退货，付款7天内可申请开具发票。',
      '签收7天内可无理由退货，下单7天内可享受赠品。',
      '所有商品均支持7天无理由退货，退货运费本店不承担。',
      '如有任何疑问请联系客服，退货运费本店不承担。',
      '酱板鸭拆封后不退。',
      'Live fish cannot be returned, even if one dies weeks after delivery.',
      'Fresh flowers cannot be returned, even if they have withered after a week in your vase.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.177 (a review and a code review of .176)', () => {
  it("reads .176's shipping, window, sauce and faulty-goods readings no wider than their words", () => {
    expectEach('void', [
      '支持七天无理由退货，退货运费本店概不承担',
      '所有商品支持七天无理由退货，退货运费本店一律不承担',
      '所有商品支持七天无理由退货，不论何种原因退货运费本店均不承担',
      '支持七天无理由退货，退货运费本店一律不承担，质量问题也不例外',
      '支持七天无理由退货，如有任何疑问请联系客服，退货运费本店概不承担',
      '所有商品支持七天无理由退货，退货运费一律由买家承担',
      '退货运费概由买家承担',
      '一律不承担退货运费',
      'Live plants cannot be returned, even if one dies hours after delivery.',
      'Live seafood cannot be returned, even if it dies minutes after delivery.',
      'Live plants cannot be returned, even if one dies the moment it is delivered.',
      'Live plants cannot be returned, even if they die in transit.',
      'Live plants cannot be returned, even if they died in the post.',
      'Fresh flowers are non-refundable, even if they arrive withered.',
      "Fresh produce cannot be returned even if it arrives rotten, and we won't refund it.",
      'Fresh produce is non-refundable, including rotten items, and we will not replace them.',
      '本店支持无理由退货,发货7天内有效',
      '支持七天无理由退货，期限为发货7天内',
      '顺丰发货7天内可退货',
      "For returns of repaired items to you, lost parcels are the customer's responsibility.",
    ]);
    expectEach('lawful', [
      '退货运费本店一律不承担，质量问题除外',
      '退货运费本店一律不承担，质量问题除外，如有任何疑问请联系客服',
      '除质量问题外，退货运费本店一律不承担',
      '一律不承担退货运费，质量问题除外',
      '七天无理由退货，运费本店概不承担',
      '非质量问题退货，运费统一由买家承担',
      '如有任何疑问请联系客服，退货运费本店不承担',
      '所有商品一律包邮，退货运费由买家承担',
      '若商品未有包邮或商品系卖家附条件包邮的，买家部分退货致使无法满足包邮条件的，由买家承担所有邮费。',
      'Live plants cannot be returned, even if one dies weeks after delivery.',
      'Custom orders cannot be returned even if unused, but faulty items will be refunded in full.',
      'Custom orders cannot be returned even if unused, however faulty items are refunded in full.',
      '海天酱油瓶装1.9L,开封后不退换',
      '调味料盒装,拆封后不退',
      '蓝莓果酱瓶装,开封后不退',
      '付款7天内未收货可申请退款',
      '下单7天内仍未出库可申请退款',
      '48小时内安排发货7天内可退货',
      '当天下午发货7天内可退货',
      '付款7天内可申请开具发票',
      'You are not entitled to a refund until the item is back with us.',
      "For returns of items given to you as gifts, lost parcels are the customer's responsibility.",
    ]);
  });

  it('names the shipping of every return refused as the shipping issue, not as a refusal of every return', () => {
    for (const text of ['退换货运费本店一律不承担', '所有退货运费本店均不承担', '不论何种原因，退货运费本店不承担'])
      expect(lintWithCurrentRuleset(text).clauses[0]?.issues, text).toEqual(['quality_return_shipping_on_consumer']);
  });
});

describe('Policy lint: readings fixed in cn-policy.178 (a review and a code review of .177)', () => {
  it("reads .177's shipping, window, sauce and live-goods readings no wider than their words", () => {
    expectEach('void', [
      '酱油瓶装、酱料碟，开封后均不退',
      '蜂蜜瓶装、调料盒，拆封后不退',
      'You are not entitled to a refund until the item is back with us and resold.',
      'You are not entitled to a refund until the item is back in production.',
      'Flowers cannot be refunded even if wilted within a day of delivery.',
      '支持七天无理由退货、退货运费本店概不承担',
      '支持七天无理由退货，发货7天内凭发票办理',
      '问：退货运费谁出？\n答：运费本店概不承担',
    ]);
    expectEach('lawful', [
      '支持七天无理由退货，付款7天内可修改收货地址',
      '支持七天无理由退货，发货7天内可查询物流',
      '问：七天无理由退货运费谁出？\n答：运费本店概不承担',
      '满99包邮，退货后订单金额不足99元的，由买家承担所有邮费',
      '发票概不单独邮寄，退货运费由买家承担',
      'Live plants cannot be returned, even if they die after two weeks.',
      'Live plants cannot be returned even if they die later in your care.',
      'You are not entitled to a refund until the item is back in our warehouse.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.179 (a review and a code review of .178)', () => {
  it("reads .178's window, shipping, sauce and live-goods readings no wider than their words", () => {
    expectEach('void', [
      '退货：发货7天内可申请',
      '如需退货，发货7天内可联系客服',
      '退货：发货7天内寄回至我司地址',
      '当天拍下发货7天内可退货',
      '全场包邮，签收不足7天退货的，运费一律由买家承担',
      '退货运费概不报销',
      '支持七天无理由退货/退货运费本店概不承担',
      'Live plants are non-refundable even if they die within a week.',
      'Plants that wilt within a day of delivery cannot be refunded.',
      'We cannot refund plants that die hours after delivery.',
      '活体到货当天死亡不予退款',
      'Q: Who pays return shipping? A: We do not cover any return shipping.',
    ]);
    expectEach('lawful', [
      '48小时内快递发货7天内可退货',
      '支持七天无理由退货退款运费一律由买家承担',
      '退货后订单金额不足99元的，由买家承担所有邮费',
      'You are not entitled to a refund until the returned item has been received, after which your refund is paid within 7 days.',
      '酱油瓶装、酱料碟装，开封后均不退',
      'Plants that die within a day of delivery will be replaced; plants that die after two weeks are not covered.',
      'We do not cover any return shipping on 7-day no-reason returns.',
      'Q: Who pays return shipping on a 7-day no-reason return? A: We do not cover any return shipping.',
      '支持七天无理由退货，下单7天内可免费更换颜色',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.180 (a review and a code review of .179)', () => {
  it("reads .179's readings in their other wordings, and refunds put off until a resale", () => {
    expectEach('void', [
      '支持七天无理由退货退款/运费一律由买家承担',
      '退货运费概不补贴',
      '次日到快递发货7天内可退货',
      '退货：发货7天内寄回至本店收货地址',
      'We cannot refund until the item is back with us and restocked.',
      'We refund after the returned item has been resold.',
      '退回商品售出后再退款',
      '活体到货当天死亡的，不予退款',
      'We will not refund succulents that die hours after delivery.',
    ]);
    expectEach('lawful', [
      '问：七天无理由退货的运费谁出？答：运费概不报销',
      '付款后7天内可开具发票，签收后7天内可退货',
      '支持7天无理由退货，发货10天内可申请延长收货',
      '支持七天无理由退货/换货运费一律由买家承担',
      'We do not cover any return shipping if you change your mind.',
      '满2件包邮，退货后不足2件的，由买家承担所有邮费',
      '酱料碟装，开封后不退',
      'Plants that die within a day of delivery cannot be returned; we will refund you in full.',
      '活体到货当天死亡不退回，直接全额退款',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.181 (a review and a code review of .180)', () => {
  it("reads .180's resale, live-goods and other-act readings no wider than their words", () => {
    expectEach('void', [
      '问：七天无理由退货的运费谁出？答：运费概不报销。问：质量问题呢？答：同样概不报销',
      '退货商品重新上架销售后再退款。',
      '发货后7天内可申请开具发票，逾期不予退货。',
      'You pay any return shipping if you send an item back.',
      'Plants that die on arrival cannot be refunded; we will replace damaged pots.',
      '活体到货当天死亡的不予退款，也不会为您补发。',
      '酱油碟装10只，一经拆封不退换。',
    ]);
    expectEach('lawful', [
      'We refund as soon as the item arrives, not after it has been restocked.',
      'We refund once the item arrives back, to the account we were paid from.',
      '收到退货后立即退款，无需等商品再次销售后再退款。',
      '问：退货后是否要等商品售出后再退款？答：不需要，收到退货后3天内退款。',
      '出库后7天内可申请开具发票，签收后7天内支持无理由退货。',
      '活体到货当天死亡不退回，直接全额退款',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.182 (a review and a code review of .181)', () => {
  it("reads .181's resale, live-goods, other-act and sauce readings as their words say", () => {
    expectEach('void', [
      '为什么要等商品再次销售后再退款？因为仓库需要核对库存。',
      'Refunds will be issued, but not until the returned item has been resold.',
      'We will refund you once we are reimbursed.',
      '收到退货后，待商品售出后再退款。',
      'Plants that die on arrival are not refundable; under no circumstances will we refund you.',
      'Plants that die on arrival cannot be refunded. For other items we refund you within 7 days.',
      '付款后7天内可申请开具发票，逾期不可退。',
      '酱油碟装十只，一经拆封不退换。',
    ]);
    expectEach('lawful', [
      '付款后7天内可申请开具发票，发票需随退回商品一并寄回。',
      '付款后7天内开具发票，包退包换详见售后说明。',
      '退货请先联系销售后再办理退款。',
      "Plants that die on arrival cannot be returned; we'll refund you in full.",
      '活体到货当天死亡不退回商品直接全额退款。',
      'Customers pay any return shipping on 7 day returns.',
      '付款后7天内可申请开具发票，请联系售后客服。',
      '沙拉酱汁杯装6个（每个25克），拆封后不退。',
      '问：退货要我承担运费吗？答：不承担，我们出。问：质量问题呢？答：同样不承担',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.183 (a review and a code review of .182)', () => {
  it("reads .182's other-act, follow-up, resale, live-goods and sauce readings as their words say", () => {
    expectEach('void', [
      '付款后7天内可申请开具发票，逾期不再受理退货。',
      '付款后7天内可申请开具发票，逾期无法退货。',
      '付款后7天内可申请开具发票，逾期退货不予受理。',
      '付款后7天内可申请开具发票，逾期不退。',
      '问：七天无理由退货运费谁出？答：本店不承担。问：质量问题呢？答：同样不承担',
      '问：无理由退货运费谁出？\n答：买家承担。\n问：质量问题呢？\n答：同样不报销。',
      '问：无理由退货运费谁出？\n答：买家承担。\n问：质量问题呢？\n答：同样由买家承担。',
      '活体到货当天死亡不予退款，也不会再为您补发。',
      '活体到货当天死亡不退不换，也无法获得全额退款。',
      '一次性酱汁杯装100个，拆封后不退换。',
      '退回的商品售出后才能退款。',
      '问：需要等商品二次销售后再退款吗？答：要的',
      'Do you only refund after the returned item has been resold? Yes, we do.',
    ]);
    expectEach('lawful', [
      '付款后7天内可申请开具发票（发票需随退货商品一并寄回）。',
      '付款后7天内可申请开具发票，不影响退货。',
      'Refunds are issued when the goods arrive, not when they are resold.',
      'We refund you after inspection, whether the item is resold or not.',
      'Refunds are made without waiting until the returned item has been resold.',
      'Your refund is not delayed until the item is resold; it is issued as soon as we receive it.',
      '无需等待退回的商品二次销售后再退款，收到退货后3天内退款。',
      '我们并非等商品二次销售后再退款，收到退货后3天内退款。',
      'Plants that die on arrival cannot be returned; if the plant arrives dead in its pot, we will refund you in full.',
      '沙拉酱料碟装三个（每个30克），拆封后不退。',
      '酱汁杯装6个，开封后不退不换。',
      '问：退货要我承担运费吗？答：不承担，我们出。问：质量问题呢？答：同样不承担',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.184 (a review and a code review of .183)', () => {
  it("reads .183's other-act, resale, follow-up and sauce readings as their words say", () => {
    expectEach('void', [
      '付款后7天内可申请开具发票（逾期不予退货）。',
      '付款后7天内可申请开具发票，逾期将不再为您办理退货。',
      '付款后7天内可申请开具发票，逾期不得退货。',
      '无需等待审核直接寄回退回的商品售出后再退款。',
      'Refunds are only issued once the returned item, regardless of its condition, has been resold.',
      'We refund only once the returned item, no need to ask, has been resold.',
      '问：七天无理由退货运费谁出？答：本店不承担。问：质量问题呢？答：同样不能报销。',
      '陶瓷酱料碟装4个（每个120克），拆封后不退。',
      '酱料碟装10个（每个50ml），拆封后不退。',
    ]);
    expectEach('lawful', [
      '付款后7天内可申请开具发票，逾期不退发票，退货不受影响。',
      '付款后7天内可申请开具发票，逾期恕不受理退票。',
      '商品经检验确认可二次销售后可退款。',
      '一次性酱汁杯装6个（每个25克），拆封后不退。',
      '沙拉酱料碟装三个（30g/个），拆封后不退。',
      '酱料碟装三个（每个约30克），拆封后不退。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.185 (a review and a code review of .184)', () => {
  it("reads .184's other-act, resale, follow-up and sauce readings as their words say", () => {
    expectEach('void', [
      '付款后7天内可申请开具发票，逾期恕不受理退票及退货。',
      '付款后7天内可申请开具发票，逾期不退发票和商品。',
      '付款后7天内可申请开具发票，逾期不予退票退货。',
      '退回的商品售出后可退款。',
      '厂家确认退款后可为您退款。',
      '问：七天无理由退货运费谁出？答：本店不承担。问：质量问题呢？答：同样不可以报销',
      '酱料碟装4个（每个120克，陶瓷材质），拆封不退。',
      '陶瓷酱油碟装4个（每个120克），拆封后不退。',
      '一次性酱汁杯装100个（50ml带盖），拆封后不退。',
    ]);
    expectEach('lawful', [
      '下单后7天内可修改收货地址（逾期无法修改，不退运费）。',
      '无需等待商品被二次销售后再退款。',
      '不需要等商品重新上架并二次销售后再退款。',
      '沙拉酱料碟装三个（净含量30克），拆封后不退。',
      '酱料碟装10个（每个30克，塑料碟装），拆封不退。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.186 (a review and a code review of .185)', () => {
  it("reads .185's other-act, resale, follow-up and sauce readings, and a defect's shipping declined, as their words say", () => {
    expectEach('void', [
      '付款后7天内可申请开具发票（逾期不退运费和商品）。',
      '付款后7天内可申请开具发票，逾期不退快递费及货款。',
      '无需等待很久但退回的商品须二次销售后才退款。',
      '酱料碟装4个（每个120克，硅胶），拆封后不退。',
      '玻璃果酱瓶装4个，拆封后不退。',
      '质量问题退货运费本店不予承担。',
      '如有质量问题，退货运费本店不承担。',
    ]);
    expectEach('lawful', [
      '下单后7天内可修改收货地址（逾期无法修改，运费不退）。',
      '下单后7天内可修改收货地址（逾期无法修改，不退还运费）。',
      '商品经检验确认符合二次销售后即可退款。',
      '沙拉酱料碟装三个（每个30克，塑料包装），拆封后不退。',
      '沙拉酱料碟装三个（每个30克，赠竹签），拆封后不退。',
      '除质量问题外，退货运费本店不承担。',
      '如非质量问题，退货运费本店不承担。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.187 (a review and a code review of .186)', () => {
  it("reads .186's other-act, resale, defect-shipping and sauce readings as their words say", () => {
    expectEach('void', [
      '付款后7天内可申请开具发票，逾期不予退还运费及商品款。',
      '付款后7天内可申请开具发票，逾期商品和运费不退。',
      '付款后7天内可申请开具发票，逾期不退来回运费和货款。',
      '酱料碟装4个（每个120克，陶瓷制），拆封后不退。',
      '酱料碟装4个（每个120克，实木），拆封后不退。',
    ]);
    expectEach('lawful', [
      '无需等待您退回的商品二次销售后再退款，收到退货后3天内退款。',
      '除了质量问题，退货运费本店不承担。',
      '质量问题包退，其他退货运费本店不承担。',
      '酱料碟装10个（每个30克，木质盒装），拆封后不退。',
      '沙拉酱料碟装三个（每个30克，包装材质：塑料），拆封后不退。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.188 (a review and a code review of .187)', () => {
  it("reads .187's other-act, resale, defect-shipping and sauce readings as their words say", () => {
    expectEach('void', [
      '付款后7天内可申请开具发票，逾期商品和来回运费不退。',
      '付款后7天内可申请开具发票，逾期退款及运费不予退还。',
      '无需等待签收我们会在商品二次销售后退款。',
      '不用等到月底我们在商品二次销售后才退款。',
      '质量问题包退包换，但来回运费本店不承担。',
      '质量问题及其他退货，运费本店均不承担。',
      '除了质量问题，错发漏发的退货运费本店也不承担。',
      '酱料碟装4个（每个120克，陶瓷材质，包装材质：纸盒），拆封后不退。',
    ]);
    expectEach('lawful', [
      '付款后7天内可申请开具发票，逾期不退还运费及退货运费。',
      '付款后7天内可申请开具发票，逾期不退还发票。',
      '无需等待您需要退回的商品二次销售后再退款。',
      '除了因质量问题退货，运费本店不承担。',
      '酱料碟装10个（每个30克，木耳），拆封后不退。',
      '酱料碟装10个（每个30克，实木礼盒装），拆封后不退。',
      '酱料碟装10个（每个30克，玻璃纸包装），拆封后不退。',
      '沙拉酱料碟装三个（每个30克，材料：大豆、芝麻），拆封后不退。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.189 (a review and a code review of .188)', () => {
  it("reads .188's other-act, resale, defect-shipping and sauce readings as their words say", () => {
    expectEach('void', [
      '付款后7天内可申请开具发票，逾期不退还差价及货款。',
      '付款后7天内可申请开具发票，逾期不退货发票不补开。',
      '付款后7天内可申请开具发票，逾期不退款手续费照收。',
      '无需等审批二次销售后才退款。',
      '不是不用等商品二次销售后才退款。',
      '质量问题外包装破损的退货，运费本店不承担。',
      '质量问题或者其他原因退货，运费本店不承担。',
      '酱料碟装4个（每个120克，胡桃木托盘），拆封后不退。',
    ]);
    expectEach('lawful', [
      '无需等待您退回的两件商品二次销售后再退款。',
      '无需等待您退回的商品在其他平台二次销售后再退款。',
      '无需等待商品入库再二次销售后再退款。',
      '除了质量问题，退货运费本店不承担，换货运费本店也不承担。',
      '除了质量问题，退货运费以及包装费用本店不承担。',
      '质量问题外的退货，运费本店不承担。',
      '酱料碟装10个（每个30克，包装材质：陶瓷），拆封后不退。',
      '沙拉酱料碟装三个（每个30克，包装材质为塑料），拆封后不退。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.190 (a review and a code review of .189)', () => {
  it("reads .189's other-act, resale, defect-shipping and sauce readings as their words say", () => {
    expectEach('void', [
      '付款后7天内可申请开具发票，逾期不退还商品差价及货款。',
      '下单后2小时内可修改地址，逾期不予退还运费及货款。',
      '无需等待退货到仓库所有商品都要二次销售后再退款。',
      '并不是说无需等待商品二次销售后再退款。',
      '质量问题，以及其他原因退货运费本店不承担。',
      '除了质量问题外，错发漏发的退货运费本店也不承担。',
      '有无质量问题，运费本店均不承担。',
      '酱料碟装4个（每个120克，包装：纸盒、碗：陶瓷），拆封后不退。',
    ]);
    expectEach('lawful', [
      '付款后3天内可申请价保，逾期商品和运费不退，但支持7天无理由退货。',
      '付款后3天内可申请价保，逾期不退，价保商品以下单价格为准。',
      '付款后7天内可申请开具发票，逾期不提供发票及商品清单。',
      '无需等候二次销售后再退款。',
      '无需等待审核和二次销售后再退款。',
      '质量问题外退货运费本店不承担。',
      '除了质量问题，其他退货运费本店也不承担。',
      '酱料碟装10个（每个30克，包装材料：竹），拆封后不退。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.191 (a review and a code review of .190)', () => {
  it("reads .190's other-act, resale, defect-shipping and sauce readings as their words say", () => {
    expectEach('void', [
      '付款后7天内可申请开具发票，逾期不退定金及货款。',
      '付款后7天内可申请开具发票，逾期不提供发票及商品退货。',
      '付款后3天内可申请价保，逾期的商品，恕不退还。',
      '付款后3天内可申请价保，逾期商品不退，会员可享受退货运费险。',
      '质量问题外地客户退货运费本店不承担。',
      '除了质量问题，其他如错发漏发的退货运费本店也不承担。',
      '不等于无需等待商品二次销售后再退款。',
      '酱料碟装4个（每个120克，包装：纸盒、胡桃木托盘），拆封不退。',
    ]);
    expectEach('lawful', [
      '所有无质量问题的退货，运费由买家承担。',
      '除了质量问题，另外的退货运费本店不承担。',
      '除了质量问题，别的退货运费本店也不承担。',
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常受理。',
      '酱料碟装10个（每个30克，包装：玻璃、塑料），拆封后不退。',
      '酱料碟装10个（每个30克，包装：玻璃瓶、瓶盖：塑料），拆封后不退。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.192 (a review and a code review of .191)', () => {
  it("reads .191's other-act, price-protection, defect-shipping and sauce readings as their words say", () => {
    // "所有无质量问题及错发漏发的退货，运费由买家承担" was read void here; cn-policy.193 reads it lawful (below).
    expectEach('void', [
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常情况下不予受理。',
      '付款后3天内可申请价保，逾期商品不退，运费可退。',
      '付款后7天内可申请开具发票，逾期不退还定金、运费及货款。',
      '质量问题包退包换，个别的偏远地区运费本店不承担。',
      '酱料碟装4个（每个120克，包装：纸盒、北美黑胡桃木托盘），拆封不退。',
    ]);
    expectEach('lawful', [
      '所有无质量问题及非错发漏发的退货，运费由买家承担。',
      '付款后7天内可申请开具发票，逾期不提供发票及退货运费险。',
      '付款后3天内可申请价保，享受商品价保，逾期不退。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.193 (a review and a code review of .192)', () => {
  it('reads "无质量问题及错发漏发" as the stock phrase: returns with neither, whose shipping the consumer may pay', () => {
    // RULES.md §5: of two open readings, the one less favourable to the shop decides when it is lawful; 无 and 非 govern
    // the faults joined to the defect ("非质量问题及错发漏发的退换货"), so the shop keeps the shipping of its own faults.
    expectEach('lawful', [
      '非质量问题及错发漏发的退换货，运费由买家承担。',
      '所有无质量问题及错发漏发的退货，运费由买家承担。',
      '除质量问题及错发漏发外，退货运费由买家承担。',
      '唯有无质量问题的退货，运费由买家承担。',
    ]);
    expectEach('void', [
      '所有无质量问题的退货，以及错发漏发的退货，运费由买家承担。',
      '质量问题由本店承担运费，其他情况如错发漏发运费由买家承担。',
    ]);
  });

  it('keeps a no-reason return beside price protection however it is said, and not when it is refused or only a fee', () => {
    expectEach('lawful', [
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常处理。',
      '付款后3天内可申请价保，逾期商品不退，无理由退货按正常流程处理。',
      '付款后3天内可申请价保，逾期商品不退，七天无理由退货正常享受。',
    ]);
    expectEach('void', [
      '付款后3天内可申请价保，逾期商品不退，无理由退货将不再正常受理。',
      '付款后3天内可申请价保，逾期商品不退，运费也可退。',
      '付款后3天内可申请价保，逾期商品不退，差价部分可退。',
    ]);
  });

  it('reads documents after a return as no return, other returns after 其他, and packing inserts as packing', () => {
    expectEach('lawful', [
      '付款后3天内可申请开具发票，逾期不提供发票及商品退换货说明。',
      '付款后3天内可申请开具发票，逾期不提供发票及商品退货凭证。',
      '质量问题包退，其他退货如需寄回，运费本店不承担。',
      '质量问题包退，其他非错发的退货运费本店不承担。',
      '酱料碟装10个（每个30克，包装：纸盒、塑料内托），拆封后不退。',
      '酱料碟装10个（每个30克，包装：纸盒、塑料隔板），拆封后不退。',
    ]);
    expectEach('void', [
      '酱料碟装4个（每个120克，包装：纸盒、北美进口黑胡桃木实木托盘），拆封后不退。',
      '酱料碟装4个（每个120克，包装：纸盒、实木砧板），拆封后不退。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.194 (a review and a code review of .193)', () => {
  it('keeps a no-reason return beside price protection only where nothing refuses it or a defect after it', () => {
    expectEach('lawful', [
      '付款后3天内可申请价保，逾期商品不退，无理由退货及运费均可退。',
      '付款后3天内可申请价保，逾期商品不退，运费自理仍可7天无理由退货。',
      '付款后3天内可申请价保，逾期商品不退，免运费并支持7天无理由退货。',
    ]);
    expectEach('void', [
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常情况下一律不予受理。',
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常情况下，不予受理。',
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常处理，质量问题不退。',
    ]);
  });

  it("reads the shop's faults after a defect's noun phrase, and their negations, by their words", () => {
    expectEach('void', [
      '所有无质量问题退货及错发漏发退货，运费由买家承担。',
      '所有无质量问题的退货及缺件少件的退货，运费由买家承担。',
      '质量问题包退，其他情况比如错发漏发运费本店不承担。',
    ]);
    expectEach('lawful', [
      '所有无质量问题的退货及人为破损的退货，运费由买家承担。',
      '质量问题由本店承担运费，其他未错发的退货运费由买家承担。',
      '质量问题由本店承担运费，因买家地址填写错误导致错发的运费由买家承担。',
    ]);
  });

  it('finds a ware vessel past packing inserts and long material names', () => {
    expectEach('void', [
      '酱料碟装4个（每个120克，包装：纸盒、塑料内托、北美黑胡桃木托盘），拆封后不退。',
      '酱料碟装4个（每个120克，包装：纸盒、北美进口天然黑胡桃木实木托盘），拆封后不退。',
      '酱料碟装4个（每个120克，包装：纸盒、实木餐板），拆封后不退。',
    ]);
    expectEach('lawful', [
      '酱料碟装4个（每个120克，包装：纸盒、塑料垫板），拆封后不退。',
      '酱料碟装4个（每个120克，包装：纸盒、塑料衬板），拆封后不退。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.195 (a review and a code review of .194)', () => {
  it('reads a refusal after 正常 by its verb, and a fee or a refusal beside a kept no-reason return', () => {
    expectEach('lawful', [
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常情况下，不收取手续费。',
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常情况下，不会拒绝。',
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常处理、运费不予报销。',
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常处理，非质量问题不退运费。',
    ]);
    expectEach('void', [
      '付款后3天内可申请价保，逾期商品不退，运费可在退货时一并退还。',
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常处理，非质量问题不退。',
    ]);
  });

  it("reads the shop's faults by the words just before them, and damage the buyer caused as the buyer's", () => {
    expectEach('void', [
      '所有无质量问题的退货及人为损坏或错发的退货，运费由买家承担。',
      '质量问题由本店承担运费，其他未经客服同意的错发退货运费由买家承担。',
      '只有无质量问题的退货，运费由买家承担，错发漏发也是。',
      '酱料碟装4个（每个120克，包装：纸盒、塑料底托、陶瓷碟），拆封后不退。',
    ]);
    expectEach('lawful', [
      '所有无质量问题的退货及买家自行损坏的退货，运费由买家承担。',
      '质量问题由本店承担运费，除质量问题、错发漏发外的退货运费均由买家承担。',
      '质量问题包退，其他使用后破损的退货运费本店不承担。',
      '付款后3天内可申请开具发票，逾期不提供发票及商品退款金额凭证。',
      '酱料碟装4个（每个120克，原木餐厅同款），拆封后不退。',
    ]);
  });

  it('reads "只有无质量问题的退货" as the returns whose shipping the buyer pays, not as defect-only returns', () => {
    const shippingOnly = ['只有无质量问题的退货，运费由买家承担。', '仅有无质量问题的退货需买家承担运费。'];
    expectEach('lawful', [...shippingOnly, '只有质量问题的退货，运费由本店承担。']);
    // A return granted for defects only is still refused for every other reason.
    expectEach('void', ['只有无质量问题的商品才可以退货。', '只有质量问题才能退货。', '仅限质量问题退换。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.196 (a review and a code review of .195)', () => {
  it('reads every refusal beside a kept return after price protection, and a fee only as the subject of its verb', () => {
    expectEach('void', [
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常处理，质量问题以外不退。',
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常处理，无质量问题不退。',
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常情况下，退款及运费不予退还。',
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常情况下，含运费险订单不予受理。',
      '付款后3天内可申请价保，逾期商品不退，无理由退货正常情况下一律不给退。',
    ]);
    // Only the shipping refused, or a fee refunded with the no-reason return: the return is kept.
    const kept = ['无理由退货正常处理，质量问题以外不退运费。', '运费可在无理由退货时一并退还。'];
    expectEach(
      'lawful',
      kept.map((rest) => `付款后3天内可申请价保，逾期商品不退，${rest}`),
    );
  });

  it("reads 也是 after the shop's own shipping as the shop's, and 菜盘 after wood as a vessel", () => {
    expectEach('lawful', ['无理由退货运费由买家承担，质量问题由本店承担运费，错发漏发也是。']);
    expectEach('void', ['酱料碟装4个（每个120克，包装：纸盒、原木菜盘），拆封后不退。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.197 (a review and a code review of .196)', () => {
  it('reads a fee, a collect-on-delivery parcel or a condition after 正常 as no refusal of the kept return', () => {
    const after = (rest: string) => `付款后3天内可申请价保，逾期商品不退，无理由退货${rest}`;
    expectEach(
      'lawful',
      [
        '正常情况下不给退运费。',
        '正常情况下禁止到付。',
        '正常情况下不行的话请联系客服。',
        '正常处理，无质量问题不退来回运费。',
      ].map(after),
    );
    expectEach('void', ['正常情况下一律不给退。', '正常处理，无质量问题不退。'].map(after));
  });

  it("charges the shop's faults by 也是 after the buyer's shipping however far, and reads 外观 before 以外", () => {
    expectEach('void', ['无理由退货运费由买家承担，不包邮，错发漏发也是。']);
    expectEach('lawful', ['质量问题由本店承担运费，错发、漏发、外观破损以外的退货运费买家承担。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.198 (a review and a code review of .197)', () => {
  // What follows price protection and a kept no-reason return, and how it reads.
  const besideKept: [verdict: 'void' | 'lawful', rest: string][] = [
    ['void', '正常处理，质量问题不退来回运费。'],
    ['void', '正常处理，无质量问题不退还运费和货款。'],
    ['void', '正常情况下不给退运费和货款。'],
    ['void', '正常情况下不退货及运费。'],
    ['lawful', '正常情况下拒收到付件。'],
    ['lawful', '正常情况下没法承担运费。'],
  ];
  it("reads a defect's shipping or a refund refused beside a kept return as refused, and a fee's own refusal as none", () => {
    for (const [verdict, rest] of besideKept)
      expectEach(verdict, [`付款后3天内可申请价保，逾期商品不退，无理由退货${rest}`]);
  });

  it("stops 也是 at the shop's charge however named, and reads 外 as an exception only before 的 or a stop", () => {
    expectEach('lawful', ['无理由退货运费由买家承担，质量问题运费由我方承担，错发漏发也是。']);
    expectEach('void', ['无理由退货运费由买家承担，不包邮，错发漏发也是。', '错发了颜色款式的外套运费由买家承担。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.199 (a review and a code review of .198)', () => {
  const priceProtected = '付款后3天内可申请价保，逾期商品不退，';
  /** Each reading, with clauses it makes void and clauses it leaves lawful. */
  const readings: Record<string, { void: string[]; lawful: string[] }> = {
    'a fee refused with the price joined to it refuses the price': {
      void: ['七天无理由退货，不退运费和货款。', '七天无理由退货，货款及运费不予退还。', '退货运费和货款均不退还。'],
      lawful: ['七天无理由退货，运费不予退还。', '七天无理由退货，运费不退，货款照退。'],
    },
    'the no-reason return suspended, stopped or withdrawn is refused': {
      void: [
        '本店暂停无理由退货。',
        '活动期间停止受理七天无理由退换。',
        `${priceProtected}大促期间本店可暂停无理由退换。`,
      ],
      lawful: ['本店不会暂停无理由退货。', `${priceProtected}可在暂停发货期间无理由退货。`],
    },
    "a defect's shipping refused with the fee named first": {
      void: ['七天无理由退货，质量问题运费不退。', '七天无理由退货，质量问题不给报销运费。', '质量问题寄回运费不退。'],
      lawful: ['七天无理由退货，无质量问题运费不退。'],
    },
    '也是 stops at a shop that bears the cost, not at one that refuses it': {
      void: [
        '无理由退货运费由买家承担，平台不提供运费险，错发漏发也是。',
        '无理由退货运费买家自理，不能包邮，错发漏发也是。',
      ],
      lawful: ['无理由退货运费由买家承担，质量问题由品牌方承担，错发漏发也是。'],
    },
    'after 正常 a fee refused in other words, a refund granted or a defect negated refuses no kept return': {
      void: [`${priceProtected}无理由退货正常处理，质量问题不退。`],
      lawful: [
        `${priceProtected}无理由退货正常情况下不退来回的运费。`,
        `${priceProtected}无理由退货正常情况下拒绝接收到付件。`,
        `${priceProtected}无理由退货正常处理，运费不退货款照退。`,
        `${priceProtected}无理由退货正常处理，不属于质量问题不退来回运费。`,
      ],
    },
  };
  for (const [reading, clauses] of Object.entries(readings)) {
    it(reading, () => {
      expectEach('void', clauses.void);
      expectEach('lawful', clauses.lawful);
    });
  }
});

describe('Policy lint: readings fixed in cn-policy.200 (a review and a code review of .199, and lines .199 left open)', () => {
  const kept = '不支持价保，七天无理由退货正常处理，';
  it.each([
    // The shipping refused alone however named, and the price refused with it however named.
    ['lawful', '七天无理由退货，不退来回运费。'],
    ['lawful', '七天无理由退货，不退快递费用。'],
    ['void', '七天无理由退货，不退运费和购物款。'],
    ['void', '七天无理由退货，不退运费跟货款。'],
    // The no-reason return suspended before or after it is named, not a service beside it nor a buyer's application.
    ['void', '双十一期间七天无理由退货服务暂停。'],
    ['void', '即日起终止七天无理由退货服务。'],
    ['lawful', '本店从未暂停无理由退货。'],
    ['lawful', '本店暂停无理由退货运费补贴。'],
    ['lawful', '买家可随时取消无理由退货申请。'],
    // A defect's shipping refused in other verbs; a negated defect is none; the freight insurance is no shipping.
    ['void', '七天无理由退货，质量问题运费我们不出。'],
    ['lawful', `${kept}没质量问题运费不退。`],
    ['lawful', '质量问题可退换，运费险不退。'],
    // The shop's faults: excepted with the defect, charged across a comma, and 也是 after a shop that bears the cost.
    ['lawful', '质量问题、错发漏发以外的退货运费由买家承担。'],
    ['void', '质量问题由本店承担运费，其他情况如错发漏发，运费由买家承担。'],
    ['void', '发错颜色，退回运费由买家承担。'],
    ['lawful', '无理由退货运费由买家承担，质量问题由店主承担，错发漏发也是。'],
    ['void', '无理由退货运费由买家承担，快递公司可自选，错发漏发也是。'],
    // Only a defect's shipping refunded is no defect-only return.
    ['lawful', '只有质量问题的退货才退运费。'],
  ] as const)('%s: %s', (verdict, text) => {
    expectEach(verdict, [text]);
  });
});

describe('Policy lint: readings fixed in cn-policy.201 (a review and a code review of .200)', () => {
  const cases: { reading: string; voids: string[]; lawful: string[] }[] = [
    {
      reading: 'a suspension is negated only by words that say it is not, not by any 不 near it',
      voids: ['因不可抗力暂停七天无理由退货服务。', '商家可随时取消无理由退货服务。', '七天无理由退货服务即日起暂停。'],
      lawful: [
        '本店不会暂停或取消七天无理由退货服务。',
        '买家申请无理由退货后可以取消。',
        '之前暂停的七天无理由退货现已恢复。',
      ],
    },
    {
      reading: "the shipping refused for a negated defect is the no-reason return's, the stock phrase included",
      voids: ['质量问题运费不予承担。'],
      lawful: ['非质量问题不退运费。', '不是质量问题不退运费。', '经检测未发现质量问题的，运费由买家承担。'],
    },
    {
      reading: "the buyer named before a fee's refusal pays nothing; a shop named as a contact bears nothing",
      voids: [
        '非质量问题退货运费由买家承担，请联系店主处理，错发漏发也是。',
        '个人原因以及质量问题退货，本店均不承担运费。',
      ],
      lawful: ['质量问题退货，运费买家不出。', '错发漏发由本店承担，无理由退货运费买家承担。'],
    },
  ];
  for (const { reading, voids, lawful } of cases)
    it(reading, () => {
      expectEach('void', voids);
      expectEach('lawful', lawful);
    });
});

describe('Policy lint: readings fixed in cn-policy.202 (a review and a code review of .201, and lines .199–.201 left open)', () => {
  const readings = new Map<string, readonly (readonly ['void' | 'lawful', string])[]>([
    [
      'a suspension read after the right across a comma, a date or the shop that may; a buyer, a lifting or an end of term is none',
      [
        ['void', '七天无理由退货，即日起暂停。'],
        ['void', '七天无理由退货服务本店可随时取消。'],
        ['void', '尊敬的顾客：即日起取消七天无理由退货。'],
        ['void', '因库存盘点，本店不得不暂停七天无理由退货服务。'],
        ['void', '本店暂停退货服务。'],
        ['lawful', '本店不会因任何原因暂停无理由退货。'],
        ['lawful', '七天无理由退货服务暂停已解除。'],
        ['lawful', '七天无理由退货到期自动关闭。'],
      ],
    ],
    [
      "a defect's shipping charged or refused in speech, or joined to another ground after it",
      [
        ['void', '质量问题退货，运费买家出。'],
        ['void', '质量问题运费不由本店承担。'],
        ['void', '质量问题以及个人原因退货，运费买家自理。'],
        ['void', '本店不会报销运费，错发漏发也是。'],
        ['lawful', '质量问题运费不需要您承担。'],
        ['lawful', '支持七天无理由退货以及质量问题退换，无理由退货运费由买家承担。'],
        ['lawful', '只有质量问题的退货，卖家才承担运费。'],
      ],
    ],
    [
      'the price however named refused with the fee, or cut in half; a fee however named refused alone',
      [
        ['void', '七天无理由退货，运费和订单总额不退。'],
        ['void', '无理由退货的，货款不予返还。'],
        ['void', '七天无理由退货正常，不退运费只退一半货款。'],
        ['lawful', '七天无理由退货，寄件费不退。'],
        ['lawful', '没出现质量问题不退运费。'],
        ['lawful', '除了质量问题，运费一律不退。'],
      ],
    ],
  ]);
  for (const [reading, answers] of readings)
    it(reading, () => {
      for (const [verdict, text] of answers) expectEach(verdict, [text]);
    });
});

describe('Policy lint: readings fixed in cn-policy.203 (a review and a code review of .202)', () => {
  it.each([
    {
      reading:
        'a suspension reserved, conditional or forced is one; a promise with a reason between is none; a lifting done is none',
      voids: [
        '七天无理由退货，本店保留随时暂停的权利。',
        '七天无理由退货，非必要不暂停。',
        '受疫情影响，本店不得不临时暂停七天无理由退货。',
        '暂停运费险及七天无理由退货。',
        '本店随时可以取消七天无理由退货。',
        '七天无理由退货将于活动结束后恢复。',
      ],
      lawful: [
        '本店不会因为任何原因或节假日而暂停七天无理由退货。',
        '此前暂停的无理由退货服务已于3月1日恢复。',
        '商家同意退货后，买家7天内未寄回的，系统自动取消退货。',
        '买家须知：取消无理由退货请联系客服。',
      ],
    },
    {
      reading:
        "a defect's shipping refused after the shop is said to handle it, or its share of the price cut however said",
      voids: [
        '质量问题我们负责，运费不退。',
        '质量问题不包运费。',
        '个人原因和质量问题都可以退货，运费买家承担。',
        '验货时没发现质量问题的，之后出现质量问题，退货运费由买家承担。',
        '无理由退货按货款的一半退款。',
      ],
      lawful: [
        '质量问题退货运费您先付，收到货后我们全额报销。',
        '质量问题不需要由买家承担运费。',
        '本店不承担运费，质量问题除外，错发漏发也是。',
        '漏发的我们补寄，拍错的运费买家承担。',
      ],
    },
  ])('$reading', ({ voids, lawful }) => {
    expectEach('void', voids);
    expectEach('lawful', lawful);
  });
});

describe('Policy lint: readings fixed in cn-policy.204 (a review and a code review of .203)', () => {
  const fixed: Record<'void' | 'lawful', readonly string[]> = {
    void: [
      // A suspension reserved with an object or a particle, a joined list, a lifting to come, the shop's step on an application.
      '七天无理由退货，本店保留暂停该服务的权利。',
      '暂停上门取件、运费险及七天无理由退货。',
      '七天无理由退货待疫情结束后恢复。',
      '客服可以直接取消买家的无理由退货申请。',
      '目前本店暂停退换货服务。',
      // The defect's shipping: the shop's faults excepted alone leave it charged; "不需要由本店承担" charges it.
      '所有退货运费均由买家承担，错发漏发除外。',
      '质量问题运费不需要由本店承担。',
      // A share of the price said in tenths, percentages or a discount.
      '无理由退货退款为货款的七成。',
      '无理由退货，货款打五折退还。',
    ],
    lawful: [
      '非质量问题不包运费。',
      '此前暂停的七天无理由退货现已全面恢复。',
      '七天无理由退货，特殊情况也不会暂停。',
      '支持七天无理由退货，如出现过敏现象请立即停止使用。',
      '买家超时未寄回的，客服可以取消买家的无理由退货申请。',
      '定制商品需预付货款的50%作为定金。',
      '退货时赠品未退回，按赠品价款的一半从退款中扣除。',
    ],
  };
  for (const verdict of ['void', 'lawful'] as const)
    it(`reads these ${verdict}`, () => {
      expectEach(verdict, fixed[verdict]);
    });
});

describe('Policy lint: readings fixed in cn-policy.205 (a review and a code review of .204)', () => {
  // [answer, text, why]: each a reading .204 got wrong.
  const readings: readonly (readonly ['void' | 'lawful', string, string])[] = [
    ['void', '本店暂停所有商品的退换货服务。', 'goods named with 的 are still all returns'],
    ['void', '七天无理由退货服务在店铺红包活动期间暂停。', 'a campaign names the period, not the subject'],
    ['void', '应买家要求，本店春节期间暂停七天无理由退货。', 'a request ends one return, not a suspension'],
    ['void', '大促期间，系统自动取消退货申请。', 'the system alone is a lapse only alone'],
    ['void', '七天无理由退货，店铺优惠券暂停使用，退货服务同步暂停。', 'the return service named after'],
    ['void', '售后服务暂停中。', 'after-sales leading its part'],
    ['void', '质量问题不包邮。', "a defect's shipping refused"],
    ['void', '退换货运费为买家承担，质量问题也一样。', '为买家承担 charges the buyer'],
    ['void', '退货退还货款的三分之二。', 'a fraction of the price kept'],
    ['lawful', '七天无理由退货暂停，现已全面恢复。', 'lifted after a comma'],
    ['lawful', '七天无理由退货运费由买家承担，质量问题除外。', 'the stock exception of a shipping charge'],
    ['lawful', '经买家同意，客服可取消退货申请。', 'the buyer consents'],
    ['lawful', '本店售后服务热线春节期间暂停。', 'a hotline, not the right'],
    ['lawful', '定金为货款的30%。', 'a deposit share'],
  ];
  it.each(readings)('%s: %s (%s)', (verdict, text) => {
    expectEach(verdict, [text]);
  });
});

describe('Policy lint: readings fixed in cn-policy.206 (a review and a code review of .205)', () => {
  // Each reading .205 got wrong: what the clause is, then the texts, void first.
  const byReading = new Map<string, { void?: readonly string[]; lawful?: readonly string[] }>([
    [
      'a refund at a share of the price in 折, 成, words or fractions',
      {
        void: ['退货商品按八折退款', '无理由退货按原价九折退款', '退货扣除三成货款', '退款金额为实付款的百分之九十五'],
        lawful: ['特价商品按原价的八折出售', '定制商品需预付三成货款作为定金'],
      },
    ],
    [
      "the card fee and a refund awaiting the goods' return (NRR-MEASURES 16, 13)",
      { lawful: ['使用信用卡支付的，退款时不退还信用卡手续费', '寄回前暂不退款'] },
    ],
    [
      'a suspension in maintenance, a campaign ended, at a promotion, kept for special cases',
      {
        void: [
          '七天无理由退货通道维护中，将于3月1日恢复',
          '七天无理由退货活动已结束',
          '七天无理由退货于双十一促销暂停',
          '本店不会暂停七天无理由退货（特殊情况除外）',
        ],
        lawful: [
          '七天无理由退货功能维护中，可联系客服办理',
          '售后服务专线春节期间暂停',
          '支持七天无理由退货，孕妇停止使用',
        ],
      },
    ],
    [
      "the buyer's failure ends one return whatever the verb",
      { lawful: ['买家超时未寄回的，本店将终止退货', '若您没有按时寄回，我们将取消退货申请'] },
    ],
    [
      "a defect's shipping: the shop bearing it for the buyer, 不包邮 after the defect",
      {
        void: ['因质量问题退货的，不包邮', '质量问题退货运费由买家承担，不与货款一起退还'],
        lawful: ['质量问题退货，本店为买家承担来回运费', '质量问题退货，我们给您出运费', '非质量问题退货不包邮'],
      },
    ],
    [
      'a defect raised the day it arrives; a confirmed exclusion of a nature NRR-MEASURES 7(1) names',
      {
        void: ['质量问题请在收货当天反馈'],
        lawful: ['拆封后易影响人身安全的商品，经您在下单页勾选确认后不支持七天无理由退货'],
      },
    ],
  ]);
  for (const [reading, texts] of byReading)
    it(reading, () => {
      expectEach('void', texts.void ?? []);
      expectEach('lawful', texts.lawful ?? []);
    });
});

describe('Policy lint: readings fixed in cn-policy.207 (a review and a code review of .206)', () => {
  it('reads two-digit discounts, a deposit beside a deduction, the right ended or heading its suspension as void', () => {
    expectEach('void', [
      '按照九五折退款',
      '预付30%货款，退货扣除定金',
      '七天无理由退货服务已结束',
      '售后服务：2月1日至2月10日暂停',
      '七天无理由退货功能春节期间暂停使用',
      '自3月1日起，质量问题退货的运费将调整为买家承担',
    ]);
  });
  it('reads compensation, a price paid at a discount, a longer promise ended, kept services and repaid shipping as lawful', () => {
    expectEach('lawful', [
      '以九折购买的商品，按九折价格退款',
      '本店赔偿三成货款作为补偿',
      '30天无理由退货活动已结束，现按七天无理由退货执行',
      '七天无理由退货系统维护中，不影响退货申请',
      '质量问题免运费，拍错不包邮',
      '质量问题退货运费先由买家垫付，退款时将运费与货款一并退还',
      '质量问题无需在收货当天反馈，7天内联系即可',
      '商品退回前，本店暂不退款',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.208 (reviews and code reviews of .207 and of the work in progress)', () => {
  it('reads shares in twentieths, computed refunds, paid compensation, kept deposits and early starts as void', () => {
    expectEach('void', [
      '退款按货款的二十分之十九退还。',
      '退款按二十分之九计算。',
      '退货退款按原价的70%计算。',
      '退货按发票价格的八折退还。',
      '退货需赔三成货款。',
      '退货扣除三成货款作为补偿。',
      '无理由退货需赔偿20%货款。',
      '退货后本店将返还80%货款。',
      '退货按八折退款，退货后再次购买可享受八折优惠。',
      '需预付30%货款作为定金，退货需支付仓储费。',
      '退货时定金将被扣除，尾款原路退回。',
      '退货按现价退款。',
      '七天无理由退货活动结束后不再恢复。',
      '本店七天无理由退货的规定已废止。',
      '系统维护期间暂停受理退货申请，维护期间超期的不予补办。',
      '春节期间物流停运，为避免逾期，七天无理由退货通道关闭。',
      '退货系统维护中，可在维护结束后申请退货。',
      '质量问题退货谢绝到付，运费请自理。',
      '赠品丢失需按正装商品售价赔偿。',
      '退货时间以快递到达驿站时间起算。',
      '每月月底统一处理退款。',
    ]);
  });
  it('reads the price paid at a discount, offers to a buyer who keeps the goods, revoked restrictions and denied early starts as lawful', () => {
    expectEach('lawful', [
      '满两件打八折，退回其中一件的，退款按八折计算。',
      '会员再享受八折优惠购买的商品，退货按八折退款。',
      '买家不退货的，本店补偿5%货款。',
      '退货时另返还商品的5%现金作为运费补贴。',
      '退货时，本店不会从退款中扣除定金。',
      '预售商品需预付30%货款作为定金，无任何额外费用。',
      '好评返现5元，每月月底统一返款。',
      '退货按下单时价格退款，不按现价退款。',
      '此前“大促期间不支持无理由退货”的规定已废止，所有商品恢复七天无理由退货。',
      '您可在7天内申请无理由退货，寄出前可撤销。',
      '退货系统维护中，可在订单页面提交退货申请后寄回。',
      '春节期间退款暂缓，均在收到退货后7日内办理。',
      '质量问题请于签收当天反馈，或七日内联系客服均可。',
      '退货期限从您签收后开始计算，并非从发货日起算。',
      '赠品为附赠，不单独退换。',
      '质量问题退货运费到付。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.209 (lines left open at .208)', () => {
  it('reads a same-day defect notice whose 均可 is of the channel, and the right revoked for good, as void', () => {
    expectEach('void', [
      '质量问题须签收当天反馈，微信或电话联系均可。',
      '七天无理由退货的政策已取消并不再恢复。',
      '七天无理由退货的政策已终止。',
      '退货后本店返还两成货款。',
      '若商品已拆封不退货，返还50%货款。',
    ]);
  });
  it('reads a share paid back to a buyer who keeps the goods, and a revoked suspension, as lawful', () => {
    expectEach('lawful', [
      '买家选择不退货的，本店返还两成货款。',
      '买家选择不退货的，本店返还20%货款作为补偿。',
      '如买家不退货，本店不予退还货款。',
      '暂停七天无理由退货的政策已取消。',
      '七天无理由退货的政策已取消的传言不实，本店照常支持七天无理由退货。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.210 (lines left open at .209)', () => {
  it('reads a refund part paid in coupons, a paid pickup imposed, a defect refused for a missing gift and a defect shipping kept from the refund as void', () => {
    expectEach('void', [
      '退款一半退回原账户，另一半以店铺优惠券返还。',
      '退款的一半原路退回，其余部分以店铺余额形式退还。',
      '退货必须使用本店指定快递上门取件，取件费从退款中扣除。',
      '退货须预约本店上门取件服务，取件费用从退款中扣除。',
      '赠品缺失的，主商品不单独退款。',
      '赠品遗失的，商品不予单独退货。',
      '质量问题退货可选择运费到付，到付运费从退款中扣除。',
      '质量问题退回的运费从退款中扣除。',
      '商品有质量问题的，退款时扣除来回运费。',
      '八折商品退货按七折退款。',
    ]);
  });
  it('reads a revoked exclusion of sale goods, a pickup offered, the shipping of other returns kept and goods refunded at their own discount as lawful', () => {
    expectEach('lawful', [
      '特价商品不退不换的规定已取消。',
      '“特价商品不退不换”的规定已废止。',
      '使用优惠券抵扣的部分以优惠券形式返还，其余原路退回。',
      '如需上门取件，取件费从退款中扣除。',
      '退货统一由本店安排上门取件，取件费用由本店承担。',
      '质量问题由本店承担运费，其他原因退货的运费从退款中扣除。',
      '质量问题退货的运费本店承担，退款时不扣除运费。',
      '八折商品按八折退款。',
      '九五折商品按九五折退款。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.211 (a blind review of .209, own probes)', () => {
  it('reads the blind review’s void clauses as void', () => {
    expectEach('void', [
      '无理由退货的退款，50%原路退回，另50%转入店铺余额，仅限本店下次消费使用。',
      '赠品未随商品退回的，将按赠品市场零售价从退款中扣除。',
      '未提供完整开箱视频的，一律不受理质量问题及少件投诉。',
      '本店所售家电的质量问题仅在签收后3个月内受理，过期不予处理。',
      '食品无论是否拆封均不予退货。',
    ]);
  });
  it('reads the blind review’s lawful clauses as lawful', () => {
    expectEach('lawful', [
      '本店支持15天无理由退货，签收7日后申请的需保持商品未拆封、包装完整。',
      '信用卡分期付款的分期手续费由您向银行支付，退货时不予退还。',
      '化妆品瓶口内封膜一旦揭开，不支持七天无理由退货；质量问题不受此限。',
      '三包有效期内经两次修理仍不能正常使用的，可选择换货或退货；退货时对已使用的商品按国家规定收取折旧费。',
      '家电质量问题请在签收后3个月内联系我们，以便尽快处理。',
    ]);
  });

  it('reads a share of the price after the discount as a deduction (void)', () => {
    expectEach('void', [
      '退货按商品折后价的八折退款。',
      '退款按折扣价的80%计算。',
      '以八折购买的商品，按折后价的八折退款。',
      '特价商品按活动价的90%退款。',
      '收货15天内可无理由退货，5天后仅接受换货。',
    ]);
  });
  it('reads a promise of its own written with 可 before the no-reason return as the clause’s own promise (lawful)', () => {
    expectEach('lawful', [
      '收货15天内可无理由退货，7天后仅接受换货。',
      '收货15天内可无理由退货，超过7天仅接受换货。',
      '收货15天内可无理由退货，10天后仅接受换货。',
      '折扣商品按折后价退款。',
      '特价商品按活动价退款。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.212 (a code review of .210–.211)', () => {
  it('reads the regressions the review found in .210–.211 as the law does (void)', () => {
    expectEach('void', [
      '非八折商品按八折退款。',
      '除八折商品外，其他商品退货均按八折退款。',
      '不是八折商品的，按八折退款。',
      '八折商品以外的商品按八折退款。',
      '退货商品按八折退款，八折商品也不例外。',
      '使用信用卡分期的订单，分期手续费由买家承担，退货时不予退还货款。',
      '按商品折后价格的80%退还。',
    ]);
  });
  it('reads the regressions the review found in .210–.211 as the law does (lawful)', () => {
    expectEach('lawful', [
      '退货需上门取件的，取件费由买家承担。',
      '质量问题经检测不成立的，退款时扣除来回运费。',
      '电脑质量问题仅在签收后12个月内受理，过期不予处理。',
      '手机壳质量问题仅在签收后3个月内受理，过期不予处理。',
      '冰箱贴质量问题仅在签收后3个月内受理，过期不予处理。',
      '参与八折活动的商品按八折退款。',
      '花呗分期手续费由买家承担，退款时不退还。',
      '收货15天内可无理由退货，7天后需保持商品未拆封。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.213 (a refund part paid in credit is a refund route)', () => {
  it('answers a refund paid partly in store credit with the refund-route finding (NRR-MEASURES 14), not exchange_only', () => {
    for (const text of [
      '退款一半退回原账户，另一半以店铺优惠券返还。',
      '无理由退货的退款，50%原路退回，另50%转入店铺余额，仅限本店下次消费使用。',
    ]) {
      const [clause] = lintWithCurrentRuleset(text).clauses;
      expect(clause?.verdict, text).toBe('void');
      expect(clause?.issues, text).toEqual(['other_void']);
      expect(
        clause?.citations.map((c) => `${c.instrument} ${c.article}`),
        text,
      ).toContain('NRR-MEASURES 14');
    }
  });
});

describe('Policy lint: readings fixed in cn-policy.214 (a refund paid in store credit, whole or in part)', () => {
  it('answers a whole refund in coupons, points or store cards with the refund route (NRR-MEASURES 14) beside exchange_only', () => {
    for (const text of [
      '所有退款以优惠券形式返还。',
      '退款以积分形式发放，积分可在本店消费。',
      '所有退款將以本店禮券形式發放。',
    ]) {
      const [clause] = lintWithCurrentRuleset(text).clauses;
      expect(clause?.verdict, text).toBe('void');
      expect(clause?.issues, text).toEqual(['exchange_only', 'other_void']);
      expect(
        clause?.citations.map((c) => `${c.instrument} ${c.article}`),
        text,
      ).toContain('NRR-MEASURES 14');
    }
  });

  it('reads the rest of a refund parked in credit after the part paid with credit (void)', () => {
    expectEach('void', [
      '使用余额支付的部分退回余额，其余部分以店铺余额形式退还。',
      '货款的30%以优惠券形式返还，其余原路退回。',
      '使用优惠券抵扣的订单，退款以优惠券形式返还。',
    ]);
  });

  it('leaves the part paid with coupons or points given back in kind (lawful)', () => {
    expectEach('lawful', [
      '使用优惠券抵扣的部分，退款时以优惠券形式返还。',
      '用积分支付的部分，退款将以积分形式返还，其余原路退回。',
      '现金支付部分原路退回，其余部分（优惠券抵扣部分）以优惠券形式返还。',
      '以购物卡购买的商品，退款将以购物卡形式返还。',
    ]);
  });
});

describe("Policy lint: readings fixed in cn-policy.215 (the twenty-first key's tuning pages)", () => {
  it("leaves the shop's own timetable alone: its review, inspection, shipping and calls, and the consumer's sending after approval", () => {
    expectEach('lawful', [
      'Mall/Store Review (1-2 working days)After the after-sales application is initiated, the mall/store will review and process the after-sales request.',
      'Product Inspection (1-3 working days after receipt)Inspection passed: Proceed to the refund/exchange process.',
      'Quality check (1-2 working days) after we receive your return.',
      'Exchange: Shipped within 3-5 working days → send logistics notification.',
      'A follow-up call will be made within 1 working day.',
      'Please send the goods back within 3 days after your return request is approved.',
      'No reason to return or exchange goods within seven days.',
    ]);
  });

  it('still reads the consumer’s own windows and the refund’s time beside them', () => {
    expectEach('void', [
      'Inspection (within 24 hours of delivery): please check your goods and report any damage, otherwise no claims are accepted.',
      'Refund timeline: 10 business days after return approval.',
      'No reason to return within 3 days.',
    ]);
  });

  it('reads a no-reason refund after a short period as the window, packaging demanded intact in English, and returns case by case', () => {
    expectEach('void', [
      '买家在收到货后3天内,可以无条件退款',
      '签收后48小时内可以无理由退款。',
      'Returns must include the complete outer packaging.',
      'Items must be unused and in intact packaging.',
      'Returns are accepted on a case-by-case basis.',
    ]);
    expectEach('lawful', [
      '收到退货后3天内退款。',
      'Food must be returned in unopened packaging.',
      'Exceptions may be made on a case-by-case basis.',
    ]);
  });
});

describe("Policy lint: readings fixed in cn-policy.216 (the twenty-second key's tuning pages)", () => {
  it('reads a request refused by a bare no, a refund at a discount, a cut-off after an aside and liability disclaimed after signing as void', () => {
    expectEach('void', [
      '没有质量问题要求退换货的，本公司一律不支持！',
      '产品的退款要打八折。',
      '收貨2天內(以運單簽收日期為準),及時反饋產品信息和收貨信息(特別是易碎怕壓產品),逾期不予處理。',
      '签收后本店将不再对上述问题负责。',
      'After signing, this website will no longer be responsible for the above problems.',
      '商品有质量问题的，我们会重新发货给您，如果没有库存再做退款处理。',
      '任何退货须未磨损或未使用,并且保持原始状态和包装。',
    ]);
  });

  it('leaves lead-ins of listed cases, an order refused at delivery and refunded, and a notice before sending alone', () => {
    expectEach('lawful', [
      '请注意:退换回的新鞋有以下情形发生恕不退换',
      '拒收订单:订单拒收后,系统会自动帮您提交取消申请,商品退库之后系统会为您退款。',
      '双方确认后再寄出，否则不予退货。',
      '八折商品退款按八折。',
      '漏发的商品我们会重新发货，如果没有库存则退款。',
      '食品退货须保持原始状态和包装。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.217 (a code review of .214–.216)', () => {
  it('reads a refund in credit after the credit part is forfeited, and the consumer’s own review step, as void', () => {
    expectEach('void', [
      '使用优惠券抵扣的部分不予退还，其余退款将以积分形式返还。',
      '积分抵扣的金额按比例扣除，退款将以优惠券形式发放。',
      '订单含优惠券抵扣部分的，退款将以优惠券形式发放。',
      'Step 2: Return review (within 3 days of receiving the goods).',
      'Submit a return application for approval (within 72 hours of delivery).',
      'No reason returns are not supported.',
      'Returns for defective items are handled on a case-by-case basis.',
    ]);
  });

  it('leaves the shop’s time to pay, return shipping refunded at will and packaging asked for the parcel alone', () => {
    expectEach('lawful', [
      '退货到仓后3个工作日内无条件退款。',
      '审核通过后，24小时内无理由退款至原支付账户。',
      'Refunds of return shipping costs are decided on a case-by-case basis.',
      'Returns of custom-made items are considered on a case-by-case basis.',
      'Items must be packed securely in an undamaged box to prevent damage in transit.',
      'To receive a full refund, you must return the complete package including all accessories and manuals.',
    ]);
  });
});

describe("Policy lint: readings fixed in cn-policy.218 (the twenty-third key's tuning pages)", () => {
  it('leaves the shop’s own reply and handling times alone', () => {
    expectEach('lawful', [
      '我们的客服人员会在24小时之内进行反馈，确认无误后将货款打入您的账户或指派送货员送货。',
      '您付款后，我们需要5个工作日处理退货事宜。',
      '网上购物7天无理由退货是消费者的权利。',
    ]);
  });

  it('reads a window counted from shopping, and text a converter glossed with pinyin, as their words say', () => {
    expectEach('void', [
      '本店承诺购物七天内不满意者可无条件退换。',
      '6.產(chǎn)品在未使用前,并且無(wú)任何人為的刮花等問(wèn)題,再不影響我們二次銷售的情況下,本店承諾購(gòu)物七天內(nèi)不滿意者可無(wú)條件退換。',
      '特價(jià)商品一經(jīng)售出,概不退換。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.219 (a code review of .216–.218, and the twenty-fourth key)', () => {
  it('leaves what .216–.218 had made void alone again', () => {
    expectEach('lawful', [
      '申请退货后，运费险理赔不支持。',
      '质量问题商品，您可以申请退货或换货，换新时若缺货则做退款处理。',
      '积分抵扣部分的退款将按比例以积分形式返还，现金部分原路退回。',
      'Return request review (within 2 business days).',
      '在本店购物7天无理由退货，运费由买家承担。',
      '2、特别申明，出现以下情况，不予办理退换货。',
    ]);
  });

  it('reads what .217 had made lawful, and a refund only when out of stock, as void', () => {
    expectEach('void', [
      '无理由退货：收到货后3天内可无理由退款。',
      '退货说明：签收后3天内支持无理由退款。',
      '如收到的商品存在质量问题，本店为您换新，缺货时才可退款。',
      '本店承诺购物七天内不满意者可无条件退换。',
    ]);
  });
});

describe('Policy lint: readings added in cn-policy.220 (the no-reason return refused in English, JD beans, refunds case by case)', () => {
  it('reads the no-reason return refused with offer, provide or support, and returns not supported, as void', () => {
    expectEach('void', [
      'We do not offer no-reason returns.',
      "We don't provide change of mind refunds.",
      'No-reason returns are not supported.',
      'Returns are not supported.',
    ]);
  });

  it('reads a refund in JD beans as refunded in credit, and refunds at the case-by-case discretion as void', () => {
    expectEach('void', [
      '退款将以京豆形式返还。',
      '所有退款以京豆形式返还。',
      'Refunds are granted on a case-by-case basis.',
    ]);
  });

  it('leaves free returns, an app channel, the part paid in beans and shipping refunds case by case alone', () => {
    expectEach('lawful', [
      'We do not offer free returns.',
      'Returns are not supported through the app; please contact us by email.',
      '京豆支付的部分，退款时以京豆形式返还。',
      'Shipping refunds are considered on a case-by-case basis.',
      'Return shipping refunds are considered on a case-by-case basis.',
      'Refunds of the original shipping cost are handled on a case-by-case basis.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.221 (negated fee lists, the shop’s own report, one after-sales per order)', () => {
  it('leaves a negated fee list, the shop’s own test report and refunds not offered for shipping alone', () => {
    expectEach('lawful', [
      '托管商品不向买家收取任何服务费，包括且不限于检测费、包装费。',
      '本店不对顾客收取退货手续费。',
      '我们将为买卖双方出具质检报告。',
      'Refunds are not offered for shipping costs.',
      'Refunds are not available for shipping fees.',
    ]);
  });

  it('reads one after-sales request per order said with 一笔 or 一件 as void, as with 每个', () => {
    expectEach('void', ['一笔订单只能申请一次售后。', '一件商品只能申请一次售后。']);
  });

  it('still reads a charge, a report demanded of the buyer and refunds refused outright as void', () => {
    expectEach('void', [
      '退货需扣除10%手续费，包括且不限于包装费。',
      '不收取手续费，但退货需扣除10%包装费。',
      '请买家自行出具质检报告。',
      'Returns are not offered.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.222 (a code review of .220–.221)', () => {
  it('leaves labels, shipping, a saving of the law and qualified kinds of returns alone again', () => {
    expectEach('lawful', [
      'We do not provide change of mind return labels.',
      'We do not offer change of mind return shipping.',
      'Change-of-mind refunds are not provided for return shipping.',
      "We don't offer change-of-mind returns, except as required by law.",
      'Free returns are not supported.',
      'In-store returns are not supported.',
      'Cash refunds are not supported.',
    ]);
  });

  it('reads a fee not refunded, and refunds refused for transit damage or the shop’s errors, as void again', () => {
    expectEach('void', [
      '退货时不向买家退还已收取的10%手续费。',
      'Refunds are not offered for shipping damage; please contact the carrier.',
      'Refunds are not available for shipping errors.',
      'Refunds are not offered for return shipping on faulty items.',
      'Returns are not permitted for delivery damage.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.223 (tuning pages of keys 24–26, the open items of the .222 review)', () => {
  it('reads a demanded reason, a hyphenated un-opened, a share of the price and a sole remedy as void', () => {
    expectEach('void', [
      'Returns may be made for items but only if they are un-opened.',
      'If you want to return items there must be a valid reason.',
      'Simply not liking the tea or item is not a valid reason.',
      'We will refund 85% of the price.',
      '如不验货造成的损失由买家承担。',
      '验收签字之后发生的重量不足，本店不承担责任。',
      '商品与描述不同的，对您唯一的补救措施是在没有使用的情况下退回该商品。',
      '下列情形將可能影響您的退貨權益：\n商品包裝毀損、封條移除、吊牌拆除。',
      'Returns are not supported for sale items.',
      'Partial returns are not supported.',
      '一件商品最多只能申请一次售后。',
    ]);
  });

  it('leaves the shop’s own service times, a fee refunded, its own test report and JD beans used as a discount alone', () => {
    expectEach('lawful', [
      'Refund Policy\nCustomer service will respond to requests within 2 working days.',
      '对于客户的售后服务请求，我们24小时响应，两小时内到达，24小时内拿出解决文案。',
      'You can also return the product and get a full refund plus the shipping and handling fee.',
      '本店会为您免费出具检测报告。',
      '一个订单仅限一次退货运费补贴。',
      '京豆抵扣部分不予退还。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.224 (a code review of .223)', () => {
  it('leaves negated reasons and remedies, the law saved, shares that are no deduction and perks alone', () => {
    expectEach('lawful', [
      'Returns do not require a valid reason.',
      'For returns no reason is needed, but exchanges require a valid reason.',
      'Returns are not supported, except where required by law.',
      'Refunds are not supported for gift wrapping.',
      'Items returned between 31 and 60 days after delivery are refunded 50% of the purchase price.',
      'If you paid by credit card, 2% of the payment will be withheld as the card fee.',
      'If the item is defective, a refund is not your only remedy; you may also ask for repair or replacement.',
      '未验货签收造成的损失无需买家承担，请联系客服处理。',
      '生鲜产品签收后不予退货（质量问题除外），如有重量不足请联系客服补足。',
      '每件商品最多可申请一次换货，换货后仍可申请退货退款。',
      'Shipping and handling charges are not returnable or refundable.',
      'Items returned after 30 days will receive a partial refund.',
    ]);
  });

  it('reads fees deducted, consumer deadlines and whole orders refused as void again', () => {
    expectEach('void', [
      'Refunds are issued less the return label cost plus the handling fee.',
      '质量问题请于收货后2天内提出意见，逾期不予处理。',
      '门店自提的顾客，如有质量问题请在签收后24小时内到达门店反馈，逾期不予处理。',
      '京豆订单不退货。',
      '一张订单我们只为您提供一次退换货服务，为了确保您的权益，请考虑周全后与我们联系。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.225 (tuning pages of keys 18–19)', () => {
  it('reads the shop’s final decision and a penalty on returns behaviour as void, the consumer’s own decision as lawful', () => {
    expectEach('void', [
      '台灣松本清保有最終退換貨與否之決定權及規則更改權利。',
      'All the disputes will be subject to the final decision of the Site.',
      'We reserve the right to close accounts based on returns behavior.',
      '本店将根据您的退货记录限制您的购买资格。',
    ]);
    expectEach('lawful', [
      '消费者对是否退货保留最终决定权。',
      'Disputes are subject to the final decision of the court.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.226 (a code review of .224–.225)', () => {
  it('reads the shop’s final decision under any name, shares with spared words elsewhere and goods named like fees as void', () => {
    expectEach('void', [
      '消费者退货时本站保留最终决定权。',
      'Refunds via PayPal: we refund 90% of the item price.',
      'If the item is not faulty, we refund 85% of the purchase price.',
      'Returns are not supported unless the product is defective.',
      'Returns are not supported for label printers.',
      '签字以后发生的外观损坏，恕不负责。',
      'If the product is defective, your sole remedy is replacement or repair, not a refund.',
      '每件商品最多只能申请一次退货，质量问题也可以退款。',
    ]);
  });

  it('leaves 权益, negations, bad faith and perks alone', () => {
    expectEach('lawful', [
      '请保留好发票，以保障您最终处理之权益。',
      '本店不保有任何最終決定之權，退貨與否由消費者決定。',
      '根据退货记录，恶意调包的账户将被冻结。',
      '每笔订单仅提供一次退货运费报销。',
      '京豆抵扣金额不退。',
      'For accidental drops, your only remedy is a paid repair, not a defect claim.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.227 (a code review of .226)', () => {
  it('leaves the consumer’s own decision, costs the shop bears and fees named before other words alone', () => {
    expectEach('lawful', [
      '买家对本订单是否退货保留最终决定权。',
      '消费者对快递公司的选择保留最终决定权。',
      '签字后发现质量问题的，来回运费消费者一律不承担，由本店承担。',
      'After day 14, we refund 80% of the item price.',
      'We do not, like some shops, refund only 80% of the price: you get every cent back.',
      'Refunds are not supported for postage costs incurred by you for no-reason returns.',
    ]);
  });

  it('reads the shop’s decision after 由于, remedies refused beside the sole one and penalties further on as void', () => {
    expectEach('void', [
      '由于消费者原因产生的争议保留最终处理权。',
      '本店毫无保留地享有对退货的最终决定权。',
      'Rather than a refund or repair, your sole remedy for defective goods is a replacement.',
      '根据买家的退货记录，平台将有权在必要时对相关账户的购买功能进行限制。',
      '视退货频率限制购买，恶意退货者将被封号。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.228 (a code review of .227, and the tuning pages of keys 27 and 28)', () => {
  it('leaves a consumer’s right after 保留, negated reservations, penalties on bad faith and remedies all kept alone', () => {
    expectEach('lawful', [
      '我们毫无保留地尊重买家对退货的最终决定权。',
      '本店不对退货结果保留最终决定权。',
      '根据退货记录，平台将冻结涉嫌恶意退货的账户。',
      '根据退货记录，我们将为您永久保存售后凭证，方便日后查询。',
      'Your sole remedy for defective items is a refund, replacement or repair, at no cost to you.',
      '质量问题时，退货、换货、维修任您选择，此为唯一补救措施。',
      'We credit 5% of the purchase value to your account as a loyalty voucher for your next order.',
      'Returns are not supported for customs duties paid on import.',
      '实体店购买的商品，除非商品本身问题，无法退货，可换等值商品。',
      'Items not meeting the above criteria will be considered ineligible for a return.',
    ]);
  });

  it('reads the shop’s decision with an adverb, conditioned remedies, shares and complaints refused after signing as void', () => {
    expectEach('void', [
      '消费者退货时本店将保留最终决定权。',
      '客户服务中心保留最终处理权。',
      '本店保留最终判断及处理方式之权利。',
      '参考您的退货记录，我们可能限制您的账户。',
      'Your sole remedy for defective goods is a refund, replacement or repair, subject to our approval.',
      'No questions asked, we refund 85% of the purchase price.',
      'Loyalty members are refunded 85% of the purchase price on change-of-mind returns.',
      'Returns are not supported for shipping fees or any other items.',
      '签字后发现的破损，我们不承担责任，由我们负责联系快递索赔。',
      '您对商品进行签收后，悦采网将不再接受以上问题的投诉。',
      '超过7天未反馈视为认可商品质量。',
      '商品本身问题的退货，运费由买家承担。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.229 (a code review of .228)', () => {
  it('leaves a consumer who returns holding the decision, negated shares, fees with their own words and caused faults alone', () => {
    expectEach('lawful', [
      '消费者退货时保留选择退款或换货的最终决定权。',
      '买家签收商品后，仍保留是否退货的最终决定权。',
      'We will not under any circumstances refund only 80% of the price.',
      'Refunds are not supported for return shipping charges unless the item is defective.',
      'Refunds are not supported for return shipping fees (including express upgrades).',
      '因个人原因导致商品出现质量问题的，不予退换。',
      'within 10 calendar days of the date of purchase if purchased in-store.',
    ]);
  });

  it('reads the shop’s decision over the consumer’s application, penalties with their objects and replacement parts as void', () => {
    expectEach('void', [
      '本店保留对买家的退货申请的最终处理权。',
      '本平台保留对用户是否存在恶意退货的最终判定权。',
      '根据退货记录，本店有权暂停该账户的购买权限。',
      '根据您的退货记录，您的账户将被永久停用。',
      '根据退货记录，平台将冻结非恶意退货的账户。',
      'Your sole remedy for defective goods is a refund, replacement parts or repair.',
      'Items that do not meet the above criteria will not be accepted and no refunds will be given for sale items.',
      '售后服务申请不通过的情形：\n④ 自身原因造成的错订、误订。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.230 (open items of the .228 review)', () => {
  it('leaves negated reservations, a consumer’s own decision, conditions of a remedy and later return days alone', () => {
    expectEach('lawful', [
      '本店不会单方面保留对退货的最终决定权，争议依法处理。',
      '本店从未保留最终解释权，一切以法律规定为准。',
      '买方对是否退货保留最终决定权。',
      '请保留好原包装，退货方式的最终决定权归您所有。',
      'Your sole remedy for defective goods is a refund, replacement or repair, with no return shipping fees.',
      '商品质量问题的唯一补救措施为退货、换货或维修，任您选择，不能维修的直接退款。',
      'Returns made 14-30 days after delivery are refunded 70% of the price.',
      'If you return between 31 and 60 days, we refund 70% of the item price.',
      '我们不会因为您已签收就视为认可商品质量。',
    ]);
  });

  it('reads defects refused beside the consumer’s own damage, shares paid in vouchers and the shop’s choice of remedy as void', () => {
    expectEach('void', [
      '商品本身质量问题及人为损坏的商品，均不予退换。',
      '非质量问题及人为损坏的商品不予退换。',
      'We refund 90% of the purchase price in store vouchers.',
      'Items that are not defective are refunded 85% of the price paid.',
      'For faulty items we will repair or replace the item as we see fit.',
      '客户部保留对退货事宜的最终决定权。',
      '请保留好购物凭证，本店保留对退货的最终决定权。',
      '本店从未保留最终解释权，但保留最终决定权。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.231 (the thirtieth key’s tuning pages)', () => {
  it('leaves shipping costs not refunded, worn items declined and a no-reason sentence’s shipping alone', () => {
    expectEach('lawful', [
      'Customers are not refunded shipping costs.',
      'We reserve the right to refuse returns of items that have been worn or washed.',
      '如果不喜欢,可退换,但买家必须承担所有的运费。',
      '退款可选择原路退回或转入会员购物金账户。',
    ]);
  });

  it('reads gift-card refunds, store-credit accounts, transit losses, late refunds and a defect’s shipping as void', () => {
    expectEach('void', [
      'Your refund will be in the form of an e-gift card.',
      '退款金额将转入您的会员购物金账户，以供下次购物使用。',
      '运输途中出现损失本店不承担责任。',
      'It may take up to 10 business days to inspect returned items and initiate the refund.',
      '质量问题退换,买家也必须承担运费。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.232 (a code review of .229)', () => {
  it('leaves the shop’s own goods, conditioned and listed refusals, and delivery headings alone', () => {
    expectEach('lawful', [
      '根据退货情况，本店将暂停该商品的销售并排查质量问题。',
      'Items that do not meet the above conditions cannot be returned or exchanged.',
      'Your sole remedy for defective goods is a refund, exchange or repair, at your choice.',
      'Purchases made in-store can be returned within 3 days.',
      '验货/拒收\n3.拒收业务完成后,已支付的款项我们将按原支付方式和路径安排退款。',
      '恶意退货一律拒收。',
    ]);
  });

  it('reads decisions over tests and disputes, negated bad faith, conditioned shares and repair-first remedies as void', () => {
    expectEach('void', [
      '买家申请退货时，对退货商品的检测结果保留最终判定权。',
      '顾客退货时，我方保留最终处理权。',
      '本店保留对于买家的退货申请的最终处理权。',
      '根据退货记录，无论恶意与否，均将暂停该账户。',
      'If the item is not in its original box we refund 80% of the price.',
      'Refunds are not supported for shipping fees of defective items.',
      'Your sole remedy for a defective item is repair, or a replacement or refund where no repair is possible.',
      '以下情形售后申请不予通过：\n1. 商品已拆封',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.233 (code reviews of .230–.231 and .232)', () => {
  it('leaves damage from other causes, a no-reason sentence’s shipping and a consumer’s parcel refusal alone', () => {
    expectEach('lawful', [
      '除质量问题外，使用不当等其他原因造成的损坏不予退换。',
      'Refunds are not supported for return shipping of items that aren’t defective.',
      '如买家全部拒收，往返运费由本店承担。',
      'When you return an item we do not refund just 50% like other shops but the full price.',
    ]);
  });

  it('reads shop units, refund times, shipping on every return, parcels the shop refuses and shares at a rate as void', () => {
    expectEach('void', [
      '退换货最终决定权由顾客服务中心负责。',
      '请保留好原包装，本店对退货有最终决定权。',
      'Refund time: from 3 to 15 days.',
      '如果您不喜欢，7天内可退换，任何情况下运费都由买家承担。',
      '根据买家的退货记录，本店有权暂停向其销售商品。',
      '七天无理由退货的包裹本店全部拒收。',
      '凡在本店内购买的商品，非质量问题不退不换。',
      'Returns not in the original packaging are refunded at 85%.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.234 (a code review of .233)', () => {
  it('leaves a right the next part gives the consumer after 保留 meaning keep alone', () => {
    expectEach('lawful', ['请保留好原包装，买家享有最终决定权。', '请保留好发票，您拥有对退货的最终决定权。']);
  });

  it('still reads a decision the shop claims after 保留 meaning keep as void', () => {
    expectEach('void', ['请保留好原包装，本店对退货有最终决定权。', '请保留好发票，我们享有最终处理权。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.235', () => {
  it('reads a defect’s shipping put on the consumer in part as void', () => {
    expectEach('void', ['质量问题退货的运费由顾客部分承担。', '质量问题退货，运费由客户部分承担。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.236', () => {
  it('reads repair put before the return the law gives at once as void, after the statutory days as lawful', () => {
    expectEach('void', [
      '质量问题先维修，无法维修的再退换货。',
      '质量问题请先维修，维修不好的再给您换货。',
      'A refund is only given where the item cannot be repaired.',
    ]);
    expectEach('lawful', ['超过7天的质量问题先维修，无法维修的再退换货。', '人为损坏先维修，无法修复再协商更换。']);
  });
  it('reads defects disowned from signing, and a final decision the shop holds without reserving it, as void', () => {
    expectEach('void', [
      '签收后，本店不再为质量问题负责。',
      '本店对退换货享有最终决定权。',
      '商家对是否退货有最终决定权。',
    ]);
    expectEach('lawful', ['签收后不再为非质量问题负责。', '买家对退换货享有最终决定权。', '本店不享有最终决定权。']);
  });
  it('reads refunds paid into store credit or a balance, and return postage refused for defects, as void', () => {
    expectEach('void', [
      'We refund the price in store vouchers.',
      'Refunds are paid in store vouchers.',
      '所有退款，一律转入会员余额。',
      'Refunds are not supported for return postage, including for defective items.',
      'Refunds for returns are issued within 30 days.',
    ]);
    expectEach('lawful', [
      'Refunds are issued as store credit if you paid with store credit.',
      '退款可选择转入余额或原路返回。',
      'Refunds are not supported for return shipping of items that aren’t defective.',
      'Refunds for returns are issued within 7 days.',
    ]);
  });
  it('reads a rejection described, goods taken off sale and the consumer’s own choice to refuse delivery as lawful', () => {
    expectEach('lawful', [
      '退款申请被拒绝的情况：可联系平台客服申诉。',
      '退货率过高的商品，我们将终止该商品的销售。',
      '您可以选择快递拦截、拒收或签收后申请退货。',
      '退款默认转为购物金，或可退至您的支付宝账户。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.237', () => {
  it('reads a grant to goods at their normal price, any return refused for goods sent, and a late delivery refused as void', () => {
    expectEach('void', [
      '只有正常价格的商品可以退款。',
      '定制商品不做任何退换货。',
      '蛋糕寄出后，不接受任何退货。',
      '若因快递原因无法准时送达，恕不退款。',
    ]);
    expectEach('lawful', [
      '正常价格的商品和特价商品一样享受七天无理由退货。',
      '正价商品可以退货，特价商品也可以。',
      '生鲜商品不做任何退换货，质量问题除外。',
      '因物流原因无法准时送达的，可申请退款。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.238', () => {
  it('reads a final decision the consumer holds, or 有 inside 有异议 or 我们有…目标, as no shop’s claim', () => {
    expectEach('lawful', [
      '若本店对处理结果有异议，顾客享有最终决定权。',
      '本店拥有完善的售后体系，是否退货的最终决定权在于顾客。',
      '我们有唯一的目标：让您满意，最终决定权在您。',
    ]);
    expectEach('void', [
      '若顾客对处理结果有异议，本店享有最终决定权。',
      '退换货的最终决定权在本店。',
      '本店持有退换货的最终决定权。',
    ]);
  });
  it('keeps lawful what the .236–.237 readings caught in their neighbours', () => {
    expectEach('lawful', [
      '签收后，本店不会因为您已签收而不为质量问题负责。',
      'A refund is only given where the item cannot be repaired, or where you ask within 7 days of delivery.',
      'We refund the price in store vouchers or to your original payment method, as you choose.',
      'We refund the price to your card plus a bonus in store vouchers.',
      '退款，不会转入会员余额，而是原路退回。',
      '若商品恢复正常价格可申请退还差价。',
      '因快递原因未能准时送达，无法退货的生鲜商品，本店将全额退款。',
    ]);
    expectEach('void', [
      '非质量问题的退货申请一律驳回，如有疑问可申诉。',
      '使用平邮包裹的订单，拒收或退回一律不退款。',
      '正价商品可以退货，特价商品也可以换货。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.239', () => {
  it('reads a final decision held over all returns, or 在 the shop, as void, and 在 anyone else as lawful', () => {
    expectEach('void', [
      '本店享有对所有退换货的最终决定权。',
      '本店具有对所有商品退换货申请的最终处理权。',
      '最终决定权在本店。',
    ]);
    expectEach('lawful', ['最终决定权在任何情况下都归消费者所有。', '如发生争议，最终裁决权在于人民法院。']);
  });
  it('keeps the review of .238’s wordings as labelled', () => {
    expectEach('void', [
      '7天内可换货，质量问题先维修，无法维修的再退货。',
      'We will inspect the item first. After that, a refund is only given where the item cannot be repaired.',
      'Refunds will be issued to your account as store credit.',
      '退款无需审核直接转为店铺余额。',
      '若无质量问题退货申请一律驳回。',
      '签收后，本店不会为质量问题负责。',
      '如有质量问题，请先寄回检修，无法修复的才予以退款。',
    ]);
    expectEach('lawful', [
      '退货申请被拒绝的，可在7天内申诉。',
      '如退货申请被驳回，可申诉。',
      '选择快递配送的订单，收货时可签收或拒收。',
      '正价商品可以退换，特价商品也可以退换。',
      '若商品恢复原价可申请退还差价。',
      '签收后，我们不会因您签收就不为质量问题负责。',
    ]);
  });
  it('reads the thirty-second key’s tuning wordings as labelled', () => {
    expectEach('void', [
      'Refunds are not issued due to buyer’s remorse.',
      'Please allow us at least 30 day(s) from the receipt of your item to process your return.',
      '每个订单只能申请一次。',
    ]);
    expectEach('lawful', [
      'Certain items are non-returnable, as specified below.',
      'Refunds are not issued for shipping costs.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.240', () => {
  it('reads the final decision 在 any shop word as void, and English signing disclaimers only as the shop’s', () => {
    expectEach('void', [
      '最终决定权在我方。',
      '最终决定权在卖方。',
      '收货后，商家不会再为商品的质量问题负责。',
      'Please allow 10 business days from the date we receive your return for your refund to be processed.',
    ]);
    expectEach('lawful', [
      '如有争议，最终裁决权在于人民法院。',
      'Once the item is delivered, we are not responsible for defects caused by your misuse.',
      'Once the parcel is signed for, you are no longer responsible for defects.',
      '质量问题可选择退货、换货或维修；如您选择维修，先维修，无法修复的再为您退货。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.241', () => {
  it('reads a rejection the shop says after the application, and a right to reject any application, as void', () => {
    expectEach('void', ['非质量问题的退货申请，本店一律驳回。', '商家有权驳回任何退货申请。']);
    expectEach('lawful', [
      '恶意的退货申请，本店一律驳回。',
      '退货申请，本店将在24小时内审核。',
      '商家无权驳回任何符合规定的退货申请。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.242', () => {
  it('reads a refund processed after approval, and a final decision given to the shop, as void', () => {
    expectEach('void', [
      '退换货申请经审核通过后，将在7个工作日内处理退款或寄出替换商品。',
      '凡有争议，由本店最终决定。',
      '本店有权对退换货作出最终决定。',
      'The final decision rests with the store.',
    ]);
    expectEach('lawful', [
      '本店不享有退换货的最终决定权。',
      '本店不提供任何退货运费险。',
      '使用快递方式的订单，签收、拒收由您决定。',
      '我们有专业的售后团队，最终处理结果会在3个工作日内通知您。',
      '您有权最终决定是否退货。',
      'Items bought in one of our retail stores are not eligible for no-reason returns.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.243', () => {
  it('reads a court’s final right, a question put, no limit or pickup, and sale goods granted too, as lawful', () => {
    expectEach('lawful', [
      '如有争议，最终裁决权归人民法院。',
      '如有任何疑问，最终决定权在您，退不退货由您决定。',
      '本店不做任何退货限制。',
      '本店不提供任何退换货上门取件服务，请您自行寄回。',
      'You have the final say on whether to keep or return the item.',
      'Full-price items can be returned; sale items can also be returned.',
    ]);
    expectEach('void', [
      '最终决定权归本店。',
      '本店不退货，不提供上门取件。',
      'We have the final say on all returns.',
      '正价商品支持退货，特价商品也支持换货。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.244', () => {
  it('reads the thirty-third key’s tuning wordings as labelled', () => {
    expectEach('lawful', [
      'Non-Returnable Items\nTo complete your return, we require a receipt or proof of purchase.',
      'Non-Returnable Items\nPlease do not send your purchase back to the manufacturer.',
    ]);
    expectEach('void', [
      'Eligibility for Return\nWe do not accept intimate or sanitary goods, hazardous materials, or flammable liquids or gases.',
      'We are not responsible for product defects, because we do not manufacture the products we carry.',
      'Damaged Goods Policy\nIf we determine that the product is not damaged, we will not be able to offer a refund or replacement.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.245', () => {
  it('mends the regressions a review of .243–.244 found', () => {
    expectEach('void', [
      '退不退货由本店决定。',
      '换不换由商家说了算。',
      '正价商品支持退换，特价商品也支持换货不退。',
      'Customer refunds: the final decision on returns is ours.',
      '最终决定权归用户体验中心。',
      "We're not responsible for product defects.",
    ]);
    expectEach('lawful', [
      '退不退货由您决定。',
      'We are not responsible for defects in items you have modified yourself.',
      'We are not responsible for defects disclosed in the product description before purchase.',
      'Without any proof of purchase, we will not be able to offer a refund.',
      'It is not true that we do not accept sale items for return; all items may be returned within 7 days.',
      'In any dispute, the court has the final say.',
      'The arbitration panel has the final decision.',
      'We do not accept returns of goods purchased from other retailers.',
      'Returns: we do not accept shoes purchased from other retailers.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.246', () => {
  it('mends the regressions a review of .245 found, and open items of earlier sessions', () => {
    expectEach('lawful', [
      '退不退货，您可以自主决定。',
      '不管退不退货，我们都会为您开具发票。',
      'You, the customer, make the final decision on returns.',
      'Returns: we do not accept worn shoes.',
      'Returns: We do not accept electronics at our physical stores; please use the online return form.',
      'If you were not responsible for any faults, we will refund the return postage.',
      'A court, not the store, has the final say in disputes.',
      '使用顺丰快递的订单，验货不满意可直接拒收。',
      'We do not accept any returns of custom orders for change of mind',
      '60 天换货退货政策 / 笔记:\n而不是您打开包裹的时间。',
    ]);
    expectEach('void', [
      'It is a myth that every item can be returned: clearance items are final sale.',
      'We do not accept returns of items purchased from other retailers, sale items, or gift cards.',
      'Items purchased from other stores will not be accepted, nor will sale items.',
      'We are not responsible for defects in any product we sell.',
      'The final decision on returns rests with the customer care team.',
      '签收后，本店不再为您提供质量问题的退货服务，但可维修。',
      '选择平邮的订单，拒收、退回均不退款。',
      'An item that was discovered to be defective upon receipt can be replaced, or returned for a full refund for the purchase price provided that the item hasn’t been used.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.247', () => {
  it('mends the regressions a review of .246 found', () => {
    expectEach('void', [
      '退不退货由售后部门决定',
      '退不退款要看老板心情',
      'Returns: we do not accept electronics at all.',
      'Returns: we do not accept used or opened electronics.',
      '填写收货地址错误的订单，一律不退不换',
      'We are not responsible for defects after delivery from our warehouse.',
      '选择到付方式的订单，客户当场拒收的，货款不予退还',
      'The final decision on returns rests with the customer services department.',
    ]);
    expectEach('lawful', [
      '退货申请被驳回的情况很少见，如有疑问请联系客服',
      '退货申请审核不通过的情况将通过短信通知您',
      'Faulty items are replaced or refunded in full, and other items are refunded within 7 days if they are unused and in original condition.',
      'Items purchased from other retailers cannot be returned to us, and refunds for our own items are issued within 7 days.',
      'It is a myth that sale items — or any other items — cannot be returned.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.248', () => {
  it('mends open items of earlier reviews', () => {
    expectEach('void', [
      '我们将不再向您提供退款服务',
      '换不换货由客服人员判断',
      'We accept neither goods bought from other shops nor items bought on clearance.',
      'Neither sale items nor opened items can be returned.',
      'We do not accept opened items.',
      'We do not cover defects in items you bought on sale.',
      '退货率过高的买家，本店将停止销售商品给该买家。',
      '3. 售后服务申请不通过的情形\n④  自身原因造成的错订、误订。',
    ]);
    expectEach('lawful', [
      'Items bought from other stores, whether online or in person, cannot be returned here.',
      'Returns: we do not accept faulty goods from other retailers.',
      'We do not accept returns of items bought at another store or online elsewhere.',
      'It’s a misconception that opened items cannot be returned.',
      'Is it true that we do not accept electronics? No — all electronics can be returned within 7 days.',
      '选择物流配送的大件商品，拒收或签收前请先验货。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.249', () => {
  it('mends the regressions a review of .247 found, and older errors it showed', () => {
    expectEach('void', [
      'It’s a myth that sale items can be returned — all sale items are final.',
      'Defective items can be returned for a full refund, but only if they have not been used.',
      'We do not accept furniture for return once delivered.',
      '退不退货，请以客服通知为准。',
    ]);
    expectEach('lawful', [
      '收到商品后退不退货，请7天内告知客服。',
      '退不退，换不换，买家自己拿主意。',
      'We are not responsible for defects after delivery from drops, spills or water exposure.',
      '拆封后易影响人身健康的商品，经您在购买时确认后，不适用七天无理由退货。',
      'We do not accept returns of online orders at our physical stores; please ship them back to our warehouse.',
      '退货期限自签收次日起算，而不是您打开包裹的时间。',
      'Items purchased from other stores, even if they are the same brand, cannot be returned to us.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.250', () => {
  it('reads the neighbours of .248–.249 a self-review found wrong', () => {
    expectEach('void', [
      '签收后，我们不再向您提供任何售后服务。',
      'We do not cover any defects after 30 days.',
      '换不换货，我们说了算。',
    ]);
    expectEach('lawful', [
      'We neither charge restocking fees nor deduct return shipping from your refund.',
      '换不换货，您可以自己选择。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.251', () => {
  it('reads what a review of .248–.250 found wrong, and open items', () => {
    expectEach('void', [
      '退货率过高的买家，本店将停止交易。',
      'We will neither refund nor exchange items bought on promotion.',
      'We shall not refund sale items.',
      'We do not cover manufacturing defects once the item has been delivered.',
    ]);
    expectEach('lawful', [
      '退货率过高的商品，本店将停止销售。',
      '退貨率過高的商品將停止銷售。',
      'We do not accept bulky items for in-store drop-off; please book a free courier collection instead.',
      'We do not accept aerosols or liquids at our parcel lockers; please drop them at a post office.',
      'Online orders cannot be returned in store, but can be posted back within 7 days.',
      'Sale items cannot be returned in store, but can be sent back by post within 7 days.',
      'We do not accept items in used condition for return.',
      '我们不再退还运费。',
      'We are not responsible for any damage after delivery from drops or spills.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.252', () => {
  it("reads the thirty-fourth and thirty-sixth keys' tuning pages", () => {
    expectEach('void', [
      '收到您的退货商品，确认无误后，客服人员会在七个工作日内完成退换货。',
      '损坏商品，请于收到货品当日内联系客服。',
      '商品破损请于签收当日联系客服。',
    ]);
    expectEach('lawful', [
      '運費不可退款。',
      '假设D日18:00前办理退订，预计会在D+2日前往取货。',
      '商品验收无误后，本店将向银行提出退款申请，银行约需3到5个工作日作业。',
      '处理退货申请约3~5个工作日，确认退货属实后，将为您办理款项退还。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.253', () => {
  it("reads earlier keys' tuning pages", () => {
    expectEach('void', [
      'It will take 20 days to review your return and issue your refund.',
      '商品和服务费均不予退还。',
    ]);
    expectEach('lawful', [
      'After your request for return and refund is emailed to us, it will take approximately 2-5 days to review.',
      '提交后3天内商家同意或者超时未处理，退货申请将自动达成。',
      '如果因我方导致订单有误，要求退款的，手续费用由我公司承担。',
      '已产生的服务费不予退还。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.254', () => {
  it('reads what a review of .251 found, and the thirty-seventh key’s tuning pages', () => {
    expectEach('void', [
      'We are not responsible for any damage from drops or spills, or any other defects.',
      'We do not accept items in used condition, including items that have only been tried on.',
      '质量问题退货，运费不再退还。',
      'Customers with a high return rate will no longer be able to return items.',
      'The seller shall not be obliged to accept returns of opened items.',
      '本店不对商品瑕疵承担任何责任。',
      '赔偿金额以订单金额为限。',
      '退货申请须在签收后3天内提交，审核退货申请需要2天。',
    ]);
    expectEach('lawful', [
      '除非退货是由于我们的错误造成的，否则原始订单支付的运费不退还。',
      '因退货率过高，本店将停止销售该款商品，已售出的商品仍可按规定退货。',
      '智能柜恕不接受退货包裹，请预约免费上门取件。',
      '非质量问题本店不负责，运输途中造成的破损除外。',
      '如无特别说明，积分兑换商品和赠品不享有保家服务。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.255', () => {
  it('reads what a review of .252–.254 found', () => {
    expectEach('void', [
      '退货申请请于到货日D+3日前提出，逾期不予受理。',
      'The seller is not obliged to accept returns of sale items.',
    ]);
    expectEach('lawful', [
      '除非是我们的失误导致退货，否则退货运费一律由买家承担。',
      '快递柜不接受退货包裹。',
      'We do not accept returns at parcel lockers and post offices; please book a courier pickup.',
      '请在签收后7天内申请退货，审核需要1-2天。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.256', () => {
  it('reads what a review of .255 found', () => {
    expectEach('void', ['商品寄回后，审核需要15个工作日，审核通过后退款。', '退款需审核，审核需要15个工作日。']);
    expectEach('lawful', ['订单付款后D+1日发出，签收后7天内支持无理由退货。', '快递柜和驿站均不接受退货包裹。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.257', () => {
  it('reads the shipping of a quality return no longer borne by the shop', () => {
    expectEach('void', ['质量问题退货的，来回运费不再由本店承担。']);
    expectEach('lawful', ['质量问题退货的，来回运费由本店承担。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.258', () => {
  it("reads the thirty-eighth key's tuning pages", () => {
    expectEach('void', [
      '收到退货后，处理退货申请需要10个工作日。',
      'Returns must be requested within 3 days, we will email you a label.',
    ]);
    expectEach('lawful', [
      '收到退货后，处理换货申请需要10个工作日。',
      '售后保障：客服承诺24小时内解决。',
      'Return Policies / Instructions for Returns\nWithin 3 days we will email a prepaid shipping label or an update on your request back.',
      '收花人拒收的，订单无法退款。',
    ]);
    expectEach('review', ['Drops and Ointments are not returnable.', '药膏不支持退货。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.259', () => {
  it("reads a warranty's repairs as the defect's, and the consumer's own damage as no defect", () => {
    expectEach('void', [
      '保修期内，来回运费由买家承担。',
      '保修期內，來回運費由買家承擔。',
      '保修期内非人为损坏，来回运费由买家承担。',
    ]);
    expectEach('lawful', [
      '人为损坏的维修，来回运费由买家承担。',
      '保修期内，若经检测为人为损坏，来回运费由买家承担。',
      '保修期外维修的，来回运费由买家承担。',
    ]);
  });
  it('reads a medicine named before an English refusal as outside the law data (a review of .258)', () => {
    expectEach('review', ['Ointments cannot be returned.', 'Ointments cannot be returned once opened.']);
  });
});

describe('Policy lint: readings fixed in cn-policy.260', () => {
  it('reads what a review of .259 found', () => {
    expectEach('void', [
      '保修期内，来回运费由买家承担（人为损坏不在保修范围内）。',
      '保修期内免费维修，来回运费由买家承担，人为损坏另收维修费。',
      '经检测不属于人为损坏的，来回运费由买家承担。',
      'We do not sell medicines and items cannot be returned.',
    ]);
    expectEach('lawful', [
      '不在保修期内的商品维修，来回运费由买家承担。',
      '保修期内，不在保修范围内的维修，来回运费由买家承担。',
    ]);
  });
  it("reads the thirty-eighth and thirty-ninth keys' tuning pages", () => {
    expectEach('lawful', [
      '除非出现损坏，已下载的产品不支持主观原因的退换。',
      '如是因您填写错误所造成的发票更换问题，则需要您承担因此所产生的相关费用。',
    ]);
    expectEach('void', [
      '除非出现损坏，本店商品不支持主观原因的退换。',
      'Within 14 days we will send you an update and refund your payment.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.261', () => {
  it('reads what a review of .260 found', () => {
    expectEach('review', ["We won't take back returned medicines."]);
    expectEach('lawful', [
      '保修期内，需付费的维修，来回运费由买家承担',
      '保修期内，有偿服务的来回运费由买家承担',
      '保修期内，来回运费由买家承担（非人为损坏除外）',
    ]);
    expectEach('void', [
      '寄回商品未附发票的，收取20元手续费',
      '商品寄回后收取文件处理费20元',
      'We are not a pharmacy and purchased items cannot be refunded.',
    ]);
  });
  it('reads damage to be reported on the day it is found, lost after it', () => {
    expectEach('void', ['如發現包材紙箱有濕掉或破損情形,請於當日立即反映,如非當日反映,恕無法協助處理。']);
    expectEach('lawful', ['如发现商品破损，请于当日联系客服，以便尽快为您处理。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.262', () => {
  it('reads what a review of .261 found', () => {
    expectEach('void', [
      '保修期内不收费，来回运费由买家承担',
      '保修期内，请买家付费寄回维修，运费自理',
      'We do not offer medicines and opened items cannot be refunded.',
      'Within 21 days we will refund the full amount in one transaction to your original payment method.',
      '如发现破损，请当天拍照反馈客服，否则恕不处理',
    ]);
    expectEach('lawful', ['Within 3 days we will inspect the item and refund you within 5 days.']);
    expectEach('review', [
      'Refunds are not an option for any medicine once sold and opened medicines cannot be returned.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.263', () => {
  it('reads what a review of .262 found', () => {
    expectEach('lawful', ['保修期内，付费的维修，来回运费由买家承担', '保修期内，如需收费，来回运费由买家承担']);
    expectEach('void', [
      '保修期内维修无需付费，来回运费由买家承担',
      '如发现破损，请尽量当天拍照反馈客服，逾期恕不处理',
    ]);
    expectEach('review', [
      'We do not offer a refund for cross-border goods once they clear customs.',
      'We do not offer a refund on medicines.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.264', () => {
  it('reads what a review of .263 found', () => {
    expectEach('void', [
      '保修期内，提供不用付费的维修，来回运费由买家承担',
      '保修期内免费维修，不会产生维修费用，来回运费由买家承担',
      '保修期内提供零收费的维修，来回运费由买家承担',
      '保固期內維修不產生費用，來回運費由買家負擔',
      '保修期内提供免费维修，超出保修期提供收费服务，来回运费由买家承担',
    ]);
    expectEach('lawful', [
      '保修期内，付费的维修，来回运费由买家承担',
      '保修期内，如产生维修费用，来回运费由买家承担。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.265', () => {
  it('reads what a review of .264 found', () => {
    expectEach('void', [
      '保修期内，本店不会因维修向消费者额外收费，来回运费由买家承担',
      '保修期内，按快递公司收费标准，来回运费由买家承担',
      '保修期内，收费问题请咨询客服，来回运费由买家承担',
    ]);
    expectEach('lawful', [
      '保修期内不慎摔坏的收费维修，来回运费由买家承担',
      '保修期内，非免费保修项目的收费维修，来回运费由买家承担',
      '保修期内没有按规定操作的收费维修，来回运费由买家承担',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.266', () => {
  it('reads what a review of .265 found', () => {
    expectEach('lawful', [
      '保修期内维修需另行收费的，来回运费由买家承担',
      '保修期内收费修理的，来回运费由买家承担',
      '保修期内，如果产生维修费用，来回运费由买家承担',
    ]);
    expectEach('void', [
      '保修期内不属于收费维修的，来回运费由买家承担',
      '保修期内快递员不小心压坏的，来回运费由买家承担',
      '保修期内维修无需支付费用，来回运费由买家承担',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.267', () => {
  it('reads what a review of .266 found, and the warranty items open since .257', () => {
    expectEach('void', [
      '保修期内，来回运费需买家付费。',
      '保修期内，维修费用由本店承担，如需寄修，来回运费由买家承担。',
      '保修期内维修绝不另外收费，来回运费由买家承担',
      '保修期内维修，维修进度及收费问题请咨询客服，来回运费由买家承担',
      '保修期内免费维修，亲不小心摔坏的除外，运费由买家承担。',
      'Within the warranty period, shipping both ways for repairs is paid by the customer.',
      'Warranty claims: customers pay return shipping.',
      'We do not carry out returns.',
      'Returns are not an option.',
      'Within 14 days of receiving your return, we will inspect it and refund your payment.',
    ]);
    expectEach('lawful', [
      '质量问题退货，我们给您付运费',
      '保修期内，不慎摔坏需维修的，来回运费由买家承担',
      '保修期内因使用不慎造成损坏的，来回运费由买家承担',
      '保修期内需由买家承担维修费用的，来回运费由买家承担',
      'Out of warranty repairs: shipping both ways is paid by the customer.',
      'Within the warranty period, the customer pays return shipping if no fault is found.',
      'Returns are not an option once the 7-day window has passed.',
      'Within 30 days of receiving your item, we will refund you if you send it back unused.',
    ]);
    expectEach('review', ['We do not carry out returns for medicines.', 'Returns are not an option for medicines.']);
  });
});

describe('Policy lint: readings fixed in cn-policy.268', () => {
  it('reads the warranty denied for goods, and the consumer charged only for their own damage', () => {
    expectEach('void', [
      '配件类属消耗性商品，恕不提供保修，如：保护贴、保护壳等。',
      '特价商品不保修。',
      '本店商品不提供保修。',
      'Accessories are not covered by any warranty.',
      '特价商品拆封后不保修。',
    ]);
    expectEach('lawful', [
      '人为损坏的配件不保修。',
      '赠品不提供保修。',
      '以下商品不在保修范围内：',
      '过保商品不提供免费保修，可付费维修。',
      '电池正常损耗不保修。',
      '特价商品无质保书，凭订单享受保修。',
      'Products that have been dropped or exposed to liquid are not covered by the warranty.',
      '保修期内质量问题维修运费由本店承担，人为损坏的维修运费由买家承担',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.269', () => {
  it("reads the forty-first key's tuning pages and what a review of the change found", () => {
    expectEach('void', [
      '质量问题退货，由买家承担退货费用。',
      '退货需收取退货费用20元。',
      '若因商品严重瑕疵、尺寸颜色规格错误、寄错商品等因素，由卖家负担因退换货产生的运费。',
      '加价购商品不得单独退货。',
      '为杜绝仿冒，所有商品售出后一律不退不换。',
      '本店销售的商品均为水货，一经售出概不退换。',
    ]);
    expectEach('lawful', [
      '如果是买家原因退货，由买家承担退货费用。',
      '水货及非授权渠道购买的商品不予退换。',
      '商品有瑕疵或严重损坏的，运费由本店承担。',
      '赠品不得单独退货。',
    ]);
    expectEach('review', ['一经拆封影响卫生安全之商品不予退货。', '拆封后影响卫生的商品不予退货。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.270', () => {
  it('reads what a review of .267–.269 found, and two open items', () => {
    expectEach('review', [
      '除平台规定不支持七天无理由退货的类目外，本店商品均支持七天无理由退货。',
      '淘宝规定不支持七天无理由退货的类目商品，不予退货。',
    ]);
    expectEach('lawful', [
      '除国家规定不适用七天无理由退货的商品外，本店商品均支持七天无理由退货。',
      '电池之正常耗损不在保修范围内。',
      '自行拆修的商品不在保修范围内。',
    ]);
    expectEach('void', [
      '本店非官方渠道，商品售出后概不退换。',
      '电池属于消耗品，不在保修范围内，使用中如出现鼓包、无法充电请自行更换。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.271', () => {
  it("reads the forty-second key's tuning wordings and what a review of the change found", () => {
    expectEach('lawful', [
      '鑑賞期非免費試用期,下列情形恕不提供退貨服務:',
      '退貨商品如果因未使用原廠包裝而產生的任何毀損,將影響後續您的退款。',
    ]);
    expectEach('void', [
      '鉴赏期非免费试用期，试穿过的商品不予退货。',
      '鉴赏期非试用期，试穿过的商品不予退货。',
      '退货商品包装破损的，将影响您的退款。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.272', () => {
  it("reads the forty-third key's tuning pages, open items of earlier reviews, and what a review of the change found", () => {
    expectEach('void', [
      '一年内免费保修，寄修产生的运费由顾客负担。',
      '整機保固一年，送修運費需由買家自付，敬請見諒。',
      '严重瑕疵由卖家负担运费，其他瑕疵运费由买家负担。',
      '收到商品如有破损，请自行与快递公司协商，本店不承担责任。',
      '退貨時將酌收退貨處理費用（商品金額10%）。',
      "Within 14 days after we receive your returned parcel, we'll issue a refund.",
      '签收后24小时内未反馈的，不予处理。',
      '签收后超过24小时未联系客服的，将无法获得任何补偿。',
      '期间不可试用或拆封后申请退货。',
      '单笔订单仅接受一次退货处理。',
    ]);
    expectEach('lawful', [
      'If the item is damaged by misuse, drops or liquid, we can repair it for a fee, and the customer pays the repair and shipping costs.',
      '一年内免费保修，超出一年寄修运费由顾客负担。',
      '7天无理由退换货，一年保修，退换货运费由买家承担。',
      '如您指定其他快递（非本店默认快递），收到商品如有破损，请自行与快递公司协商索赔。',
      '收到商品如有破损，请联系客服，客服会自行与快递公司协商处理。',
      '因地址错误被退回之包裹如需重新寄送，将酌收处理费。',
      '申请退货须于取货后七日内提出申请，超过时效不接受退货。',
      '申请退货后，不退回当次已使用优惠，包含红利点数、优惠券、免运券等等。',
      'We can not accept returns in person.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.273', () => {
  it('reads what a review of cn-policy.272 with whole policies found', () => {
    expectEach('void', [
      'If the item is damaged by you or in transit, the customer pays return shipping.',
      'Items damaged by the customer or during shipping: the customer pays return shipping both ways.',
    ]);
    expectEach('lawful', [
      '主机保修一年，到期后维修收取工本费，来回运费买家自付。',
      '退货商品如有污损，本店将酌收清洁费或拒绝退货。',
      '包裹因地址错误被退回的，重新寄送将酌收手续费。',
      '退回商品如有人为损坏或缺少配件，本公司得拒绝退货或酌收手续费。',
      'If the item is damaged by misuse or accident, the customer pays the repair and shipping costs.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.274', () => {
  it('reads the open items of .272–.273, tuning clauses of the keys and a review of the draft', () => {
    expectEach('void', [
      '超过24小时未联系客服的，不予处理。',
      "Within 14 days after we receive your returned item, we'll inspect it and, if it is eligible, refund you.",
      '保修一年，一个月后的维修运费由买家承担。',
      'If the item arrives damaged, we will only send a replacement.',
      'We charge return shipping for all defective items.',
      '您可以因以下任何原因退回所购买的商品:商品有缺陷或损坏,或者您收到了错误的商品。',
      'You may return an item for any of the following reasons: the item is defective, damaged, or not as described.',
      'Goods are returnable or exchangeable if and only if the product defects.',
      '收货超过一个月不予售后。',
      'If you have tried the item, it can no longer be returned.',
      'DOA/defective items will be replaced w/ an identical item upon return of the defective item.',
    ]);
    expectEach('lawful', [
      'If the item arrives damaged (for example a cracked screen or damaged packaging), we will refund you in full.',
      '签收后24小时内未反馈的，不影响您的退货权利。',
      '不退回當次已使用優惠，包含紅利點數、優惠券。',
      '保修一年，12个月后的维修运费由买家承担。',
      '超过48小时未申请运费险理赔的，将无法获得理赔。',
      'Items tried on at home can be returned; items worn outside cannot be returned.',
      'We charge return shipping if the item turns out not to be defective.',
      'For security reasons, we will only send a replacement for a damaged item to the original delivery address.',
      '以下情况可以免费退换货：商品存在质量问题、发错货。',
      'You may return an item for any of the following reasons: the item is defective, or you changed your mind within 7 days.',
      'We cover return costs if and only if the product is defective.',
      '收货超过一个月不予退换货，质量问题可维修。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.275', () => {
  it('tells the time to ask for a refund from the time to pay it, and the consumer receiving the order from placing it', () => {
    expectEach('lawful', [
      'Refunds are accepted for up to 30 days on all unworn, used, and unwashed items.',
      '质量问题签收后30天内可全额退款。',
      '退货请求在收到您的订单后7 天内提出。',
      '如万一出现破损,也请您放心的签收,只需要在面单签名的后面写上破了什么东西(不必拒收),再通知我们,我们会尽快给你照单补发,所有费用我们承担。',
    ]);
    expectEach('void', [
      'Refunds are issued within 30 days after we receive your return.',
      '仓库收货后15个工作日内退款。',
      '下单后7天内可申请退货。',
      '如有破损请拒收，签收后不予处理。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.276', () => {
  it("reads the forty-fourth key's tuning pages and what a review of the change found", () => {
    expectEach('lawful', [
      '对于形状、颜色、外观等不满意的,自收到货之日起超过七天的,无法办理退换货。',
      '不满意的，签收超过七天不予退换。',
      'Items damaged due to buyers’ negligence will not be accepted.',
      '實際退還至您本人的帳戶時間,需視銀行端作業時間而定,約需14~21天,請洽您的發卡銀行。',
    ]);
    expectEach('void', [
      '不满意的，签收超过三天不予退换。',
      '不满意的不予退换，超过七天的也不予退换。',
      '「拆封」視同購買,請您訂購或拆封商品前後均務必三思,以免影響自身權益。',
      'If your item arrives damaged, a replacement will be sent.',
      '本店商品不支持退货，可以办理换货。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.277', () => {
  it("reads the forty-fourth key's tuning pages and what a review of the change found", () => {
    expectEach('void', [
      '產品規格若敘述有誤,請以實物為主。',
      '超商取貨付款之退貨款項,我們將於收到退貨商品並檢查完成後,5個工作天之後退還至您本人的帳戶。',
    ]);
    expectEach('lawful', [
      '因拍摄光线不同，颜色请以实物为主。',
      '本店商品均以实物为主，不销售虚拟商品及服务。',
      '退货检查完成后5个工作日之后如仍未收到退款，请联系客服。',
      '我們將於收到退貨商品並檢查完成後,5個工作天內退還至您本人的帳戶。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.278', () => {
  it('reads a list announced by a sentence ending in a full stop as announced by a colon', () => {
    expectEach('void', ['以下狀況亦不接受瑕疵退換貨。\n(1)超過七天鑑賞期(包含例假日)。']);
    expectEach('lawful', ['如遇以下情況,請立即聯繫我們並提供照片佐證。\n1. 商品有瑕疵及 / 或在運送過程中受損']);
  });

  it("reads the forty-fifth key's tuning pages and the open items of earlier reviews", () => {
    expectEach('void', [
      'Return requests must be made within 7 days of the date we receive your order.',
      '签收后第8天至第15天发现质量问题，恕不受理。',
      '签收后第8天起发现质量问题，恕不受理。',
      'Please sign the delivery note to show that the order you received is intact.',
      'Please complete Inspection within the same day, otherwise, the logistics company may not accept product return.',
      '微客製化商品為專屬訂製,除重大商品瑕疵外,恕無法申請退/換貨!',
      'The retail price of the free gift will be deducted from your refund.',
      'If an item is damaged during the shipping process, please contact the carrier, or file a claim with USPS here.',
    ]);
    expectEach('lawful', [
      'Return requests must be made within 7 days of the date you receive your order.',
      '非质量问题请勿拒收，拒收产生的退回运费由买家承担。',
      "Within 14 days after we receive your returned item, we'll inspect it and, if it is not eligible, send it back to you.",
      '由于您提供的图片像素过低导致印刷模糊，不予退换。',
      '订单若未达免运门槛,原收取之运费为物流费用,不予退还。',
      '2. 完成退货申请后,3个工作天内会安排退货作业,运费由我司支付。',
      '以下情况不予退货，只可换货：\n签收后第8天至第15天发现货品有质量问题。',
      '如您选择自提，运输途中的损坏由您自行与物流协商。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.279', () => {
  it('reads fees, gifts, titles and the consumer’s own acts as no refusal of the return', () => {
    expectEach('lawful', [
      '商品验货与签收\n家电类商品签收标准',
      '七天鑑賞期之後才申請退貨,除已產生之服務費不予退還外,還需負擔商品運回費用。',
      '退款时不可退还手续费，请注意。',
      '商品不完好的不予退货。',
      '倘若最終商品已非完整無法退貨，會將貨品寄還，而此筆寄回的運費(貨到付運費100元)將由買方自行負擔，因此退回商品時請務必多加留意商品完整性。',
      'All Gift with Purchase (GWP) items are strictly non-refundable, non-replaceable, and non-exchangeable.',
      '赠品不退不换。',
      'If you damage the product during installation, such as threading a pedal or crank, we cannot accept a return.',
      'Exchanges: We only replace items if they are defective or damaged.',
      'Karigar Hub is not responsible for items lost in transit during return.',
      'We are not responsible for any damaged or lost returns, which we have not received.',
      'Any items showing signs of heavy use, damage, or wear are not eligible for return.',
      'We are not responsible for lost packages or undelivered shipments due to an incorrect address, and no refunds will be provided in such cases.',
      'A return authorization must be obtained by the customer for the merchandise they decide to return, or it may not be accepted for return.',
    ]);
    expectEach('void', [
      '包装不完整的不予退货。',
      'Returns are accepted only if the item is defective.',
      'We are not responsible for items lost in transit.',
    ]);
  });

  it('reads every problem refused after a cut-off, and a period from the original purchase date', () => {
    expectEach('void', [
      '签收7天后商品出现任何问题均不受理。',
      '60 天后,我们将不再解决任何问题。',
      '签收15天后出现任何问题，本店概不负责。',
      'Regular returns and exchanges: Items may be returned or exchanged within 30 days of the original purchase date.',
    ]);
    expectEach('lawful', [
      '签收7天后非质量问题均不受理。',
      'Items can be returned within 30 days of the original delivery date.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.280', () => {
  it('reads damage in transit declared normal, and "if any of the above" with the sentence before it', () => {
    expectEach('void', [
      '由於水果的特殊性,運送及派送過程中易導致部分產品出現擠壓或碰撞情形,總數量5%以內的損傷屬正常現象。',
      '运输过程中轻微磕碰属于正常现象，不予退换。',
    ]);
    expectEach('lawful', [
      '运输过程中外包装轻微压痕属正常现象，不影响商品使用。',
      '因拍摄光线不同，色差属正常现象。',
      '• 退貨商品須為 全新、未下水清洗、無任何異味(香水、煙味、芳香劑等) 狀態;若有上述情形,恕無法受理退換貨。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.281', () => {
  it('reads periods counted from dispatch, an RMA as the return, and fading after washing as a defect', () => {
    expectEach('void', [
      'Returns must be requested within 7 days counted from the date of dispatch.',
      'An RMA number must be requested within 48 hours of delivery.',
      '不接受退換貨之情形\n布料類商品下水後褪色。',
      '衣物洗后褪色不予退换。',
    ]);
    expectEach('lawful', [
      'Returns must be requested within 7 days counted from the date of delivery.',
      'A return authorization (RMA) must be obtained before returning an item, or it may not be accepted.',
      '已下水洗涤的商品不予退换。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.282', () => {
  it('reads a start denied ("not from the date of purchase") as no start', () => {
    expectEach('lawful', [
      'The 7-day return period is counted from the date of delivery, not from the date of purchase.',
    ]);
    expectEach('void', [
      'The 7-day return period is counted from the date of purchase.',
      'The return period is 7 days from the date of purchase, not from delivery.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.283', () => {
  it('reads a start at signing denied as no start, and an early start denied "but from the date of delivery"', () => {
    expectEach('void', ['7天无理由退货期限从下单之日起计算,而不是从签收之日起计算。']);
    expectEach('lawful', [
      '7天无理由退货期限从签收之日起计算,而不是从下单之日起计算。',
      'The 7-day return period is not counted from the date of purchase but from the date of delivery.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.284', () => {
  it('reads where a return period starts in other words, for some goods only, and beside a warranty', () => {
    expectEach('void', [
      'The 14-day return period runs from the date of dispatch.',
      'The return period is counted from the date of payment.',
      'You have 7 days to return, calculated from the day your order ships.',
      'Our return and exchange policy is valid for 30 days from when the item was shipped.',
      'You may return items within 30 days from the day we ship your order.',
      '无理由退货期限为7天,从下单之日起计算,但预售商品从签收之日起计算。',
      '退货期限为7天,从发货之日起计算。',
    ]);
    expectEach('lawful', [
      "Returns are accepted within 30 days of the shipment's receipt.",
      'You may return items within 14 days of receipt, and the warranty runs 12 months from the purchase date.',
      '7天无理由退货,质保一年从购买之日起计算。',
      '价保期从下单之日起计算，但商品退货期从签收之日起计算。',
      'You can return items within 7 days of receiving your order, not from the dispatch date.',
      'We ship within 48 hours. Store credit is valid for 12 months.',
      '现货商品48小时内发货，从付款之日起计算。',
    ]);
  });

  it("reads the forty-sixth key's tuning pages: final rights, preferences refused, bank time, capped shipping, partial refunds", () => {
    expectEach('void', [
      '本公司保留退换货的最终权利。',
      '本公司不接受任何以个人/动物的喜好、口味、品味等退货理由。',
      'All sales of standard (non-custom) models are final.',
      '运输过程中造成的轻微划痕不属于质量问题。',
      'So it may take up to 14 days after our receipt to process your credit or exchange.',
      'If an error was made on our part (wrong size, or style shipped) we will reimburse up to $10.00 in return shipping.',
      'You can report it to us within 7 days of receiving it for a partial refund of the item cost.',
    ]);
    expectEach('lawful', [
      '本公司保留修改本退换货政策的最终权利。',
      '未依照建議使用方法(放置於不適合的床板,或局部不當施力等)所造成之損壞恕不提供退貨服務',
      '布料類商品多少都會有線頭 非瑕疵範圍',
      'For credit card refunds, please allow between 7-14 business days for the transaction to process.',
      'We do not offer refunds for printed objects that did not print correctly due to design errors in the 3D model file provided by the customer.',
      'Items returned within 7 days with signs of wear are eligible only for a partial refund.',
      '五、退換貨申請流程\n將商品完整包裝寄回指定地址',
      '若您購買的為下方所列商品一經拆封，即無法退換貨。\n1.易於腐敗之生鮮食品。\n2.已拆封之電腦軟體。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.285', () => {
  it('reads a defect as a condition, defects refused beside the consumer damage, promises not to refuse, the dispatch time', () => {
    expectEach('void', [
      '商品如有瑕疵，皆不予退换。',
      '商品如有瑕疵，或未按说明书使用所造成之损坏，皆不予退换。',
      'Items that are defective or damaged by misuse cannot be returned.',
      '生鲜食品及服装，恕不退换。',
      'Please make sure return parcels are posted within 3 days of delivery.',
    ]);
    expectEach('lawful', [
      '未按说明书使用所造成之损坏，不予退换。',
      'Items returned with signs of wear or damage may be accepted for a partial refund at our discretion.',
      '本店不得以任何理由拒绝合法退货。',
      '我们不会拒绝您合理的退货要求。',
      'Returns & Refunds\nOrders are dispatched within 2 business days from the order date.',
      '易於腐敗之食品，恕不退換。',
      'Non-Returnable Items\nNote: All returns must be authorized by our team via the Support Center.',
      '符合下述條件其中一項，即可無條件退換貨：\n收到商品後如發現有瑕疵損壞或是訂購品項不符的狀況，需要辦理換貨，請盡快拍照通知我們。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.286', () => {
  it('reads intactness items under a refusal of defect returns, and the consumer said to have no right to a return', () => {
    expectEach('void', [
      '以下状况不接受质量问题退换货：\n1. 配件不全。',
      '以下状况亦不接受瑕疵退换货。\n(3)退货的商品不全。',
      '顾客无权以产品与其网上影像并非完全一致而要求退回产品。',
      '买家无权以个人喜好为由要求退货。',
    ]);
    expectEach('lawful', [
      '以下情况不予办理无理由退货：\n1. 配件不全。',
      '以下情况不接受非质量问题退换货：\n配件不全的。',
      '质量问题退换货不予受理的情形：\n1. 人为损坏。',
      '签收超过7天后，买家无权以个人喜好为由要求退货。',
      '本店无权以任何理由要求您先确认收货再申请退款。',
      '任何个人无权以本店名义要求退款至私人账户。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.287', () => {
  it('reads a refusal of all but listed cases, cancellations, price differences and the consumer refusing delivery', () => {
    expectEach('void', [
      'Any other purchases are non-refundable and non-returnable except when:',
      'Returns and cancellations: orders can be cancelled within 3 days of delivery.',
      '买家拒收的订单，本店不予受理。',
    ]);
    expectEach('lawful', [
      'Prepaid orders can be cancelled within 24 hours of placing the order for a full refund.',
      'If the replacement item’s price is higher, you pay the difference; if lower, no refund of the difference.',
      '客户拒收交易(非货到付款)的货物,原则上:\n若为有理由拒收(商品有质量问题、少货等情况),由卖家承担全部运费。',
    ]);
    const policy = lintWithCurrentRuleset(
      'Any other purchases are non-refundable and non-returnable except when:\nYou cancel the order before we process it,\nThe item you ordered is out of stock.',
    );
    expect(policy.clauses.map((clause) => clause.verdict)).toEqual(['void', 'lawful']);
  });
});

describe('Policy lint: readings fixed in cn-policy.288', () => {
  it('reads English lead-ins refusing every return except the cases listed, and their items', () => {
    expectEach('void', [
      'We do not accept returns except in the following cases:',
      'Returns are not accepted except when:',
    ]);
    expectEach('lawful', ['Exchanges are not accepted except when:']);
    const policy = lintWithCurrentRuleset(
      'We do not accept returns except in the following cases:\n1. Wrong item sent.\n2. The item arrived damaged.',
    );
    expect(policy.clauses.map((clause) => clause.verdict)).toEqual(['void', 'lawful', 'lawful']);
  });
});

describe('Policy lint: readings fixed in cn-policy.289', () => {
  it('reads a lead-in granting returns only in the cases it lists with its items: faults alone refuse the no-reason return', () => {
    const verdicts = (text: string) => lintWithCurrentRuleset(text).clauses.map((clause) => clause.verdict);
    expect(
      verdicts('The ONLY valid reasons for returns:\n1) Product proven to be defective\n2) Wrong items delivered'),
    ).toEqual(['void', 'lawful', 'lawful']);
    expect(verdicts('仅以下情况可以退货：\n1、商品质量问题\n2、商品与描述不符')).toEqual(['void', 'lawful', 'lawful']);
    expect(verdicts('如有以下情况，可申请退换货：\n1. 商品有瑕疵或損壞\n2. 收到錯誤商品')).toEqual([
      'void',
      'lawful',
      'lawful',
    ]);
    expectEach('void', [
      'Refunds are only issued for one of the below reasons:\n1) You received an incorrect order.\n2) Your order was missing items.',
      'You may only apply for the refund/return of items in the event that:\n• the item received is a counterfeit item;\n• the item delivered is materially different from the description;',
    ]);
    // Alone, its items not in the text, it was lawful here (of two open readings the one keeping the right decides); read
    // again at cn-policy.348: a no-reason return needs no circumstance, so a grant closed to listed ones refuses it.
    expectEach('void', ['The ONLY valid reasons for returns:']);
    expectEach('lawful', [
      'The ONLY valid reasons for returns:\n1) Product proven to be defective\n2) Wrong items delivered\nChange of mind returns are accepted within 7 days of delivery.',
      '一、支持7天无理由退货。\n二、以下情况可以退货：\n1、商品质量问题\n2、发错货',
      '质量问题退换货\n以下情况可以退货：\n1、商品存在质量问题\n2、发错货',
      '以下情况可以退货：\n1、签收7天内，商品完好\n2、商品存在质量问题',
      'Returns are only accepted if:\n- The item is unworn\n- Tags are attached',
      'Only partial refunds are granted in the following circumstances:\n- Items not in original condition',
      '以下情况可以申请退款：\n1、商家未按约定时间发货\n2、未收到货',
    ]);
  });

  it('reads English processing, bank and decision times, cancellations, repairs under a warranty heading, report cut-offs and remedies', () => {
    expectEach('void', [
      'All returns are processed within 10 business days.',
      '保固 / 送修辦法\n送修完成後我們會依照收件資訊寄回,運費由雙方各自負擔',
      '(1) 貨品或配件漏發\n所有貨品如於收貨當天起計三天內有遺漏, 免費補回配件一次。',
      '收貨超過三天未提供完整資料，恕不受理。',
      'If you receive a damaged or defective candle:\n- We can offer a replacement, store credit, or full refund, depending on the case.',
      'Handmade items are made to order and cannot be returned for a refund or exchange, unless there is a large defect.',
    ]);
    expectEach('lawful', [
      'All returns are processed within 2-3 business days.',
      'We aim to resolve all return requests within 5 working days of receiving the item.',
      'Refunds often take 5-7 business days beyond that to show up on your account (based on bank).',
      'You will receive a refund for purchases made on our website provided you notify us within 14 days of receipt that you wish to cancel your order.',
      'Our standard policy entitles you to a full refund of the purchase price and postage charges if you change your mind within 14 working days.',
      'Any returns between 7-14 days will receive store credit (see conditions below).',
      'CANCELATION\nWe usually ship orders within 24 hours so it may not be possible to honour your request if you fail to inform us within 24 hours.',
      'We do not refund shipping charges or reimburse return shipping charges for non faulty items.',
      '保固 / 送修辦法\n人為損壞送修，來回運費由買家負擔。',
      '保修说明\n非保修范围内的维修，运费由顾客负担。',
      'For change-of-mind returns, we offer a refund or store credit, depending on the case.',
      'Custom items cannot be returned unless there is a defect.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.290', () => {
  it('reads replacement only, a final decision with another right, named return policies, card fees and unhyphenated words', () => {
    expectEach('void', [
      'Only Replacement will be provided in case of damage or the wrong product is delivered to the customer.',
      'If you are not satisfied with your purchase for any reason, you may return it for a replacement within 7 Working days of delivery.',
      'The Company shall provide replacement of the returned item to the Buyer.',
      '如證實貨品品質不合乎生產標準,本公司保證更換。',
      '如有任何爭議,本公司將保留最終決定及更改以上條款之權利,不需作另行通知。',
      'Customers can return the goods according to our 3-day return policy.',
      'Non Returnable Products:\nMarble dining and coffee table sets',
      'You will receive a full refund less a 3% processing fee.',
    ]);
    expectEach('lawful', [
      'If you are not satisfied for any reason, you may return it for a refund or replacement within 7 days of delivery.',
      '如商品质量不符合标准，本公司保证退货或更换。',
      '本店保留更改以上条款之权利。',
      'Customers can refund the goods according to our 14-day return policy.',
      'We have a two-week money back guarantee.',
      '信用卡: 確認退貨成功後,款項將直接刷退至原付款的信用卡帳號中(實際退款情形會因各銀行系統而有差異,一般會在7~14天左右。)',
      'Orders that are eligible to be cancelled, customers will receive a full refund less the 3% processing fee charged by the credit card processor.',
      'Returns and Exchanges Policy — Non Returnable Items',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.291', () => {
  it('reads a fee not refunded, the return parcel lost and shipping said to be non-refundable as no refusal of the return', () => {
    expectEach('void', [
      '七天无理由退货，订单金额及运费不予退还',
      '運輸途中遺失的包裹概不負責。',
      '退货运费由客户承担，且不予退还货款。',
      '退货及发货途中遗失的包裹概不负责。',
      'Shipping costs are non-refundable, and all sales are final.',
    ]);
    expectEach('lawful', [
      '4. 退貨運費由客戶承擔,且不予退還',
      '6. Whiskers N Paws對退貨遺失的包裹概不負責',
      '退貨途中遺失的包裹，本店概不負責。',
      'Shipping costs paid by Furniture Garage to deliver the products out to customer is non-refundable.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.292', () => {
  it('reads English bank time, the shop refunding within days, store credit only and the delivery risk after dispatch', () => {
    expectEach('void', [
      'Refunds will be made within 14 days according to our refund policy.',
      'We will refund you within 14 days of receiving the item; your bank may take a further 5-10 business days to show the refund.',
      'Only store credit will be provided for returned items.',
      '发货后包裹丢失或损坏，本店不承担责任。',
    ]);
    expectEach('lawful', [
      'Your bank may take a further 5-10 business days to show the refund.',
      'It may take 3-5 business days for your bank to post the refund.',
      'Refunds will be made within 5 days according to our refund policy.',
      'Only store credit will be provided for returned custom-made items.',
      'Store credit will be provided for returns after 30 days.',
      '退货寄出后包裹遗失，本店不承担责任。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.293', () => {
  it('reads change-of-mind refusals with a bare verb, damage caused by the customer and goods bought from another seller', () => {
    expectEach('void', [
      'Please choose products carefully as we DO NOT refund or exchange due to change of mind.',
      'REFUNDS OR EXCHANGES FOR CHANGE OF MIND WILL NOT BE AVAILABLE.',
      'We will not refund items for change of mind.',
    ]);
    expectEach('lawful', [
      'We do not refund or exchange due to change of mind after 30 days.',
      'Returns will not be accepted in the following cases:\nPhysical damage caused by the customer after delivery.',
      '3. 若您透過零售商購買GadgetiCloud的產品,相關產品不能退回GadgetiCloud。',
      '在其他平台购买的商品不支持在本店退货。',
      'We reserve the right to refuse returns on items used or damaged by you.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.294', () => {
  it('reads transit damage and the risk of loss put on the buyer, and faulty goods refused in English', () => {
    expectEach('void', [
      "Damage caused in transit is the customer's responsibility.",
      'Products damaged during shipping are not our responsibility.',
      'Title and risk of loss pass to the buyer upon delivery to the carrier.',
      '因买家自身原因或物流原因造成的损坏不予退货。',
      'We do not refund or exchange faulty items.',
      '恕不接受因尺寸不合等理由作換貨、退貨或退款。',
      'Where goods are opened we will not be in a position to exchange the items or offer a refund.',
    ]);
    expectEach('lawful', [
      "Returned items damaged in transit are the customer's responsibility.",
      "We recommend insured postage, as items lost or damaged in transit back to us are the customer's responsibility.",
      'If you choose your own courier, risk of loss passes to you when the parcel is handed to your courier.',
      '因买家自身原因造成的损坏不予退货。',
      'We do not refund or exchange items damaged by misuse.',
    ]);
  });

  it('reads the days beyond the law, the bank and the consumer window, one exchange, fees avoided and all returns charged', () => {
    expectEach('void', [
      '所有產品只可更換一次,而遭人為損壞之產品不接受換貨;',
      '如發現產品有品質上問題,顧客須於購買後14天內進行換貨;',
      'No cash refunds.',
      'All returns will incur a shipping charge, which will be deducted from the refund amount.',
    ]);
    expectEach('lawful', [
      '七天內退貨全額退款，第八至三十天退貨僅提供購物金。',
      '7天內退貨全額退款，8至30天退貨僅提供購物金。',
      '退款將於收到退貨後5天內處理，銀行入帳約需5-10個工作天。',
      '如對訂製鏡片度數感到不適,可於30天內全數退回鏡片款項(損壞之產品不計算在內);',
      '如果您的寵物對您選擇的乾糧並不滿意，我們將協助您找到最適合毛孩的食品。',
      '尺码不合适的商品只可更换一次。',
      'No cash refunds will apply on items purchased using a debit/credit card.',
      'Items can be returned to the store to avoid a return fee.',
      'All change-of-mind returns incur a $10 shipping fee.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.295', () => {
  it('reads transit risk put on the buyer, arbitration imposed and refusals in other words', () => {
    expectEach('void', [
      'Once your order has been handed to the courier, we accept no responsibility for damage in transit.',
      'Once dispatched, all risk passes to the buyer.',
      'I cannot be responsible for items lost by the post office.',
      '因人为原因或运输原因造成的损坏，恕不退换。',
      'All disputes shall be resolved exclusively by binding arbitration.',
      '双方发生争议的，应提交仲裁委员会仲裁。',
      'Where goods are opened we cannot offer a refund or exchange as they are no longer re-sellable.',
      'Oud, incense and its derivatives are neither returnable or replaced.',
      'In general, all orders that completed the check-out process from this website are considered final.',
      'So we offer hassle-free 7 day returns in exchange for store credit.',
    ]);
    expectEach('lawful', [
      'We accept no responsibility for loss or damage in transit on the way back to us.',
      'Once delivered, all risk passes to the buyer.',
      '买家指定快递的，运输途中的损坏由买家自行承担。',
      'Returned items damaged in transit will not be refunded, so please use a tracked service and pack carefully.',
      '发生争议的，您可以向仲裁委员会申请仲裁或者向人民法院提起诉讼。',
      'We cannot offer a refund as quickly as we would like.',
      'Orders are considered final once dispatched and cannot be cancelled.',
      'Exchange service\nAny applications directly to the store will not be accepted.',
      'If we do not receive the item, we cannot process a refund.',
      '3% fee for orders paid by Credit/Debit Card.',
      'If you have paid by Credit card, then we will refund the cost of the purchase, minus a 3% payment processing fee.',
      'You can choose returns for store credit or a full refund.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.296', () => {
  it("keeps lawful reasons, arbitration offered beside the courts and the buyer's own courier lawful", () => {
    expectEach('void', [
      'We accept no responsibility for damage in transit.',
      'All disputes shall be resolved exclusively by binding arbitration.',
    ]);
    expectEach('lawful', [
      'We cannot offer a refund since the item was made to your own measurements.',
      'We cannot offer a refund because the 7-day return period has expired.',
      'You agree to arbitration of any dispute, without prejudice to your right to go to court.',
      '双方发生争议的，应提交仲裁委员会仲裁，但消费者也可以向人民法院起诉。',
      'We accept no responsibility for damage in transit where you chose your own courier.',
      'Once dispatched, all risk passes to the buyer if the buyer arranged the courier.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.297', () => {
  it('reads quality-only grants, refusals of opened goods, exchange-only remedies and every return charged', () => {
    expectEach('void', [
      'As a small independent maker, I can only offer returns or exchanges for faulty items.',
      'Refunds are only provided in the case of a confirmed fault.',
      'Only defective, damaged or wrong items will be exchanged.',
      'If you have opened an item you will not be liable for a return or refund.',
      'We are unable to accept item once it has been opened or used except in situations were the item was defective.',
      '恕不接受購物後因貨品尺寸不符、選購錯誤顏色或不合乎個人需要等理由作換貨、退貨或退款。',
      'We cannot accept the following types of products: personalised products, promotional products or clearance products.',
      'The following items are NON-RETURNABLE/ REFUNDABLE (No Exceptions).\nHair accessories',
      'Personalised items are non-returnable, no exceptions.',
      'Returns are not accepted for items on sale, promotional offers, or regular-priced items outside the 7-day period.',
      'Refunds are only given if the item is out of stock.',
      'We only process exchanges, not refunds.',
      'If approved, I will offer repair, exchange, or store credit.',
      '退货仅可换取等值店铺余额。',
      'Any returns will be at your own expense.',
      '所有退貨均需支付運費。',
      'Applicability: This policy applies to all regular-priced items and is valid for 7 days from the purchase date.',
      '商品封膜拆除后不予退货。',
      'Once dispatched, the order cannot be changed and all risk passes to the buyer.',
    ]);
    expectEach('lawful', [
      'Items cannot be returned once used.',
      'We cannot accept items once they have been worn or washed.',
      'You are not entitled to a refund of the cost you incur in returning the item.',
      'Return applications by phone will not be accepted.',
      '客戶有責任確保填寫地址的準確性,如有誤寄本店恕不負責。',
      'The following items are non-returnable:\nPersonalised bracelets',
      'We process exchanges only after receiving the returned item.',
      'If you do not have a receipt, we may offer an exchange or store credit at the current price.',
      'Any store credit will be issued to the original purchaser.',
      '8至30天退貨僅可換取購物金。',
      'Returns will be at your own expense.',
      'Returns after 7 days and up to 30 days will be offered store credit.',
      'We accept returns within 0 to 7 days after purchase and delivery of the items.',
      'Refunds may take 5-10 business days to appear in your account.',
      'I usually ship by Special Delivery as it is 24 hour, tracked and insured.',
      'Your request will be reviewed and responded to with 24 hours.',
      '一般落單後10個工作天內送到,預售圖書除外。',
      '我們強烈建議客戶於購買產品後保留相關包裝至少九十天。',
      '化妆品封膜拆除后不予退货。',
      'Cosmetics with the seal removed cannot be returned.',
      '买家指定快递的，发货后丢件与本店无关。',
      'I am not liable for any loss, damage, or injury caused by misuse, improper care, or accidents involving the jewellery.',
      'Returns are accepted within 30 days for a full refund; after that we can offer store credit.',
      'A 3% fee applies to orders paid by Credit/Debit Card.',
    ]);
  });

  it('keeps the regressions a review of the draft found, and reads the last item of a list before a numbered paragraph', () => {
    expectEach('void', [
      '如有质量问题，本店恕不负责。',
      '发错货本店恕不负责。',
      'The following items are non-returnable:\nPersonalised items\nSale items\n\n6. Cosmetics with the seal removed cannot be returned.',
    ]);
    expectEach('lawful', [
      'We only process exchanges for the same item in a different size.',
      'We only process exchanges within 30 days of delivery.',
      'We only process exchanges after the item has been inspected.',
      'We can only offer exchanges for faulty items after the 7-day return period.',
      '電話退貨恕不受理，請使用線上表單。',
      'We are unable to accept return requests by email.',
      'Phone orders will not be accepted.',
      'Items cannot be returned once worn.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.298', () => {
  it('reads trial refused, sale goods beside other grounds, narrowed defects, parts of an order and every refund charged', () => {
    expectEach('void', [
      'We are unable to accept items once tried on.',
      'The following items are excluded:\nClearance or sale items',
      'Certain items may not be eligible for change-of-mind returns, including:\nClearance or sale items',
      'We can only accept returns if the product has a manufacturing fault or discrepancy.',
      'Returns are not accepted for items outside the 7-day period, or for sale items.',
      'Items that show signs of use or are on sale will not be accepted.',
      '尺码不合适仅限同款换尺码。',
      '仅明显瑕疵可退换。',
      '下列情況可接受退換貨:\n2. 明顯瑕疵、破損',
      '下列情況可接受退換貨:\n4. 與商品描述差異大',
      '若為組合商品,需【整筆】訂單辦理退貨,請恕無法單獨退回部分商品。',
      '退回商品需包含此筆訂單的所有商品(含贈品)。',
      'We do not accept part order returns.',
      'All shipping charges will be deducted from any refund or exchange.',
      'We will only be able to accept returns/exchanges with the product in its original outer packaging.',
      'Goods returned to us after 14 days after you placed your order cannot be refunded.',
      '退货期限第7日遇节假日的，仅顺延一天。',
      'If the last day of the return period falls on a holiday, the period is extended by one day only.',
    ]);
    expectEach('lawful', [
      'Only defective items will be exchanged free of charge; other items may be returned within 7 days of delivery.',
      'We only offer exchanges for a different size or colour; refunds are available within 7 days of delivery.',
      'Sale items that show signs of use cannot be returned.',
      '尺码不合适可换尺码或退货。',
      '下列情況可接受退換貨:\n3. 瑕疵、破損',
      '退货时需包含订单内所有赠品。',
      'Shipping charges will be deducted from your refund.',
      '若商品本身瑕疵或運輸過程造成商品損傷,或是猶豫期內未拆封之退貨,逆物流均由我司負責。',
      '退货期限第7日遇节假日的，顺延至节假日后的第一个工作日。',
    ]);
  });

  it('keeps the regressions a review of the draft found, and reads three of its misses', () => {
    expectEach('void', [
      '若第7日遇到假日，可再顺延一日。',
      '超过7天或特价商品不予退货。',
      '运费在任何情况下均不退还。',
    ]);
    expectEach('lawful', [
      'We can only accept returns if the product has a manufacturing fault or you return it within 7 days of delivery.',
      'We can only accept returns if the product has a manufacturing fault; change-of-mind returns are accepted within 7 days of delivery.',
      '只有质量问题或签收后7天内的商品才可以退货。',
      '仅质量问题商品可换货，其他商品可在签收后7天内无理由退货。',
      'Shipping charges will be deducted from any refund for change-of-mind returns.',
      'For change-of-mind returns, shipping charges will be deducted from any refund.',
      'Shipping charges are not refundable for change-of-mind returns under any circumstance.',
      '如需整单退货，退回商品需包含此笔订单的所有商品。',
      '质量问题退换，运费险不予退回。',
      '超过7天的特价商品不予退货。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.299', () => {
  it("reads statutory goods refused for the buyer's reasons, the consumer's harm listed as no defect, tests and remedies", () => {
    expectEach('void', [
      'The following items are non-returnable:\nCameras, lenses, or accessories that have been used, tested, or installed.',
      'We will only accept exchanges for kitchenware if the item you purchased is functionally defective.',
      'If there is a fault with your new product, we will arrange repair or replacement, as we deem to be the most appropriate course of action.',
      'If an item is truly defective and an exchange or replacement is not available, we may choose to refund the value of your purchase on to a gift card.',
      'Freight charges you incur returning items to us, whether for return, exchange or warranty inspection/repair, will be at your cost.',
      '衣服不适用7天鉴赏期，恕不接受个人因素退换货。',
      '冷冻食品不适用任何形式的退换货，包括质量问题。',
    ]);
    expectEach('lawful', [
      '依據「消費者保護法」第十九條第二項規定,冷凍食品屬易於腐敗、保存期限較短之食品,不適用7天鑑賞期,因此恕不接受個人因素退換貨。',
      '瑕疵品範圍定義 / 「非」瑕疵品範圍\n5. 不當洗滌方式後脫落、褪色',
      'Cosmetics that have been swatched or tried cannot be returned.',
      'We will arrange repair or replacement, or a full refund if you prefer.',
      'Freight charges for change-of-mind returns will be at your cost.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.300', () => {
  it("reads refusals that decline or say they are not required, the consumer's notice as the window, the refund process", () => {
    expectEach('void', [
      'We are not required to provide a refund or replacement if you change your mind.',
      'However, we will decline a Return or Exchange of goods because of a change of mind or mistake due to the fault of the consumer himself.',
      'We will only accept returns because of these reasons;',
      'If you are approved, then your refund will be processed, and a credit will be applied to your credit card or original method of payment, This process can take up to 28 days.',
      'Please notify us within 24 hours of delivery if your item is damaged.',
    ]);
    expectEach('lawful', [
      'We are not required to provide a refund if the item was damaged by misuse.',
      'We will decline a return if the item has been used.',
      'Notify us within 30 days for a full refund.',
      'If you would like to return items for exchange or receive a full refund you must notify us within 14 days from the date of delivery.',
      'If you placed an order and would like to cancel or change it, please let us know within 24 hours and we will do our best to assist you.',
      'The refund process can take up to 5 days after we receive your return.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.301', () => {
  it('reads returns opened only after days of use, trial periods, display goods, shipping caps and deemed conformity', () => {
    expectEach('void', [
      '退貨安排由收貨日起計30日後提供,因為身體需要時間適應新的床褥。',
      'You must sleep on the mattress for at least 30 nights before returning it.',
      'Within 7-10 days of receipt and inspection of the returned model, we will issue a refund or work out an acceptable product exchange.',
      'Faulty items:-\nWe will of course refund the cost of returning the item, up to our original cost of sending the item, if your claim is valid.',
      'You can choose between a refund, repair, exchange or gift voucher, where goods are:\nSignificantly different to those shown or described to you',
      '本產品可在不拆封透明袋情況下檢查或試躺後退換貨。',
      '請現場檢查商品有無瑕疵,購買後視同已確認並同意產品狀況,恕不提供退換貨服務。',
      // The review's: sale goods listed beside display goods are refused for the sale; a no-returns part joined to the
      // spare-parts one is still read.
      'Clearance items and display units cannot be returned.',
      'Promotional items and demo units cannot be returned.',
      '所有產品不設更換零件服務及退換服務',
      'Please note that special-order items, clearance sale items and items damaged through normal wear and tear are not eligible for return.',
    ]);
    expectEach('review', [
      'Our Return Policy does not apply to:\nProducts sold as special markdowns with conditions such as being display units, missing parts, etc.',
      'Display units and items with disclosed defects are final sale.',
    ]);
    expectEach('lawful', [
      '試用期細則及退貨條款 / 床褥\n每個收貨地址/收貨人只可以享有一次101日試用期體驗,如你曾退貨,101日試用期將不再適用。',
      'Our Return Policy does not apply to:\nNormal wear and tear after leaving the online store',
      '所有產品不設更換零件服務。',
      'Within 5-7 days of your notice to us, we will issue a Return Goods Authorization number (RGA).',
      'Orders cancelled within 7 days of payment will be given a 100% refund.',
      '鑑賞期並非試用期,如需退換請留意以下情況恕無法退貨\n產品沾有其他成分(例如粉妝...)。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.302', () => {
  it('reads who may return, negated fees, live animals, exchange-only and carved-out grounds, short notices and carrier risk', () => {
    expectEach('void', [
      'Unless faulty, all physical products can only be returned for an exchange or credit note (buyers are responsible for return and exchanged item shipping).',
      'Opened decks of cards can only be returned if there is a printing error.',
      'Goods are returnable except for “change of mind” request.',
      '除个人原因外均可退换。',
      'In case you are unhappy with a purchase made online, you may exchange it within 7 days of receipt to your address for store credit.',
      'Any discrepancies should be notified to us within 4 hours of receipt with proof of a digital photo of products, otherwise claims may not be recognized.',
      'No goods shall be accepted for returns.',
      'No DOA claim shall be made or honoured if DOA was due to a delay of the shipping couriers or shipping company',
      'If error is ours, (defective product, wrong item shipped) all shipping is refunded and product replacement or credit given.',
      '恕不接受以下情形作瑕疵退貨:\n運送時造成的擠壓變形 (以是否可補救作為退換貨標準)',
      // The review's: a refusal after the authorisation procedure is still read; goods dead on arrival are non-conforming
      // whatever their kind.
      'We will not accept any return that is not authorized; we do not authorize returns for change of mind.',
      'We will not accept any return that is not authorized, and we only authorize returns of faulty items.',
      'Livestock that arrives dead will not be refunded.',
      'Dead on arrival livestock will not be refunded or replaced.',
      '活体到货死亡不退不换。',
    ]);
    expectEach('lawful', [
      'We only accept returns from the original purchaser (i.e. if you sell the product on, we cannot accept a return from your purchaser).',
      'We will not accept any return that is not authorized. Be sure to follow all the steps our customer service give you along with your RMA number.',
      'If error is ours, (defective product, wrong item shipped) there is never a restocking fee.',
      'In case of damaged Goods, please contact NMS Aquatics within 48 hours of receiving the delivery to expedite the claim process.',
      'We do not offer refunds, returns, or exchanges if you have changed your mind on a livestock order.',
      '除享受商城7天无理由退货保证外，我们承诺如果鞋子出现下述问题，予以包退。',
      '以下情况不予退货：\n1. 在配送过程中因买家原因造成的损坏\n2. 超过7天',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.303', () => {
  it("reads the shop's answer time, cash-on-delivery returns, the consumer's choice of remedy, wear named as no fault", () => {
    expectEach('void', [
      '-We will charge customers 15% of the unit cost of any item returned to us if we find no fault with the item.',
      'We do not accept returns of sale items or parcels sent C.O.D.',
      'Faulty or Damaged Items\nWe will offer a replacement or a refund, depending on the situation.',
      // The review's: a refusal beside the cash-on-delivery part is still read; a fault's 24-hour report after the wear.
      'We will not accept returns of sale items or returns shipped collect.',
      'We will not accept returns of clearance items or returns shipped C.O.D.',
      'Items deemed to be subject to general wear and tear, will not be accepted as faulty; faults must be reported within 24 hours of delivery.',
      'Faults must be reported within 24 hours of delivery.',
    ]);
    expectEach('lawful', [
      'Allow 1–3 business days for a response.',
      'Worldwide Trade and Sales LLC will not accept returns shipped C.O.D. or collect.',
      'Faulty or Damaged Items\nWe’ll offer a replacement or a refund, depending on the situation and your preference.',
      'Items deemed to be subject to general wear and tear, will not be accepted as faulty.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.304', () => {
  it('reads English refusals, a required unboxing video, grounds found on receipt, return-parcel damage, goods bought elsewhere and numbered headings', () => {
    expectEach('void', [
      'For any products purchased online, the customer is NOT ALLOWED to refund/exchange if any of the following applies:-\nThe customer has a change of mind after the purchase of products.',
      'We will take return goods if:\nWe have no obligation to do so on the basis you changed your mind, other than what is stated in the Consumer Guarantees Act.',
      'We are not liable to process any returns or provide any refunds if the parcel is declined or rejected on delivery by the customer.',
      'No claims will be entertained without this unboxing video.',
      'Any issue with the product(s) must be reported within 3 working days of delivery via email.',
      '售後換貨限期為:\n- 順豐速運-簽收後24小時內',
      '如為藝術擺飾商品,因不屬於功能性產品,若經拆封後,將不得因破損、瑕疵以外等個人因素退貨。',
      'Refund and Returns / 5) Non-returnable Items\nOpened or used spools, cut lengths/samples, custom orders',
      '3. Non-Returnable Items\nConsumables that are not in their original packaging',
      'Please inspect your order upon reception and send us a WhatsApp message immediately if the item is defective, damaged or if you have received a wrong item. In this case if the request is made after 24hours of the delivery, we will not be able to accept the request.',
      // The review's: other wordings of the same refusals.
      'We are not obliged to exchange or refund an item if you change your mind.',
      'Refunds for damaged items require a complete unboxing video; without it the claim will be rejected.',
    ]);
    expectEach('lawful', [
      '如閣下於收貨後發現產品出現以下情況,可向我們要求退貨及更換產品\n(i) 產品已損壞 /包裝不完整',
      '貨品除配送錯誤(款式、度數)以及瑕疵問題外,不設換貨。',
      'Items broken due to improper packaging will not be refunded.',
      '退換貨說明\n★退貨商品需以原包裝寄回,如未使用原包裝而寄回,運送過逞產生商品損壞,則無法受理退換貨。',
      'We cannot accept returns for:\nProducts purchased outside equineware.com (e.g., third-party retailers)',
      'We cannot accept returns for:\nProducts bought from other retailers',
      // The review's: a sentence granting a return under a title of refused goods is not refused by it; the shop's own duty.
      '3. Non-Returnable Items\nAll other items can be returned within 7 days of delivery.',
      'Non-Returnable Items\nDefective items are always accepted for return or exchange.',
      'We are not allowed to charge a restocking fee on returns.',
      'Items damaged because they were not packed securely for return shipping cannot be refunded.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.305', () => {
  it("reads store credit instead of a refund, fresh roses, the shop's own exchange, the bank's time, sending after approval, redelivery", () => {
    expectEach('void', [
      'Returns accepted are for online store credit or replacement item, and exclude shipping costs and surcharges.',
      'To accept returns or exchange in any situation even if deemed to be defective items, is at the sole discretion of Tire Dynamics.',
      // Counted from the purchase, the days are the window's, whatever approval the lead-in names.
      '請在收到我們確認後再行寄回商品,並確保以下條件:\n於購買後 7 日內 寄回',
      // The review's: roses and bouquets that do not perish are ordinary goods; discretion over every return.
      'Artificial roses and silk bouquets cannot be returned.',
      'Chocolate bouquets cannot be returned.',
      'Bouquet vases cannot be returned.',
      'Artificial flowers and bouquets cannot be returned.',
      'Acceptance of returns is at the sole discretion of Acme.',
      '是否接受退换货由本店全权决定。',
    ]);
    expectEach('lawful', [
      'Fresh roses cannot be returned or refunded for change-of-mind reasons.',
      'Returns and Refunds Policy\nFor exchange, goods must be in original packing.',
      'Please note that credit card refunds may take up to 10 business days for your bank to complete, depending on their processing times.',
      '◆客服人員確認可退貨後,客人請按客服人員指示,於三天內將貨品以順豐到付形式寄回本公司。',
      'Once your return request is approved:\nItems must be shipped back within 3 business days using a trackable delivery method.',
      '送貨失敗\n如果三次送貨仍未能成功,我們會向你聯繫,並要求你於3天內聯絡我們安排再次送貨。',
      '新鮮玫瑰及花束不設退貨。',
      '信用卡退款到账时间约为3-10个工作日，视发卡银行处理时间而定。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.306', () => {
  it("reads own reasons refused in a long list, the delivery's damage disclaimed, a no to a question, closed lead-ins, 'may not qualify', price differences, defect shipping and replacements", () => {
    expectEach('void', [
      '不接受以个人不喜欢 / 衣服穿的不合适 / 不好看 / 色差 / 可清理的污渍 或 不视为有缺陷的商品为退换或退款理由。',
      '我们将不对运输过程中造成的损坏负责。',
      '问题 Question:如果我买了S size的裤子,发现不能穿,可以退款或退换吗?\n不能的。请在付款前再次确认好尺码表再下订单。',
      '基本上我們只接受下列情況之退換貨申請:\n品質問題,如材料或製作工序方面之缺失\n貨品於運送途中損壞',
      'Clearance or discounted items may not qualify unless defective upon arrival.',
      'The RTB warranty means that if your item becomes faulty within the specified timeline, you can return it to us at your cost.',
      'If you receive a defective or damaged product, we offer a replacement provided that the issue is reported within 7 days of receiving the product.',
      'If the item is confirmed to have a manufacturing defect by our product experts and technical team, we will repair it or issue a replacement.',
    ]);
    expectEach('lawful', [
      '本店不对退回途中造成的损坏负责。',
      '您可以換取同款的商品或在更換時補回差額換購較高價值的同類型商品;如換購商品的價值低於退回之商品,差額將不設退款。',
      'Value Differences: No refunds are issued for exchanges for lower-value items.',
      'If your item is faulty, we will collect it; otherwise you can return it to us at your own cost.',
      'Sale items may not qualify for free shipping.',
      'If you receive a defective product, we offer a replacement or a full refund.',
      // The review's: a no that denies a negative question and grants the return.
      '如果我拆开包装试用了，就不能退了吗？\n不会的，7天内仍可无理由退货。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.307', () => {
  it("reads packaging asked where possible, conditions referred to, the shop's own steps, costs kept, used goods, discretion, refusal-except lead-ins, replacements, store credit, unnamed fees", () => {
    expectEach('void', [
      'All returns, refunds and credits are at the sole discretion of House of Cleaning Supplies.',
      '所有貨品恕不退換,除非出現以下情況:',
      '除以下情况外，本店商品一律不接受退货：',
      '凡商品有瑕疵及故障,本網站 提供七天內新品更換服務。',
      'The customer can either exchange their rug for another or be given store credit.',
      'We will refund the product price minus any applicable fees and charges.',
    ]);
    expectEach('lawful', [
      'Packaging Requirement: Items should be returned in their original packaging where possible.',
      'RETURN POLICY / Special Conditions\n5. Returns will not be accepted unless they meet all the above requirements.',
      'We will review your request and provide a Return Authorization (RA) number along with return instructions within 1-2 business days.',
      'Returns Policy\nGoods are usually collected within 3 days.',
      'What Is Not Refunded:\nOriginal shipping costs for customer remorse returns',
      'Items That Cannot Be Returned:\nUsed teaware or tea tools',
      'We will refund the product price minus any fees charged by your card issuer for the payment.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.308', () => {
  it('reads discretion in Chinese, conditions referred to, store credit for every return, repair or replacement only, the money after the refund, misuse, deemed acceptance', () => {
    expectEach('void', [
      '所有退换货均由本店酌情决定。',
      '退貨\n請注意:所有退貨/取消將作為商店額度退還至您的帳戶。',
      'For defective goods our liability is limited to either repairing or replacing the goods.',
      'Defective items will be exchanged for the same item of equal value or if the same item is no longer available, a similar item of the same or greater value will be given.',
      'The buyer shall be deemed to have accepted the goods if no complaint is made within 2 days.',
      // The review's: misuse named beside transit damage still disclaims the delivery's risk.
      'We are not responsible for any damage caused to the product due to improper use or during shipping.',
    ]);
    expectEach('lawful', [
      '退货须符合以上全部条件，否则不予受理。',
      '在我們支付退款後,可能需要 3-10 個工作日才能退回到您的賬戶中。',
      'We are not responsible for any damage caused to the product due to improper use.',
      'Only defective items will be exchanged; other items may be returned within 7 days.',
      // The review's: discretion under a heading of returns after the period (read alone, no remedy list) is not voided.
      'Returns after 30 days\nRefunds are at the sole discretion of management',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.309', () => {
  it('reads costs not refunded apart from goods, and the shop contacting the customer apart from a refund', () => {
    expectEach('void', [
      // The review's: a late refund beside the shop's contact is still read.
      '我们会在收到退回商品后15个工作日内联系顾客办理退款。',
      '请在收货后2个工作天内联系客服。',
    ]);
    expectEach('lawful', [
      'Refund & Shipping Policy\nReturn shipping costs are the responsibility of the customer and are non-refundable.',
      'We are unable to refund the cost of Special Delivery.',
      '設計師會在收到申請後的 2 個工作天內聯繫客人。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.310', () => {
  it('reads shipping borne by the buyer, change-of-mind refusals, grants with 接受, two steps with their own days, sole remedies, gifts, discounts, intactness by parts and smell', () => {
    expectEach('void', [
      'All return shipping fees (both local and international) are borne by the buyer.',
      'We do not allow returns where you have changed your mind about a product.',
      // The review's: "simply" before "changed".
      'We do not allow returns when you have simply changed your mind.',
      'I am under no obligation to offer a refund if the buyer simply changes their mind.',
      'If you change your mind, we are unlikely to offer a refund.',
      '退貨政策\n請在2天內申請,並在3天內寄回。',
      'Our sole obligation is to repair or replace the defective product.',
      '在此期間,如果出現此類缺陷,本店的唯一責任是對有缺陷的產品進行維修,或更換為相當的產品。',
      'Free gifts must be returned to qualify for a refund.',
      // The review's: the refusal further from the demand.
      'Free gifts must be returned with the item, otherwise no refund will be given.',
      'The following are scenarios where returns are not accepted:\nItems with tags removed or without all original packaging',
      // Goods bought with a code are still sale goods refused.
      'Items purchased with a discount code cannot be returned.',
    ]);
    expectEach('lawful', [
      'Return shipping is borne by the buyer.',
      '我們接受透過我們的官方網上商店購買的二手手錶的退貨。',
      '僅接受抵達後未使用過的物品。',
      'If you seek a refund on any item purchased using a promotional offer, the value of the discount will not be refunded to you.',
      'Discount codes will not be refunded.',
      'The following are scenarios where returns are not accepted:\nItems that smell of smoke or other significant odor.',
      'The following are scenarios where returns are not accepted:\nItems returned without all of the components',
    ]);
  });

  it('ends a list at a Chinese section title over a sentence (the review: the title was read as one more refused item)', () => {
    const policy = lintWithCurrentRuleset(
      'We cannot accept returns of:\nOpened items\n退货说明\n本店接受七天无理由退货。',
    );
    expect(policy.clauses.map((clause) => clause.verdict)).toEqual(['lawful', 'void', 'lawful', 'lawful']);
  });
});

describe('Policy lint: readings fixed in cn-policy.311', () => {
  it('reads coupon goods, packaging fees, return counts, negated fees, excluded lead-ins, closeouts, store credit, repairs after the warranty, packaging asked, cut-to-size goods', () => {
    expectEach('void', [
      '使用优惠券购买的商品不退不换。',
      'A fee will be charged if the original packaging is damaged.',
      'A fee may be charged, or the return refused, if the customer has damaged the original product packaging.',
      '如果您在同一个月内进行了两次以上的退货，我们将不接受退货。',
      // The review's: the same in English.
      'Customers who return more than three orders in a month will not be able to return further items.',
      'The excluded products are:\nJocks',
      '- Unfortunately, we cannot accept returns or issue refunds on closeout items or gift cards.',
      'Refund if approved will occur as "store credits" after goods inspection.',
      'To be eligible for a refund, please make sure to return the product within 30 calendar days of your purchase, in the same condition and undamaged, and include all items and original packaging.',
      'Any new, unused and unworn item in their original packaging can be returned by mail.',
    ]);
    expectEach('lawful', [
      '退货时使用的优惠券不予退还。',
      '1. You have the right to return or exchange product(s) in the following cases (without any return fees):',
      'We will refund or replace the returned product at your request without any return fees.',
      'The excluded products are:\nCustom-made items',
      '4.超出免費保修期,將按規定收取維護服務費,更換的配件收取配件成本費用。',
      'Cut-to-size items cannot be returned.',
      'If you change your mind about a closeout item, you may return it within 7 days of delivery.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.312', () => {
  it('reads "with in" and "and/or", charges deducted, cancellation joined to a return, cash refunds refused for an exchange, the return leg, lead-ins refusing change of mind by name', () => {
    expectEach('void', [
      'All returns and or Refunds must be requested with in 5 days of receipt of product.',
      'However, if you insist, a refund will be made LESS 5% ADMINISTRATIVE CHARGE AND FLUTTERWAVE TRANSACTION FEES.',
      '***預購一經訂購付款即無法取消、退貨或更換,請下單前務必審慎評估。',
      'We can not offer cash refunds but may exchange sizes on unused equipment.',
      "We are a local, independently owned store and do not offer 'change of mind' refunds for returned items (this includes incorrect sizing), however we're happy to offer you a store credit or exchange subject to the following conditions:",
      'We will not be responsible for lost shipments.',
    ]);
    expectEach('lawful', [
      'Returns and/or exchanges are accepted within 7 days of delivery.',
      'We cannot offer cash refunds; refunds are made to the original card.',
      "O'Telescope will not be responsible for lost shipments or for damages in shipping from the customer.",
      '不支持取消订单，可以退货。',
      '以下商品不支持无理由退货：',
      'The following items are not eligible for change-of-mind returns:',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.313', () => {
  it('reads hyphenated no-return policies, English shares and cancellation fees, packaging demanded, refund times under a refund heading, pre-orders among made-to-order goods, order changes, discretion over refunds, Taiwan template grounds, a carrier fault disclaimed', () => {
    expectEach('void', [
      'We have a strict no-return policy, which means you cannot request a refund or exchange unless the item is damaged',
      'If a replacement cannot be made, we will only offer a 50% refund of your order total (up to the discretion of the business) due to the loss of materials used.',
      'If you cancel your furniture within 2 days from the date of your purchase there will be a 20% cancellation fee.',
      'It must also be in the original clear packaging with all tags attached (if any).',
      'If you would like an exchange or store credit, the shoes and the shoe box must be returned undamaged and in original condition.',
      'Refund Policy\nIf your return is approved, we will process your refund within 7 business days (for those within Nigeria) and 14-28 business days (for those outside Nigeria).',
      'Special offer items, such as clearance/closeout items or trunk shows, can only be returned for damaged or incorrect goods.',
      '客製、訂製、預購商品因屬依顧客需求所訂製之商品,故除了商品本身瑕疵外,無法接受退換貨。',
      '如收到瑕疵品可換貨,不得退貨',
      'The returns department retains full discretion on granting full or partial refunds, exchanges or in-store credits.',
      '下列情形可能影響您的退貨權限:\n在您收到商品之前,已提供您檢查商品之機會。',
      '商品妥善寄出後若有以下狀況導致無法到達,本店不負責:\n物流公司失誤',
      'Wig caps can be returned only if the packaging has never been opened.',
      'After 2 days there are NO refunds.',
    ]);
    expectEach('lawful', [
      'If your refund request is approved, then your refund will be processed, and a credit will automatically be applied to your credit card within 2-3 days.',
      "If returning any breakable items and it breaks in transit, you'll receive a 50% refund for the damaged item.",
      '更改訂單\n48 小時內恕不接受更改。',
      '若商品被退件,只能退商品售價,不會退運費',
      'If the product does not meet the listed criteria, we reserve the right not to issue a refund.',
      'Please note, if there are no product defects or errors and you simply do not want the item that you ordered, then the amount Knife Merchant spent shipping your item(s) will not be refunded.',
      'Customers are responsible for a new delivery return fee when returning a product.',
      'The following items are not eligible for return or refund:\nOpened or used records',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.314', () => {
  it('reads headings with a template aside, replacement-only exchanges under a heading, the warranty kept on the original dates, defects answered by a replacement only, tried-on goods, defects sent to the maker, the original packing material', () => {
    expectEach('void', [
      'Refunds (if applicable)\nThis may take up to two weeks (business days.)',
      '當一個產品在保固範圍維修或免費更換,更換後之新產品保固期限以原始保固日期為準 (起始日為首次購買日)。',
      'Replacement products are covered for the remainder of the original warranty period.',
      '鑑賞期非試用期,收到商品後如發現有瑕疵、破損或是配件短缺的狀況,需辦理換貨,請於到貨後7天內私訊Carlife Line客服。',
      'If we find that the item is damaged or defective, we will have new merchandise sent out to you as quickly as possible.',
      '本保修的範圍明確限制為有問題產品的維修和更換,此類維修和更換為保修的唯一補救措施。',
      'your item must be new in packaging with all inserts and unused (not tried on)',
      'For any manufacturing defects with electrical or electronic equipment purchased from our store please contact the manufacturer directly..',
      '若要獲得退貨資格,您的商品必須與您收到時的狀態相同、未磨損或未使用、帶有標籤且採用原始包材。',
    ]);
    expectEach('lawful', [
      'EXCHANGES\nWe only replace items if they are defective or damaged.',
      'Refund Policy\nWe only replace items if they are defective or damaged.',
      '在保固期內,如果發生攝影機更換(不包括配件),更換後的產品將重新計算保固期。',
      '商品有瑕疵可換貨。',
      '以下情形恕不退貨：\n商品或配件不完整',
      'For defective items, please contact the manufacturer directly or contact us and we will help.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.315', () => {
  it('reads an approval period, the return parcel badly packed, loss after delivery, goods made the consumer’s at the carrier, claims sent to the carrier, defects sent to the maker’s warranty', () => {
    expectEach('void', [
      'We offer a 48 hour approval from the time you sign for the package with your courier.',
      'This is a legal term that means all merchandise becomes your property as soon as we give it to the freight carrier.',
      'It is your responsibility to inspect the merchandise when it is delivered and to file a claim with the carrier if your order is missing or damaged.',
      'If installation is attempted or performed, then your item would be covered through the manufacturer’s warranty, not us.',
    ]);
    expectEach('lawful', [
      'If there is any damage to the item due to insufficient packing the return will be refused and no refund will be issued.',
      'While we’d love to help, we can’t be held responsible for lost or damaged goods once they’re yours.',
      'Damage caused in transit is the customer’s responsibility when the customer nominates their own courier.',
      'If your order arrives damaged, please contact us and we will file a claim with the carrier and send a replacement or refund.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.316', () => {
  it('reads an exception listed as an item, goods named by their state, sale goods not subject to a return, goods carved out of a grant, deemed acceptance, a window before what the return gets, weekends in a window, digits in brackets, parts a repair keeps, defects sent to the maker', () => {
    expectEach('void', [
      'All shoes purchased on sales are not subject to a return, refund, or exchange.',
      'All items except books can be returned.',
      'If retained at this point it is assumed the customer accepts the goods as being suitable for the intended purpose.',
      'Missing parts must be reported within (24) hours of delivery.',
      'Once we receive the item back, please allow up to two weeks for us to inspect the item and issue a refund.',
      'For defective products, customers will need to contact the manufacturer for a replacement.',
      'Sale or used merchandise cannot be returned.',
    ]);
    expectEach('lawful', [
      'Your return must meet the following criteria to be eligible for a refund:\nThe only exception would be the case of a defective product.',
      'Dirty, worn, or scuffed shoes will not be accepted.',
      'We do not accept returns of used or customer-damaged merchandise.',
      'If you are not satisfied with your purchase it may be returned for full credit within 30 days.',
      '(註:7天猶豫期包含六日例假日)',
      'Anything beyond (7) days of delivery will not be eligible for return.',
      'Return shipping costs must be borne by the customer unless the item is being returned due to damage, defect, or incorrect delivery.',
      'Approved refunds are processed back to the original payment method (no cash refunds).',
      '若更換零件,拆換下來的零件將不退還。',
      'When returns are not accepted:\nWe take care to package items securely before they leave our warehouse.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.317', () => {
  it('reads bare goods under a heading that refuses them, defects waiting on the maker, defective goods listed before used ones, exchanges limited to defects, a flat sum deducted from a refund', () => {
    expectEach('void', [
      '3. Exceptions / Non-Returnable Items\nMicrophones',
      'Replacements will only be given after receiving the approval from the manufacturer.',
      'Defective or used items cannot be returned.',
      '退货需扣除200元费用。',
    ]);
    expectEach('lawful', [
      'Exchanges are only allowed for defective or incorrectly delivered items.',
      'Used items cannot be returned.',
      '退货需扣除10元运费。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.318', () => {
  it('reads sealed goods joined to other opened goods, supplements as food, used parts, wear and tear named as no fault, bands of a return window, the card issuer’s time, a return number asked', () => {
    expectEach('void', [
      'Opened cosmetics or opened items cannot be returned.',
      'Opened supplements or opened items cannot be returned.',
      'Sale or used parts cannot be returned.',
    ]);
    expectEach('lawful', [
      'Opened supplements cannot be returned.',
      'We cannot take back used parts.',
      'Items which have been damaged as a result of normal wear and tear or incorrect use are not considered to be faulty and are not eligible for return.',
      'After 30 days and up to 90 days we will issue a store credit.',
      'For refunds, depending on your credit card company, it may take up to ten (10) business days after your credit is applied for it to post to your account.',
      'Returns without Motorcycle Doctor issued RMA number will not be accepted.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.319', () => {
  it('reads goods not in new condition, money listed among goods, shipping kept beside a refund, exchanges of sold-out goods, refunds only for the shop’s errors, limited-quantity goods, returns not always possible', () => {
    expectEach('void', [
      'Refunds are ONLY processed based on fulfilment errors, such as incorrectly shipped or missing items.',
      'The following items cannot be returned:\nLimited Quantity Products such as Jordans and collabs',
      'We have a limited collection, which means exchanging and returning is not always possible.',
    ]);
    expectEach('lawful', [
      'Non-returnable items:\nPens not in new condition',
      'Non-returnable items:\nOriginal shipping costs',
      'I will issue a full refund for the cost of the item shortly after, though I am unable to refund shipping costs.',
      'We cannot offer exchanges on items that are sold out.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.320', () => {
  it('reads past-time words, paid service outside a warranty, the consumer’s own acts in a warranty list, money-back guarantees, chosen credit, the shop’s answer time, refusals under any circumstances, traits no fault, defect repairs charged, no-reason returns sent to the maker', () => {
    expectEach('void', [
      '所有售出的商品均嚴禁退換貨。',
      'No cash or card refunds will be provided, except in cases of damaged or defective items.',
      'Non-Returnable Items\nThe following items are non-returnable under any circumstances:',
      '以下商品在任何情况下均不予退换:',
      'Goods for the value of £42 or less, are excluded, but we will accept returns, subject to a 10% Re-Stoking Fee',
      '保修期内的质量问题，维修费用由买家承担。',
      '一年內的瑕疵,維修須由客戶付費,人為損壞除外',
      'Repairs of defective items are charged to the customer, except for damage caused by misuse.',
      'Change-of-mind returns must be arranged directly with the manufacturer.',
      '无理由退货请联系厂家办理。',
    ]);
    expectEach('lawful', [
      '需在收到商品後起算7天之內要求退貨及退款,逾時不受理。',
      '對于不屬于保修范圍的產品,本店可提供在線電話、網上支持等服務。',
      '對以下幾種情況,不在承諾的保修范圍,客服中心在進行服務時將酌情收取一定的材料費、服務費等。',
      '退貨&退款 / ZenyumSonic™ 音波振動牙刷\n拆卸和自行重新組裝電池組',
      '本店提供30天退款保证。',
      'STORE CREDIT\nIf you would like store credit for your return, your store credit will be issued in the form of a store credit and will be valid for 1 year from the date of issuance.',
      'STORE CREDIT\nThere is no restocking fee for items returned for store credit.',
      'Once we have received your request we will be in touch within 48 hours, and if confirmed we will provide a postage address for the return.',
      'Returns & Exchanges / Non-Returnable Items\nBecause our pieces are handcrafted and individually glazed, slight variations in colour and texture are part of their character and not considered faults.',
      'We cannot accept returns on used mugs.',
      '若申请逾期或不符合退货政策条件范围,本店有权拒绝退货。',
      '人为损坏的维修费用由买家承担。',
      '无理由退货运费由买家承担，质量问题由厂家承担，错发漏发也是',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.321', () => {
  it('reads fees denied for exchanges, a refund asked within days, defects returned only for replacement, goods left in their box, a warranty without its shipping, a year’s replacement promise, shop credit, equipment in used condition, a day of receipt, defects sent to the maker’s warranty', () => {
    expectEach('void', [
      'If a product is defective on arrival, it must be returned within 7 business days for replacement or repair.',
      'Products such as our inverters will be refunded or replaced provided that the product was not removed from the box.',
      '保修服務不包括期間產生的往返物流費用。',
      'We offer exchanges or a shop credit.',
      'If you are not entirely satisfied with your purchase please return it within 3 weeks and we will offer a store credit, replace or exchange your purchase.',
      'Damage must be reported within the day of receipt or up to the following day.',
      'All items sold after this period is no longer accepted for return or refund and shall be covered under suppliers or manufacturer’s warranty.',
    ]);
    expectEach('lawful', [
      'There is no shipping or handling fee for exchanges.',
      'The purchaser may request a full refund within 10 business days after delivery.',
      '第一年:如有功能性故障,可更換新品或對應零件',
      'How to organise a return:\nWe do not accept returns on equipment in used condition (sandy, marked, wet, salty, scratched)',
      'We offer a store credit, replacement, exchange or refund.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.322', () => {
  it('reads a refund’s time from the returned goods’ arrival, honey, misuse against the manual, faults sent to the maker’s warranty, a testing fee, a refund asked within days, tampering, a damaged item only replaced', () => {
    expectEach('void', [
      'Allow as much as 3 weeks from the return delivery date for a refund to be applied.',
      'If there is a fault with the item this will be covered under the manufacturer’s warranty.',
      'Returns for electronic parts (except defective parts) are also subject to a 30% electronics inspection/testing fee.',
      'Once we have received the damaged item we will look to exchange and replace your item.',
    ]);
    expectEach('lawful', [
      'Non-Returnable Items\nOpened or partially used honey jars.',
      'Damages and issues\nGoods used contrary to their instruction manuals.',
      'RA for a refund must be requested within 30 days of receipt of the product (15 days for electronic parts).',
      'If tampering is detected, the warranty will be voided, and we will be unable to issue a refund or accept the return.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.323', () => {
  it('reads a path of English headings by its last heading, numbered or long; exchanges with the wanted item unavailable; the shop’s team answering; attempted parts exchanges', () => {
    expectEach('void', [
      'RETURNS & REFUNDS POLICY / 6. FAULTY OR INCORRECT ITEMS\nEmail us within 48 hours with photos',
      'RETURNS & REFUNDS POLICY / 6. FAULTY OR INCORRECT ITEMS\nWe’ll cover return shipping and send a replacement',
      'RETURN AND REFUND POLICY / ELIGIBLE FOR RETURN, REPLACEMENT, REFUND OR STORE CREDITS / WRONG ITEM DELIVERED\nThe claim must be reported to Customer Service within the day of receipt or up to the following day.',
      'RETURNS / 1.1 FAULTY ITEM DELIVERED\nReturn shipping costs are borne by the customer.',
    ]);
    expectEach('lawful', [
      'Return Policy / 7. Exchanges\nIf the item you want is not available, we will offer store credit or a refund.',
      'Returns & Damages / PRODUCT RETURNS & DAMAGES\nOne of our team members will contact you within 2 business days about the provisional outcome of your claim.',
      'Return and Refund Policy / Eligibility for Returns / Non-Returnable Items\nGadgets with attempted parts exchanges.',
      'Return & Refund Policy / IN-STORE RETURNS & EXCHANGES\nYou may return or exchange any item in its original condition for a store credit or refund within 7 days of purchase.',
    ]);
  });

  it('reads headings joined by dashes, an outer heading naming what is refused, a numbered title over its line, a refund if the goods are returned within the days, goods excepted past a lawful exception, the shop’s answer communicated, unauthorised repairs', () => {
    expectEach('void', [
      'Return Policy — When Returns Are NOT Accepted — Change of Mind\nSimply deciding you no longer want the item after purchase',
      'When Returns Are NOT Accepted / Change of Mind\nItems you simply no longer want',
      '4. Exchanges\nIf that happens, please let us know within 24 hours of delivery and include photos.',
      'All in-stock items are eligible for returns within 7 days of delivery, except for customised items, indent items, clearance items, sales items, and after sales parts.',
    ]);
    expectEach('lawful', [
      'Shipping & Returns Policy / Returns\nWe will gladly grant a refund if the product is returned within 30 days in the same condition as received.',
      'Terms & Conditions — 4. Return Approval Process\nApproval or rejection is communicated within 2–4 business days.',
      'RETURN POLICY / 3. EXCEPTIONS / NON-RETURNABLE ITEMS\nElectronics that have been repaired or modified by unauthorized persons',
      'All items are eligible for returns within 7 days of delivery, except for customised items.',
    ]);
  });

  it('keeps a refund only when repair fails void, and a numbered heading of refused goods in a path', () => {
    expectEach('void', [
      'We will only refund if repair is not possible.',
      'Cancellation and Refund Policy / 3. Exceptions / Non-Returnable Items\nMicrophones',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.324', () => {
  it('reads section titles in sentence case, cleaning and sanitising charges and a loss of value on returns, incorrect items as wrong items, and Chinese exclusions of goods processed again, stored badly or not sold by the shop', () => {
    expectEach('void', [
      'Damages and issues\nPlease do so within 12 hours of delivery.',
      'Non-returnable items\n- Fresh flowers\nDamages and issues\nPlease do so within 12 hours of delivery.',
      'A cleaning fee of $20 will be deducted from your refund.',
      'Cost of repair, replacement, and loss of value will be deducted from any refunded fee.',
      '退回商品需扣除清洗消毒费20元。',
      'Incorrect Items\nWe will exchange the product for the correct item.',
      'Incorrect items\nIf we sent the wrong item, we will send the correct item at no cost.',
      'Returns are only accepted for incorrect items.',
    ]);
    expectEach('lawful', [
      '不接受退換貨之情形\n經客戶或他方二次加工的商品。',
      '不接受退換貨之情形\n紙張存放環境溫濕度而有氧化變黃或波浪情況。',
      '不接受退換貨之情形\n商品非由我方提供或製作。',
    ]);
  });

  it('keeps the shop’s reply time, how long to do something, and a fee for a service lawful', () => {
    expectEach('lawful', [
      'Damages and issues\nPlease allow 12 hours for our team to reply to your email.',
      'Refund policy\nIf you suspect the butter is melted just place in the freezer for at least 1 hour.',
      'Pet grooming services\nThe sanitizing fee is $20.00 per visit.',
      'There is no cleaning fee on returns.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.325', () => {
  it('reads a shop’s decision said final in disputes, no return policy, defects sent to a warranty claim, a money-back guarantee’s days, the bank’s time to show a refund, a Chinese report time under a refund heading, and “allowable”', () => {
    expectEach('void', [
      'Warranty\nIn case of disputes, OPTICAL 88’s decision shall be final.',
      'In case of disputes, Bright Optical decision shall be final.',
      'Except products Dead on Arrival (DoA), we DO NOT have a refund or 7-days exchange policy after purchase.',
      'We do NOT provide or assist in warranty claims.',
      'If a product is faulty after purchase and has a warranty, customers should proceed to make a claim against the warranty.',
      'Return and Exchange\nThis is not allowable if the reason is customer changed his mind after purchase.',
    ]);
    expectEach('lawful', [
      'Return Policy\nIf you buy the router and would like to send back, we offer a 30 days money back.',
      'Return Policy\nThe refund can do 5-7 business days for you to see the refund on your credit card.',
      'Refunds are processed within 3 days of receiving your return; your bank may then take 5-7 business days to post the credit.',
      '退款政策\n如發現貨品有任何問題,請於收貨後7個工作天內與我們聯絡,我們將盡快為你跟進。',
    ]);
  });

  it('keeps a court’s or the customer’s decision, and a refund over seven days of the shop’s own', () => {
    expectEach('lawful', [
      'In case of disputes, the court decision shall be final.',
      'In case of disputes, the customer’s decision shall be final.',
    ]);
    expectEach('void', ['Refunds are processed within 14 days of receiving your return.']);
  });
});

describe('Policy lint: readings fixed in cn-policy.326', () => {
  it('reads administrative fees on refunds, goods sent to the maker under a warranty, “per our discretion”, a refund only when no replacement can be sent, and an RMA number and a return address as procedure; keeps no fee, a maker’s engraving and a refund offered when stock runs out', () => {
    expectEach('void', [
      'Additional administrative and/or bank fees may also be levied to perform the refund.',
      'Refunds\nAdministrative fees may apply.',
      'Warranties & Returns / Returns policy / Warranty claims\nSome items may need to be sent directly to the manufacturer or distributor.',
      'Returns\nDefective items will be replaced or refunded per our discretion.',
      'Warranty claims\nA refund is only given if a replacement is out of stock.',
      'In no instance should returns be accepted.',
    ]);
    expectEach('lawful', [
      'Return Authorization (RMA)\nReturns sent without an authorized RMA number will not be accepted.',
      'Refund policy\nThe registered address on this website is not the returns address and in no instance should returns be made to this address.',
      'No administrative fee will be charged on refunds.',
      'Some items may need to be sent directly to the manufacturer for engraving.',
      'Returns\nIf a replacement is out of stock, we will refund you.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.327', () => {
  it('reads a refund refused with a cancellation, card and payment-processing fees kept, the consumer’s time to notify, and defects left to the maker’s claims or discretion; keeps the maker named where the seller acts', () => {
    expectEach('void', [
      '订单付款后，所有订单均不能取消及退款。',
      'Electrical Returns Policy / Please note:\nPart of the purchase is a warranty provided by the manufacture and any claims for defective items are with the manufacture.',
      'Electrical Returns Policy\nAt the manufacturer’s sole discretion the item will be repaired or replaced.',
      'Refunds will be issued within 14 days once we are notified of the return.',
    ]);
    expectEach('lawful', [
      'Return & Refund Policy\n任何其他原因取消訂單,需扣除信用卡服務費,款項以銀行轉帳或現金方式退回。',
      'Returns and Exchanges\nPlease note, for accepted exchanges and/or returns, we are unable to refund any original transaction fees/payment processing fees for your full or partial refunds.',
      'Returns & Refunds\nWe will do everything to assist in this matter but it is your responsibility for ensuring we are notified of this by email any time up to 14 calendar days after the day on which the goods were received.',
      'Faulty items\nWe will send it to the manufacturer for you at our cost.',
      'The manufacture date is printed on the box.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.328', () => {
  it('reads the consumer’s incorrect use or installation, an exchange refused with no return refused, and a refund only when the item is out of stock; keeps damage in delivery void', () => {
    expectEach('lawful', [
      'Refund Policy / Returns and refunds will not be accepted if:\nAny defect or damage to the product has been caused by unauthorized use or modification of the product, including exposure to moisture, ingress of foreign objects (water, oil, sand, etc.), or improper installation or incorrect use.',
      'Returns and refunds will not be accepted if:\nImproper installation.',
      '1. EXCHANGE\nOtherwise, exchange is not allowed.',
      'Replacement Policy\nIf the item is out of stock, we will refund you.',
    ]);
    expectEach('void', [
      'Replacement Policy / Refund\nRefund is only applicable if the items returned is already out of stock, we will request for your bank details.',
      'Returns and refunds will not be accepted if:\nIncorrect use or damage during delivery.',
      '1. RETURNS\nOtherwise, returns are not allowed.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.329', () => {
  it('reads a return service kept to quality problems, a right reserved to accept or reject returns, requests cancelled for an opened seal, windows and defect reports counted from shipment, and handling charges on refunds; keeps freight-collect parcels, approval before sending and incompatible parts lawful', () => {
    expectEach('void', [
      'Returns and Exchanges\n4. The exchange and return service is only applicable to products related to quality problems.',
      'Return Policy\nUSJ CYCLES reserves the rights to accept or reject the returning of a product.',
      'Return/Refund Policy\nReturn/refund requests will be cancelled if the product seal is opened and the product is not faulty.',
      'Return Policy\nYou must inform us within 7 days of the SHIPPED DATE of the product if return is desired.',
      'Returns / Damaged Items:\nWe must be contacted regarding shipping damages within 7 business days from the day the order was shipped.',
      'We will deduct from the refund any handling or postage charges that may have been incurred.',
      'Customers receiving free shipping will be charged RM 15.00 for handling if their order is returned for a refund.',
    ]);
    expectEach('lawful', [
      'Return Policy:\nFreight collect shipments will not be accepted.',
      'Items brought or sent back to our store without first submitting a return request and getting approval will not be accepted.',
      'THIS WARRANTY DOES NOT COVER:\nInstallation of components, parts, or accessories not originally intended for or compatible with the bicycle as sold',
      'Exchange service is only applicable to defective products.',
      'Defective items must be reported within 30 days of purchase.',
      'We will deduct from the refund any postage charges that may have been incurred.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.330', () => {
  it('reads a right to refuse returns that fail the stated criteria, returns not authorised before sending, used goods and advice under a list of non-returnable items, discretion over return labels and a card fee named as a percentage as lawful, and approval given only for defects or refused without a reason as void; keeps a right to refuse any return, refunds at the shop’s discretion, labels for faulty goods and a percentage restocking fee void', () => {
    expectEach('lawful', [
      'Return and Refund Policy / 1. ELIGIBILITY FOR RETURNS\nPlease note that we reserve the right to reject return requests that do not meet the eligibility criteria mentioned above.',
      'We reserve the right to refuse any returns that do not meet the above criteria or appear to be in violation of our policy.',
      'Returns Process:\nWe cannot accept returns that have not been previously authorized',
      'Refund Policy / 2. Non-Returnable Items\nUsed wheels, bearings, grip tape, and trucks',
      'Refund Policy / 2. Non-Returnable Items\nIf you are unsure whether your item qualifies, feel free to contact us before sending it back.',
      'Refund Policy / 5. Return Shipping\nReturn labels may be provided at our discretion',
      'Orders canceled before shipping are subject to a non-refundable 3.5% credit card processing fee.',
    ]);
    expectEach('void', [
      'We reserve the right to refuse any return.',
      'Refunds may be provided at our discretion',
      'All returns are subject to a 15% restocking fee.',
      'Sale items and returns that are not authorized will not be accepted.',
      'Returns\nAll returns require prior approval, which is granted only for items with quality problems.',
      'Refund Policy / 5. Return Shipping\nReturn labels for defective or damaged items may be provided at our discretion.',
      'Refund Policy / 2. Non-Returnable Items\nUsed or defective wheels, bearings, grip tape, and trucks',
      'Returns\nAll returns require prior approval, which we may refuse without giving a reason.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.331', () => {
  it('reads a trade-in at the shop’s discretion as goodwill, a period from the moment of delivery as counting the delivery day and one from the moment of dispatch or payment as starting early, and software downloaded as the statutory category; keeps activated software for review and a longer promise counted from delivery lawful', () => {
    expectEach('lawful', [
      'Exchanges\nWe will consider full exchange of a watch or part exchange for another watch at our discretion.',
      'Returns are accepted within 30 days. The return period starts from the moment your order is delivered.',
      'Software and digital downloads cannot be returned once downloaded.',
    ]);
    expectEach('void', [
      'Return & Refund Policy\nYour right of return starts from the moment your order is delivered.',
      'You may return items within 7 days starting from the moment your order is delivered.',
      'Returns must be requested within 7 days from the moment of dispatch.',
    ]);
    expectEach('review', [
      'Refund & Returns Policy / 2. Non-Returnable Items\nActivated or registered software licenses (POS, cloud backup, etc.)',
      '一经激活的软件会员卡不支持七天无理由退货。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.332', () => {
  it('reads refund or replacement refused for goods that are not defective, change of mind refused, and the shop’s option over remedies for defective parts as void; a refusal after a 30-day window and a right to refuse goods damaged by misuse as lawful', () => {
    expectEach('void', [
      'We will not refund or replace any product if the product is not defective or damaged, or our delivery matches the product you have ordered.',
      'Warranty and Returns / Refunds and Returns\nPlease choose carefully as refunds and returns are not normally provided where you have simply changed your mind, or simply found the goods cheaper elsewhere.',
      'Warranty and Returns / What we will do\nDuring the warranty period, we will, at our sole option, repair or replace any defective parts within a reasonable period of time.',
      'We have a 3 day return policy after which no refunds will be given.',
    ]);
    expectEach('lawful', [
      'Return Polices\nWe have a 30 day return policy after which no refunds or credits will be given.',
      'Smart Home Life reserves the right to refuse a refund if the product is damaged from misuse, accessories are missing, or if the product is altered in any way.',
      'If you return a product in contravention of this policy (and where you do not have any other legal right to return the product):\n(a) We will not refund or exchange the product',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.333', () => {
  it('reads change of mind refused in new words as void, and restocking quality as no fee', () => {
    expectEach('void', [
      'Under the IRR of R.A. 7394, The Consumer Act of the Philippines, a change of mind on the part of the customer does not entitle him/her to a refund or exchange.',
      'Return Policy\nWe only accept returns for valid reasons and not for change of mind.',
      'A restocking fee of 15% applies.',
    ]);
    expectEach('lawful', [
      'Returns & Exchanges\nUpon receipt and inspection of the returned item(s) to verify restocking quality, we will refund your payment, less original shipping fees, to your original payment method.',
      'We accept returns for change of mind within 30 days.',
      'After the 7-day no-reason return period, only defective products bought from this store can be returned or exchanged.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.334', () => {
  it('reads a yes on its own line, a return-time question, a list announced with a semicolon and five periods', () => {
    expectEach('void', [
      'Can I return my purchase if I change my mind?\nYes – within 7 days of purchase – subject to the conditions below.',
      'Q: When do items need to be returned by?\nA: 24 hours.',
      'Returns are based on the following criteria being met;\nMust be within 3 days of receiving the product',
      '五、換貨/退款流程\n收到商品後24小時內透過官方 LINE 聯繫客服。',
      '退貨請於二日內來信告知與寄出。',
      'The item must be sent back to our warehouse within 5 days of receiving the order.',
      '退货需满足以下条件；\n签收后3天内申请',
    ]);
    expectEach('lawful', [
      'Can I return my purchase if I change my mind?\nYes – within 30 days of delivery.',
      'Q: When do items need to be returned by?\nA: Within 14 days of delivery.',
      'Returns are based on the following criteria being met;\nMust be within 14 days of receiving the product',
      '退款流程\n我们会在收到退货后3个工作日内退款。',
      '退貨請於七日內來信告知與寄出。',
      'Replacement items will be sent back to you within 5 days.',
      'When will I get my refund?\nA: Within 5 days of receiving your return.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.335', () => {
  it('reads windows under a refund heading, nil fees, a record of sale, transit damage sent to the carrier and return caps', () => {
    expectEach('void', [
      'Returns are limited to 3 returns during a one month period.',
      '每月退货不得超过3次。',
      '会员每年仅享有2次无理由退货机会。',
      'Shipping Policy / Damages & Issues\nIf you received your order damaged, please contact the shipment carrier to file a claim.',
      '如收到商品破损，请联系快递公司索赔。',
      'Refunds\nAfter 3 days, you will be charged a 25% restocking fee.',
      'Restocking fee: none for defective items; 20% for all other returns.',
    ]);
    expectEach('lawful', [
      'Refunds\nIf you purchase a CCTV kit, you will only receive a refund if the whole kit is returned within 14 days.',
      'Refunds\nAfter 14 days, you will be charged a 25% restocking fee.',
      'Refunds\nOutside 30 days, you will be offered a replacement product or an alternative up to the same value.',
      'We offer a 30-day return policy.\nAfter 14 days, you will be charged a 15% restocking fee.',
      'Our team will review your request and send return instructions within 2 business days.',
      'Restocking Fee: No cost to the customer',
      'Restocking Fee (first 7 days): none',
      'We DO NOT provide a refund if no record of sale (receipt) is available.',
      'If your return parcel arrives damaged, please contact the carrier.',
      'Exchanges are limited to one per customer. Refundable within 7 days.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.336', () => {
  it('reads replacement only for defects, refunds "not applicable" to goods, and a quality department checking a return', () => {
    expectEach('void', [
      'Refund Policy\nOnly replacements are available for damaged or manufacturing defective products.',
      'We only offer replacements for damaged or defective products.',
      'Effective from 1st January 2021, refunds are not applicable for accessories unless the product received is damaged or incorrect.',
    ]);
    expectEach('lawful', [
      'Only replacements are available for defective products; refunds are available within 7 days of delivery.',
      'Refunds are not applicable to shipping costs.',
      'Returns are not applicable to custom orders.',
      'After receiving the return, the quality control department must verify the condition of the item within 3 business days to confirm it meets the return conditions.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.337', () => {
  it('reads replacement as the only remedy, cash refunds refused, defect shipping, times no deadline and listed grants', () => {
    expectEach('void', [
      'Refunds\nDefective items will be replaced with a new one.',
      'If an item is received damaged or defective and we have stock, we will replace it.',
      'We do not offer cash refunds.',
      'If you get an item that is defective, you will also be liable for both way shipping.',
      'If the product is found to be defective or damaged, we will process the refund excluding any shipping fees.',
      'We will only pay the return shipping costs if you received an incorrect item.',
      'Refunds are only issued for:\n- Damaged or defective items\n- Wrong items sent',
      'Returns are accepted only in the case of damaged or defective items.',
      'Once it has been given to the carrier, we take no responsibility for lost or damaged items.',
    ]);
    expectEach('lawful', [
      'We do not offer cash refunds; refunds go back to the card you paid with.',
      'Replacements are sent out the following business day and arrive to you 3-5 business days later.',
      '从商品发货到您家起，您有60天的时间联系我们要求退款或退货。',
      'If you did not receive the product within the guaranteed time (45 days), you can request a refund or a reshipment.',
      'Items received past the 30 day allowance will be refunded in store credit.',
      'All products sold have been fully tested and 100% guaranteed to be in perfect working condition.',
      'Shipments under expired RMA# will be refused on delivery.',
      'We take no responsibility for items lost or damaged on their way back to us.',
      'Unwanted products\nWe cannot accept returns after this time.',
      'Refunds are issued for:\n- Items returned within 30 days for any reason\n- Defective items',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.338', () => {
  it('reads a return named by its steps, refunds in rare cases, in-person returns, exchanges only and times no deadline', () => {
    expectEach('void', [
      '商品到貨日期\n請在2天內申請,並在3天內返回。',
      'Damaged or Defective Items\nRefunds are only issued in rare circumstances.',
      'Items purchased from our clearance section are not valid for exchange or refund',
      'Damaged Items\nOnce we have received the returning merchandise we will send you a replacement.',
      'Defective/Incorrect Item\nShipping charges will be shouldered by the customer.',
      'Some toy suppliers have their own return/repair policy and you will need to contact them for service.',
      'Returns must be made in person at our greenhouse.',
      '退貨須親自送回本店門市辦理。',
      '质量问题只提供更换。',
      '网上购买的商品，退货须本人携带商品到门店办理。',
      '本店商品由厂家负责售后。',
      '退款仅在极少数情况下办理。',
      'Please apply within 2 days and send the item back within 3 days.',
    ]);
    expectEach('lawful', [
      '請在7天內申請,並在10天內寄回。',
      'Return/Replacement Policy\nWe initiate the replacement within 3 working days once we receive the product at our end.',
      'You may apply for a refund if the item has not been received by you within thirty (30) days from the date of purchase.',
      'We will refund all paid amounts in case the delivery of goods is delayed for 15 days from the expected delivery date.',
      'You may return the unused product for a full refund of the purchase price, minus the shipping within 30 days.',
      'If a return request is made due to personal preference or reasons unrelated to product defects, the customer must pay for return shipping.',
      'Returns can be made in person at our store or by post.',
      '门店购买的商品，退货须到门店办理。',
      '七天内包退，质量问题十五天内包换。',
      '厂家提供一年保修，本店负责七天内退换货。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.339', () => {
  it('reads lead-ins ending a path of headings, credit in store, invalid grounds, exchanges only and accepted states', () => {
    expectEach('void', [
      'Change of Mind Policy / Excluded products are:\nclearance and sale products;',
      'Terms for returning products / Returns, Exchanges, and In Store Credit:\nReturns are accepted, as long as they are requested within 2 days of receipt of the item.',
      'Invalid Scenarios for Returns:\nChange of mind',
      'If the item is not in stock, we will offer an alternative or store credit.',
      'Incorrect item delivered: Up to 7 days for exchange with the correct item.',
      '若客戶收到瑕疵商品(如缺頁、印刷錯誤),我們可安排換貨(若商品缺貨則可退款)。',
      'If you think you got a defective item, we will be happy to either help you troubleshoot or quickly replace the item for you.',
      'Shipping & Returns / Change of Mind / The following are excluded:\nItems purchased on sale',
    ]);
    expectEach('lawful', [
      'Change of Mind Policy / Excluded products are:\nPerishable goods such as live bait',
      '3. Accepted Product Condition\nNew (unused, sealed, or opened)',
      '可接受的商品狀態\n全新（未使用、未拆封或已拆封）',
      'If the item is not in stock, we will offer an alternative, store credit or a refund.',
      'Incorrect item delivered: Up to 7 days for exchange with the correct item or a full refund.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.340', () => {
  it('reads a defect defined, warranties left to the maker, a prompt replacement and proof of the consumer’s own notice', () => {
    expectEach('void', [
      'While we will attempt to facilitate any warranty work between our customers and manufacturers, all warranties are provided solely by the manufacturers.',
      '如商品有瑕疵，經專人鑑定後，我們將儘速為您更換商品。',
      '所有保固皆由原廠提供，本公司不負保固責任。',
      'All warranties are provided by the manufacturers, not by us.',
      'If an item is defective, we will promptly send you a replacement.',
    ]);
    expectEach('lawful', [
      '商品售後說明\n此外,商品與個人想像不符亦不屬於瑕疵退換貨範圍。',
      'The buyer has the burden of proof that the right of withdrawal has been exercised, and the notification should therefore be made in writing.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.341', () => {
  it('reads the pick-up or signing day counted as day one, exchanges only for defects and refunds in exceptional cases', () => {
    expectEach('void', [
      '鑑賞期與計算方式\n超商取件(7-11、全家):取件日算第一天。',
      '鑑賞期與計算方式\n宅配:簽收日算第一天,不限簽收者身分(含代收或管理室簽收)。',
      'We only accept exchanges for items that are defective or damaged upon delivery.',
      'Refunds are only issued under exceptional circumstances, such as receiving a defective product that cannot be replaced.',
      '7天无理由退货，取件当日算第一天。',
      '僅接受到貨時有瑕疵或損壞之商品換貨。',
      '仅在特殊情况下（如重复扣款）才予以退款。',
    ]);
    expectEach('lawful', ['保修说明\n保修期计算：签收日算第一天。', '15天无理由退货，签收日算第一天。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.342', () => {
  it('reads transit disclaimers, redone prints, refunds refused in other words, fees, underwear, procedure and marked titles', () => {
    expectEach('void', [
      'Once your order has been shipped, we cannot take responsibility if your order is damaged in transit.',
      'We cannot be held responsible if your parcel is lost in the post.',
      'Once your order has left our warehouse, we cannot take responsibility for any loss or damage.',
      '若作品於寄送過程中遺失,本店並不負擔此責任。',
      '瑕疵品退貨重印,以原檔案重印執行,恕不接受檔案更改或退款。',
      '定制照片印刷后恕不退换,如有印刷质量问题仅可重印。',
      '质量问题只能进行换货。',
      '如果您的商品在我们店铺是有库存的情况下将不被允许退款,只能进行换货。',
      'Phones and laptops can only be swapped within 7 days of purchase if found faulty.',
      '退货退款将扣除信用卡手续费及行政费。',
      '【退換貨須知】\n不因個人因素(不喜歡、不符預期、個人觸感等) 辦理退換貨。',
      'Any such refunds will only be in store credit.',
      'Any refunds of Unwanted Goods will be made using Gift Cards.',
      '※無法受理退貨之情形※\n取貨後超過三日內(含收貨日)才聯繫客服。',
      'We do not refund products that are not in their original condition due to a defect.',
    ]);
    expectEach('review', ['We do not offer any refunds or exchanges on knickers or briefs.']);
    expectEach('lawful', [
      'We cannot take responsibility for items damaged in transit back to us.',
      'If you use your own courier, we cannot take responsibility for items damaged in transit.',
      'We recommend that you send your parcel recorded delivery, as we cannot accept responsibility for goods that are damaged or lost in transit.',
      '如您下单时另行指定其他快递公司,运输途中的损坏或丢失由您自行承担。',
      'If you paid with a gift card, your refund will be in the form of a gift card.',
      'Non-Returnable Items / Certain items can’t be returned, including:\nItems not in their original condition',
      'Please note that you cannot return the item to a CDP branch until the refund or return has been processed and you have been issued with a return docket.',
      '※無法受理退貨之情形※\n聯繫退換貨後未於七日內寄出。',
      '聯繫退換貨後未於七日內寄出者,視為放棄退換貨。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.343', () => {
  it('reads the shipping alone, defect-only returns, refusals by no obligation, the assumed transit risk and days to decide', () => {
    expectEach('void', [
      'Returns are only accepted in cases of factory defects.',
      'Refunds are only given in the case of a manufacturing defect.',
      'We do not have to provide a refund if you have changed your mind about a particular purchase, so please choose carefully.',
      'Shipping & Returns\nYou assume any risk of lost, theft or damaged goods during transit.',
      'The buyer assumes all risk of loss or damage during shipment to the buyer.',
      'Return & Refund Policy\nReturns Overview\nWe are not responsible for orders lost or damaged in transit to you.',
      'The customer has 5 days upon receipt of the saddle to determine whether or not he or she is keeping the saddle.',
    ]);
    expectEach('lawful', [
      'Freight is not refundable.',
      'Return freight is not refundable.',
      'We do not have to provide a refund if the item is faulty and you caused the fault.',
      'You assume any risk of lost, theft or damaged goods in transit back to us.',
      'Return & Refund Policy / Returns Overview\nYou assume the risk of loss or damage during shipment.',
      'Return & Refund Policy\nReturns Overview\nWe are not responsible for items lost or damaged in transit.',
      'The customer has 30 days upon receipt of the item to determine whether they wish to keep the item.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.344', () => {
  it('reads shipping not refundable, goods not reaching the consumer intact, days after seven, notices and disclaimed warranties', () => {
    expectEach('void', [
      '商品如有质量问题，不得要求退货。',
      '收到之商品如遇瑕疵不良等情事,適用瑕疵擔保與換貨政策之公告,不得要求退貨。',
      '本商品不負瑕疵擔保責任。',
      'Returns\nRefunds are only given if the goods do not reach you in perfect condition.',
      'Returned items must arrive in perfect condition.',
    ]);
    expectEach('lawful', [
      '退貨運費\n運費需自付:退貨運費由顧客承擔,且不可退還。商品質量問題的由賣家承擔運費。',
      'If the goods are faulty, not what you ordered, or do not reach you in perfect condition, you are entitled to a full refund or replacement.',
      'We offer store credit for change of mind items between 7 and 14 days of receiving your product.',
      '經確認為瑕疵件後如需退回印製品時,請您於接獲通知後三日內將瑕疵品以原包裝素材包覆並寄回。',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.345', () => {
  it('reads refunds not acceptable on change of mind, reasons demanded, discretion, authorisation numbers, free items and processing days', () => {
    expectEach('void', [
      'It is not acceptable for refunds, credit or replacements to be offered if you change your mind, make an incorrect choice, or the item or size is not what you expected.',
      'Returns or cancellations must have the prior approval of the senior manager and must be for justifiable reasons.',
      'Goods accepted for refund at Management’s discretion only',
      'Refund Policy\nAllow up to 10 business days for processing',
    ]);
    expectEach('lawful', [
      'No returns will be accepted unless a "Return Authorisation" number has been issued by RV World.',
      'The following types of items do not qualify to be returned for a refund:\n2) Promotional items which were provided free of charge.',
      'HOW DO I RETURN AN ITEM?\nPlease allow 5 business days for processing, once we receive your returned item(s).',
      'Refunds\nPlease allow 5-7 business days for the refund to appear in your account.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.346', () => {
  it('reads conditions after exchanges only if, mishandling after delivery and a voucher instead of the refund', () => {
    expectEach('void', [
      'Instead, customers will receive a digital voucher equivalent to the value of the returned items.',
      'Sale items: exchanges only.',
    ]);
    expectEach('lawful', [
      '1. Returns & Exchanges / We accept returns or exchanges only if:\nYou contact us within 7 days of delivery',
      '1. Returns & Exchanges / We accept returns or exchanges only if:\nYou provide proof of purchase (order number or receipt)',
      '5. Non-Refundable Situations / Refunds will not be provided for:\nProducts damaged due to mishandling after delivery.',
      'If you prefer, you will receive a voucher instead.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.347', () => {
  it('reads goods removed from their original packaging as opened', () => {
    expectEach('void', [
      'We cannot refund or exchange any item that has been used, removed from original packaging or is not fit for resale.',
      'We cannot refund any item that has been removed from its original packaging.',
    ]);
    expectEach('lawful', [
      'Please make sure the item is not removed from the box before inspection.',
      'If you removed the item from its original packaging, please repack it with all accessories before sending it back.',
      'Items removed from their original packaging can still be returned within 7 days of signing, provided they are undamaged and complete.',
    ]);
    // Under a list of what cannot be returned, the removal is the refusal's ground.
    expect(verdictOf('Non-returnable items\nProducts removed from their original packaging.')).toBe('void');
  });
});

describe('Policy lint: readings fixed in cn-policy.348', () => {
  it('reads special orders as ordinary goods, and a refusal listing three acts with the return among them', () => {
    expectEach('void', [
      'Special order items are non-returnable.',
      'No refunds on special orders.',
      'Special Orders\nSpecial orders cannot be cancelled, returned, or exchanged.',
      'Sale items cannot be cancelled, returned, or exchanged.',
    ]);
    expectEach('lawful', [
      'Custom-made items are non-returnable.',
      'Special orders can be returned within 7 days of delivery like any other item.',
      'Orders cannot be cancelled, changed, or modified once shipped.',
    ]);
  });

  it('reads a lead-in granting returns only in listed cases, with no list after it, as refusing the no-reason return', () => {
    expectEach('void', [
      'Refund Policy\nRefund of a product is allowed only under the following circumstances:-',
      'Refunds\nRefunds are only issued for:',
      'Returns\nReturns are accepted for the following reasons only:',
      'Refund policy\nYou may request a return within 7 days of receiving your order under the following circumstances:',
      'Return/Replacement Policy\nReturns/Replacement is accepted under the following cases:',
      '退還條件和程序\n閣下可以在收到購買產品後的7天內因下列理由要求退還該產品:',
    ]);
    expectEach('lawful', [
      'Refunds are only issued for:\nDamaged items\nChange of mind within 7 days of delivery',
      'Faulty goods\nRefunds are only issued for:',
      'Warranty\nRefunds are only issued for:',
      '商品保固\n僅限以下情形可辦理退貨：',
      'Exchange Policy\nOur store will only accept the following reasons for exchange:',
      'Returns\nWe accept returns under the following conditions:',
      'Returns\nYou may request a return within 7 days of receiving your order if:',
      'Refund and returns policy\nOnly partial refunds are granted in the following circumstances:',
    ]);
  });

  it('reads refusal lead-ins and rights to refuse that lead into a list as refusing nothing by themselves', () => {
    expectEach('lawful', [
      '退换货政策\n亲，出现以下情形时，不支持7天无理由退货哦，还请您知晓~',
      '三、無法辦理退換貨的情況\n即使仍在七日鑑賞期內,若商品出現以下任一情況,恕無法接受退換貨:',
      '以下項目無法兌換或退回\n由於這些物品的性質,除非它們到達損壞或有缺陷,否則我不接受以下退貨:',
      '1. Return Eligibility:\nWe reserve the right to refuse returns if there are:',
      'We reserve the right to refuse returns if any of the following apply:',
      '如有下列情形，本店保留拒绝退货的权利：',
    ]);
    expectEach('void', [
      '三、無法辦理退換貨的情況\n- 非瑕疵認定範圍:手工製作商品可能存在以下情況,在國際驗貨標準內皆不屬於瑕疵,恕不接受退換貨:',
      'Returns\nWe reserve the right to refuse returns for any reason.',
    ]);
  });

  it('reads implied warranties disclaimed, carrier claims, store credit, return fees and abandoned returns', () => {
    expectEach('void', [
      'Warranty Information\nWe make no express warranties of any kind and disclaim any implied warranties, including the implied warranty of merchantability.',
      'Warranty\nWe make no warranties, express or implied, regarding our products.',
      '保固\n本店對商品不負任何明示或默示之保證責任。',
      'Refund Policy\nIf you receive a damaged order, please contact USPS to file a claim.',
      'Damaged items\nIf your package arrives damaged, please contact the carrier to file a claim.',
      'Change of mind returns\nAll refunds will be a Store Credit',
      'Returns\nAll returns will be credited as store credit to your account.',
      'Return Process\nUnauthorized returns will be considered abandoned and will not be refunded.',
      '退货\n未经客服同意私自寄回的商品，视为放弃，不予退款。',
      'Returns\nA return fee of $20 will be deducted from your refund unless the product is faulty.',
    ]);
    expectEach('lawful', [
      'Warranty\nTo the extent permitted by law, we disclaim all implied warranties.',
      '在法律允许的范围内，本店不作任何默示保证。',
      'Damaged items\nIf your package arrives damaged, please contact us and we will file a claim with the carrier.',
      'Returns\nReturns will be credited as store credit if you prefer.',
      'Returns\nPlease note that return fees will be borne by the customer unless the product is faulty.',
      'Return Process\nPlease contact us before sending your return so that we can give you a return number.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.349', () => {
  it('reads cancellation fees, a significant difference and the shop judging its own liability', () => {
    expectEach('void', [
      'Return and Refund\nWhen Item(s) is Purchased through Credit Card, there is a cancellation fee of 18.5%.',
      'Return and Refund\nCancellation fee will be deducted from the original price.',
      'You may request a return if:\nThe product received is significantly different from the listing description or images.',
      'Warranty\nUPS Electric reserves the sole right to determine if a fault falls under our warrantee policy.',
      '保固\n本公司有權鑑定貨品是否損毁或已用過的貨品之權利。',
      '退換貨\n本公司保留接受退換貨與否之權利。',
    ]);
    expectEach('lawful', [
      'Return and Refund\nThere is no cancellation fee if you cancel within 24 hours.',
      'A major problem is when the item:\nIs significantly different from the sample or description',
      'Returns\nWe reserve the right to decide whether to accept late returns after 30 days.',
      '保固\n如有爭議，可送第三方機構鑑定。',
    ]);
  });

  it('reads replacement first, transit disclaimers, the warranty not restarted and a bundle returned in part', () => {
    expectEach('void', [
      '退貨及更換政策\n如果客戶收到貨品之後,發現有品質問題,例如有缺頁,印刷錯誤等,我司可以安排換貨(如果當下沒有存貨,亦可安排退款)。',
      '配送\n運送過程中造成的損壞,本店不負賠償責任。',
      'Shipping Policy\nOnce the package is picked up by the shipping partner we do not claim responsibility of damage occurred during shipping.',
      'Warranty\nThe repair or replacement of your machine under warranty will not extend the period of the warranty.',
      '4. 有下列情形者,我們有權利拒絕您的退換貨申請:\n優惠組合商品未一併申請退貨。',
      '7-Day Manufacturer Defective Guarantee Policy\nOur role is a retailer, and the guarantee content and process are entirely depends on the brand owner or distributor.',
    ]);
    expectEach('lawful', [
      '退貨\n退回運送過程中造成的損壞,本店不負賠償責任。',
      'Shipping Policy\nWe do not accept responsibility for any damage during the return shipping.',
      '退貨\n優惠組合商品未一併申請退貨者，將重新計算優惠後退款。',
    ]);
  });

  it('reads lawful grounds in English list items and approval asked before a return', () => {
    expectEach('lawful', [
      '2. Non-Refundable Products:\nProducts without adequate proof of purchase.',
      '2. Non-Refundable Products:\nLost or stolen items.',
      '2. Non-Refundable Products:\nProducts that have exceeded their warranty period',
      '2. Non-Refundable Products:\nRepairs conducted by third parties.',
      '2. Non-Refundable Products:\nDamage caused by external factors.',
      '4. Return Authorisation Required\nNo item may be returned without prior written approval.',
    ]);
    expectEach('void', [
      '4. Return Authorisation Required\nSale items may not be returned without prior written approval.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.350', () => {
  it('reads warranty claims sent to the maker, a refund lead-in with no list, deemed conformity and open deductions', () => {
    expectEach('void', [
      'Warranty and Out of Stock Policy:\nAll items that carry a manufactures warranty must be handled through the manufacturer.',
      'The company will refund customers in the following cases:',
      'Processing time once we receive the return (10–14 business days)',
      'Delivery\nUpon receipt it will be considered that all products have been received in excellent condition.',
      'Refunds\nALL costs incurred by us may be deducted from your refund. (like the true cost of Flat Rate or Free Shipping)',
    ]);
    expectEach('lawful', [
      'The company will refund customers in the following cases:\nThe product is defective.\nYou change your mind within 7 days of delivery.',
      'General Return Policy\nPoorly packaged returns that arrive damaged may not be eligible for a refund.',
      'Processing time once we receive the return (3–5 business days)',
      '第4條(手續費)\n如 PayPal 或銀行機構向你徵收任何手續費,請你向 PayPal 或銀行機構查詢。本店並不會承擔任何手續費。',
      'Refunds\nRefunds are issued in full without any deductions.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.351', () => {
  it('reads refund transfer fees, the decision said final in Chinese, losses excluded and risk passed on shipment', () => {
    expectEach('void', [
      '購買須知\n退款之收款帳戶若非本行(中國信託)帳戶,退款所產生之跨行手續費將於退款金額內扣除。',
      '【匯款退款】\n退款轉帳費須由買方負擔,會於退款中主動扣除 (瑕疵損壞產品除外)。',
      '如有任何爭議,我們的決定將是最終及具決定性。',
      '本公司的決定為最終決定。',
      'Warranty\nIn no event shall we be liable for any indirect, incidental, special or consequential damages.',
      '提交訂單\n當產品送遞完成或被領取後,我們應被視為已妥為履行合約下的所有義務,且送遞之產品應被視為具令人滿意的品質。',
      'Please see below for terms and conditions –\nWe can also deduct money from the refund of a flat rate of 10% of the total order value.',
      'Damages and Issues\nAs mentioned in our Shipping Policy, items become the sole responsibility of the buyer upon shipment.',
    ]);
    expectEach('lawful', [
      '申请退换货之前，请确认以下注意事项。\n但此前交易时产生的汇款手续费及各种手续费将无法返回，请注意。',
      '消費者的決定為最終決定。',
      'Warranty\nWe are not liable for consequential losses except where the law requires otherwise.',
      'Damages and Issues\nReturned items become the responsibility of the buyer until they reach our warehouse.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.352', () => {
  it('reads Chinese restocking fees, remedies picked by the shop, transit and shipping repaid in coupons, and lawful references', () => {
    expectEach('void', [
      '退貨\n退貨需收取重新上架費。',
      '保固\n瑕疵商品將由本店決定以維修或更換處理。',
      '3. Damaged or Wrong Items\nWe will arrange for an exchange or full refund depending on availability.',
      '配送\n本店不負責運送途中遺失的包裹。',
      '退貨運費\n質量問題退貨之運費，將以優惠券方式補償。',
      'Delivery\nOnce you have signed for the goods, we cannot accept any claims for damage.',
    ]);
    expectEach('lawful', [
      '3. Damaged or Wrong Items\nWe will arrange an exchange or a full refund, whichever you prefer.',
      'Return Policy\nCut lengths of any item (tubing, rope, chain, wire, track, etc.) are not returnable.',
      'You may request a return if your product meets the following conditions:\nThe product is not among non-returnable items (see below).',
      'Cancellations, Returns & Refunds:\nHowever, World of Telescopes is not responsible for any delays in you receiving your return caused by your bank or payment provider.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.353', () => {
  it('reads every sale said final in Chinese as the English is read', () => {
    expectEach('void', ['退貨\n所有銷售均為最終銷售。', '所有商品一律為最終銷售。']);
    expectEach('lawful', ['訂單確認後為最終訂單。', '退貨\n所有銷售均可於簽收後七天內申請無理由退貨。']);
  });
});

describe('Policy lint: readings fixed in cn-policy.354', () => {
  it("reads the shop's own time, returns only for defects or only of goods marked returnable, and replacement only in more words", () => {
    expectEach('void', [
      'Returns will only be accepted for manufacturers defects or receipt of a title differing from what you ordered.',
      'We will not refund or replace any product which is not defective or damaged.',
      'Returns and exchanges are only accepted for products that are explicitly marked as "returnable" in their product listing.',
      '只有標示「可退貨」的商品才可以退貨。',
      "Once you've made your purchase the sale is final.",
      'Exchanges:\nWe can offer a replacement item if the item received is damaged in transit.',
      'GENERAL RETURN POLICY\nIf there is a manufacture defect the item must be returned to the manufacture.',
      'Delivery\nAny claims for loss or damage in transit should be directed to the carrier in the first instance.',
      'Internet Sales of Animals:\nAny DOAs must be reported within 2 hours of arrival.',
    ]);
    expectEach('lawful', [
      '退貨\n廠商將安排宅配公司於5個工作天內前往取貨。',
      'Sellers must respond to return requests within 3 business days.',
      '退貨條款如下:\n我们会在24小时内进行处理。',
      'Returns / Eligibility for Returns and Exchanges\nd) Exchange is applicable only for manufacturing defect.',
      'Items not in the condition they were received in are not able to be returned.',
      'Transit damage\nAll goods are examined in detail prior to despatch to ensure that they leave the\nwarehouse in perfect condition.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.355', () => {
  it('reads a gift charged at the product price, an exchange refused after the days, replacement with the refund refused, and lawful grounds in more words', () => {
    expectEach('void', [
      '贈品若無退回，須以該產品原價計算並從退費金額扣除。',
      'After 7 days, we cannot offer you a full refund or exchange.',
      'We only replace, exchange or refund items that arrive damaged or defective.',
      'Products are to be in original and UNDAMAGED packaging.',
      'This applies to a visual inspection only, not a product trial.',
      'We can replace if defective, but we cannot refund them.',
      'Electrical Returns Policy\nThe manufacture will assess the claim and, at their sole discretion, will repair or replace the item.',
      'Faulty goods will be refunded or replaced at our election.',
    ]);
    expectEach('lawful', [
      'We accept no-reason returns within 7 days of delivery; after that, we only replace, exchange, or refund products that have been received broken.',
      'Return Policy\nIf you do not have proof of purchase, even if you bought the book yesterday, we cannot offer you a refund or store credit.',
      '下列商品不能退换货:\n2、 因客户的责任,造成商品外观、使用性能破坏的;',
      'Any returns that do not meet our policy will not be accepted.',
      'We can replace if defective, or refund you.',
      'After 7 days, we cannot offer you a full refund or exchange; defective items are repaired or replaced under warranty.',
    ]);
  });
});

describe('Policy lint: readings fixed in cn-policy.356', () => {
  it('reads faulty goods exchanged only, the remedy as the shop considers appropriate, refunds limited to defects and goods not accepted back', () => {
    expectEach('void', [
      'Faulty Items\nIf your faulty goods return is accepted we will exchange the faulty goods with equivalent goods and cover shipping costs.',
      "If found to be faulty, we'll repair or replace them as we consider appropriate.",
      'Refunds are limited to manufacturing defects.',
      'We will not accept wax or wicks back.',
    ]);
    expectEach('lawful', [
      'We will exchange the faulty goods or give you a refund.',
      'Exchanges are limited to manufacturing defects.',
      'Refunds are limited to manufacturing defects. Unwanted items may also be returned for a refund within 7 days of delivery.',
      'We will not accept candles back once they have been burned.',
      'We will not accept items back without a return number.',
    ]);
  });
});

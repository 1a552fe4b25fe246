import type { Lang } from './i18n.js';

/**
 * Every code the console shows, as words in both languages: verdicts, categories, reasons, actions,
 * conditions, events, flag details, and the rules' readable names. A code without an entry is shown
 * as it is (a new value never breaks a page), and a test keeps these maps complete for the schemas'
 * enumerations.
 */
type Words = Record<string, Record<Lang, string>>;

export const VERDICT_WORDS = {
  ALLOW: { zh: '允许拒绝', en: 'Allow' },
  BLOCK: { zh: '阻止拒绝', en: 'Block' },
  REVIEW: { zh: '人工审查', en: 'Review' },
} as const satisfies Words;

export const CATEGORY_WORDS = {
  food: { zh: '食品', en: 'food' },
  cosmetics: { zh: '化妆品', en: 'cosmetics' },
  medical_device: { zh: '医疗器械', en: 'medical device' },
  family_planning: { zh: '计生用品', en: 'family-planning product' },
  electronics: { zh: '电子电器', en: 'electronics' },
  apparel: { zh: '服装', en: 'apparel' },
  footwear_headwear: { zh: '鞋帽', en: 'footwear and headwear' },
  luggage_bags: { zh: '箱包', en: 'luggage and bags' },
  toys: { zh: '玩具', en: 'toys' },
  home_textiles: { zh: '家纺', en: 'home textiles' },
  household: { zh: '家居用品', en: 'household goods' },
  jewelry: { zh: '珠宝首饰', en: 'jewellery' },
  gifts_crafts: { zh: '礼品工艺品', en: 'gifts and crafts' },
  audio_video_media: { zh: '音像制品', en: 'audio-visual media' },
  software: { zh: '计算机软件', en: 'software' },
  books: { zh: '图书', en: 'books' },
  newspapers_periodicals: { zh: '报纸期刊', en: 'newspapers and periodicals' },
  other: { zh: '其他', en: 'other' },
} as const satisfies Words;

export const CHANNEL_WORDS = {
  online: { zh: '网络', en: 'online' },
  tv: { zh: '电视', en: 'TV' },
  phone: { zh: '电话', en: 'phone' },
  mail_order: { zh: '邮购', en: 'mail order' },
  in_store: { zh: '实体店', en: 'in store' },
} as const satisfies Words;

export const BUYER_WORDS = {
  consumer: { zh: '消费者（生活消费）', en: 'consumer' },
  business: { zh: '企业买方', en: 'business buyer' },
} as const satisfies Words;

export const RETURN_KIND_WORDS = {
  no_reason: { zh: '七日无理由退货', en: 'no-reason return' },
  quality_defect: { zh: '质量问题', en: 'quality defect' },
  not_as_described: { zh: '与描述不符', en: 'not as described' },
  wrong_item: { zh: '发错货', en: 'wrong item' },
  damaged_in_transit: { zh: '运输损坏', en: 'damaged in transit' },
  missing_parts: { zh: '缺少配件', en: 'missing parts' },
} as const satisfies Words;

export const REASON_WORDS = {
  return_window_expired: { zh: '已过退货期', en: 'return window expired' },
  custom_made: { zh: '定作商品', en: 'custom-made' },
  perishable: { zh: '鲜活易腐', en: 'perishable' },
  digital_downloaded_or_unsealed: { zh: '数字商品已下载或已拆封', en: 'digital goods downloaded or unsealed' },
  newspaper_periodical: { zh: '已交付的报纸期刊', en: 'newspaper or periodical' },
  confirmed_non_returnable: { zh: '购买时确认不宜退货', en: 'confirmed as non-returnable' },
  not_intact: { zh: '商品不完好', en: 'goods not intact' },
  packaging_opened: { zh: '包装已拆封', en: 'packaging opened' },
  gift_or_accessory_missing: { zh: '赠品或配件缺失', en: 'gift or accessory missing' },
  promotional_or_clearance_item: { zh: '促销或清仓商品', en: 'promotional or clearance item' },
  shop_policy_no_returns: { zh: '店铺规定不退货', en: 'shop policy: no returns' },
  transit_damage_carrier_fault: { zh: '运输损坏由承运人负责', en: "transit damage is the carrier's fault" },
  quality_claim_unverified: { zh: '质量问题未经证实', en: 'quality claim unverified' },
  abusive_return: { zh: '恶意退货', en: 'abusive return' },
  after_sales_period_expired: { zh: '已过售后期', en: 'after-sales period expired' },
  other: { zh: '其他理由', en: 'other reason' },
} as const satisfies Words;

export const EVIDENCE_WORDS = {
  photo: { zh: '照片', en: 'photo' },
  video: { zh: '视频', en: 'video' },
  inspection_report: { zh: '检验报告', en: 'inspection report' },
  chat_log: { zh: '聊天记录', en: 'chat log' },
  courier_record: { zh: '快递记录', en: 'courier record' },
  other: { zh: '其他', en: 'other' },
} as const satisfies Words;

export const ACTION_WORDS = {
  accept_return: { zh: '受理退货', en: 'accept the return' },
  refund_within_7_days_of_receipt: {
    zh: '收到退回商品之日起七日内退款',
    en: 'refund within 7 days of receiving the goods',
  },
  seller_pays_return_shipping: { zh: '由卖方承担退货运费', en: 'the seller pays the return shipping' },
  offer_exchange_or_repair: { zh: '提供更换或修理', en: 'offer an exchange or a repair' },
  may_charge_declared_gift_price: {
    zh: '可按事先标明的价格收取缺失赠品费用',
    en: 'may charge the declared price of missing gifts',
  },
  may_charge_depreciation: { zh: '可收取折旧费', en: 'may charge depreciation' },
  restate_reason: { zh: '重新说明拒绝理由', en: 'restate the reason' },
  hold_until_review: { zh: '暂缓拒绝，等待人工审查', en: 'hold the refusal until review' },
} as const satisfies Words;

export const CONDITION_WORDS = {
  packagingOpened: { zh: '包装已拆封', en: 'packaging opened' },
  necessarySealBroken: { zh: '必要的密封已破坏', en: 'necessary seal broken' },
  tagsRemoved: { zh: '吊牌已拆除', en: 'tags removed' },
  soiledOrDamaged: { zh: '已污损', en: 'soiled or damaged' },
  unauthorizedRepairOrModification: { zh: '擅自维修或改装', en: 'unauthorised repair or modification' },
  markingsTampered: { zh: '标识被篡改', en: 'markings tampered with' },
  obviousUseTraces: { zh: '有明显使用痕迹', en: 'obvious traces of use' },
  activated: { zh: '已激活', en: 'activated' },
  accessoriesMissing: { zh: '缺少配件', en: 'accessories missing' },
  giftsMissing: { zh: '缺少赠品', en: 'gifts missing' },
  customMade: { zh: '定作', en: 'custom-made' },
  perishable: { zh: '鲜活易腐', en: 'perishable' },
  durable: { zh: '耐用商品', en: 'durable good' },
  threeGuarantees: { zh: '适用三包', en: 'covered by 三包' },
} as const satisfies Words;

export const BASIS_WORDS = {
  health_safety_after_unsealing: { zh: '拆封后影响人身安全或生命健康', en: 'health or safety once unsealed' },
  quality_change_after_unsealing: { zh: '拆封后易导致商品品质发生改变', en: 'quality changes once unsealed' },
  value_loss_on_activation_or_trial: {
    zh: '激活或试用后价值贬损较大',
    en: 'large loss of value once activated or tried',
  },
  near_expiry_disclosed: { zh: '已告知临近保质期', en: 'near expiry, disclosed' },
  defect_disclosed: { zh: '已告知存在瑕疵', en: 'defect disclosed' },
  other: { zh: '其他', en: 'other' },
} as const satisfies Words;

export const CONFIRMATION_WORDS = {
  explicit: { zh: '消费者主动确认', en: 'explicitly confirmed' },
  default_selected: { zh: '默认勾选', en: 'pre-selected by default' },
  none: { zh: '未确认', en: 'not confirmed' },
} as const satisfies Words;

export const REVIEW_STATUS_WORDS = {
  none: { zh: '无需审查', en: 'not in review' },
  open: { zh: '待审查', en: 'open' },
  awaiting_second_approval: { zh: '待第二人批准', en: 'awaiting a second approval' },
  resolved: { zh: '已处理', en: 'resolved' },
} as const satisfies Words;

export const HISTORY_ACTION_WORDS = {
  uphold: { zh: '维持', en: 'upheld' },
  override: { zh: '推翻', en: 'overrode' },
  propose: { zh: '提议推翻', en: 'proposed an override' },
  approve: { zh: '批准推翻', en: 'approved the override' },
  reject: { zh: '否决推翻', en: 'rejected the override' },
} as const satisfies Words;

export const FLAG_WORDS = {
  unchecked_refusal: { zh: '未经校验的拒绝', en: 'Refusal without a check' },
  refusal_against_block: { zh: '违背“阻止拒绝”仍拒绝退货', en: 'Refusal against a BLOCK' },
  refund_overdue: { zh: '退款逾期', en: 'Refund overdue' },
  facts_changed_after_block: { zh: '“阻止拒绝”后事实变更', en: 'Facts changed after a BLOCK' },
} as const satisfies Words;

export const EVENT_WORDS = {
  'order.delivered': { zh: '签收', en: 'delivered (signed for)' },
  'return.requested': { zh: '申请退货', en: 'return requested' },
  'return.refused': { zh: '拒绝退货', en: 'return refused' },
  'return.received': { zh: '收到退回商品', en: 'returned goods received' },
  'refund.issued': { zh: '已退款', en: 'refund issued' },
} as const satisfies Words;

export const DETAIL_WORDS = {
  dueAt: { zh: '退款截止', en: 'refund due by' },
  receivedAt: { zh: '收到退回商品', en: 'goods received back' },
  refusedAt: { zh: '拒绝时间', en: 'refused at' },
  requestedAt: { zh: '申请时间', en: 'requested at' },
  webhookId: { zh: '事件编号', en: 'event id' },
  daysOverdue: { zh: '逾期天数', en: 'days overdue' },
  reason: { zh: '原因', en: 'reason' },
  checkId: { zh: '校验编号', en: 'check id' },
  blockCheckId: { zh: '“阻止拒绝”校验', en: 'BLOCK check' },
  earlierCheckId: { zh: '较早的校验', en: 'earlier check' },
  laterCheckId: { zh: '较新的校验', en: 'later check' },
  changedFacts: { zh: '变更的事实', en: 'facts changed' },
  amountFen: { zh: '金额（分）', en: 'amount (fen)' },
  refundedFen: { zh: '已退款（分）', en: 'refunded (fen)' },
  sku: { zh: 'SKU', en: 'SKU' },
  verdict: { zh: '结论', en: 'verdict' },
  decidedAt: { zh: '决定时间', en: 'decided at' },
  occurredAt: { zh: '发生时间', en: 'occurred at' },
  orderId: { zh: '订单', en: 'order' },
  no_allow_check: { zh: '没有“允许拒绝”的校验', en: 'no ALLOW check' },
  named_check_not_found: { zh: '所指校验不存在', en: 'the named check does not exist' },
  named_check_other_item: { zh: '所指校验属于其他商品', en: 'the named check is about another item' },
  named_check_not_allow: { zh: '所指校验不是“允许拒绝”', en: 'the named check is not ALLOW' },
} as const satisfies Words;

/** The provisions behind the item page's legal clocks, as each language cites them. */
export const CLOCK_LAW_WORDS = {
  'CRPL 25 ¶1 · NRR-MEASURES 10': {
    zh: '《消费者权益保护法》第二十五条第一款；《网络购买商品七日无理由退货暂行办法》第十条',
    en: 'Consumer Rights Protection Law art. 25 para. 1; No-Reason Return Measures art. 10',
  },
  'NRR-MEASURES 31(2)': {
    zh: '《网络购买商品七日无理由退货暂行办法》第三十一条第（二）项',
    en: 'No-Reason Return Measures art. 31 item 2',
  },
  'CRPL 25 ¶3 · NRR-MEASURES 13': {
    zh: '《消费者权益保护法》第二十五条第三款；《网络购买商品七日无理由退货暂行办法》第十三条',
    en: 'Consumer Rights Protection Law art. 25 para. 3; No-Reason Return Measures art. 13',
  },
} as const satisfies Words;

/** Readable names of the rules (the id stays visible beside it, in small type). */
export const RULE_NAMES = {
  'cn.crpl.art25.temporal-scope': {
    zh: '无适用规则集：订单早于消法 2013 修正施行',
    en: 'No ruleset in force: order before the 2013 CRPL',
  },
  'cn.ecl.art51.chronology': { zh: '时间矛盾（签收或申请早于下单）需审查', en: 'Contradictory times are reviewed' },
  'cn.ecl.art51.delivery-time': {
    zh: '以记录的签收时间为交付时间',
    en: 'The recorded signing time is the delivery time',
  },
  'cn.crpl.art2': { zh: '企业买方不享有无理由退货权', en: 'Business buyers have no no-reason right' },
  'cn.civil-code.art582': { zh: '企业买方：履行不符合约定属合同问题', en: 'Business buyers: a contract matter' },
  'cn.crpl.art25.para1.in-store': {
    zh: '无理由退货仅适用于远程销售',
    en: 'The no-reason right covers distance sales only',
  },
  'cn.crpl-reg.art12.in-store': {
    zh: '实体店：承诺的退货期约束店铺',
    en: 'In store: a promised window binds the shop',
  },
  'cn.ecl.art20': { zh: '运输风险由卖方承担', en: 'The seller bears the transport risk' },
  'cn.three-guarantees.art11': {
    zh: '三包期内两次修理仍不能正常使用：免费换货或退货',
    en: 'Two failed repairs under 三包: exchange or return',
  },
  'cn.crpl.art23.para3': {
    zh: '耐用商品六个月内卖方负举证责任',
    en: 'Durable goods: seller bears the burden of proof for six months',
  },
  'cn.crpl.art24.para1': {
    zh: '不符合质量要求：收货七日内可退货，费用由卖方承担',
    en: 'Non-conforming goods: return within seven days at the seller’s cost',
  },
  'cn.nrr-measures.art35': { zh: '质量问题适用消法第二十四条', en: 'Non-conforming goods follow CRPL 24' },
  'cn.crpl.art24.para1.judgment': {
    zh: '质量退货期内的恶意或其他理由由人工判断',
    en: 'Inside the quality window: judged by people',
  },
  'cn.crpl.art24.para1.disputed-defect': {
    zh: '质量退货期内争议瑕疵依证据判断',
    en: 'Disputed defect: decided on evidence',
  },
  'cn.crpl.art24.para1.rescission': {
    zh: '七日后退货取决于法定解除条件',
    en: 'After seven days: statutory grounds for rescission',
  },
  'cn.crpl.art24.para1.exchange-or-repair': {
    zh: '七日后可以更换或修理代替退货',
    en: 'After seven days: exchange or repair instead',
  },
  'cn.crpl.art24.para1.no-ground': {
    zh: '七日后除期限届满外的理由均不成立',
    en: 'After seven days: other reasons are no ground',
  },
  'cn.nrr-measures.art10': {
    zh: '无理由退货期：签收次日起七日（或承诺的更长期限）',
    en: 'The no-reason window: seven days from the day after signing',
  },
  'cn.civil-code.art203.para1': {
    zh: '期限最后一日为法定休假日的，顺延至次日',
    en: 'A period ending on a rest day ends on the next working day',
  },
  'cn.crpl-reg.art12': { zh: '承诺的更长退货期约束店铺', en: 'A promised longer window binds the shop' },
  'cn.civil-code.art203.para1.calendar-gap': { zh: '节假日日历未覆盖：需审查', en: 'Holiday calendar gap: review' },
  'cn.crpl.art25.para1.item1': { zh: '除外：消费者定作的商品', en: 'Excluded: custom-made goods' },
  'cn.crpl.art25.para1.item2': { zh: '除外：鲜活易腐商品', en: 'Excluded: perishable goods' },
  'cn.crpl.art25.para1.item3': {
    zh: '除外：已下载或拆封的数字商品',
    en: 'Excluded: downloaded or unsealed digital goods',
  },
  'cn.crpl.art25.para1.item4': { zh: '除外：已交付的报纸期刊', en: 'Excluded: delivered newspapers and periodicals' },
  'cn.spc-online-1.art2': { zh: '承诺退回法定除外商品的，承诺有效', en: 'A promise to take back excluded goods binds' },
  'cn.crpl.art25.para2': {
    zh: '经消费者购买时确认的除外（四项条件）',
    en: 'Exclusion confirmed at purchase (four conditions)',
  },
  'cn.crpl-reg.art19.para1': { zh: '不得擅自扩大不适用无理由退货的范围', en: 'No enlarging the excluded goods' },
  'cn.crpl-reg.art19.para2': { zh: '默认勾选不构成确认', en: 'A pre-selected option is no confirmation' },
  'cn.nrr-measures.art20.para2': { zh: '未经确认不得拒绝', en: 'No confirmation, no refusal' },
  'cn.crpl.art25.para2.at-purchase': { zh: '确认须在购买时作出', en: 'Confirmation must be given at purchase' },
  'cn.nrr-measures.art7': { zh: '确认的商品性质须已发挥作用', en: 'The confirmed nature must have come into play' },
  'cn.crpl-reg.art12.promise-vs-confirmation': {
    zh: '承诺覆盖除外商品与购买时确认冲突：需审查',
    en: 'Promise against confirmation: review',
  },
  'cn.nrr-measures.art8.para3': {
    zh: '为查验拆封或合理调试不影响商品完好',
    en: 'Opening to inspect does not affect intactness',
  },
  'cn.nrr-measures.art9.para1': {
    zh: '一般标准：超出查验的使用且价值明显贬损',
    en: 'General test: use beyond inspection, large loss of value',
  },
  'cn.nrr-measures.art9.para1.item2.activation': {
    zh: '电子产品仅激活：依证据判断',
    en: 'Electronics only activated: judged on evidence',
  },
  'cn.nrr-measures.art9.para1.item1': {
    zh: '食品、化妆品等：必要的密封已破坏',
    en: 'Food, cosmetics etc.: necessary seal broken',
  },
  'cn.nrr-measures.art9.para1.item2': {
    zh: '电子产品：擅自维修、标识篡改或使用痕迹',
    en: 'Electronics: repair, tampered markings, use traces',
  },
  'cn.nrr-measures.art9.para1.item3': {
    zh: '服装等：吊牌拆除、污损',
    en: 'Apparel etc.: tags removed, soiled or damaged',
  },
  'cn.nrr-measures.art8.para2': {
    zh: '商品完好须商品本身、配件、标识齐全',
    en: 'Intact means item, accessories and labels complete',
  },
  'cn.nrr-measures.art12': {
    zh: '赠品缺失不是拒绝理由，可收取事先标明的价格',
    en: 'A missing gift is no ground; its declared price may be charged',
  },
  'cn.nrr-measures.art8.evidence': {
    zh: '以商品不完好拒绝须有卖方证据',
    en: 'Refusing non-intact goods needs the seller’s proof',
  },
  'cn.crpl.art26.para2': { zh: '排除退货权的格式条款无效', en: 'Format terms excluding the return right are void' },
  'cn.ecl.art20.no-reason': { zh: '运输损坏不是拒绝无理由退货的理由', en: 'Transit damage is no ground' },
  'cn.crpl.art25.para1.no-defect-needed': { zh: '无理由退货无需质量问题', en: 'A no-reason return needs no defect' },
  'cn.crpl-reg.art19.para4': { zh: '恶意退货依证据由人工判断', en: 'Abusive returns are judged by people' },
  'cn.crpl.art25.para1.unlisted-reason': {
    zh: '法律未列明的理由不自动判断',
    en: 'An unlisted reason is never decided automatically',
  },
  'cn.rulebook.undecided': { zh: '规则未能作出判断', en: 'The rules reached no decision' },
  'cn.rulebook.engine-error': { zh: '系统无法自动判断', en: 'The service could not decide' },
} as const satisfies Words;

/**
 * The word for a code in the page's language, or the code itself when the map has none.
 *
 * @example word(REASON_WORDS, 'packaging_opened', 'zh') // '包装已拆封'
 */
export function word(map: Words, code: string | undefined, lang: Lang): string {
  if (code === undefined) return '—';
  return map[code]?.[lang] ?? code;
}

/** A rule's readable name, or undefined when the map does not know the id. */
export function ruleName(ruleId: string, lang: Lang): string | undefined {
  return (RULE_NAMES as Words)[ruleId]?.[lang];
}

/**
 * Every label of the published rulebook in Chinese and English, and readable names of the codes the
 * rules use (labels, regimes, reasons, outcomes, actions). Pages never hold literal text: a missing
 * translation is a type error. The legal content itself (titles, articles, interpretation) comes from
 * the ruleset objects.
 */
import type {
  Category,
  Outcome,
  RefusalReason,
  RequiredAction,
  ReturnKind,
  SalesChannel,
  Verdict,
} from '#schemas/check.js';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
type Text = Readonly<Record<Lang, string>>;

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

export const DICT = {
  appName: { zh: '退货拒绝合规检查 · 规则手册', en: 'Refusal Guard · the rulebook' },
  rulebook: { zh: '规则手册', en: 'Rulebook' },
  rulebookIntro: {
    zh: '本服务依据下列规则集判断店铺拒绝消费者退货是否合法。每条规则都列出它回答的问题、所依据的法律条文原文、解释说明、生效日期，以及固定其答案的案例。',
    en: 'The service judges a shop’s refusal of a consumer’s return by these rulesets. Each rule shows the question it answers, the verbatim articles it rests on, how it reads them, the dates it is in force, and the scenarios that pin its answer.',
  },
  rulesets: { zh: '规则集', en: 'Rulesets' },
  status: { zh: '状态', en: 'Status' },
  status_current: { zh: '现行（新的校验使用）', en: 'current (decides new checks)' },
  status_retired: { zh: '已停用（保留用于已存决定）', en: 'retired (kept for stored decisions)' },
  status_candidate: { zh: '候选（仅用于重放）', en: 'candidate (replays only)' },
  lawBaseline: { zh: '法律基准日', en: 'Law as of' },
  releasedAt: { zh: '发布日期', en: 'Released' },
  revises: { zh: '修订自', en: 'Revises' },
  ruleCount: { zh: '规则数', en: 'Rules' },
  changes: { zh: '本版变化', en: 'What changed' },
  diffLink: { zh: '{from} → {to} 的变化对比', en: 'Changes from {from} to {to}' },
  currentRules: { zh: '现行规则集的规则（按问题分组）', en: 'Rules of the current ruleset, by question' },
  open: { zh: '查看', en: 'Open' },
  question: { zh: '判断的问题', en: 'The question it decides' },
  judgesReasons: { zh: '适用于店铺的拒绝理由', en: 'Applies when the shop refuses because' },
  allReasons: { zh: '任何拒绝理由', en: 'any stated reason' },
  canConclude: { zh: '可能的结论', en: 'What it can conclude' },
  inForce: { zh: '适用期间（按下单日期）', en: 'In force (by order date)' },
  fromDate: { zh: '{d} 起', en: 'from {d}' },
  fromToDate: { zh: '{f} 至 {t}', en: '{f} to {t}' },
  reviewBefore: {
    zh: '{d} 之前下单的订单：决定性条文尚未生效，本规则给出人工审查。',
    en: 'Orders placed before {d}: the deciding provision was not yet in force, so the rule gives REVIEW.',
  },
  articles: { zh: '所依据的条文（原文）', en: 'The articles it cites (verbatim)' },
  citedFrom: { zh: '适用于 {d} 起下单的订单', en: 'cited for orders from {d}' },
  citedFromTo: { zh: '适用于 {f} 至 {t} 下单的订单', en: 'cited for orders from {f} to {t}' },
  citedWhen: { zh: '仅在结论标记为“{tag}”时引用', en: 'cited only when the conclusion is tagged “{tag}”' },
  interpretation: { zh: '解释说明', en: 'Interpretation' },
  interpretationLang: {
    zh: '（解释说明以英文撰写，与代码中的规则定义为同一份文本。）',
    en: '',
  },
  exceptions: { zh: '例外关系', en: 'Exceptions' },
  overrides: {
    zh: '本规则是以下规则的例外（两者都适用时本规则优先）',
    en: 'This rule is an exception to (it wins when both apply)',
  },
  overriddenBy: { zh: '以下规则是本规则的例外', en: 'Exceptions to this rule' },
  noExceptions: { zh: '无例外关系。', en: 'No exceptions either way.' },
  versions: { zh: '版本（按下单日期）', en: 'Versions (by order date)' },
  citesNothing: { zh: '不引用条文（相关条文尚未生效）', en: 'cites nothing (no provision in force yet)' },
  scenarios: { zh: '固定本规则答案的案例', en: 'Scenarios that pin this rule' },
  scenariosCount: { zh: '{n} 个案例', en: '{n} scenarios' },
  allScenarios: { zh: '查看全部 {n} 个案例 →', en: 'All {n} scenarios →' },
  pinsRules: { zh: '该案例涉及的规则', en: 'rules this scenario reaches' },
  noScenarios: {
    zh: '此规则集不随附案例：案例只为现行规则集发布（见现行规则集的页面）。',
    en: 'No scenarios are published for this ruleset: they are published for the current ruleset (see its page).',
  },
  scenarioName: { zh: '案例（英文描述）', en: 'Scenario' },
  facts: { zh: '事实', en: 'Facts' },
  expected: { zh: '应有的答案', en: 'Expected answer' },
  requiredActions: { zh: '店铺须采取的措施', en: 'Required actions' },
  alternativeReasons: { zh: '可合法援引的其他理由', en: 'Lawful alternative reasons' },
  why: { zh: '依据', en: 'Why' },
  openQuestion: { zh: '未决问题', en: 'Open question' },
  r2Change: { zh: 'r2 第 {n} 项变化', en: 'r2 change {n}' },
  source: { zh: '案例文件', en: 'Scenario file' },
  rule: { zh: '规则', en: 'Rule' },
  ruleId: { zh: '规则编号', en: 'Rule id' },
  title: { zh: '标题（英文）', en: 'Title' },
  backToRuleset: { zh: '返回规则集 {id}', en: 'Back to ruleset {id}' },
  backToRulebook: { zh: '返回规则手册', en: 'Back to the rulebook' },
  notFound: { zh: '未找到', en: 'Not found' },
  badRequest: { zh: '请求无效', en: 'Invalid request' },
  internal: { zh: '发生内部错误。', en: 'Something went wrong.' },
  noSuchRuleset: { zh: '没有名为“{id}”的规则集。', en: 'There is no ruleset “{id}”.' },
  noSuchRule: { zh: '规则集 {set} 中没有规则“{id}”。', en: 'Ruleset {set} has no rule “{id}”.' },
  noDiffBase: { zh: '无法对比：{id} 不是已发布的规则集。', en: 'No comparison: {id} is not a released ruleset.' },
  diffTitle: { zh: '规则集对比：{from} → {to}', en: 'Ruleset changes: {from} → {to}' },
  added: { zh: '新增的规则', en: 'Rules added' },
  removed: { zh: '删除的规则', en: 'Rules removed' },
  changed: { zh: '修改的规则', en: 'Rules changed' },
  unchanged: { zh: '未变的规则：{n} 条', en: 'Rules unchanged: {n}' },
  diffSummary: { zh: '概览', en: 'In short' },
  nothing: { zh: '无', en: 'none' },
  whatChanged: { zh: '变化之处', en: 'What changed' },
  field_title: { zh: '标题', en: 'title' },
  field_label: { zh: '问题标签', en: 'question label' },
  field_citations: { zh: '引用条文（仅列出不同之处）', en: 'articles cited (only the differences)' },
  field_citationText: { zh: '条文原文', en: 'article text' },
  field_interpretation: { zh: '解释说明', en: 'interpretation' },
  field_outcomes: { zh: '可能结论', en: 'outcomes' },
  field_reasons: { zh: '适用理由', en: 'reasons judged' },
  field_exception: { zh: '例外关系', en: 'exceptions' },
  field_regimes: { zh: '所属问题', en: 'questions' },
  field_dates: { zh: '生效日期', en: 'dates in force' },
  field_reviewBefore: { zh: '生效前审查', en: 'review before' },
  before: { zh: '之前', en: 'before' },
  after: { zh: '之后', en: 'after' },
  scenarioChanges: { zh: '答案改变的案例（{n} / {total}）', en: 'Scenarios whose answer changes ({n} of {total})' },
  scenarioChangesIntro: {
    zh: '每个现行案例分别按两个规则集判断，下列案例的结论不同。',
    en: 'Each published scenario judged under both rulesets; these get a different verdict.',
  },
  actionChanges: {
    zh: '结论相同、但店铺须采取的措施或可援引的其他理由改变的案例（{n}）',
    en: 'Same verdict, other required actions or lawful alternatives ({n})',
  },
  actionChangesShow: { zh: '展开列表', en: 'Show the list' },
  verdictUnder: { zh: '{id} 的结论', en: 'Verdict under {id}' },
  rulesetChanges: { zh: '规则集自述的变化', en: 'The changes the ruleset lists' },
  parameters: { zh: '法定数值', en: 'Statutory numbers' },
  calendar: { zh: '节假日历', en: 'Rest-day calendar' },
  language: { zh: '语言', en: 'Language' },
  apiDocs: { zh: 'API 文档', en: 'API docs' },
  asJson: {
    zh: '同样的数据以 JSON 提供：请求时加上 Accept: application/json。',
    en: 'The same data as JSON: send Accept: application/json.',
  },
  onThisPage: { zh: '本页目录', en: 'On this page' },
  days: { zh: '天', en: 'days' },
  months: { zh: '个月', en: 'months' },
  years: { zh: '年', en: 'years' },
} as const satisfies Record<string, Text>;

export type LabelKey = keyof typeof DICT;

/**
 * A label, with `{name}` placeholders filled.
 *
 * @example t('en', 'scenariosCount', { n: 3 }) // '3 scenarios'
 */
export function t(lang: Lang, key: LabelKey, vars: Record<string, string | number> = {}): string {
  return DICT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The question each rule label answers, in plain words. A test checks every label of every ruleset is here. */
export const QUESTIONS: Readonly<Record<string, Text>> = {
  'law-in-force': {
    zh: '下单时，消费者的无理由退货权利是否已经生效？',
    en: 'Was the consumer’s right to a no-reason return already law when the order was placed?',
  },
  'precondition.chronology': {
    zh: '提交的时间是否自相矛盾（例如签收早于下单）？',
    en: 'Do the times make sense together (for example, delivered before it was ordered)?',
  },
  'notice.delivery-time': {
    zh: '判断时采用哪一个签收时间：订单系统记录的，还是请求中填写的？',
    en: 'Which delivery time counts: the one the order system recorded, or the one in the request?',
  },
  'scope.business': {
    zh: '买方是为经营而购买的企业吗？企业买方不享有消费者的无理由退货权。',
    en: 'Is the buyer a business buying for its trade? A business has no consumer right to a no-reason return.',
  },
  'scope.in-store': {
    zh: '这是在实体店购买的吗？实体店销售没有法定的七日无理由退货，只有店铺自己的承诺。',
    en: 'Was it bought in a shop in person? In-store sales have no statutory seven-day return, only the shop’s own promise.',
  },
  'non-conforming.transit': {
    zh: '商品在运输中损坏时，谁承担风险：店铺还是消费者？',
    en: 'The goods were damaged in transit: who bears that risk, the shop or the consumer?',
  },
  'non-conforming.three-guarantees': {
    zh: '“三包”商品修理两次仍有问题，消费者能否退货？',
    en: 'Goods under the “three guarantees” still fail after two repairs: may the consumer return them?',
  },
  'non-conforming.in-window': {
    zh: '商品有质量问题，消费者在签收后七日内要求退货，店铺能否拒绝？',
    en: 'The goods do not conform and the consumer asks within seven days of receipt: may the shop refuse?',
  },
  'non-conforming.after-window': {
    zh: '商品有质量问题，但已超过签收后七日：消费者还能退货，还是只能换货或修理？',
    en: 'The goods do not conform but seven days have passed: may the consumer still return them, or only ask for exchange or repair?',
  },
  'no-reason.window': {
    zh: '无理由退货申请是否在签收后七日（或店铺承诺的更长期限）内提出？',
    en: 'Was the no-reason return asked for within seven days of receipt (or the longer period the shop promised)?',
  },
  'no-reason.before-delivery': {
    zh: '消费者在收到商品之前就要求退货，店铺能否以商品性质为由拒绝？',
    en: 'The consumer asks to return before the goods arrive: may the shop refuse because of what the goods are?',
  },
  'calendar-gap': {
    zh: '期限的最后一天是否遇到节假日顺延，而节假日历还没有覆盖这一年？',
    en: 'Could a holiday extend the last day, in a year the rest-day calendar does not cover yet?',
  },
  'no-reason.statutory-exclusion': {
    zh: '商品是否属于法律直接排除的类别（定制、鲜活易腐、已下载或拆封的数字商品、报纸期刊）？',
    en: 'Are the goods in a class the law itself excludes (made to order, perishable, downloaded or unsealed digital goods, newspapers and periodicals)?',
  },
  'no-reason.confirmed-exclusion': {
    zh: '消费者购买时是否有效确认了该商品不适用无理由退货？',
    en: 'Did the consumer validly confirm, when buying, that the item cannot be returned without reason?',
  },
  'no-reason.intactness': {
    zh: '退回的商品是否完好？',
    en: 'Are the returned goods intact?',
  },
  'no-reason.gifts': {
    zh: '赠品缺失时，店铺能否拒绝退货，还是只能按标明的价格收费？',
    en: 'A gift is missing: may the shop refuse the return, or only charge the gift’s declared price?',
  },
  'no-reason.format-term': {
    zh: '店铺的拒绝理由是否只是自己的格式条款（如“促销商品不退不换”）？',
    en: 'Does the shop rely only on its own standard terms (such as “sale items cannot be returned”)?',
  },
  'no-reason.transit': {
    zh: '无理由退货中，店铺能否以“运输损坏应找快递公司”为由拒绝？',
    en: 'In a no-reason return, may the shop refuse by saying transit damage is the carrier’s business?',
  },
  'no-reason.quality-claim': {
    zh: '无理由退货中，店铺能否以“质量问题未经核实”为由拒绝？',
    en: 'In a no-reason return, may the shop refuse because a quality problem was not verified?',
  },
  'no-reason.good-faith': {
    zh: '店铺称退货是恶意的：这需要由人根据证据判断。',
    en: 'The shop says the return is abusive: a person has to judge that on evidence.',
  },
  'no-reason.other': {
    zh: '店铺给出的理由不在清单上：由人审查。',
    en: 'The shop gives a reason not on the list: a person reviews it.',
  },
};

/** The questions in the order the engine asks them, each a group on the pages. */
export const REGIME_ORDER = [
  'precondition',
  'scope',
  'transit',
  'three-guarantees',
  'non-conforming',
  'no-reason',
  'across',
  'notice',
] as const;

export const REGIMES: Readonly<Record<string, Text>> = {
  precondition: { zh: '能否判断：法律是否生效、事实是否一致', en: 'Can the facts be judged at all?' },
  scope: { zh: '适用范围：企业买方与实体店销售', en: 'Scope: business buyers and in-store sales' },
  transit: { zh: '运输损坏', en: 'Damage in transit' },
  'three-guarantees': { zh: '“三包”商品', en: 'Goods under the “three guarantees” (三包)' },
  'non-conforming': { zh: '不符合质量要求的商品', en: 'Goods that do not conform' },
  'no-reason': { zh: '七日无理由退货', en: 'The seven-day no-reason return' },
  across: { zh: '跨问题的规则', en: 'Rules that serve several questions' },
  notice: { zh: '说明（不影响结论）', en: 'Notices (they inform, never decide)' },
};

export const REASONS: Readonly<Record<RefusalReason, Text>> = {
  return_window_expired: { zh: '已超过退货期限', en: 'the return period has expired' },
  custom_made: { zh: '定制商品', en: 'made to order' },
  perishable: { zh: '鲜活易腐商品', en: 'perishable' },
  digital_downloaded_or_unsealed: { zh: '数字化商品已下载或拆封', en: 'digital goods downloaded or unsealed' },
  newspaper_periodical: { zh: '报纸、期刊', en: 'newspaper or periodical' },
  confirmed_non_returnable: { zh: '购买时已确认不退货', en: 'confirmed non-returnable at purchase' },
  not_intact: { zh: '商品不完好', en: 'the goods are not intact' },
  packaging_opened: { zh: '包装已拆封', en: 'the packaging was opened' },
  gift_or_accessory_missing: { zh: '赠品或配件缺失', en: 'a gift or accessory is missing' },
  promotional_or_clearance_item: { zh: '促销、清仓商品', en: 'a promotional or clearance item' },
  shop_policy_no_returns: { zh: '本店规定不退货', en: 'the shop’s no-returns policy' },
  transit_damage_carrier_fault: { zh: '运输损坏应由快递负责', en: 'transit damage is the carrier’s fault' },
  quality_claim_unverified: { zh: '质量问题未经核实', en: 'the quality claim is unverified' },
  abusive_return: { zh: '恶意退货', en: 'the return is abusive' },
  after_sales_period_expired: { zh: '已过售后期', en: 'the after-sales period has expired' },
  other: { zh: '其他理由', en: 'another reason' },
};

export const OUTCOMES: Readonly<Record<Outcome, Text>> = {
  violated: { zh: '拒绝违法（BLOCK）', en: 'the refusal breaks the law (BLOCK)' },
  supports_refusal: { zh: '支持拒绝（ALLOW）', en: 'the refusal is lawful (ALLOW)' },
  needs_review: { zh: '需人工审查（REVIEW）', en: 'a person must review it (REVIEW)' },
  satisfied: { zh: '条件满足（说明）', en: 'satisfied (informs only)' },
  not_applicable: { zh: '不适用', en: 'not applicable' },
};

export const VERDICTS: Readonly<Record<Verdict, Text>> = {
  ALLOW: { zh: '允许拒绝', en: 'refusal allowed' },
  BLOCK: { zh: '阻止拒绝', en: 'refusal blocked' },
  REVIEW: { zh: '人工审查', en: 'human review' },
};

export const ACTIONS: Readonly<Record<RequiredAction, Text>> = {
  accept_return: { zh: '接受退货', en: 'accept the return' },
  refund_within_7_days_of_receipt: { zh: '收到退货后七日内退款', en: 'refund within 7 days of getting the goods back' },
  seller_pays_return_shipping: { zh: '店铺承担退货运费', en: 'the shop pays the return shipping' },
  offer_exchange_or_repair: { zh: '提供换货或修理', en: 'offer exchange or repair' },
  may_charge_declared_gift_price: { zh: '可按标明价格收取赠品费用', en: 'may charge the gift’s declared price' },
  restate_reason: { zh: '改用合法的理由', en: 'restate the reason' },
  hold_until_review: { zh: '审查前暂不拒绝', en: 'hold until reviewed' },
  may_charge_depreciation: { zh: '可收取折旧费', en: 'may charge depreciation' },
};

export const KINDS: Readonly<Record<ReturnKind, Text>> = {
  no_reason: { zh: '无理由退货', en: 'no-reason return' },
  quality_defect: { zh: '质量问题', en: 'defective goods' },
  not_as_described: { zh: '与描述不符', en: 'not as described' },
  wrong_item: { zh: '发错商品', en: 'wrong item sent' },
  damaged_in_transit: { zh: '运输中损坏', en: 'damaged in transit' },
  missing_parts: { zh: '缺少部件', en: 'parts missing' },
};

export const CHANNELS: Readonly<Record<SalesChannel, Text>> = {
  online: { zh: '网购', en: 'bought online' },
  tv: { zh: '电视购物', en: 'bought through TV shopping' },
  phone: { zh: '电话购物', en: 'bought by phone' },
  mail_order: { zh: '邮购', en: 'bought by mail order' },
  in_store: { zh: '实体店购买', en: 'bought in a shop in person' },
};

export const CATEGORY_NAMES: Readonly<Record<Category, Text>> = {
  food: { zh: '食品', en: 'food' },
  cosmetics: { zh: '化妆品', en: 'cosmetics' },
  medical_device: { zh: '医疗器械', en: 'medical device' },
  family_planning: { zh: '计生用品', en: 'family-planning goods' },
  electronics: { zh: '电子产品', en: 'electronics' },
  apparel: { zh: '服装', en: 'clothing' },
  footwear_headwear: { zh: '鞋帽', en: 'shoes or hats' },
  luggage_bags: { zh: '箱包', en: 'luggage or bags' },
  toys: { zh: '玩具', en: 'toys' },
  home_textiles: { zh: '家纺', en: 'home textiles' },
  household: { zh: '家居用品', en: 'household goods' },
  jewelry: { zh: '珠宝首饰', en: 'jewellery' },
  gifts_crafts: { zh: '礼品工艺品', en: 'gifts and crafts' },
  audio_video_media: { zh: '音像制品', en: 'audio-video media' },
  software: { zh: '软件', en: 'software' },
  books: { zh: '图书', en: 'books' },
  newspapers_periodicals: { zh: '报纸期刊', en: 'newspapers and periodicals' },
  other: { zh: '其他', en: 'other goods' },
};

export const CONDITIONS: Readonly<Record<string, Text>> = {
  packagingOpened: { zh: '包装已拆', en: 'packaging opened' },
  necessarySealBroken: { zh: '必要的一次性密封已破坏', en: 'necessary seal broken' },
  tagsRemoved: { zh: '吊牌已摘', en: 'tags removed' },
  soiledOrDamaged: { zh: '污损', en: 'soiled or damaged' },
  unauthorizedRepairOrModification: { zh: '私自维修或改装', en: 'repaired or modified without authorisation' },
  markingsTampered: { zh: '标识被篡改', en: 'markings tampered with' },
  obviousUseTraces: { zh: '明显使用痕迹', en: 'obvious signs of use' },
  activated: { zh: '已激活', en: 'activated' },
};

export const BASIS_NAMES: Readonly<Record<string, Text>> = {
  health_safety_after_unsealing: { zh: '拆封后影响人身安全或生命健康', en: 'unsealing harms health or safety' },
  quality_change_after_unsealing: { zh: '拆封后易导致商品品质发生改变', en: 'unsealing changes the quality' },
  value_loss_on_activation_or_trial: { zh: '激活或试用后价值贬损较大', en: 'activation or trial destroys value' },
  near_expiry_disclosed: { zh: '已告知临近保质期', en: 'near expiry, disclosed' },
  defect_disclosed: { zh: '已告知存在瑕疵', en: 'defect disclosed' },
  other: { zh: '其他理由', en: 'another reason' },
};

export const EVIDENCE_NAMES: Readonly<Record<string, Text>> = {
  photo: { zh: '照片', en: 'photo' },
  video: { zh: '视频', en: 'video' },
  inspection_report: { zh: '检测报告', en: 'inspection report' },
  chat_log: { zh: '聊天记录', en: 'chat log' },
  courier_record: { zh: '物流记录', en: 'courier record' },
  other: { zh: '其他', en: 'other' },
};

export const CONFIRMATION_NAMES: Readonly<Record<string, Text>> = {
  explicit: { zh: '明确确认', en: 'explicitly confirmed' },
  default_selected: { zh: '默认勾选', en: 'pre-ticked box' },
  none: { zh: '未确认', en: 'not confirmed' },
};

/**
 * Every label of the review console in Chinese and English. Pages never hold literal text: they ask
 * `t(lang, key)`, so a missing translation is a type error, not a half-translated screen.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const DICT = {
  appName: { zh: '退货拒绝合规审查台', en: 'Refusal Guard review console' },
  queue: { zh: '审查队列', en: 'Review queue' },
  summary: { zh: '管理汇总', en: 'Summary' },
  policyCheck: { zh: '政策检查', en: 'Policy check' },
  signIn: { zh: '登录', en: 'Sign in' },
  signOut: { zh: '退出', en: 'Sign out' },
  signedInAs: { zh: '当前用户', en: 'Signed in as' },
  staffKey: { zh: '合规人员密钥', en: 'Staff key' },
  signInIntro: {
    zh: '请使用合规人员 API 密钥登录。密钥不会保存在浏览器中，会话仅保存其哈希值。',
    en: 'Sign in with a compliance-staff API key. The key is not kept in the browser; the session holds only its hash.',
  },
  badKey: { zh: '密钥无效。', en: 'That key is not valid.' },
  shopKeyRefused: {
    zh: '这是店铺密钥。审查台仅供合规人员使用。',
    en: 'This is a shop key. The review console is for compliance staff only.',
  },
  forbidden: { zh: '禁止访问', en: 'Forbidden' },
  csrfRefused: {
    zh: '表单缺少有效的安全令牌或来自其他站点，已拒绝。请返回、刷新页面后重试。',
    en: 'The form did not carry a valid security token or came from another site, so it was refused. Go back, reload the page and try again.',
  },
  notFound: { zh: '未找到该条目。', en: 'No such item.' },
  badRequest: { zh: '请求无效', en: 'Invalid request' },
  storeDown: { zh: '存储暂不可用，请稍后重试。', en: 'The store is unavailable; try again shortly.' },
  internal: { zh: '发生内部错误。', en: 'Something went wrong.' },
  back: { zh: '返回队列', en: 'Back to the queue' },
  status: { zh: '状态', en: 'Status' },
  statusOpen: { zh: '待审查', en: 'Open' },
  statusResolved: { zh: '已处理', en: 'Resolved' },
  statusNone: { zh: '无需审查', en: 'Not in review' },
  shop: { zh: '店铺', en: 'Shop' },
  allShops: { zh: '全部店铺', en: 'all shops' },
  filter: { zh: '筛选', en: 'Filter' },
  type: { zh: '类型', en: 'Type' },
  typeCheck: { zh: '校验', en: 'Check' },
  typeFlag: { zh: '标记', en: 'Flag' },
  order: { zh: '订单', en: 'Order' },
  verdictOrFlag: { zh: '结论 / 标记', en: 'Verdict / flag' },
  decidingRule: { zh: '决定规则', en: 'Deciding rule' },
  age: { zh: '等待时长', en: 'Age' },
  legalClock: { zh: '法定时限', en: 'Legal clock' },
  open: { zh: '打开', en: 'Open' },
  emptyQueue: { zh: '队列为空。', en: 'Nothing in this queue.' },
  nextPage: { zh: '下一页（更新的条目）', en: 'Next page (newer items)' },
  firstPage: { zh: '第一页', en: 'First page' },
  resolvedNotice: { zh: '已记录处理结果：', en: 'Resolution recorded for' },
  daysOverdue: { zh: '退款已逾期 {n} 天', en: 'refund {n} days overdue' },
  dueToday: { zh: '退款今日到期', en: 'refund due today' },
  windowLeft: { zh: '退货期剩余 {n} 天', en: '{n} days left of the return window' },
  windowLastDay: { zh: '今天是退货期最后一天', en: 'last day of the return window' },
  windowEnded: { zh: '退货期已于 {n} 天前结束', en: 'return window ended {n} days ago' },
  ageDays: { zh: '{d} 天 {h} 小时', en: '{d} d {h} h' },
  ageHours: { zh: '{h} 小时', en: '{h} h' },
  ageMinutes: { zh: '{m} 分钟', en: '{m} min' },
  check: { zh: '校验', en: 'Check' },
  flag: { zh: '标记', en: 'Flag' },
  verdict: { zh: '自动结论', en: 'Automatic verdict' },
  finalVerdict: { zh: '审查后结论', en: 'Verdict after review' },
  version: { zh: '版本', en: 'Version' },
  decidedAt: { zh: '决定时间', en: 'Decided at' },
  createdAt: { zh: '创建时间', en: 'Raised at' },
  rulesetVersion: { zh: '规则集版本', en: 'Ruleset' },
  facts: { zh: '请求事实', en: 'Request facts' },
  item: { zh: '商品', en: 'Item' },
  category: { zh: '类别', en: 'Category' },
  price: { zh: '价格', en: 'Price' },
  quantity: { zh: '数量', en: 'Quantity' },
  salesChannel: { zh: '销售渠道', en: 'Sales channel' },
  buyerType: { zh: '买方类型', en: 'Buyer' },
  placedAt: { zh: '下单时间', en: 'Placed at' },
  deliveredAt: { zh: '签收时间', en: 'Delivered (signed for) at' },
  notDelivered: { zh: '未签收', en: 'not delivered' },
  returnRequest: { zh: '退货申请', en: 'Return request' },
  requestedAt: { zh: '申请时间', en: 'Requested at' },
  kind: { zh: '类型', en: 'Kind' },
  condition: { zh: '商品状况', en: 'Condition' },
  conditionIntact: { zh: '未报告任何问题', en: 'nothing reported' },
  refusal: { zh: '拟拒绝', en: 'Proposed refusal' },
  reason: { zh: '理由', en: 'Reason' },
  note: { zh: '店铺备注', en: "Shop's note" },
  evidence: { zh: '证据', en: 'Evidence' },
  noEvidence: { zh: '未提供证据', en: 'no evidence supplied' },
  attributes: { zh: '商品属性', en: 'Item attributes' },
  shopPolicy: { zh: '店铺承诺', en: 'Shop policy' },
  deadlines: { zh: '期限', en: 'Deadlines' },
  returnWindowEndsAt: { zh: '无理由退货期截止', en: 'No-reason return window ends' },
  qualityWindowEndsAt: { zh: '质量问题退货期截止', en: 'Quality-return window ends' },
  findings: { zh: '审查发现', en: 'Findings' },
  outcome: { zh: '结果', en: 'Outcome' },
  citations: { zh: '法律依据', en: 'Citations' },
  article: { zh: '第 {n} 条', en: 'Art. {n}' },
  paragraph: { zh: '第 {n} 款', en: 'para. {n}' },
  itemNo: { zh: '第 {n} 项', en: 'item {n}' },
  citationMissing: { zh: '（该规则集中找不到引文全文）', en: '(citation text not found in this ruleset)' },
  requiredActions: { zh: '店铺须采取的措施', en: 'Required actions' },
  alternativeReasons: { zh: '可合法适用的其他理由', en: 'Lawful alternative reasons' },
  none: { zh: '无', en: 'none' },
  messages: { zh: '消息', en: 'Messages' },
  details: { zh: '详情', en: 'Details' },
  relatedCheck: { zh: '相关校验', en: 'Related check' },
  history: { zh: '处理记录', en: 'History' },
  noHistory: { zh: '尚无处理记录。', en: 'No resolution yet.' },
  resolvedAt: { zh: '处理时间', en: 'Resolved at' },
  resolvedBy: { zh: '处理人', en: 'Resolved by' },
  action: { zh: '操作', en: 'Action' },
  justification: { zh: '理由说明', en: 'Justification' },
  decide: { zh: '作出处理', en: 'Decide' },
  reDecide: { zh: '再次处理（追加到记录）', en: 'Decide again (appended to the history)' },
  justificationHint: {
    zh: '必填，至少 10 个字符。理由与您的身份将作为证据永久保存。',
    en: 'Required, at least 10 characters. It is kept as evidence together with your identity.',
  },
  upholdCheck: { zh: '维持自动结论', en: 'Uphold the automatic verdict' },
  overrideCheck: { zh: '推翻：允许拒绝（ALLOW）', en: 'Override: allow the refusal (ALLOW)' },
  upholdFlag: { zh: '确认违规', en: 'Confirm the breach' },
  overrideFlag: { zh: '驳回标记', en: 'Dismiss the flag' },
  upheld: { zh: '维持', en: 'upheld' },
  overridden: { zh: '推翻', en: 'overridden' },
  confirmed: { zh: '确认违规', en: 'confirmed' },
  dismissed: { zh: '已驳回', en: 'dismissed' },
  actionMeaningCheck: {
    zh: '“维持”保留自动结论（REVIEW 将确认为 BLOCK）；“推翻”将结论改为 ALLOW。原自动结论永不被覆盖。',
    en: '"Uphold" keeps the automatic verdict (a REVIEW is confirmed as BLOCK); "override" makes it ALLOW. The automatic verdict itself is never overwritten.',
  },
  actionMeaningFlag: {
    zh: '“确认违规”记录为 BLOCK；“驳回”记录为 ALLOW。',
    en: '"Confirm" records a breach (BLOCK); "dismiss" records no breach (ALLOW).',
  },
  justificationTooShort: {
    zh: '理由说明至少需要 10 个字符（去除首尾空格后）。',
    en: 'The justification needs at least 10 characters (after trimming spaces).',
  },
  conflictTitle: { zh: '处理未记录：版本已过期', en: 'Not recorded: the item changed' },
  conflictBody: {
    zh: '在您作出决定之前，{who} 已于 {at} 处理了此条目（现为第 {v} 版）。您的决定没有被记录。请查看下方的最新状态后重新决定。',
    en: 'Someone else ({who}) resolved this item at {at} (it is now at version {v}) before your decision arrived. Your decision was NOT recorded. Review the current state below and decide again.',
  },
  notReviewable: {
    zh: '此校验的结论为 ALLOW，不在审查队列中。',
    en: 'This check was ALLOW and is not in the review queue.',
  },
  period: { zh: '期间', en: 'Period' },
  from: { zh: '起始日期', en: 'From' },
  to: { zh: '截止日期', en: 'To' },
  show: { zh: '显示', en: 'Show' },
  summaryTitle: { zh: '管理汇总', en: 'Management summary' },
  checksByVerdict: { zh: '按结论统计的校验数', en: 'Checks by verdict' },
  blocksByRule: { zh: '按规则统计的阻止数（BLOCK）', en: 'Blocks by rule' },
  count: { zh: '数量', en: 'Count' },
  total: { zh: '合计', en: 'Total' },
  rule: { zh: '规则', en: 'Rule' },
  noBlocks: { zh: '此期间没有 BLOCK。', en: 'No blocks in this period.' },
  overriddenCount: { zh: '其中经审查推翻', en: 'of which overridden on review' },
  downloadCsv: { zh: '下载该期间全部决定（CSV）', en: 'Download the period’s decisions (CSV)' },
  periodInvalid: {
    zh: '期间无效：请使用 YYYY-MM-DD 日期，起始不晚于截止，且不超过 366 天。',
    en: 'Invalid period: use YYYY-MM-DD dates, from not after to, at most 366 days.',
  },
  language: { zh: '语言', en: 'Language' },
  chartLabel: { zh: '按结论统计的柱状图', en: 'Bar chart of checks by verdict' },
  chartRuleLabel: { zh: '按规则统计的 BLOCK 柱状图', en: 'Bar chart of blocks by rule' },
  expired: { zh: '会话已过期，请重新登录。', en: 'Your session ended; please sign in again.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type LabelKey = keyof typeof DICT;

/**
 * A label, with `{name}` placeholders filled.
 *
 * @example t('en', 'windowLeft', { n: 3 }) // '3 days left of the return window'
 */
export function t(lang: Lang, key: LabelKey, vars: Record<string, string | number> = {}): string {
  return DICT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** Labels of enum values shown on the pages (verdicts, outcomes, reasons stay as their codes). */
export const FLAG_LABELS = {
  unchecked_refusal: { zh: '未经校验的拒绝', en: 'Refusal without a check' },
  refusal_against_block: { zh: '违背 BLOCK 的拒绝', en: 'Refusal against a BLOCK' },
  refund_overdue: { zh: '退款逾期', en: 'Refund overdue' },
} as const satisfies Record<string, Record<Lang, string>>;

export const OUTCOME_LABELS = {
  violated: { zh: '违法', en: 'violated' },
  supports_refusal: { zh: '支持拒绝', en: 'supports refusal' },
  needs_review: { zh: '需人工审查', en: 'needs review' },
  satisfied: { zh: '已满足', en: 'satisfied' },
  not_applicable: { zh: '不适用', en: 'not applicable' },
} as const satisfies Record<string, Record<Lang, string>>;

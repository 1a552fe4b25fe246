/**
 * A question and its answer on one line, read as an ordinary consumer reads the pair.
 *
 * @law CIVIL-CODE 498
 * 第四百九十八条 对格式条款的理解发生争议的，应当按照通常理解予以解释。对格式条款有两种以上解释的，应当作出不利于提供格式条款一方的解释。格式条款和非格式条款不一致的，应当采用非格式条款。
 * @endlaw
 *
 * Interpretation:
 * - A "no" to a yes-or-no question about the return ("特价商品能退吗？不能。", "Can I return opened items? No.") says what
 *   the statement would say ("特价商品不能退"); the rules judge that statement. A "no" to a question about exchanges,
 *   gifts, price differences, shipping or the refund's route refuses no return.
 * - An answer that grants ("本店全部支持", "能退。") is read alone: its question, asked, refuses nothing.
 * - An answer that names nothing ("无", "详见商品页面") leaves its question to be read alone, as if unanswered.
 * - Any other answer is read under its question, as an item under its heading: the goods it names are what the
 *   question's refusal refuses.
 */
import type { AnswerReading, AskedPair } from '#shared/policy-lint/types.js';
import { allows, partBegins, refuses } from './lexicon.js';

/** An answer that says no, and whatever it adds after ("不能。", "否，…", "No, …", "Sorry, no."). */
const SAYS_NO =
  /^\s*(?:(?:很)?抱歉\s*[,，]?\s*|sorry\s*,?\s*|unfortunately\s*,?\s*)?(?:不(?:能|可以|可|行|支持|接受|提供|予|退|包退|会)?|否|不是|no|nope|not possible)(?:哦|呢|哈|啦|呀|噢|的|~)*(?=\s*(?:[,.;!。—–]|$)|\s+-)[,.;!。—–\s-]*/i;

/**
 * A line that begins with a yes ("Yes – within 7 days of purchase", "可以，但需…"): like a no, it answers nothing but the
 * question above it.
 */
const YES_FIRST = /^\s*(?:yes|yep|sure|of course|absolutely|是的|可以|能)(?=\s*(?:[,.;!。，—–-]|$))/i;

/**
 * A question whose object is something other than the return of the goods: the shipping, a price difference or the
 * refund's route asked back ("能退运费吗", "能退到余额吗"), an exchange asked alone ("能换货吗", "Can I exchange…"), or a gift
 * as what is returned ("赠品可以退吗", "Can I return gifts?"). A condition of the goods' return ("没有发票能退货吗") is no
 * other object.
 */
const OTHER_OBJECT =
  /(?:价保|保价|价格保护|降价)(?![^?]{0,4}(?:商品|产品|(?<!退)款|(?<!退)货))(?![^?]*(?<!不|无需|没|没有|不用|无须|不需|不想|不要)退货)[^?]{0,8}(?:可以|能|可|是否|可否)(?:申请)?(?:退款|退差价|退还差价)|^(?![^?]*(?:质量|瑕疵|故障|损坏|破损|错发))(?:退货|退换货?)?(?:的)?(?:运费|邮费|快递费|运费险|差价|差额|优惠券|积分|红包|发票|礼券|代金券)(?![^?]{0,3}(?:商品|产品|款|货|订单))(?:部分|费用|金额|的钱)?(?:也|还)?(?:是否)?(?:可以|能|可|是否|可否)(?:申请)?(?:退|退还|返还|退回)|^(?![^?]*(?:质量|瑕疵|故障|损坏|破损|错发))[^?]*(?:能|可以|可|支持|是否)(?:申请)?(?:退|退还|返还)(?:回)?(?:运费|邮费|快递费)|(?:能|可以|可|支持|是否)(?:申请)?(?:退|退还|返还)(?:回)?(?:差价|差额)|只退款不退货|仅退款|^(?:保价|价保|价格保护)(?:也|还)?(?:可以|能|可|是否|可否)|(?:能|可以|可|是否)(?:退|退回|返还)(?:到|至|回)(?!原)|^(?![^?]*(?:退|质量|瑕疵|坏|故障))[^?]*(?:换货|更换|调换|换(?:个|一个|其他|别的|尺码|颜色|码))|^(?:赠品|小样|赠送的?(?:商品|礼品))(?:也|还)?(?:可以|能|是否|可否)|^(?:can|may|could) (?:i|we|you) (?:exchange|swap)\b(?![^?]*\b(?:return|defective|faulty|damaged)\b)|^(?:can|may|could) (?:i|we|you) (?:return|send back) (?:a |the |my |free )?(?:gifts?|free gifts?|samples?)$/i;
/**
 * A question asked in the negative ("特价商品不能退吗", "Sale items can't be returned?"): the negation governs the return, not
 * something else before it ("发现不能穿，可以退款吗").
 */
const NEGATIVE_ASKED = {
  test: (asked: string): boolean =>
    /\b(?:cannot|arent|are not|isnt|is not|dont|doesnt)\b/.test(asked) ||
    negatesTheRight(asked, /不(?:能|可以|可|支持|予)/),
};
/** A part whose negation is of something else than the right ("发现不能穿", "不能使用"), naming no return or right. */
const NEGATED_ELSE = /^(?![^?]*(?:退|换|換|无理由|七天|7天|享受|享有|适用|参与|办理|受理|售后))/;
/** Whether a part of the question negates (by `negation`) the return or right it names, not something else. */
function negatesTheRight(asked: string, negation: RegExp): boolean {
  return asked.split(/[,，;；]/).some((part) => negation.test(part) && !NEGATED_ELSE.test(part));
}
/** An answer that repeats the negation ("不能。", "不可以", "No, they can't." read "no, they cannot"). */
const REPEATS_NO =
  /^\s*(?:不(?:能|可以|可|行|支持|予)|no,?\s+(?:they|it|you|we|those|these)\s+(?:cannot|are not|arent|is not|isnt))/i;
/** The statement an English question makes, in the negative or the positive ("can't sale items be returned" →
 * "sale items cannot be returned"). */
function englishStatement(asked: string, negative: boolean): string | undefined {
  const can = negative ? 'cannot' : 'can';
  const are = negative ? 'are not' : 'are';
  let m = /^(?:can|cannot|could) (.+?) be (returned|refunded)$/.exec(asked);
  if (m) return `${m[1]} ${can} be ${m[2]}`;
  m =
    /^(?:are|are not|arent|is|is not|isnt) (.+?) (returnable|refundable|eligible for (?:a |an )?(?:return|refund))$/.exec(
      asked,
    );
  if (m) return `${m[1]} ${are} ${m[2]}`;
  m = /^(?:can|cannot|may) (?:i|we|you) (?:return|send back) (.+)$/.exec(asked);
  if (m) return `${m[1]} ${can} be returned`;
  m = /^(?:do|dont|do not) you (accept|offer|take|give) (returns?|refunds?)(.*)$/.exec(asked);
  if (m) return `we ${negative ? 'do not ' : ''}${m[1]} ${m[2]}${m[3]}`;
  m = /^(.+?) (?:cannot|are not|is not) (be returned|be refunded|returnable|refundable)$/.exec(asked);
  if (m?.[2]) return `${m[1]} ${m[2].startsWith('be') ? can : are} ${m[2]}`;
  return undefined;
}

/** A negative question made a statement: "特价商品不能退吗" → "特价商品不能退" (negative) or "特价商品能退" (positive). */
function questionAsStatement(asked: string, negative: boolean): string | undefined {
  if (/[\u4e00-\u9fff]/.test(asked)) {
    const bare = asked.replace(/(?:吗|么|呢)$/, '');
    return negative
      ? bare
      : bare.replace(/不(能|可以|可|支持|予)/, (_all, verb: string) => (verb === '予' ? '可' : verb));
  }
  return englishStatement(asked, negative);
}

/**
 * The return itself granted ("也支持7天无理由退货", "同样可以退", "7天内可以退货", "也支持换货或退货", "can also be returned"), not a
 * refund to somewhere other than the original route ("也可以退到余额"; "退款到原支付账户" is the return's own refund).
 */
const GRANT_OF_RIGHT =
  /(?<![不未]|不太)(?:支持|可以|(?<!可)能|可(?!能)|享受|享有)[^,;。不]{0,12}?退(?!款?(?:退回|返还)?(?:到|至|回至|回到)(?!原)|[回还]?(?:差价|差额|运费|邮费)|一半|一部分|部分)|(?<![不未])包退(?!货?(?:运费|邮费)|邮)|(?:支持|享受|享有)(?:7天|七天)?无理由(?!换)|\b(?:can|may) (?:also |still )?be returned\b|\bare (?:also |still )?returnable\b|\bwe (?:do |also |still |gladly |happily )?(?:accept|take) (?:returns?|them|it|these|those)\b|\b(?:you|customers?|buyers?|everyone|anyone|all customers) (?:can|may) (?:also |still )?return\b|\bof course\b/;
/** A grant limited to some goods, cases or buyers ("仅会员可以退", "满3件可以退货", "…，仅限商品有破损的情况"). */
const LIMITED =
  /(?<!不)仅(?!需|要)|(?<!不)只(?!要|需|是)|(?<![不时期])限(?!时|内|期)|(?<!非|是否|无论|不管|不论|是不是)(?:会员|vip)(?![^,;。]{0,3}(?:商品|价|专享|专属|积分|等级|权益|卡|账户|帐户|余额)|[、和或与及跟]\s*非|与否)|非(?:会员|vip)[^,;。]{0,3}(?:不|无法)|(?<!未)满\s*\d+(?!\d|\s*(?:元|件)?\s*(?:包邮|包运费|包退货?运费|免运费|免邮))|(?<!\bnot )\bonly\b|(?<!(?:free shipping|free delivery|shipping is free|delivery is free) )\b(?:over|above|at least|more than) [$¥€£]?\d|\bif you(?: are|re) an? (?:member|vip)\b|\bmembers? only\b/;
/** A part after a grant that excepts goods ("只有定制商品不退", "…除外"), not buyers, sums or cases. */
const EXCEPTS_GOODS =
  /除外|(?:商品|产品|货)[^,;。]*(?:不(?:可以|可|能够|能|支持|予以|予|给|接受|参与|享受|适用)?(?:办理|申请|随意|无理由|[^,;。不]{0,6}后)?退|不(?:支持|享受|适用|参与)(?:七|7)\s*天无理由)|\b(?:items?|goods|products?)\b[^,;.]*\b(?:cannot be returned|are not returnable|is not returnable|are excluded|are excepted)\b/;
const LIMITS_BUYERS = /会员|vip|满\s*\d|\b(?:members?|over|above)\b/;
/** Words that take in every buyer or case ("不论会员还是VIP", "无论何时", "whether or not you are a member"), up to a limit after them. */
const EVERY_BUYER =
  /(?:不论|无论|不管)[^,;。]*?(?=只|仅|限|都|均|也|一律|$)|\b(?:whether or not|regardless of)\b[^,;.]*?(?=\bonly\b|$)/g;
/** What a grant after a no may offer instead of the return: defects only, or a refund to a store balance or card. */
const INSTEAD =
  /(?<!非)质量|瑕疵|故障|坏|破损|次品|有问题|发错|错发|少发|漏发|不符|余额|购物卡|礼品卡|储值|优惠券|积分|\b(?:defective|faulty|damaged|broken|wrong|credit)\b/;
/**
 * The grant in what a no adds, up to the end of the part that grants ("不能，也支持7天无理由退货" → the whole; "不能，但坏了可以退"
 * → "但坏了可以退"), or undefined when it grants no return. What follows the grant is its condition, judged with it.
 */
function grantIn(added: string): string | undefined {
  const grant = GRANT_OF_RIGHT.exec(added);
  if (!grant) return undefined;
  const end = /[,;。]|$/.exec(added.slice(grant.index + grant[0].length)) as RegExpExecArray;
  return added.slice(0, grant.index + grant[0].length + end.index);
}

/** A refund's route asked: the answer says where the refund goes ("不能，统一退至账户余额"). */
const ROUTE_ASKED = /(?:退款|款项)[^?]{0,6}(?:退|返还)(?:回|到|至)|refunds?[^?]{0,12}\b(?:to|back to|onto)\b/i;
const RETURN_ASKED = /退|换|无理由|return|refund|exchange/i;
/** A question asking leave to return ("能退吗", "是否支持", "Can I return…"): a no refuses what it asks. */
const PERMISSION_ASKED =
  /是否|能否|可否|可以|能|可|支持|享受|接受|适用|\b(?:can|may|could|is|are|do|does)\b[^?]*\b(?:return|returnable|refund|refundable|eligible|accept|apply)/i;
/** A question asking whether the shop bears a cost or a duty ("运费商家承担吗", "Is return shipping free…?"). */
const RIGHT_ASKED =
  /(?:商家|卖家|本店|你们|店铺|平台)[^?]{0,4}(?:承担|负责|支付|包)|免费|包邮|\bfree\b|\b(?:you|the shop|the seller|we) (?:pay|cover)\b/i;

/** A Chinese question's ask and the verb it asks about ("是否支持", "能否", "可以…吗"). */
const ASKED_WORD_ZH = /是否|能否|可否/;
/** The verb asked of the return, in the part that names it ("…，发现不能穿，可以退款吗" asks 可以, not the 能 of 不能穿). */
const ASKED_VERB_ZH = /(?<!不)(?:还)?(可以|能|可|支持|享受|接受|包|适用)(?=[^?,，;；]{0,20}(?:退|换|无理由))/;

/** English yes-or-no questions about a return, and the statement a "no" makes of them. */
const ASKED_EN: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^(?:can|may|could) (?:i|we|you|customers?|buyers?) (?:still )?(?:return|send back) (.+)$/,
    (m) => `${m[1]} cannot be returned`,
  ],
  [/^(?:can|may|could|will) (.+?) be (returned|refunded)$/, (m) => `${m[1]} cannot be ${m[2]}`],
  [
    /^(?:is|are) (.+?) (returnable|refundable|eligible for (?:a |an )?(?:return|refund))$/,
    (m) => `${m[1]} are not ${m[2]}`,
  ],
  [/^do you (accept|offer|take|give) (returns?|refunds?)(.*)$/, (m) => `we do not ${m[1]} ${m[2]}${m[3]}`],
  [
    /^does (?:the |your )?((?:7|seven)[- ]days? (?:no[- ]reasons? )?returns?(?: policy)?) apply to (.+)$/,
    (m) => `${m[2]} are not eligible for ${m[1]}`,
  ],
];

/** What an answer that names nothing says: a pointer elsewhere, "none", thanks, or every item granted. */
const ANSWER_GENERIC =
  /[\s:,.!。、()]|请|您|你|查看|详见|参见|参考|见|联系|咨询|客服|在线|为准|以|按|标注|标明|注明|说明|具体|情况|原因|查询|商品|产品|宝贝|详情|页面|页|上|的|无|没有|暂无|一律|均|都|支持|本店|我们|谢谢|感谢|理解|哦|呢|\b(?:please|see|check|contact|us|our|customer|service|details?|products?|pages?|for|the|none|thanks?|thank you|all|items?|are|supported)\b/gi;

/**
 * Whether a grant after a no grants only some: a limit or something offered instead in the granting part, or a limit in a
 * part after it that excepts no goods ("…可以退货，仅限商品有破损的情况", "…，只是仅限会员").
 */
function limitedGrant(added: string, granted: string): boolean {
  return (
    INSTEAD.test(granted) ||
    LIMITED.test(granted) ||
    added
      .slice(granted.length)
      .split(/[,;。]/)
      .some((part) => {
        // "不论会员还是VIP", "whether or not you are a member": every buyer; a limit after it still limits ("不论金额只限VIP会员").
        const said = part.replace(EVERY_BUYER, ' ');
        return LIMITED.test(said) && !(EXCEPTS_GOODS.test(said) && !LIMITS_BUYERS.test(said));
      }) ||
    refuses(granted.slice(partBegins(granted, granted.length)))
  );
}

/**
 * A statement with the condition a yes adds ("clearance stock are refundable" + "yes, within 48 hours" → "clearance stock
 * are refundable within 48 hours"): an English time or limit joins the statement, anything else follows a comma.
 */
function joinCondition(statement: string, answer: string): string {
  const rest = answer.replace(/^\s*(?:yes|yep|yeah)\b[,.!]?\s*/i, '');
  return rest !== answer && /^(?:within|in|for|after|only|up to)\b/.test(rest)
    ? `${statement} ${rest}`
    : `${statement}, ${answer}`;
}

/** A question of who bears a cost ("运费谁承担", "Who pays return shipping…"). */
const COST_ASKED = /谁(?:来)?(?:承担|负责|支付|出|付)|\bwho (?:pays|covers|bears|is responsible)/i;
/** The consumer named as who pays ("买家承担", "您自理", "The buyer.", "You do."), and the shop not. */
const CONSUMER_PAYS =
  /买家|顾客|客户|消费者|您|自己|自理|自付|自行|\b(?:buyers?|customers?|purchasers?|consumers?|you|yourself)\b/;
const SHOP_PAYS = /卖家|商家|本店|我们|店铺|平台|包邮|免费|\b(?:we|us|the (?:shop|store|seller))\b|\bfree\b/;

/** The goods a question asks about ("化妆品可以退吗", "奶粉开罐了能退吗", "Can I return a lipstick"), when it names some. */
function goodsAsked(asked: string): string | undefined {
  const zh =
    /^(?:请问)?(?:我)?(?:买的|购买的)?([\u4e00-\u9fff]{2,8}?)(?:开罐了|开封了|拆封了|拆开了|拆了|打开了|用过了|试过了)?(?:可以|能|可|能否|是否|支持|还能|还可以)(?:退|换|无理由)/.exec(
      asked,
    )?.[1];
  const en = /^(?:can|may) (?:i|we|you) return (?:a |an |the |my |your )?([a-z][a-z -]{1,30}?)\s*$/.exec(asked)?.[1];
  const goods = zh ?? en;
  return goods !== undefined &&
    !/商品|产品|东西|宝贝|订单|退货|这个|那个|它|拆|封|开|包装|用|了|什么|哪|怎么|\b(?:items?|products?|orders?|it|them|this|that)$/.test(
      goods,
    )
    ? goods
    : undefined;
}
/**
 * An answer that names goods of its own or every good ("衣服鞋子也一样", "任何东西拆封后都不能退", "No opened merchandise"): not
 * said of the goods asked about alone.
 */
const OTHER_GOODS_ANSWERED =
  /商品|产品|货品|东西|宝贝|物品|衣服|鞋|(?:任何|所有|全部|一律|其他|其它)(?!食品|化妆品|护肤品|彩妆|口红|面膜|奶粉|零食|饮料|保健品)|\b(?:items?|products?|goods|merchandise|anything|everything|whatever)\b|\b(?:any|all|every|other)\b(?! (?:cosmetics|food|foods|lipsticks?|skincare)\b)/;
/** Two statements read as one, joined by `zh` after a Chinese first one and by `en` after an English one. */
function joined(first: string, second: string, zh: string, en: string): string {
  return `${first}${/[\u4e00-\u9fff]/.test(first) ? zh : en}${second}`;
}
/** An answer that speaks of the goods' seal, opening or use. */
const CONDITION_OF_GOODS = /拆|封|开罐|开盖|用过|使用|试用|\b(?:seal|sealed|unsealed|opened|unopened|used|unused)\b/;

/** "…运费谁承担" asked in Chinese: the question of who pays, ending the question. */
const WHO_PAYS_END_ZH = /(?:由)?(?:谁|哪方|哪一方)(?:来)?(?:承担|负责|支付|出|付)(?:呢|吗)?$/;
/**
 * The cost asked about before "谁承担" in a Chinese question of who pays (one line, naming a cost), or undefined. The end is
 * found first and the cost looked for before it: one pass, where a single pattern holding both (`^(.*运费.*?)谁…$`) backtracks
 * quadratically over a long question naming many costs.
 *
 * @example whoPaysZh('质量问题退货运费谁承担') // '质量问题退货运费'
 */
function whoPaysZh(asked: string): string | undefined {
  const end = WHO_PAYS_END_ZH.exec(asked);
  if (!end) return undefined;
  const cost = asked.slice(0, end.index);
  return /运费|邮费|快递费|费用/.test(cost) && !/[\n\r\u2028\u2029]/.test(cost) ? cost : undefined;
}
/** The shop saying it bears a cost no one else is named for ("运费本店概不承担", "本店不承担", "一律不承担"), the whole answer. */
/** The verbs of bearing a cost the shop declines ("承担", "报销", "赔付"…). */
const COST_BORNE = '(?:承担|负担|负责|支付|报销|补贴|赔付|退还|出)';
const SHOP_DECLINES = new RegExp(
  `^(?:运费|邮费|快递费|费用)?(?:由)?(?:本店|我们|卖家|商家|我司|本公司|店铺)?(?:均|都|一律|概)?(?:不|不予|概不|一律不)${COST_BORNE}(?:的)?[。.!]?$`,
);
/** A follow-up asking after a defect's return ("质量问题呢？", "那有质量问题的退货运费呢？"). */
const DEFECT_FOLLOW_UP =
  /^(?:那)?(?:商品)?(?:有)?(?:质量问题|质量原因|破损|瑕疵|故障)(?:的)?(?:退货|退换货?)?(?:的)?(?:运费)?(?:呢|怎么办|怎么算|如何)[?？]?$/;
/** "同样…", "也…": an answer that says of a follow-up what the answer before said. */
const LIKEWISE = /^(?:同样|也|一样|同理|亦)[,，]?(?:运费)?/;
/** The negations of a cost in a follow-up ("不", "不予", "不能", "不会", "不可以", "无法"). */
const COST_NEGATED = '(?:不予|不能|不会|不可以|不可|无法|不)';
/** The verbs of a cost only the shop can decline ("报销", "赔付"…). */
const SHOP_ONLY_COST = '(?:报销|补贴|赔付|退还|返还)';
/**
 * The shop declining the cost again in its own words: named ("同样本店不承担"), always ("同样概不报销", "也一律不承担"), or
 * with a verb only the shop can decline ("同样不报销", "也不予赔付").
 */
const LIKEWISE_DECLINES = new RegExp(
  `${LIKEWISE.source}(?:(?:(?:本店|我们)(?:均|都|一律|概)?|均|一律|概)(?:不|不予|概不|一律不)${COST_BORNE}|(?:都|均)?${COST_NEGATED}${SHOP_ONLY_COST})(?:的)?[。.!]?$`,
);
/** The negation a follow-up declines a cost with, read as "不" in the statement ("同样不能报销" → "…运费本店不报销"). */
const NEGATED_COST_START = new RegExp(`^(?:都|均)?${COST_NEGATED}(?=${COST_BORNE})`);
/** "同样不承担", "也都不承担": declining with no one named, the shop's only after the shop declined the cost before. */
const LIKEWISE_NOT_BORNE = new RegExp(`${LIKEWISE.source}(?:都|均)?${COST_NEGATED}${COST_BORNE}(?:的)?[。.!]?$`);
/** "同样由买家承担", "也是买家自理": the consumer named as bearing the cost of the follow-up. */
const LIKEWISE_CONSUMER_PAYS =
  /^(?:同样|也|一样|同理|亦)[,，]?(?:是|都是|均)?(?:运费)?(?:由)?(?:买家|顾客|客户|消费者|您|你|亲)(?:需|须)?(?:自行)?(?:承担|负担|支付|出|付|自理|自付)(?:的)?[。.!]?$|^(?:同样|也|一样|亦)(?:是|都是|均|需|须)?(?:自理|自付)[。.!]?$/;
/** …in English: "We do not cover any return shipping", the shop's words before the cost kept. */
const SHOP_DECLINES_EN =
  /^(we (?:do not|dont|will not|cannot) (?:cover|pay for|pay|refund|reimburse) (?:any |the )?)(?:return )?(?:shipping|postage)(?: costs?| fees?| charges?)?[.!]?$/;
/** "Who pays return shipping on a 7-day no-reason return?": the question's start, before the cost asked about. */
const WHO_PAYS_EN = /^who (?:pays|covers|is responsible for|pays for|bears)(?: for)? /;
/** The same question with the cost it names, for `costAnswered` (which keeps a second "?" in the cost, as it always has). */
const WHO_PAYS_EN_COST = new RegExp(`${WHO_PAYS_EN.source}(.*(?:shipping|postage|costs?|fees?).*)$`);
/** The cost asked about in an English question of who pays (one line, naming a cost), or undefined; read in one pass. */
function whoPaysEn(asked: string): string | undefined {
  const start = WHO_PAYS_EN.exec(asked);
  if (!start) return undefined;
  const cost = asked.slice(start[0].length).replace(/\?$/, '');
  return /shipping|postage|costs?|fees?/.test(cost) && !/[\n\r\u2028\u2029]/.test(cost) ? cost : undefined;
}
/**
 * A question of who pays for a cost ("七天无理由退货运费谁出？", "Who pays return shipping on a 7-day no-reason return?") answered
 * by the shop declining it: the statement both make.
 */
function shopDeclines(asked: string, answer: string, previous?: AskedAndAnswered): string | undefined {
  const said = answer.trim();
  // "问：质量问题呢？答：同样概不报销" after a question of who pays: the shop declining a defect's return shipping too; "同样不承担"
  // only after the shop declined before ("…谁出？本店不承担。…质量问题呢？同样不承担"), not after the consumer was spared
  // ("…要我承担运费吗？不承担，我们出。…质量问题呢？同样不承担").
  if (DEFECT_FOLLOW_UP.test(asked.trim())) {
    if (
      LIKEWISE_DECLINES.test(said) ||
      (LIKEWISE_NOT_BORNE.test(said) &&
        previous !== undefined &&
        shopDeclines(previous.asked, previous.answer) !== undefined)
    )
      return `质量问题退货运费本店${said
        .replace(LIKEWISE, '')
        .replace(/^(?:本店|我们)/, '')
        .replace(NEGATED_COST_START, '不')}`;
    if (LIKEWISE_CONSUMER_PAYS.test(said)) return '质量问题退货运费由买家承担';
  }
  const cost = whoPaysZh(asked);
  if (cost !== undefined && SHOP_DECLINES.test(said)) return `${cost}${said.replace(/^(?:运费|邮费|快递费|费用)/, '')}`;
  const declined = SHOP_DECLINES_EN.exec(said);
  const costEn = declined ? whoPaysEn(asked.trim()) : undefined;
  return declined && costEn !== undefined ? `${declined[1]}${costEn}` : undefined;
}

/**
 * Who bears a cost, asked and answered ("质量问题退货运费谁承担？买家承担。", "Who pays return shipping for defective items? The
 * buyer.", "Do I pay return shipping if the item is faulty? Yes.", "Is return shipping free for defective items? No."): the
 * statement the answer makes, or undefined when the question is none of these or the shop pays.
 */
function costAnswered(asked: string, answer: string): string | undefined {
  // "您无需承担", "Not you", "No, we cover it": the consumer named only to be spared.
  if (
    /无需|不用|不需|无须|不必|\bnot (?:you|the (?:buyer|customer))\b|\bdon'?t\b|\bdont\b|\bwe (?:cover|pay)\b/.test(
      answer,
    )
  )
    return undefined;
  const cost = whoPaysZh(asked);
  if (cost !== undefined)
    return CONSUMER_PAYS.test(answer) && !SHOP_PAYS.test(answer) ? `${cost}由买家承担` : undefined;
  const who = WHO_PAYS_EN_COST.exec(asked);
  if (who)
    return CONSUMER_PAYS.test(answer) && !SHOP_PAYS.test(answer) ? `${who[1]} is paid by the customer` : undefined;
  const yes = SAYS_YES.test(answer);
  const no = SAYS_NO.test(answer);
  const doPay =
    /^do (?:i|we|customers?|buyers?) (?:have to |need to )?pay (?:for )?(.*(?:shipping|postage|costs?|fees?).*)$/.exec(
      asked,
    );
  if (doPay) return yes ? `you pay ${doPay[1]}` : undefined;
  const free = /^(?:is|are) (.*(?:shipping|postage|costs?|fees?).*?) (free|refunded|covered)(.*)$/.exec(asked);
  if (free && no)
    return free[2] === 'free' ? `you pay ${free[1]}${free[3]}` : `${free[1]} are not ${free[2]}${free[3]}`;
  return undefined;
}

/** An answer that says yes ("是的。", "对，…", "Yes, they are."), and whatever it adds after. */
const SAYS_YES =
  /^\s*(?:是的|是|对的|对|没错|嗯|yes|yep|yeah|correct|that is (?:right|correct)|thats (?:right|correct))(?:哦|呢|哈|啦|呀|噢|~)*(?=\s*(?:[,.;!。]|$))[,.;!。\s]*/i;
/** An English question that names the refusal itself ("Are sale items non-returnable?", "Are sale items final sale?"). */
const REFUSAL_NAMED_ASKED = /^(?:are|is) (.+?) (non-?(?:returnable|refundable)|final sale)$/;

/**
 * The statement a yes makes of a question asked in the negative ("特价商品不能退吗？是的。" → "特价商品不能退", "Are sale items
 * non-returnable? Yes." → "sale items are non-returnable"): it confirms the refusal. A yes that goes on to grant the whole
 * return ("是的，也可以退") is read as the grant, below.
 */
function answeredYes(asked: string, answer: string): string | undefined {
  const yes = SAYS_YES.exec(answer);
  // A yes to a question about something else ("特价商品不能用优惠券吗？是的", "…不能开发票吗？") refuses no return.
  if (!yes || !(RETURN_ASKED.test(asked) || REFUSAL_NAMED_ASKED.test(asked)) || OTHER_OBJECT.test(asked))
    return undefined;
  const added = answer.slice(yes[0].length).trim();
  // "是的，但质量问题可以退": what a "but" offers is the exception the law already gives, and confirms the refusal.
  const granted = grantIn(added);
  if (granted !== undefined && !limitedGrant(added, granted) && !/^(?:但|不过|\bbut\b|\bhowever\b)/.test(added))
    return undefined;
  const named = REFUSAL_NAMED_ASKED.exec(asked);
  // An English yes to a question asked in the negative grants ("Aren't sale items returnable? Yes, within 3 days."), unless
  // the question asks whether the refusal is so ("Is it true that sale items cannot be returned? Yes.").
  const english = !/[\u4e00-\u9fff]/.test(asked);
  const said = named
    ? `${named[1]} are ${named[2]}`
    : NEGATIVE_ASKED.test(asked) && (!english || /^is it (?:true|correct|right) that /.test(asked))
      ? questionAsStatement(asked.replace(/^is it (?:true|correct|right) that /, ''), true)
      : undefined;
  return said === undefined ? undefined : `${said}${added ? `, ${added}` : ''}`;
}

/** The statement a "no" makes of a yes-or-no question, with what the answer adds; undefined when it is no such pair. */
function answeredNo(asked: string, answer: string): string | undefined {
  const no = SAYS_NO.exec(answer);
  if (!no) return undefined;
  const added = answer.slice(no[0].length).trim();
  // "特价商品不能退吗？不能。", "Sale items can't be returned? No, they can't.": a no that repeats the question's own
  // negation confirms it; a bare no to it ("不，特价商品同样支持…") is read below: the answer alone.
  // An English no to a negative question confirms it ("Can't sale items be returned? No." – they cannot).
  // "Are sale items non-returnable? No, they can be returned, but only if you are a VIP member.": a no that grants only
  // some confirms the refusal for the rest; a plain no or a whole grant is read below.
  const nonReturnable = /^(?:are|is) (.+?) (non-?(?:returnable|refundable))$/.exec(asked);
  if (nonReturnable) {
    const granted = grantIn(added);
    if (granted !== undefined && limitedGrant(added, granted))
      return `${nonReturnable[1]} are ${nonReturnable[2]}, ${added}`;
  }
  if (NEGATIVE_ASKED.test(asked)) {
    // What the no adds that grants the return, and whether it grants only some (one reading for both branches below).
    const granted = grantIn(added);
    const limited = granted !== undefined && limitedGrant(added, granted);
    if (REPEATS_NO.test(answer) || !/[\u4e00-\u9fff]/.test(asked)) {
      // "…不能退吗？不能，特价商品也支持7天无理由退货（，但商品需无破损）。": a no that grants the right itself after all
      // reads as the grant with its conditions; one that offers defects, an exchange or a refund elsewhere instead ("不能，
      // 但坏了可以退") confirms the refusal.
      if (granted !== undefined && !limited) return added;
      const said = questionAsStatement(asked, true);
      if (said !== undefined) return `${said}${added && !REPEATS_NO.test(added) ? `, ${added}` : ''}`;
    }
    // "特价商品不能退吗？不是，可以退货，只是仅限会员。": a no that denies the negative question and then grants only some
    // confirms the refusal for the rest; with no limit it is read below, alone.
    const said = limited ? questionAsStatement(asked, true) : undefined;
    if (said !== undefined) return `${said}, ${added}`;
  }
  // A no to a question about something else, or to a restriction asked about ("Will you charge a restocking fee? No.",
  // "退款要等售后期满后吗？不，…"): the answer is read alone.
  if (!RETURN_ASKED.test(asked) || (!PERMISSION_ASKED.test(asked) && !RIGHT_ASKED.test(asked))) return answer;
  // "退款能退到微信吗？不能，统一退至账户余额": what the answer adds is where the refund goes.
  if (OTHER_OBJECT.test(asked)) return added && ROUTE_ASKED.test(asked) ? `退款${added}` : answer;
  // "是否所有商品都支持7天无理由退货？否，特价商品不支持": a no to "all" says only what the answer adds, which takes the
  // question's object when it has none of its own.
  const object = /(?:可以|能|可|支持|享受|接受|适用)((?:七|7)\s*(?:天|日)[^?]*|[^?]*(?:退|换)[^?]*)$/.exec(asked)?.[1];
  const elliptic =
    /(?:不支持|不参与|不适用|不享受|不可以|不能|不行|除外)\s*[。.!]?$/.test(added) && object !== undefined;
  if (/所有|全部|任何|都|均|\b(?:all|every|any)\b/.test(asked) && added)
    return elliptic ? `${added.replace(/\s*[。.!]$/, '')}${object}` : undefined;
  let statement: string | undefined;
  if (ASKED_WORD_ZH.test(asked))
    statement = asked.replace(ASKED_WORD_ZH, (word) => (word === '是否' ? '不' : word === '能否' ? '不能' : '不可'));
  else if (
    /(?:吗|么|呢)$/.test(asked) &&
    ASKED_VERB_ZH.test(asked) &&
    !negatesTheRight(asked, /不(?:可以|能|可|支持|享受|接受|包|适用)/)
  )
    statement = asked.replace(/(?:吗|么|呢)$/, '').replace(ASKED_VERB_ZH, (_all, verb: string) => `不${verb}`);
  else
    for (const [pattern, say] of ASKED_EN) {
      const m = pattern.exec(asked);
      if (m) {
        statement = say(m);
        break;
      }
    }
  // A no that builds no statement: to the shop's part asked about ("质量问题退货的运费商家承担吗？不，由买家承担。") the pair is
  // read together; to anything else the answer is read alone.
  if (statement === undefined) return RIGHT_ASKED.test(asked) ? `${asked}? ${answer}` : answer;
  return added ? `${statement}, ${added}` : statement;
}

/** The mark of an answer in reading form ("答：", "回答：", "A:", "A1:", "A.", "A、"). */
const ANSWER_MARK = /^\s*(?:(?:回答|答|a\s*\d*)\s*:|a\s*\d*\s*[.、)])\s*/i;
/** The longest question and answer read as a pair. */
const QUESTION_MAX = 200;
const ANSWER_MAX = 1000;

/** The words that ask a time ("多久", "什么时候", "how long", "when"). */
const TIME_WORDS = /多久|多长|什么时候|何时|几天|多少天|几个工作日|\bhow (?:long|many days)\b|\bwhen\b/;
/** Not the refund of the price ahead ("退款", "货款", "refund"; "退款后" is a time). */
const PRICE_REFUND_AHEAD = String.raw`(?!退款(?!后)|货款|退钱|\brefund)`;
/** A question about what is refused ("哪些商品不支持7天无理由退货？", "为什么不能退货？", "Why can't I return this?"). */
const REFUSAL_QUESTION =
  /(?:哪些|哪类|哪种|哪几|什么|是否|为何|能否|可否|可不可以|吗|么|\b(?:why|which|what|can|may|is|are|do|does)\b)[^?]*(?:不|无法|没有|\b(?:not|no|cannot|dont|doesnt|arent|isnt|wont)\b)[^?]*\?\s*$|(?:不|无法|\b(?:not|cannot|dont|doesnt|arent|isnt)\b)[^?]*(?:哪些|哪类|哪种|什么|吗|么)\?\s*$/i;
/** A question about which goods or cases may be returned ("哪些商品可以退货？", "Which items can be returned?"). */
const WHICH_RETURNED = /(?:哪些|哪类|什么|which|what)[^?]*(?:退|return|refund)[^?]*\?\s*$/i;
/** A question about the return's or the refund's time ("退货期限是多久？", "退款什么时候到账？", "How long do I have?"). */
const TIME_QUESTION = new RegExp(
  String.raw`^(?![^?]*(?:地址|address))(?:(?=[^?]*(?:${TIME_WORDS.source}))(?=[^?]*(?:退款|到账|打款|回款|退钱|货款|refund|money|paid back|get paid))|[^?]*?(?:(?:多久|多长时间|几天|多少天|几个工作日)(?:内|之内|以内)?(?:可以|能|可|要|需要|需|必须|支持)?(?:在)?(?:申请|提出)?(?:无理由)?(?:申请|提出|退|寄回|寄出)|(?:在|于)(?:几天|多少天|多久)(?:内|之内)(?:申请|提出)|(?:无理由)?(?:退货|退换货?)(?:申请|服务)?(?:的)?(?:期|期限|时效|时间|天数|有效期|截止时间|截止日期)|(?:可以|能|可)(?:无理由)?退(?:货|换货?)?的?(?:时间|期限|天数)|\bhow (?:long|many days) do (?:i|we|you) (?:have|must|get)\b|\bhow (?:long|many days)(?: after [^?]{1,20})? (?:can|may) (?:i|we|you) (?:return|send)|\bwhen (?:can|may|must|should) (?:i|we|you) (?:return|send)|\bwhen\b[^?]{0,40}\b(?:needs?|has|have) to be (?:returned|sent back)\b|\bwhen\b[^?]{0,40}\bbe (?:returned|sent back) by$|\b(?:return|refund) (?:window|period)\b))`,
  'i',
);

/**
 * A time asked of money other than the price ("价保多久可以申请退款", "积分多久到账", "运费险多久到账"): the price protection, the
 * points or the insurer's payout come when they come; the return's window and its refund are not asked. A refund named
 * before the time word ("使用优惠券的订单退款多久到账") is the return's own.
 */
const OTHER_MONEY_TIMED = new RegExp(
  String.raw`^(?:${PRICE_REFUND_AHEAD}[^?])*?(?:价保|保价|价格保护|积分|运费险|红包|优惠券|差价|差额|返现|佣金|礼金|赔付|补贴|\b(?:points|price (?:protection|adjustment)|cashback|rewards?)\b)(?:${PRICE_REFUND_AHEAD}[^?])*?(?:${TIME_WORDS.source})`,
);
/** The same asked time first, in English ("When will my points be refunded?"). */
const OTHER_MONEY_WHEN =
  /\bwhen (?:will|do|does|are|is) (?:my |the |your )?(?:reward )?(?:points|rewards?|cashback|coupons?)\b/;
/** Such money only as how the order was paid ("使用积分的订单退货，多久到账", "If I paid with points, when…"): the return asked. */
const PAID_WITH =
  /(?:使用|用|以|通过)(?:了)?(?:积分|优惠券|红包|礼金|补贴|返现)|(?:积分|优惠券|红包)(?:抵扣|支付|付款|购买)|的订单|购买的|\b(?:paid|bought|purchased|ordered|pay) (?:with|using|by)\b/;
/** A bare period as an answer ("3天。", "15个工作日内", "3", "About 3 days."): its number and its unit, if it names one. */
const BARE_PERIOD =
  /^(?:约|大约|一般|通常|about|around|usually)?\s*(\d+(?:\s*[-~到至]\s*\d+)?|[一二三四五六七八九十两]+)\s*((?:个)?(?:天|日|小时|工作日|周)|(?:business |working |calendar )?days?|hours?|weeks?)?\s*(内|之内|以内)?(?:左右)?[。.!]?$/i;
/** The question's time word, and the unit it asks in. */
const TIME_WORD_ZH = /多少个工作日|几个工作日|多少天|几天|多少小时|几小时|多长时间|多久|多长/;

/** The question with a bare period answered in place of its time word, or undefined when the answer is no bare period. */
function periodAnswered(asked: string, answer: string): string | undefined {
  const m = BARE_PERIOD.exec(answer.trim());
  if (!m?.[1]) return undefined;
  const word = TIME_WORD_ZH.exec(asked);
  // A question whose time word a verb takes ("几天内可以退货", "多久到账"); a period named as a noun ("退货有效期是几天") is read
  // under its question.
  if (word && !/可以|能|可|支持|申请|到账|退款|打款|退钱|寄回/.test(asked)) return undefined;
  if (word) {
    const unit =
      m[2] ?? (/工作日/.test(word[0]) ? '个工作日' : /小时/.test(word[0]) ? '小时' : /天/.test(word[0]) ? '天' : '');
    // A period with no unit to a question that names none ("多久？3。") says nothing to read.
    if (!unit) return undefined;
    // "…多久可以退货？3天内": the answer's own 内 kept ("3天内可以退货").
    return asked.replace(word[0], `${m[1]}${unit}${m[3] ?? ''}`).replace(/(?:吗|呢)$/, '');
  }
  const en =
    /^how (?:many days|long)(?: after [^?]{1,30}?)? (?:can|may|do|must) (?:i|we|you) (?:have to |must )?(return|send (?:it |them |the items? )?back)(.*)$/.exec(
      asked,
    );
  if (!en) return undefined;
  const unit = m[2] ?? (/many days/.test(asked) ? 'days' : '');
  return unit ? `you may ${en[1]}${en[2]} within ${m[1]} ${unit}` : undefined;
}

/** An answer that says yes to a question of what is needed ("要的", "需要。", "是，要等。", "Yes, we do."). */
const YES_NEEDED = /^\s*(?:要的|需要的?|要|必须的?|是的|是|对的?|没错|yes|yep|yeah)(?=\s*(?:[,.;!。]|$))/;
/** A question whether the refund waits for the returned goods' resale ("需要等商品二次销售后再退款吗", "Do you only refund after…resold"). */
const RESALE_AWAITED_ASKED =
  /(?:退款|退还货款)[^。]{0,30}(?:售出|卖出|二次销售|再次销售|重新(?:上架|销售))|(?:售出|卖出|二次销售|再次销售|重新(?:上架|销售))[^。]{0,12}(?:退款|退还货款)|\brefund[^.;]{0,60}\b(?:resold|re-sold|restocked|sold again)\b/;
/**
 * A question whether the refund waits for a resale answered yes ("需要等商品二次销售后再退款吗？答：要的", "Do you only refund
 * after the returned item has been resold? Yes."): the deferral as the shop's statement, the answer's own words after it.
 */
function resaleAwaitedYes(asked: string, answer: string): string | undefined {
  if (!RESALE_AWAITED_ASKED.test(asked)) return undefined;
  const yes = YES_NEEDED.exec(answer);
  if (!yes) return undefined;
  const added = answer.slice(yes[0].length).replace(/^[,.;!。\s]+/, '');
  const said = /[\u4e00-\u9fff]/.test(asked)
    ? asked.replace(/(?:吗|么|呢)$/, '')
    : asked.replace(/^(?:do|does|will|would|can) (?:you|we|the (?:shop|store|seller)) /, 'we ');
  return added ? joined(said, added, '，', ', ') : said;
}

/** A question without its mark and question mark ("问：运费谁出？" → "运费谁出"). */
function askedOf(question: string): string {
  return question
    .replace(/^\s*(?:(?:q\d*|问)\s*:\s*)/i, '')
    .replace(/\s*\?\s*$/, '')
    .trim();
}
/** A question and its answer, both as `readAnswer` reads them. */
type AskedAndAnswered = { readonly asked: string; readonly answer: string };

/**
 * How an answer after its question is read (both in reading form): `text` alone (the statement a "no" makes, or a
 * grant), `under` its question as an item under its heading (an answer naming goods, cases or periods to a question
 * about a refusal, about what may be returned or about a return's time), or undefined when the two are read apart (an
 * answer that names nothing, or a question about something else). Either way a linked question is judged with its
 * answer, not on its own.
 *
 * @example readAnswer('特价商品能退吗?', '不能。', false) // { text: '特价商品不能退' }
 * @example readAnswer('哪些商品不支持7天无理由退货?', '详见商品页面', false) // undefined
 */
export function readAnswer(
  question: string,
  marked: string,
  ownLine: boolean,
  previous?: AskedPair,
): AnswerReading | undefined {
  // An FAQ's question is a sentence, not a page: longer texts are no pair (and keep every reading linear).
  if (!/\?\s*$/.test(question) || question.length > QUESTION_MAX || marked.length > ANSWER_MAX) return undefined;
  // An answer on a line of its own is the question's only when marked as one ("答：", "回答：", "A:", "A1:"), or when it
  // begins with a no, which answers nothing but the question above it ("特价商品能退吗？\n不能。", "…\n不能，但可以换货。").
  // A question of who pays is answered by the line under it too ("Who pays return shipping for defective items?\nThe customer."),
  // and any question by a line that begins with a yes ("Can I return it if I change my mind?\nYes – within 7 days…").
  if (
    ownLine &&
    !ANSWER_MARK.test(marked) &&
    !SAYS_NO.test(marked) &&
    !YES_FIRST.test(marked) &&
    !COST_ASKED.test(question)
  )
    return undefined;
  const answer = marked.replace(ANSWER_MARK, '');
  const asked = askedOf(question);
  // "签收后几天内支持退货？3天。": a bare period answers the question's time word, read in its place ("签收后3天内支持退货").
  const aboutTime =
    TIME_QUESTION.test(asked) &&
    !((OTHER_MONEY_TIMED.test(asked) || OTHER_MONEY_WHEN.test(asked)) && !PAID_WITH.test(asked));
  const period = aboutTime ? periodAnswered(asked, answer) : undefined;
  if (period !== undefined) return { text: period };
  // "七天无理由退货运费谁出？运费本店概不承担": the shop declining read as said of what the question names ("七天无理由退货运费本店
  // 概不承担"), so the kind of return asked about narrows it as it would in one sentence.
  const declined = shopDeclines(
    asked,
    answer,
    previous && { asked: askedOf(previous.question), answer: previous.answer.replace(ANSWER_MARK, '') },
  );
  if (declined !== undefined) return { text: declined };
  const cost = costAnswered(asked, answer);
  // The answer's own words are read after the statement ("运费谁出？\n您可以在签收后3天内申请退货" keeps its 3 days).
  if (cost !== undefined) return { text: joined(cost, answer, '。', '. ') };
  const awaited = resaleAwaitedYes(asked, answer);
  if (awaited !== undefined) return { text: awaited };
  const statement = answeredNo(asked, answer);
  if (statement !== undefined) return { text: statement };
  const affirmed = answeredYes(asked, answer);
  if (affirmed !== undefined) return { text: affirmed };
  // "本店全部支持", "能退。", "Yes.": a grant with no negation, read alone; a grant with a condition or a period ("可以，但需
  // 在24小时内申请", "Yes, within 24 hours of delivery") is read with its question, which says what it grants.
  if (
    (allows(answer) || /支持|可以|^(?:是的?|能|可)|\b(?:yes|supported|returnable)\b/.test(answer)) &&
    !refuses(answer) &&
    !/不|(?<!与|是)否|\b(?:not?|cannot|dont|doesnt|arent|isnt|wont)\b/.test(answer)
  )
    return {
      // The right's own name ("支持7天无理由") is no condition; to a question asked in the negative ("Which items can't
      // be returned? All items are returnable within 7 days.") the grant answers alone.
      text: /但|需|须|只|仅|\d|\b(?:but|only|within|must|if|provided)\b/.test(
        answer.replace(/(?:七|7)\s*(?:天|日)无理由|\b(?:7|seven)[- ]day (?:no[- ]reason )?returns?\b/g, ''),
      )
        ? NEGATIVE_ASKED.test(asked)
          ? // "特价商品不能退吗？可以，3天内。": the yes makes the positive statement, with its condition; a yes for only some
            // ("可以退，仅限会员") confirms the refusal for the rest; a condition of the goods ("但仅限未拆封") is judged as one.
            joinCondition(
              questionAsStatement(asked, LIMITS_BUYERS.test(answer) && limitedGrant(answer, grantIn(answer) ?? '')) ??
                '',
              answer,
            )
          : `${asked}? ${answer}`
        : answer,
    };
  // "化妆品可以退吗？一次性密封包装拆开后不能退": an answer about the goods' seal or opening, naming none, speaks of the
  // goods asked about.
  const goods = goodsAsked(asked);
  if (goods !== undefined && CONDITION_OF_GOODS.test(answer) && !OTHER_GOODS_ANSWERED.test(answer))
    return { text: joined(goods, answer, '', ': ') };
  if (!answer.replace(ANSWER_GENERIC, '')) return undefined;
  return REFUSAL_QUESTION.test(question) || aboutTime || WHICH_RETURNED.test(question) ? { under: true } : undefined;
}

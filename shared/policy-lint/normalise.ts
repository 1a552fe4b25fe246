import * as OpenCC from 'opencc-js/t2cn';
import { inOrder } from './gates.js';
import { chineseNumber } from './numbers.js';

/**
 * Traditional → simplified Chinese with OpenCC's character tables (Taiwan and Hong Kong variants),
 * created once per process. OpenCC maps character by character for these presets, so the length is
 * kept; where a phrase table would change it, the text is converted one character at a time instead.
 */
let converters:
  | { tw: (text: string) => string; hk: (text: string) => string; twPhrases: (text: string) => string }
  | undefined;

/** Built on first use (building the tables takes ~25 ms): a cold start that lints nothing pays nothing. */
function tables() {
  converters ??= {
    tw: OpenCC.Converter({ from: 'tw', to: 'cn' }),
    hk: OpenCC.Converter({ from: 'hk', to: 'cn' }),
    twPhrases: OpenCC.Converter({ from: 'twp', to: 'cn' }),
  };
  return converters;
}

function convert(text: string): string {
  const { tw, hk } = tables();
  return hk(tw(text));
}

/** A table of the two conversions `convert` runs, as the library's presets list them. */
type Tables = {
  normalizationChain?: readonly (readonly unknown[])[];
  conversionChain: readonly (readonly unknown[])[];
};

/** The characters `changingCharacters` finds: those of one code unit marked by code, the others (astral) by string. */
interface ChangingCharacters {
  readonly units: Uint8Array;
  readonly astral: ReadonlySet<string>;
}

let changing: ChangingCharacters | null | undefined;

/**
 * For each entry of the Taiwan and Hong Kong tables that changes text, the first character it changes (a phrase's
 * other characters may be simplified ones, "一坏" → "一坯"). Text with none of them matches no changing entry at any
 * step, so converting it gives it back unchanged. `null` when the presets are not laid out as expected: every piece is
 * then converted.
 */
function changingCharacters(): ChangingCharacters | null {
  if (changing !== undefined) return changing;
  const configs = (OpenCC.Locale as { configs?: Record<string, Tables | undefined> }).configs;
  const set = new Set<string>();
  // The first character of `key` that `value` does not have at the same place (the first of `key` when it has none).
  const addChanged = (key: string, value: string): void => {
    if (key === value) return;
    if (key.length === 1) {
      set.add(key);
      return;
    }
    const from = [...key];
    const to = [...value];
    const at = from.findIndex((char, i) => char !== to[i]);
    set.add(from[Math.max(at, 0)] as string);
  };
  const add = (dict: unknown): boolean => {
    if (typeof dict === 'string') {
      // "key value|key value|…", read in place: the tables hold tens of thousands of entries.
      for (let at = 0; at < dict.length; ) {
        const space = dict.indexOf(' ', at);
        const bar = dict.indexOf('|', at);
        const end = bar < 0 ? dict.length : bar;
        if (space < 0 || space > end) return false;
        addChanged(dict.slice(at, space), dict.slice(space + 1, end));
        at = end + 1;
      }
      return true;
    }
    if (!Array.isArray(dict)) return false;
    for (const entry of dict as unknown[]) {
      const [key, value] = Array.isArray(entry) ? entry : [];
      if (typeof key !== 'string' || typeof value !== 'string') return false;
      addChanged(key, value);
    }
    return true;
  };
  const ok = ['tw2s', 'hk2s'].every((name) => {
    const config = configs?.[name];
    if (!config) return false;
    return [...(config.normalizationChain ?? []), ...config.conversionChain].every((group) => group.every(add));
  });
  // A table by code unit: a piece is read one code unit at a time, each a lookup (a class of thousands of characters
  // under the u flag costs a search of its ranges at every character: 0.9% of a Chinese policy's lint).
  const units = new Uint8Array(0x10000);
  const astral = new Set<string>();
  for (const char of set) {
    if (char.length === 1) units[char.charCodeAt(0)] = 1;
    else astral.add(char);
  }
  changing = ok ? { units, astral } : null;
  return changing;
}

/** False only when `convert` would give the text back unchanged (no character any table entry changes). */
export function mayConvert(text: string): boolean {
  const characters = changingCharacters();
  if (characters === null) return true;
  const { units, astral } = characters;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (units[code] === 1) return true;
    // A character outside the basic plane: a high surrogate and the low one after it.
    if (code >= 0xd800 && code <= 0xdbff && astral.size > 0 && astral.has(text.slice(at, at + 2))) return true;
  }
  return false;
}

/** Taiwan usage read as mainland usage ("不支援退貨" → "不支持退货", "稽核" → "审核", "啟用" → "激活"). */
function convertPhrases(text: string): string {
  return tables().hk(tables().twPhrases(text));
}

/** A sentence or line and the punctuation after it: phrase conversion is applied, and length-checked, per piece. */
const PIECE = /[^。！？；;!?\n\r]*[。！？；;!?\n\r]*/g;

/** CJK ideographs (the ranges policies use), for the spacing rule below. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A number in words followed by the same in digits: "thirty (30) days", "七(7)天" read as "30 days", "7天"; and digits in
 * brackets alone before a unit of time ("within (24) hours", "beyond (7) days") read as the digits.
 */
const NUMBER_TWICE =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)\s*\((\d{1,3})\)|[一二三四五六七八九十]{1,3}\s*[(（](\d{1,3})[)）]|(?<![\w)])\((\d{1,3})\)(?=\s*(?:business |working |calendar )?(?:days?|hours?|weeks?|months?|years?)\b)/g;

/** English numbers in words before a unit of time: "four weeks" reads as "4 weeks". */
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};
const NUMBER_WORD =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety)[ -]((?:business |working |calendar )?(?:days?|weeks?|months?|hours?))\b/g;

const DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Tenths and percentages said in words ("七成", "打七折", "百分之七十", "十分之七") after the price or a refund: "70%". */
const SHARES_IN_WORDS: readonly (readonly [RegExp, string])[] = DIGITS.flatMap((digit, index) => [
  [new RegExp(`${digit}成(?<=(?:的|退|为)${digit}成)`, 'g'), `${(index + 1) * 10}%`] as const,
  [
    new RegExp(`打${digit}折(?<=(?:货款|价款|商品款|实付款|实付金额)打${digit}折)`, 'g'),
    `${(index + 1) * 10}%`,
  ] as const,
  [new RegExp(`百分之${digit}十(?![一二三四五六七八九])`, 'g'), `${(index + 1) * 10}%`] as const,
  [new RegExp(`${digit}折(?<=的${digit}折)`, 'g'), `${(index + 1) * 10}%`] as const,
  // Not "二十分之九" (a twentieth, read with the fractions).
  [new RegExp(`(?<![一二三四五六七八九十两])十分之${digit}(?!十)`, 'g'), `${(index + 1) * 10}%`] as const,
]);
/** A digit in words or figures: its value. */
const digitOf = (digit: string): number => (/\d/.test(digit) ? Number(digit) : DIGITS.indexOf(digit) + 1);
/** "三分之二", "二分之一", "四分之三", "二十分之十九": fractions of the price, as percentages. */
const FRACTIONS: readonly (readonly [RegExp, (match: string, whole: string, part: string) => string])[] = [
  [
    /(?<![百千])([二三四五六七八九两]|[二三四五六七八九]?十[一二三四五六七八九]?)分之([一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)(?![十百])/g,
    (match, whole, part) => {
      const [of, share] = [chineseNumber(whole) ?? 0, chineseNumber(part) ?? 0];
      return share < of ? `${Math.round((share / of) * 100)}%` : match;
    },
  ],
];
/** "百分之九十五", "百分之五": a percentage in words, in figures ("百分之七十" is read with the tenths). */
const PERCENT_IN_WORDS = /百分之(?:([一二三四五六七八九])?十([一二三四五六七八九])|([一二三四五六七八九]))(?![十百])/g;
/** The price as a refund at a share of it names it ("按原价的八折退款", "按八折退款", "按80%退款"). */
const PRICE_NAMED_AT_SHARE =
  '(?:商品|订单)?(?:原价|售价|价格|成交价|购买价格|购买价|实付款|实付金额|货款|价款|(?:发票|购物凭证|凭证|支付|付款)?(?:价格|金额)|金额|(?:折后|折扣|优惠|到手|活动|促销)价(?:格)?)';
/** The price after the discount named ("按折后价的八折退款"): a share of it is a share of the price paid, however bought. */
const DISCOUNTED_PRICE = /(?:折后|折扣|优惠|到手|活动|促销)价/;
/** Money other than the price that a share may be said of ("运费按50%退还", "赠品按八折退"). */
const NOT_THE_PRICE_BEFORE = '(?<!(?:运费|邮费|快递费|赠品|定金|订金|积分|优惠券|红包|保证金|手续费|差价)[^,;。]{0,8})';
/**
 * Goods bought at a discount ("以九折购买的", "享受八折优惠", "以原价的80%购买的", read from "原价的八折") or sold as goods of that
 * discount ("八折商品"): a refund at that share is the price paid.
 */
const BOUGHT_AT_DISCOUNT =
  /([一二三四五六七八九]|[1-9])(五|5|\.[1-9])?折(?:的?(?:折扣价|折后价|优惠价|价格?))?(?:购买|购入|买入|优惠)|享受[^,;。]{0,4}?([一二三四五六七八九]|[1-9])(五|5|\.[1-9])?折|(\d{1,2}(?:\.\d+)?)%(?:的价格)?(?:购买|购入|买入)|(?:满[^,;。]{1,6}?|全场|全店|全部商品|活动期间|促销期间)(?:打|享|享受)?([一二三四五六七八九]|[1-9])(五|5|\.[1-9])?折|(?<![按以打的非除]|不是|除了)([一二三四五六七八九]|[1-9])(五|5|\.[1-9])?折(?:的)?(?:特价|促销|活动|优惠)?(?:的)?(?:商品|产品|货品|宝贝|款)(?!以外|之外|外|也|亦|同样)/g;
/** The second figure of a discount ("九五折", "8.5折"): its tenth. */
const tenthOf = (tenth: string | undefined): number => (tenth ? digitOf(tenth.replace('.', '')) : 0);
/** The shares of the price the clause says the goods were bought at, read once per text (a long text has many refunds). */
let boughtShares: { readonly text: string; readonly shares: ReadonlySet<number> } = { text: '', shares: new Set() };
/** Whether the clause says the goods were bought at this percentage of the price. */
function boughtAt(whole: string, percent: number): boolean {
  if (boughtShares.text !== whole) {
    const shares = new Set<number>();
    for (const bought of whole.matchAll(BOUGHT_AT_DISCOUNT)) {
      const [, digit, half, enjoyed, enjoyedHalf, figure, offered, offeredHalf, labelled, labelledHalf] = bought;
      const before = whole.slice(Math.max(0, bought.index - 8), bought.index);
      // "未享受八折优惠的商品": goods not bought at it; "退货后再次购买可享受八折优惠": an offer for a later purchase.
      if (/(?:未|没有?|不曾|并未|不)(?:曾)?$/.test(before) || /再次|下次|再买|再购|以后|后续|复购|回购/.test(before))
        continue;
      shares.add(
        figure !== undefined
          ? Number(figure)
          : digitOf((digit ?? enjoyed ?? offered ?? labelled) as string) * 10 +
              tenthOf(half ?? enjoyedHalf ?? offeredHalf ?? labelledHalf),
      );
    }
    boughtShares = { text: whole, shares };
  }
  return boughtShares.shares.has(percent);
}
/** The sentence of the text around a position. */
function sentenceAt(text: string, at: number): string {
  // At most eighty characters each side: a long text read share by share stays linear.
  const from = Math.max(0, at - SENTENCE_REACH);
  const before = text.slice(from, at);
  const start = from + Math.max(...['。', ';', '!', '?'].map((stop) => before.lastIndexOf(stop))) + 1;
  const after = text.slice(at, at + SENTENCE_REACH);
  const end = after.search(/[。;!?]/);
  return text.slice(start, at + (end < 0 ? after.length : end));
}
const SENTENCE_REACH = 80;
/** The refund that follows such a share. */
const REFUND_AT_SHARE =
  '(?=(?:的)?(?:价格|金额)?(?:进行|计算|结算)?(?:退款|退还|返还|退回|退)(?!(?:来回|往返)?(?:运费|邮费|快递费|差价|赠品)))';
/** The price as the share rules name it. */
const PRICE_WORD = '(?:货款|价款|商品款|实付款|实付金额|支付金额|订单金额|商品价格|商品金额)';
/**
 * The price's share, in words or after the price, said as the deductions rule reads it ("货款的七成" → "70%货款", "只退一半货款"
 * → "只退50%货款"). Not synonyms: readings of a share, kept apart so that a clause with no share word skips them
 * (`SHARE_WORD`).
 */
const PRICE_SHARES: readonly (readonly [RegExp, string | ((...args: never[]) => string)])[] = [
  ...SHARES_IN_WORDS,
  ...FRACTIONS,
  [
    PERCENT_IN_WORDS,
    (_match, tens, units, alone) =>
      alone ? `${digitOf(alone)}%` : `${(tens ? digitOf(tens) : 1) * 10 + digitOf(units)}%`,
  ],
  // Tenths before the price ("扣除三成货款").
  [
    /(?=(?:[一二三四五六七八九两]|[1-9])成)(?<=(?:扣除|扣减|(?<!抵)扣|退还|只退|仅退|退|收取|拿回|收回|返还|得到|获得)[^,;。]{0,4})(?<!(?:(?:本店|我们|商家|卖家|店铺|平台)[^,;。]{0,4}(?:赔|补偿)|奖励|返现)[^,;。]{0,3})([一二三四五六七八九两]|[1-9])成(?=(?:的)?(?:货款|价款|商品款|实付款|商品价格|原价|售价)(?![^,;。]{0,4}(?:返现|红包|现金|奖励|(?:作为|补偿)(?<!扣[^,;。]{0,14}))))/g,
    (_match, digit) => `${digit === '两' ? 2 : digitOf(digit)}0%`,
  ],
  // A refund at a discount ("按八折退款", "按原价九折退款", "按商品价格打8折退款"): that share of the price.
  [
    new RegExp(
      `(?<=按照|按|以)${NOT_THE_PRICE_BEFORE}(?:${PRICE_NAMED_AT_SHARE})?(?:的)?(?:打)?([一二三四五六七八九]|[1-9])(五|5|\\.[1-9])?折${REFUND_AT_SHARE}`,
      'g',
    ),
    // Not where the goods were bought at that discount ("以九折购买的商品，按九折价格退款": the price paid, refunded whole).
    (match: string, digit: string, half: string | undefined, _at: number, whole: string) =>
      boughtAt(whole, digitOf(digit) * 10 + tenthOf(half)) && !DISCOUNTED_PRICE.test(match)
        ? match
        : `${digitOf(digit) * 10 + tenthOf(half)}%货款`,
  ],
  // A refund of the goods' share ("退款为商品的八折", "退还商品的九折金额", read above as "商品的80%").
  [
    /(?=商品|原价|售价)(?<=(?<!另|额外|再|另外)(?:退款|退还|返还)(?:金额)?(?:为|是|按)?)(?:商品|原价|售价)(?:的)?(?!100%)(\d{1,2}(?:\.\d+)?%)(?![^,;。]{0,4}(?:红包|补偿|奖励))/g,
    // Not cash back for a review ("好评返还商品的10%现金"), where its sentence names no return.
    (match: string, share: string, at: number, whole: string) => {
      const sentence = sentenceAt(whole, at);
      // "已拆封商品只退还商品的70%现金": only that share refunded, cash or not.
      const only = /(?:只|仅)(?:能)?(?:退款|退还|返还)(?:金额)?(?:为|是|按)?$/.test(
        whole.slice(Math.max(0, at - 8), at),
      );
      return !only && /现金|返现|作为|好评|晒图|评价/.test(sentence) && !/退货|退款|退回/.test(sentence)
        ? match
        : `${share}货款`;
    },
  ],
  // A refund at a percentage ("按80%退款", "按原价的80%退款", the tenths read above).
  [
    new RegExp(
      String.raw`(?<=按照|按|以)${NOT_THE_PRICE_BEFORE}(?:${PRICE_NAMED_AT_SHARE})?(?:的)?(?!100%)(\d{1,2}(?:\.\d+)?)%${REFUND_AT_SHARE}`,
      'g',
    ),
    // Not the price paid at that share ("以原价的八折购买的，按原价的八折退款").
    (match: string, figure: string, _at: number, whole: string) =>
      boughtAt(whole, Number(figure)) && !DISCOUNTED_PRICE.test(match) ? match : `${figure}%货款`,
  ],
  // A refund computed at a share ("退款按80%计算", "退款金额按实付款的八折结算", "退款要打八折"): that share of the price.
  [
    new RegExp(
      String.raw`(?<=(?:退款|退还|退货)(?:金额)?(?:要|需|须|将|会|一律|均|都)?(?:按照|按|以|(?=打)))${NOT_THE_PRICE_BEFORE}(?:${PRICE_NAMED_AT_SHARE})?(?:的)?(?:打)?(?:(?!100%)(\d{1,2}(?:\.\d+)?)%|([一二三四五六七八九]|[1-9])(五|5|\.[1-9])?折)(?=(?:的)?(?:价格|金额)?(?:计算|结算|核算|折算)|\s*(?:[,;。!]|$))`,
      'g',
    ),
    (
      match: string,
      figure: string | undefined,
      digit: string | undefined,
      half: string | undefined,
      _at: number,
      whole: string,
    ) => {
      const percent = figure !== undefined ? Number(figure) : digitOf(digit as string) * 10 + tenthOf(half);
      return boughtAt(whole, percent) && !DISCOUNTED_PRICE.test(match) ? match : `${percent}%货款`;
    },
  ],
  // The price's share said after it ("货款的一半", "货款的50%", "货款只退一半", "扣除一半货款"): said before it, as the clause rules
  // read a deduction.
  [
    new RegExp(
      `(?=${PRICE_WORD}的一半)(?<=(?:按|为|是|退|扣除|(?<!抵)扣)[^,;。]{0,6})(?<!赠品(?:的)?|(?:定金|订金|预付款?)[^,;。]{0,6})${PRICE_WORD}的一半`,
      'g',
    ),
    '50%货款',
  ],
  [
    new RegExp(
      String.raw`(?=${PRICE_WORD}的)(?<=(?:按|为|是|退|扣除|(?<!抵)扣|收回|拿回|(?<!(?:好评|晒图|晒单|评价)[^,;。]{0,8})返还)[^,;。]{0,6})(?<!赠品(?:的)?|(?:定金|订金|预付款?)[^,;。]{0,6})${PRICE_WORD}的(?!100%)(\d+(?:\.\d+)?%)(?![^,;。]{0,6}(?:赔|补偿|返现|红包|奖励))`,
      'g',
    ),
    '$1货款',
  ],
  [
    new RegExp(
      String.raw`(?=${PRICE_WORD}的)(?<!赠品(?:的)?)${PRICE_WORD}的(?!100%)(\d+(?:\.\d+)?%)(?=[^,;。]{0,6}(?:退还|返还|退款|退(?!差价)|扣除|扣))`,
      'g',
    ),
    '$1货款',
  ],
  [
    new RegExp(
      `(?=${PRICE_WORD}的一半)(?<!赠品(?:的)?)${PRICE_WORD}的一半(?=[^,;。]{0,6}(?:退还|返还|退款|退|扣除|扣))`,
      'g',
    ),
    '50%货款',
  ],
  [/(货款|价款|商品款|实付款|实付金额)(只|仅)?(退还|返还|退)(?!100%)(一半|\d+(?:\.\d+)?%)/g, '$2$3$4$1'],
  [/(货款|价款|商品款|实付款|实付金额)(?!100%)(\d+(?:\.\d+)?%)(退还|返还|退)/g, '$3$2$1'],
  [/扣除一半(?=货款|价款|商品款|实付款)/g, '扣除50%'],
  // "只退一半货款": half the price, as "只退50%货款" (not "运费只退一半", half the shipping).
  [
    /(?=一半)(?:(?<=(?:退|退还|返还))一半(?:的)?(?=货款|价款|商品款|款项|金额|退款|全款|购物款)|(?<!(?:运费|邮费|快递费)[^,;。]{0,4})(?<=(?:只|仅)(?:退|退还|返还))一半(?:的)?)/g,
    '50%',
  ],
];
/** Every `PRICE_SHARES` pattern needs one of these. */
const SHARE_WORD = /[成折%]|分之|一半/;
/** A parcel locker or pickup point ("快递柜", "丰巢", "驿站"), where a shop may take no return parcels. */
const PARCEL_PLACE = '(?:智能柜|快递柜|自提柜|丰巢柜?|驿站|自提点)';
/**
 * Words policies use for the same thing, read as the one word the clause rules are written in: "品质问题" and
 * "质量缺陷" are "质量问题", Taobao's "宝贝", "产品", "货品" and "物品" are "商品", the "用户", "顾客", "客户" and
 * "消费者" are the "买家", the "卖家" and "商家" (not a third party's) are "本店", "拆开" and "开封" are "拆封",
 * "负担" is "承担", "酌收…手续费" is "收取…手续费", and "亲" addressing the buyer is "您".
 * Only strict synonyms: nothing here changes what a clause grants or refuses.
 */
const SYNONYMS: readonly (readonly [RegExp, string])[] = [
  [/品质(问题|缺陷|瑕疵|故障)/g, '质量$1'],
  [/质量缺陷/g, '质量问题'],
  // "运费…均不会退回", "不会退运费": will not be refunded is not refunded.
  [/不会(?=退回|退还|返还|退运费|退邮费|退款|退货)/g, '不'],
  // "智能柜恕不接受退货包裹（，请预约免费上门取件）": a place that takes no return parcels, the other ways left open.
  [
    new RegExp(
      `${PARCEL_PLACE}(?:(?:和|及|与|、)${PARCEL_PLACE})*(?:均|都|一律)?(?:恕|暂)?不(?:接受|受理|支持)(?:退货|退换货?)(?:包裹|快件|件)?(?![^,;。]{0,6}(?:也|或|和))`,
      'g',
    ),
    ' ',
  ],
  // "保家期", "保家服务": a warranty, as Malaysian and Singapore shops name it.
  [/保家(?=期|服务|卡|政策|范围|条款|吗|[?？,，;；。)）]|$)/g, '保修'],
  [/诠释/g, '解释'],
  // "逾時不受理" (Taiwan, Hong Kong): past the time, as 逾期.
  [/逾时/g, '逾期'],
  // "所有售出的商品均嚴禁退換貨": strictly no return or exchange, a refusal as "不退换" (not "严禁私自拆机", an act forbidden).
  [/严禁(?=退|换)/g, '不'],
  // "将不被允许退款": the passive said as the active ("不允许退款").
  [/不被允许/g, '不允许'],
  // "不得要求退货", "不能要求退款": the asking refused is the return refused ("不得退货").
  [/(不得|不能|不可)(?:再)?要求(?=退货|退款|退换|换货)/g, '$1'],
  // "只能进行换货": only an exchange, the verb said as well ("只能换货").
  [/(只|仅)(能|可|可以)?进行(?=换货|调换|更换)/g, '$1$2'],
  [/宝贝(?!们)|货品|物品|(?<![农畜副海]|(?<!干制?)水)产品/g, '商品'],
  [/收到(?:商品|货物|包裹)(?=后(?![,;，；]?\s*\d)|以后|之后|即|就)/g, '收货'],
  // Not "打开封口", "撕开封条" or the city of 开封 ("河南开封仓").
  [/拆开|(?<![打撕拆南])开封(?![口箱条仓市])/g, '拆封'],
  // "没有被开启", "未打开过": not opened.
  [/(?:没有|未)被?(?:开启|打开)过?/g, '未拆封'],
  // "包装袋未拆": the packaging unopened (not "吊牌未拆", the tags left on).
  [
    /未拆(?<=(?:包装|包装袋|包装盒|外包装|塑封|包装膜|塑封膜|封条|封口)(?:均|都|全部|一律)?未拆)(?![封开除卸])/g,
    '未拆封',
  ],
  // "只能换购店内其他商品": only an exchange for other goods.
  [
    /换购(?<=(?:只能|仅能|只可|仅可|只可以|仅可以|只)(?:在店内|在本店)?换购)(?:店内|本店|店铺内?)?(?:的)?(?=[^,;。]{0,6}(?:商品|产品|宝贝))/g,
    '换',
  ],
  // "无论是否拆封", "不论拆封与否": whether opened or not, the condition is none ("食品无论是否拆封均不予退货" refuses all food).
  [
    /(?:无论|不论|不管)(?:是否|有没有|有无)(?:已)?(?:拆封|拆开|开封|启封)(?:与否)?|(?:无论|不论|不管)(?:拆封|开封)与否/g,
    '一律',
  ],
  // "原封未拆": unopened (not "原封不动", kept as it came, which may be said of goods opened and checked).
  [/原封未拆(?:封)?/g, '未拆封'],
  // "包装拆了", "拆了包装": the packaging opened, said in speech.
  [/拆了(?:(?<=包装拆了)|(?=包装))/g, '拆封'],
  [
    /用户(?!协议|名|手册|须知|指南|中心|账号|帐号|注册|服务协议)|顾客(?!服务|中心|部(?!分))|客户(?!端|服务|经理|中心|部(?!分)|代表|专员|主管|关系)|消费者(?!权益|协会|保护|投诉)/g,
    '买家',
  ],
  [/负担/g, '承担'],
  // The return shipping by other names ("寄件费", "邮寄费用", "运输费", "配送费"): one fee, read as 运费.
  [/(?:寄件|邮寄|运输|配送|物流)费(?:用)?/g, '运费'],
  // "你", "你们": the buyer addressed, as 您 (not "迷你", mini).
  [/(?<!迷)你(?:们)?/g, '您'],
  // "运费自己承担": by oneself, as 自行.
  [/自己(?=承担|支付|负责|出(?![现售来去])|付(?!款)|掏)/g, '自行'],
  // "运费买家出", "邮费您自己付": the buyer bears it, said in speech (not "买家付款", "买家出具").
  [
    /[出付掏](?<=(?:运费|邮费|快递费)(?:都是|都由|均由|全部由|都|均|是|由|需要|需|须|要)?(?:买家|您|我们|本店|卖家|商家)?(?:自行|先行|先)?[出付掏])(?=$|[,;。，；!！]|的|哦|吧|呢|啊|哈|呀)/g,
    '承担',
  ],
  // "是不是质量问题都不退运费", "不论有没有质量问题": whether or not, as "无论是否".
  [/(?:无论|不论|不管)?(?:是不是|有没有|是否有|是否存在|有没有出现)(?=质量问题|质量原因)/g, '无论是否'],
  // "没出现质量问题", "经检测未发现明显质量问题", "没有任何质量问题", "无明显质量问题": no defect (not "签收时未发现的质量问题", one not seen then).
  [
    /(?:(?:没有|没|未|不)(?:出现|发现|检测出|检出|存在|任何)(?:明显|任何)?(?:商品|产品)?(?:存在|有)?|无(?:明显|任何))(?=质量问题|质量原因)/g,
    '无',
  ],
  // "所有订单均不能取消及退款": the refund refused as well as the cancellation, as "…不能取消，不能退款" says it.
  [/(不能|不可|不得|无法|不予)取消(?:订单)?(?:及|和|或|与|、)(?=退款|退货|退换)/g, '$1取消订单，$1'],
];
/** The synonyms read after `PRICE_SHARES` (their order is the reading's). */
const SYNONYMS_AFTER_SHARES: readonly (readonly [RegExp, string])[] = [
  // "买家自己出运费": the buyer bears the fee named after the verb.
  [/出(?<=(?<!给|为|帮|替|免)(?:买家|您)(?:自行)?出)(?=运费|邮费|快递费)/g, '承担'],
  // "质量问题/错发漏发以外": a list written with slashes.
  [/\/(?<=(?:质量问题|质量原因|错发|漏发|发错|少发|破损)\/)(?=[\u4e00-\u9fff])/g, '、'],
  // "…自签收次日起算，而不是您打开包裹的时间": the moment a period is said not to start from is denied, no condition set.
  [
    /[,，]\s*(?:而不是|而非|并非|并不是)(?:从|自|以|按)?[^,;。，；]{0,20}?(?:的)?(?:时间|日期|之日|那天|当天|当日|时候|时)(?:起算|开始计算|算起)?(?=\s*(?:[。.;；!！]|$))/g,
    '',
  ],
  // "change-of-mind returns" is "change of mind returns".
  [/\bchange-of-mind\b/g, 'change of mind'],
  // Not a synonym but a reading: Taiwan's "酌收手续费" (charges a fitting handling fee) charges the fee, as "收取" does.
  [
    /酌收(?<!(?:重新寄送|重新配送|再次寄送|再次配送|重寄|补寄|维修|送修|否则|拒绝)[^。]{0,20}酌收)(?=[^,;。，；]{0,10}手續費|[^,;。，；]{0,10}手续费)(?![^。]{0,20}(?:或|或者)(?:直接)?(?:拒绝|拒收|不予|不接受))/g,
    '收取',
  ],
  // Not a synonym but a reading: "不可拆封后申请退货", "期间不可试用或拆封后申请退货" put the refusal before the opening; it is
  // the opening's refusal, as "拆封后不可申请退货" is.
  [
    /(?:不可|不能|不得|不可以)((?:试用|使用)?(?:或|、)?(?:拆封|开封|拆开)(?:后|以后|之后))(?:再)?(申请)?(退货|退换货?|退款)/g,
    '$1不可$2$3',
  ],
  // Taiwanese and Hong Kong usage: 門市 is a shop counter.
  [/门市(?<![厦江荆天玉海石龙金]门市)(?!场)/g, '门店'],
  // The goods kept as they left the factory: unopened ("保持出厂密封状态", "未经任何试用").
  [/(?:出厂|原厂)密封(?:状态)?/g, '未拆封'],
  [/未经任何试用/g, '未经试用'],
  // Both kinds of return named together ("质量问题和非质量问题的运费都由买家承担"): every return, a defect's among them.
  [
    /(?:质量问题|质量原因)(?:和|与|及|或|以及|、)非质量(?:问题|原因)|非质量(?:问题|原因)(?:和|与|及|或|以及|、)(?:质量问题|质量原因)/g,
    '无论是否质量问题',
  ],
  // Skincare ("保養品", Taiwan's word), not the care products of cars, leather or furniture ("汽车保养品").
  [/(?<!车|车辆|车用|车美容|皮具|皮革|鞋|家具|木|木器|地板|机械|设备|摩托)保养品/g, '护肤品'],
  // "保价寄回": insured shipping, not price protection ("保价期3天").
  [/保价(?=寄|发回|邮寄|退回|快递)/g, '投保'],
  [
    /我们|我司|本公司|本商城|本网站|本司|(?<!第三方|入驻|其他|其它|平台|各|该|海外|国外|境外|原|特|电|微|直|团|拍|代)(?:卖家|商家)(?!们|纺|具(?!有)|居|电|用)/g,
    '本店',
  ],
  // "运费由买家自理": paying one's own costs; "寄回手续买家自理" (the paperwork) stays as it is.
  [
    /(?:自付|自理)(?<=(?:运费|邮费|快递费|费用)[^,;。]{0,8}(?:买家|顾客|客户|消费者|您|亲|会员|本店|卖家|商家|我们)(?:需|须|自行)?(?:自付|自理))/g,
    '自行承担',
  ],
  [/商品(?:本身)?(?:的)?(质量问题|质量原因)/g, '$1'],
  // The same refusal in other words: before the no-reason right it reads "不支持", before handling "不予".
  [/(?:恕不|概不|不接受|不提供|不可以?|不能|无法|不予)(?=(?:7|七)\s*(?:天|日)|无理由(?!拒绝))/g, '不支持'],
  // "不接受处理结果" is the consumer declining a result, not the shop refusing.
  [/(?:恕不|概不|不可以?|不能|无法|不支持)(?=(?:予以)?(?:受理|处理|办理))/g, '不予'],
  [/亲(?=自(?:行|理|付)|承担|负责)/g, '您'],
  [
    /(^|[,;:!?。\s(~由请如若让给和与向为因表还])亲(?:们)?(?![自手身友属人戚切近密眼子情历笔口吻临和热生爹娘睐爱])/g,
    '$1您',
  ],
];

/** A shop's premises, where a return may be handed in ("at our physical stores", "in store"). */
const STORE =
  '(?:physical |retail |brick-and-mortar |high street )?(?:stores?|shops?|branches|locations|outlets|boutiques?)';
/**
 * English words for the same thing, read as the one the clause rules are written in ("won't" is "will not", a
 * "restock fee" or a "Re-Stoking Fee" is a "restocking fee", "calendar days" are days, "need to" is "must"). Applied to lower-case text.
 */
const EN_SYNONYMS: readonly (readonly [RegExp, string])[] = [
  // Apostrophes are gone by now (decoration): "won't" reads "wont".
  [/\bwont\b/g, 'will not'],
  // A return labelled abuse is a return called malicious ("the return counts as abuse"), not goods abused.
  [
    /\b(deemed|considered|treated as|regarded as|counts? as|classed as|classified as) (?:an? )?(?:abuse|abusive)\b/g,
    '$1 malicious',
  ],
  // Goods kept as they left the factory are unopened ("must be returned factory sealed").
  [/\bfactory[- ]sealed\b/g, 'unopened'],
  // "Physical damage caused by the customer", "damage caused by you": the consumer's own damage, as "by misuse" says it.
  [
    // Not where other goods or grounds are joined to it ("Damage caused by the buyer, and clearance items, cannot be returned").
    /\b(damage|damaged|breakage|broken)( caused)? by (?:the )?(?:customer|buyer|purchaser)\b(?![^.;]*\b(?:and|or|as well as|nor)\b)/g,
    '$1$2 by misuse',
  ],
  [/\b(damage|breakage) caused by (?:you|yourself)\b(?![^.;]*\b(?:and|or|as well as|nor)\b)/g, '$1 caused by misuse'],
  // "non faulty items", "Non Returnable Products:" over a list, "…are non returnable": the hyphen left out is the same word
  // (not where a sentence only names the list: "Our list of Non Returnable Products does not apply to faulty items").
  [/\bnon (faulty|defective)\b/g, 'non-$1'],
  [
    /(?<!\b(?:listed|marked|labell?ed|shown|designated|flagged|named|tagged) as )\bnon (returnable|refundable|exchangeable)\b(?=(?: (?:items?|products?|goods|merchandise))?\s*(?:[:.;!]|$))/g,
    'non-$1',
  ],
  [
    /(?<!\b(?:listed|marked|labell?ed|shown|designated|flagged|named|tagged) as )(?<=\b(?:is|are|be|been|as|considered|deemed|remain|remains)(?: (?:all|strictly|completely|totally|entirely))? )non (returnable|refundable|exchangeable)\b/g,
    'non-$1',
  ],
  // "un-opened", "un-used": the hyphen is spelling, not a word ("only if they are un-opened").
  [/\bun-(opened|used|worn|washed|sealed|damaged|tried)\b/g, 'un$1'],
  [/\bcant\b|\bcan not\b/g, 'cannot'],
  // "a strict no-return policy", "no-exchange policy": the hyphen joins the refusal to its noun, the words are the same (not
  // a longer compound: "our no-return-fee guarantee").
  [/\bno-(returns?|refunds?|exchanges?)\b(?!-)/g, 'no $1'],
  // "there will be a 20% cancellation fee", "a 20% cancellation fee will apply": the order is subject to it. Not where
  // made-to-order goods follow ("…applies to custom orders"): `subject to` reads their exception only before the fee.
  [
    /\bthere (?:will be|is) (an? \d+(?:\.\d+)?\s*% cancell?ation fee)\b(?![^.;]{0,60}\b(?:custom|personali[sz]ed|made[- ]to[- ]order|bespoke|engraved|monogrammed|special orders?)\b)/g,
    'subject to $1',
  ],
  [
    /\b(an? \d+(?:\.\d+)?\s*% cancell?ation fee) (?:will apply|applies)\b(?![^.;]{0,60}\b(?:custom|personali[sz]ed|made[- ]to[- ]order|bespoke|engraved|monogrammed|special orders?)\b)/g,
    'subject to $1',
  ],
  // "if there are no product defects or errors": no defect of the product is no defect.
  [/\bno (?:product|item|manufacturing|manufacturer) (defects?|faults?)\b/g, 'no $1'],
  // "only if the packaging has never been opened": never is not, for a state the goods are returned in.
  [/\b(has|have|had) never been (opened|unsealed|used|worn|washed)\b/g, '$1 not been $2'],
  // "Instore purchases": the store's own counter, as "in-store" says it.
  [/\binstore\b/g, 'in-store'],
  // "a new delivery return fee": the fee of the return's delivery, as "return delivery fee" says it.
  [/\bdelivery return (fees?|charges?|costs?)\b/g, 'return delivery $1'],
  // "We are happy to offer customers an exchange or store credit": offered to the customers is offered to you.
  [
    /\b(offers?|offered|offering) (?:our |all |the )?(?:customers|clients|buyers|shoppers)\b(?= (?:an? |the |full |store |exchanges?\b|refunds?\b|credit\b))/g,
    '$1 you',
  ],
  // "returns and/or refunds", "returns and or refunds": either, as "or" says it.
  [/\b(returns?|refunds?|exchanges?) and ?\/? ?or (returns?|refunds?|exchanges?)\b/g, '$1 or $2'],
  // "must be requested with in 5 days": the word split in two is "within" (before a number of days or hours only).
  [
    /\bwith in (?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty)\s*(?:\([^)]*\)\s*)?(?:calendar |business |working )?(?:days?|hours?|weeks?)\b)/g,
    'within ',
  ],
  // "we will not be in a position to exchange the items or offer a refund": the shop cannot, in other words.
  [/\b(?:will|would|are|is|shall) not be in a position to\b/g, 'cannot'],
  // "All returns will incur a shipping charge": a charge every return bears is one the customer pays for all returns.
  [
    /\b(?:all|every|any) returns? (?:will )?incurs? ((?:a |an )?(?:[$£€]\s?\d+(?:\.\d+)? )?(?:return )?(?:shipping|postage|delivery) (?:fees?|charges?|costs?))\b/g,
    'the customer pays $1 for all returns',
  ],
  // "…cannot exchange the items or offer a refund": two remedies refused with one verb each are the refund and the exchange.
  [
    /\bcannot (?:exchange|replace) (?:the |your |these |those |such )?(?:items?|goods|products?|merchandise) or (?:offer|give|issue|provide) (?:you )?(?:a |any )?refunds?\b/g,
    'cannot offer a refund or exchange',
  ],
  // "RMA" is a return authorisation: a period to request one is the return's ("An RMA number must be requested within 48 hours").
  [/\brmas?\b/g, 'return authorization'],
  // "We do not accept returns of goods purchased from other retailers": a part about goods the shop never sold (with no
  // other goods joined to them by "or"/"and"/"nor" in its sentence: "…from other retailers or items on sale", "…, sale
  // items, or gift cards" still name the sale goods) says nothing the rules read. The look-ahead passes at once over the
  // parts that do not name another seller (every part of a whole policy is tried, and the scan back over a long part was
  // quadratic: 0.65 ms of the 20,000-character policy's reading form).
  [
    /(?<=^|[.;:,]\s*)(?=[^.;:,]*\b(?:other|another|third[- ]party|different) (?:retailers?|stores?|shops?|sellers?|websites?|vendors?|merchants?|dealers?|resellers?)\b)(?![^.;:,]*\b(?:prices?|priced|cheaper|lower)\b)(?:(?!\b(?:or|and|nor)\b)[^.;:,])*\b(?:(?:purchased|bought|ordered|acquired) (?:from|at|through)|from) (?:an? |any )?(?:other|another|third[- ]party|different) (?:retailers?|stores?|shops?|sellers?|websites?|vendors?|merchants?|dealers?|resellers?)\b(?:,\s*(?:whether|be it|even if|even though|including)\b[^.;,]{1,40},)?(?:(?!\b(?:or|and|nor)\b(?! (?:online|in (?:person|stores?)|elsewhere|(?:at|from|through|via) (?:an? |any )?(?:other|another|third|different))\b))[^.;,])*(?=[.;]|$|,(?![^.;]*\b(?:or|and|nor)\s+(?:[a-z-]+\s+){0,3}(?:items?|goods|products?|merchandise|cards?|boxes|orders?|purchases?)\b))/g,
    ' ',
  ],
  // "Products purchased outside equineware.com (e.g., third-party retailers)": goods bought outside the shop's own site, which
  // it never sold.
  [
    /\b(?:items?|products?|goods|merchandise) (?:purchased|bought|ordered) (?:outside (?:of )?|elsewhere than )(?:our (?:website|online store|store|shop|site)\b|\s*address\b)(?:\s*\([^()]{0,60}\))?(?:\s+(?:cannot|can not|will not|may not|are not|is not)\s+be\s+(?:returned|refunded|exchanged)(?:\s+or\s+(?:returned|refunded|exchanged))?|\s+are\s+(?:non-?returnable|not\s+returnable|not\s+eligible\s+for\s+(?:a\s+)?(?:returns?|refunds?)))?(?=\s*(?:[.;]|$))/g,
    ' ',
  ],
  // "We do not accept returns of online orders at our physical stores", "Online orders cannot be returned in store": where a
  // return is taken, not whether (the post stays open) says nothing the rules read.
  [
    new RegExp(
      String.raw`\b(?:online (?:orders?|purchases?)|(?:items?|goods|products?|orders?|purchases?) (?:bought|purchased|ordered|placed) online) (?:cannot|can not|may not|will not) be (?:returned|exchanged|refunded) (?:at|in|to) (?:our |any |the |a )?${STORE}\b(?! or\b)`,
      'g',
    ),
    ' ',
  ],
  // "Any applications directly to the store will not be accepted": where a request is made, not whether, the same.
  [
    new RegExp(
      String.raw`\b(?:any |all )?(?:applications?|requests?|claims?|enquiries|inquiries) (?:made |sent |submitted )?(?:directly )?(?:to|at|in) (?:the |our |any |a )?${STORE}\b (?:will not|cannot|are not|is not|may not) (?:be )?(?:accepted|processed|entertained|handled)\b`,
      'g',
    ),
    ' ',
  ],
  // "Sale items cannot be returned in store, but can be posted back within 7 days": the same, the post named open.
  [
    new RegExp(
      String.raw`(?<=^|[.;:]\s*)[^.;:,]{1,60}? (?:cannot|can not|may not|will not) be (?:returned|exchanged) (?:at|in|to) (?:our |any |the |a )?${STORE}(?=,? but (?:they |it )?(?:can|may|will) (?:still )?be (?:posted|sent|mailed|shipped|couriered|returned (?:by (?:post|mail|courier)|online))\b)`,
      'g',
    ),
    ' ',
  ],
  [
    new RegExp(
      String.raw`\b(?:we )?(?:do not|dont|cannot|will not) accept (?:any )?returns? (?:of [^.;,]{1,40}? )?(?:at|in) (?:our |any |the )?(?:${STORE}|(?:parcel )?lockers?|post offices?|(?:drop-?off|collection|pick-?up) points?)\b(?! (?:or|and)\b(?! (?:at )?(?:our |the |any )?(?:parcel )?(?:lockers?|post offices?|(?:drop-?off|collection|pick-?up) points?)\b))`,
      'g',
    ),
    ' ',
  ],
  // "It is a misconception that opened items cannot be returned": a statement denied says nothing the rules read (up to
  // its sentence's end, a ", but" or a lone dash, which say something again; a pair of dashes sets words inside it).
  [
    /\b(?:it is|its|it was) (?:not true|untrue|false|a myth|a misconception|not the case) that\b(?:(?!,\s*but\b)(?:[^.;:!?—–]|[—–][^.;:!?—–]*[—–]))*/g,
    ' ',
  ],
  // "We accept neither sale items nor opened items": the refusal of both, as "do not accept … or …" says it.
  [
    /\b(accept|take|allow|offer|issue|give|refund|exchange)s? neither\b((?:(?!\bnor\b)[^.;:!?]){1,120})\bnor\b/g,
    'do not $1$2or',
  ],
  // "shall" as "will" says it ("We shall not refund sale items").
  [/\bshall\b/g, 'will'],
  // "The seller will not be obliged to accept returns of…": not accepting them.
  [
    /\b(?:will|is|are|does|do) not (?:be )?(?:obliged|obligated|required|bound) to (accept|refund|exchange|take back)\b/g,
    'will not $1',
  ],
  // "We will neither refund nor exchange items bought on promotion": both refused, as "will not … or …" says it.
  [
    /\b(we|the (?:store|shop|company)) (will|shall|can|would|do|does) neither\b((?:(?!\bnor\b)[^.;:!?]){1,120})\bnor\b/g,
    '$1 $2 not$3or',
  ],
  // "We neither charge restocking fees nor deduct shipping": both denied, as "do not … or …" says it.
  [/\b(we|the (?:store|shop|company)) neither\b((?:(?!\bnor\b)[^.;:!?]){1,120})\bnor\b/g, '$1 do not$2or'],
  // "Neither sale items nor opened items can be returned": each refused, as "… and … cannot be returned" says it.
  [
    /\bneither\b((?:(?!\bnor\b)[^.;:!?]){1,120})\bnor\b([^.;:!?]{1,120}?) (can|may|will|shall|are|is)\b(?! not\b)/g,
    '$1and$2 $3 not',
  ],
  [/\bre-?stoc?k(?:ing)? (?:fee|charge)s?\b/g, 'restocking fee'],
  // "This is not allowable if the customer changed his mind": "allowable" as "allowed" says it.
  [/\ballowable\b/g, 'allowed'],
  // "…in no instance should returns be made to this address": where a return is sent, not whether.
  [
    /\b(?:in no (?:instance|case|circumstances?|event)|under no circumstances?) (?:should|must|may|can|are|is) returns? (?:to )?be (?:made|sent|posted|mailed|shipped) to (?:this|that|the|our) (?:registered |head office |office |above |business )?address\b/g,
    ' ',
  ],
  // "…returned to the manufacture", "at the manufactures sole discretion": the maker, misspelt.
  [/\b(the|to|by|with|from) manufacture(s?)\b(?! (?:date|of|process|defects?|dates)\b)/g, '$1 manufacturer$2'],
  // "…replaced or refunded per our discretion": at the shop's discretion, as "at our discretion" says it.
  [/\b(?:per|by|upon|under|according to) our (sole |absolute |own )?discretion\b/g, 'at our $1discretion'],
  // "Refunds are not given for faulty items": the same as "…will not be given".
  // Not money named instead of the goods ("Refunds are not given for return shipping…"), nor a refund's time ("…before the
  // merchandise has been received").
  [
    /\b(refunds?) (?:are|is) not given\b(?! (?:for|on) (?:the |any |your )?(?:return |original |outbound |initial )?(?:shipping|postage|delivery|freight|handling)\b)(?! (?:before|until|unless|if|when)\b)/g,
    '$1 will not be given',
  ],
  // "Items that have been removed from the box cannot be returned": taken out of the box, opened.
  [
    /\b(has|have|had) been (?:removed|taken out) (?:from|of) (?:the|its|their) (?:original )?(?:box|packaging|carton)\b/g,
    '$1 been opened',
  ],
  // "…provided that the product was not removed from the box": left in its box, unopened.
  [
    /\b(?:was|were|is|are|has|have|had) not (?:been )?(?:removed|taken out) (?:from|of) (?:the|its|their) (?:original )?(?:box|packaging|carton)\b/g,
    'is unopened',
  ],
  // "shop credit": store credit by another name.
  [/\bshop credits?\b/g, 'store credit'],
  // "…within the day of receipt or up to the following day": a day or two counted in days.
  [
    /\bwithin the (?:same )?day of (receipt|delivery) or (?:up to |by )?the (?:following|next) day\b/g,
    'within 2 days of $1',
  ],
  [/\bwithin the (?:same )?day of (receipt|delivery)\b/g, 'within 1 day of $1'],
  [/\bcalendar (days?)\b/g, '$1'],
  [/(?<!\b(?:not|dont|doesnt|didnt|never|no) )\b(?:have to|has to|need to|needs to|(?:are|is) required to)\b/g, 'must'],
  [/\b(?:purchaser|buyer)(s?)\b/g, 'customer$1'],
  [/\bfinal-sale\b/g, 'final sale'],
  // "…are neither returnable or replaced": neither…nor is "not … or".
  [
    /\b(are|is|be) neither (returnable|refundable|exchangeable|returned|refunded|exchanged|replaced) n?or (returnable|refundable|exchangeable|returned|refunded|exchanged|replaced)\b/g,
    '$1 not $2 or $3',
  ],
  // "all orders that completed the check-out process … are considered final": the orders said final, read without the
  // clause that describes them.
  [
    /\b((?:all |any )?(?:orders?|purchases?))\b (?:that|which) (?!(?:are|is|were|was|have been|has been) (?:returned|cancell?ed)\b)[^.;,]{1,60}? (are|is) ((?:considered |deemed |treated as )?final)\b/g,
    '$1 $2 $3',
  ],
  // "Orders are considered final once dispatched and cannot be cancelled": the order's cancellation, not its return.
  [
    /\b((?:all )?(?:orders?|purchases?)) (?:are|is) (?:considered |deemed )?final (?:once|after|when) (?:they are |it is )?(dispatched|shipped|placed|processed|confirmed)\b(?=[^.;]{0,40}\bcancel)/g,
    '$1 cannot be cancelled once $2',
  ],
  [/\breimbursements?\b/g, 'refund'],
  // "No reason to return or exchange goods within seven days" renders 七天无理由退换货: the no-reason return, not a refusal.
  [/\bno[- ]reasons? (?:to|for) (returns?|exchanges?|refunds?)\b/g, 'no-reason $1'],
  // Returns granted "on a case-by-case basis" are granted at the shop's discretion (not refunds or other matters judged so,
  // nor a lead-in whose items say when).
  [
    /\bat (?:our|the stores|the companys) (?:own )?discretion\b|\bat the discretion of (?:the store|the company|us)\b|\b(?:on|in) a case[- ]by[- ]case basis\b(?<=\b(?:returns?(?! (?:shipping|postage|labels?|costs?|fees?|freight|of)\b)|(?<!(?:shipping|postage|delivery|freight|fee|cost) )refunds?(?! (?:of|for|on) (?:the |any |your )?(?:return |original |outbound )?(?:shipping|postage|delivery|fees?|costs?|charges?))|return authori[sz]ations?|return requests?)\b[^.;:]{0,40}(?:on|in) a case[- ]by[- ]case basis)(?![^.;]{0,60}:)/g,
    'at our sole discretion',
  ],
];

/**
 * A pinyin gloss a converter left after a character ("購(gòu)物", "質(zhì)量問(wèn)題"): marked with a tone, it is no word of the clause.
 * Read from its bracket, so the character before is looked at only where a bracket opens.
 */
const PINYIN_GLOSS =
  /\((?=[a-z]{0,6}[\u00e0-\u00fc\u0101-\u01dc])[a-z\u00e0-\u00fc\u0101-\u01dc]{1,7}\)(?<=[\u3400-\u9fff]\([^()]{1,7}\))/g;

/** The punctuation that only decorates a clause (quotes, book-title marks, emphasis brackets). */
const DECORATION = /[“”"'‘’「」『』《》〈〉【】〔〕*_`]/g;

/**
 * Simplified Chinese, same length as the input: OpenCC's Taiwan then Hong Kong tables.
 *
 * @example toSimplified('特價商品恕不退換') // '特价商品恕不退换'
 */
export function toSimplified(text: string): string {
  // Nothing to convert in text without CJK characters (English policies, numbers).
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return text;
  // Each piece converted once: a simplified piece is kept as it is; a traditional one reads Taiwan
  // phrases where they keep its length (OpenCC's phrase table, not a hand-made one), then the
  // character tables.
  let whole = '';
  for (const piece of text.match(PIECE) ?? []) {
    // Only a traditional piece reads Taiwan phrases: simplified text keeps its own words ("小程序" is no "小进程").
    const converted = /[\u3400-\u9fff\uf900-\ufaff]/.test(piece) && mayConvert(piece) ? convert(piece) : piece;
    if (converted === piece) {
      whole += piece;
      continue;
    }
    // The characters alone once converted are kept where the phrases change nothing or change the length.
    const phrased = convertPhrases(piece);
    whole += phrased === piece || phrased.length !== piece.length ? converted : convert(phrased);
  }
  if (whole.length === text.length) return whole;
  let out = '';
  for (const char of text) {
    const one = convert(char);
    out += one.length === char.length ? one : char;
  }
  return out;
}

/**
 * The reading form of a clause for the clause rules: simplified Chinese, NFKC (full-width digits,
 * letters and punctuation become half-width), lower case, decoration removed, whitespace collapsed and
 * dropped next to Chinese characters. Offsets are not kept: offsets always refer to the text as sent.
 *
 * @example normaliseClause('７天內 “無理由” 退貨') // '7天内无理由退货'
 */
export function normaliseClause(text: string): string {
  return readingForm(toSimplified(text));
}

/**
 * An e-mail address, a web address or a bare domain (read after NFKC, so "，" and "；" are "," and ";" by then). A
 * run of address characters is read once, at its start, and at most 64 characters before "@".
 */
const ADDRESS =
  /(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,6}\b|\b(?:https?:\/\/|www\.)[^\s\u4e00-\u9fff,;。()]{1,200}|(?<![a-z0-9.-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|net|org|cn|hk|tw|sg|co|io)(?:\.[a-z]{2})?\b(?:\/[^\s\u4e00-\u9fff,;。()]{0,200})?/g;
/** What every `ADDRESS` match has: "@", "://", "www." or a top-level domain after a dot. */
const ADDRESS_SIGN = /@|:\/\/|www\.|\.(?:com|net|org|cn|hk|tw|sg|co|io)/;
/**
 * Each list applied in its order, skipping the patterns whose words the text does not hold (`inOrder`): a clause
 * matches few of them, and a search that finds nothing costs as much as one that does.
 */
const replaceSynonyms = inOrder(SYNONYMS);
const replacePriceShares = inOrder(PRICE_SHARES);
const replaceSynonymsAfterShares = inOrder(SYNONYMS_AFTER_SHARES);
const replaceEnglishSynonyms = inOrder(EN_SYNONYMS);

/** The Chinese synonyms, with the price's shares between them where a share word is there to read. */
function chineseSynonyms(text: string): string {
  const synonyms = replaceSynonyms(text);
  const shared = SHARE_WORD.test(synonyms) ? replacePriceShares(synonyms) : synonyms;
  return replaceSynonymsAfterShares(shared);
}

/**
 * `normaliseClause` for text already in simplified Chinese (the evaluator converts a whole policy
 * once, since OpenCC keeps offsets, and slices clauses from it).
 */
export function readingForm(simplifiedText: string): string {
  const normal = simplifiedText.normalize('NFKC').toLowerCase();
  // An address names nothing the rules read ("info@muqijewelry.com", "www.returns-shop.com/sale"); a text with none of
  // the signs of one (most clauses) is not searched.
  const simplified = (ADDRESS_SIGN.test(normal) ? normal.replace(ADDRESS, ' address ') : normal)
    .replace(
      NUMBER_TWICE,
      (_m, en: string | undefined, zh: string | undefined, bare: string | undefined) => en ?? zh ?? bare ?? '',
    )
    .replace(NUMBER_WORD, (_m, word: string, unit: string) => `${NUMBER_WORDS[word] ?? word} ${unit}`)
    .replace(DECORATION, '')
    .replace(PINYIN_GLOSS, '')
    // No period, price or fee has more than 15 digits; a longer run is cut to 15, so no rule's \d+ backtracks over it.
    .replace(/\d{16,}/g, (run) => run.slice(0, 15));
  const zh = CJK.test(simplified) ? chineseSynonyms(simplified) : simplified;
  const worded = /[a-z]{3}/.test(zh) ? replaceEnglishSynonyms(zh) : zh;
  const collapsed = worded.replace(/\s+/g, ' ').trim();
  if (!collapsed.includes(' ')) return collapsed;
  const read = collapsed.replace(SPACE_NOT_READ, '');
  // A text with Chinese in it is two-byte whatever is done. Without Chinese, the text is copied a character at a time: a
  // text of Latin characters cut from a Chinese page then comes out as a one-byte string, which every rule's patterns
  // read faster (the replace alone keeps the page's two-byte form: measured, the mixed 20,000-character policy 47 → 56
  // ms). The copy changes no character.
  if (CJK.test(read)) return read;
  let out = '';
  for (let i = 0; i < read.length; i++) out += read[i] as string;
  return out;
}

/**
 * The reading form of a text of several lines, from the reading forms of its lines: joined by a space, dropped where
 * `readingForm` drops one (beside Chinese, between a digit or "(" and a digit or punctuation). The lint reads a whole
 * policy this way (its lines' forms are already read for its clauses), not by a second reading of every character; it
 * differs from `readingForm` of the whole text only where a replacement would reach across a line break, or where a
 * line without Chinese would take a Chinese list's replacement because another line has Chinese.
 *
 * @example joinedReadingForm(['七天无理由退货', 'Returns accepted']) // '七天无理由退货returns accepted'
 */
export function joinedReadingForm(lines: readonly string[], formOf: (line: string) => string = readingForm): string {
  const parts: string[] = [];
  // The last character so far, kept rather than read back from a growing string (which would flatten it each time).
  let last = '';
  for (const line of lines) {
    const form = formOf(line);
    if (form === '') continue;
    // The space between two lines, unless the reading form's own rule (`SPACE_NOT_READ`) drops it.
    if (last !== '' && `${last} ${form.charAt(0)}`.replace(SPACE_NOT_READ, '').length === 3) parts.push(' ');
    parts.push(form);
    last = form.charAt(form.length - 1);
  }
  return parts.join('');
}

/** The spaces the reading form drops: beside Chinese ("七 天"), or between a digit or "(" and a digit or punctuation ("7 )"). */
const SPACE_NOT_READ = new RegExp(` (?<=${CJK.source} )| (?=${CJK.source})| (?<=[\\d(] )(?=[\\d:;,.!?()])`, 'g');

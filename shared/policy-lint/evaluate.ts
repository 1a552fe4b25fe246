import type { Citation, Message } from '#schemas/check.js';
import type { LintedClause, PolicyIssue, PolicyLintResponse, PolicyTerms } from '#schemas/policy-lint.js';
import { joinedReadingForm, readingForm, toSimplified } from './normalise.js';
import { type Duration, readDurations } from './numbers.js';
import { type Clause, splitClauses } from './split.js';
import type { AnswerReading, ClauseReading, ClauseRule, PolicyContext, PolicyPack, RuleFinding } from './types.js';

/** Each citation's key, built once: the pack's citations are the same few objects for every clause. */
const citationKeys = new WeakMap<Citation, string>();
function citationKey(citation: Citation): string {
  let key = citationKeys.get(citation);
  if (key === undefined) {
    key = `${citation.instrument}:${citation.article}:${citation.paragraph ?? ''}:${citation.item ?? ''}`;
    citationKeys.set(citation, key);
  }
  return key;
}

function joinMessages(messages: readonly Message[]): Message {
  const zh = [...new Set(messages.map((m) => m.zh))];
  const en = [...new Set(messages.map((m) => m.en))];
  return { zh: zh.join(''), en: en.join(' ') };
}

const LIST_WORDS =
  /以下|下列|如下|下述|如下|following|below|these|exceptions?|non-?returnable|not (?:eligible|returnable)/i;

/** A blank line: two line breaks with nothing but spaces between them. */
const BLANK_LINE = /\n[ \t\u3000]*\r?\n|\r[ \t\u3000]*\r/;

/** Words that make a short line a statement of its own ("不退", "视为", "一经", "no returns"). */
export const NEGATION =
  /不(?:予|支持|支援|接受|提供|可|能|退|換|换|再|适用|適用|允许|允許|得|办理|辦理|享受|享有|参与|參與|属于|屬於)|无法|無法|拒|概不|恕不|谢绝|謝絕|禁止|视为|視為|一经|一經|\bno\b|\bnot\b|non-?returnable|non-?refundable/i;
/** A refusal that names no goods or case of its own ("不支持无理由退换货", "不支持退货"). */
const BARE_REFUSAL =
  /^(?:不支持|不适用|不享受|不提供|不可|不能|不予)(?:7天|七天|7日|七日)?(?:无理由|無理由)?(?:退换货|退換貨|退货|退貨|退换|退換|退款)(?:服务|服務)?$/;
/** How a section's title ends: a kind of case, goods, notice or rule. */
const SECTION_NAME =
  /(?:情形|情况|情況|商品|产品|產品|说明|說明|须知|須知|政策|规则|規則|范围|範圍|类型|類型|事项|事項|条件|條件|流程|时效|時效|方式|标准|標準|提示|规定|規定|细则|細則)$/;

const POINTS_BELOW = /以下|下列|如下|下述|the following|listed below|as follows/i;

/** A lead-in that only points back to the sentence before it ("This includes:", "包括：", "such as:"). */
const POINTS_BACK =
  /^(?:(?:this|these|that|they|which|it)(?: list)? (?:includes?|covers?|means?|are|is)|includ(?:es|ing)|such as|for example|e\.g\.|包括|包含|例如|比如|如|具体(?:包括|如下|为)?)[:：]?$/i;

/**
 * A sentence that only states the consequence of the one before it ("Otherwise, we will not accept the return.",
 * "否则不予退货。"): it refuses what the condition before it demands, and is read with that condition.
 */
const CONSEQUENCE_OF_PREVIOUS =
  /^(?:otherwise|if not|failing (?:which|that|this)|or else|in (?:this|that|such(?: a)?) cases?|否则|不然|如未能?做到|(?:若|如|如果)(?:有|遇|出现)?(?:上述|以上|前述)(?:任一|任何一种|之一的?)?(?:情形|情况|情況))(?![a-z])/i;

/** A line of its own, with no sentence end but a question mark, whose next clause is a list item on the next line. */
function isHeading(clause: Clause, next: Clause | undefined): boolean {
  if (!next?.ownLine || !clause.ownLine) return false;
  if (/[。.!！；;,，]$/.test(clause.text)) return false;
  // A line that points below ("在以下情况我们有权拒绝客户的退换货要求") heads the lines under it, marked or not.
  if (!next.listItem) return !clause.listItem && POINTS_BELOW.test(clause.text);
  // An item of the same list is no heading; a numbered heading asks or announces ("2.什么情况无法退货?").
  // A numbered section ("一、不支持退货的商品") over a list of another kind of marker ("1. 定制商品") heads it too.
  if (clause.listItem)
    return (
      /[?？]$/.test(clause.text) ||
      LIST_WORDS.test(clause.text) ||
      (clause.marker === 'bullet' && next.listItem && next.marker !== 'bullet' && bulletTitle(clause.text)) ||
      // "3. 售后服务申请不通过的情形" over circled, bracketed or lettered items ("④ 自身原因造成的错订"): a numbered section's
      // name heads them.
      (clause.marker === 'number' &&
        (next.marker === 'circled' || next.marker === 'paren' || next.marker === 'letter') &&
        clause.text.length <= 24 &&
        SECTION_NAME.test(clause.text)) ||
      ((clause.marker === 'cn' || clause.marker === 'article') &&
        next.listItem &&
        next.marker !== clause.marker &&
        (!NEGATION.test(clause.text) || SECTION_NAME.test(clause.text)))
    );
  // "Items that cannot be returned" over a numbered list heads it as a colon would.
  return (
    /[?？]$/.test(clause.text) ||
    LIST_WORDS.test(clause.text) ||
    clause.text.length <= 20 ||
    refusedGoodsTitle(clause.text)
  );
}

/** A short line naming the goods refused ("Non-Returnable Items", "Items that cannot be returned", "What cannot be returned"). */
function refusedGoodsTitle(path: string): boolean {
  // The last part of a path of headings decides ("Exceptions / Non-Returnable Items").
  const text = path.includes(' / ') ? path.slice(path.lastIndexOf(' / ') + 3) : path;
  return (
    text.length <= 40 &&
    /^(?:items?|products?|goods|merchandise)\b.*\b(?:that|which)\b.*\b(?:not|cannot|cant|never)\b|^(?:non-?returnable|non-?refundable|final[- ]sale|excluded) (?:items?|products?|goods)|^(?:items?|products?) (?:that )?we (?:cannot|cant|do not|dont|wont|will not) (?:accept|take back|return|refund)|^(?:items?|products?) excluded from returns?|^what (?:cannot|cant|can not) be returned|^we (?:do not|dont|cannot|cant) accept returns? (?:of|on)\b/i.test(
      text.replace(/['’]/g, ''),
    )
  );
}

/**
 * A bulleted line that names a section ("■ 關於退換貨", "■七天內鑑賞期申請退貨", "◆退货说明", "● 不退货情况"): short, naming
 * a topic, and saying nothing itself ("● 本店保留最终解释权", "● 质量问题请联系厂家售后" are clauses of their own).
 */
function bulletTitle(raw: string): boolean {
  // Decoration and an aside after the name ("►換貨◄", "可接受退換的瑕疵(範例)") are no part of it.
  const text = raw
    .replace(/[◄►◀▶■□◆◇●○•·✓✔★☆※]/g, '')
    .replace(/[(（][^()（）]{0,6}[)）]$/, '')
    .trim();
  return (
    text.length <= 14 &&
    (SECTION_NAME.test(text) ||
      /(?:退货|退貨|换货|換貨|退换|退換|退款|售后|售後|瑕疵)$|^(?:关于|關於)/.test(text) ||
      /^(?:退|换|換)(?:货|貨)?$/.test(text)) &&
    !/(?<!申)请|(?<!申)請|须(?!知)|須(?!知)|需|联系|聯繫|承担|承擔|扣|保留|自理|自付/.test(text) &&
    // "● 只退换质量问题商品", "● 非质量问题不退换" state a rule of their own.
    !/(?:只|仅|僅)(?:退|换|換)[^,;。]{0,6}(?:质量|質量|瑕疵)|非(?:质量|質量)[^,;。]{0,6}(?:不|概不|恕不)/.test(text) &&
    // A section named by what it refuses ("■ 无法退换的情况", "● 仅限换货的商品") is a name; a refusal otherwise is a clause.
    (SECTION_NAME.test(text) || (!/仅|僅|只|概|一律|不予|不支持|无法|無法/.test(text) && !NEGATION.test(text)))
  );
}

/** A title naming the cases a refusal covers ("When Returns Are NOT Accepted", "Situations Where Refunds Are Not Given"). */
const CASES_REFUSED_TITLE =
  /^(?:when|where|cases?|situations?|circumstances?|instances?|reasons?)\b[^.!?:]*\b(?:not|no|non-?)\s*(?:be\s+)?(?:accepted|eligible|returnable|refundable|given|allowed|possible|offered|issued)$/i;
/** How an English section's title ends ("Non-Returnable Items", "Damaged & Defective Policy"). */
const ENGLISH_SECTION_NAME = /\b(?:items|products|goods|policy|policies|returns|refunds|exchanges|terms|conditions)$/i;
const TITLE_ASIDE = /\s*\((?:if applicable|if any|optional|where applicable)\)\s*$/i;
const TITLE_WORD = /^(?:[A-Z0-9][A-Za-z0-9'’/-]*|&|\/|-|and|or|of|for|the|to|in|on|a|an|with|by)$/;

/**
 * An English title line of a few words, each capitalised but the small ones, or in capitals throughout
 * ("Damaged & Defective Policy", "RETURN POLICY", "Returns and Refunds"): a section's name, not a sentence.
 */
function englishTitle(line: string): boolean {
  // A template's aside after the name ("Refunds (if applicable)", "Sale items (if any)") is no word of the title.
  const text = line.replace(TITLE_ASIDE, '');
  if (text.length > 48 || !/^[A-Z]/.test(text) || /[\u3400-\u9fff]/.test(text)) return false;
  // A title that says something itself ("All Sales Are Final", "Restocking Fees") is a clause; a list's name is not.
  if (
    /\b(?:final|fees?|charges?|costs?|no|not|never)\b/i.test(text) &&
    !/\b(?:items|products|goods)$/i.test(text) &&
    !CASES_REFUSED_TITLE.test(text)
  )
    return false;
  const words = text.trim().split(/\s+/);
  return (
    ((words.length >= 2 || /^(?:returns|refunds|exchanges|shipping|warranty)$/i.test(text.trim())) &&
      words.length <= 7 &&
      words.every((word) => TITLE_WORD.test(word))) ||
    SENTENCE_CASE_TITLE.test(text.trim())
  );
}

/** A title in sentence case naming a section ("Damages and issues", "Faulty or damaged items", "Refund policy"). */
const SENTENCE_CASE_TITLE =
  /^[A-Z][a-z]+(?: (?:[a-z]+|&|\/)){1,4}(?<= (?:issues|damages|faults|defects|items|products|goods|returns|refunds|exchanges|policy|policies|shipping|warranty|claims|cancell?ations?|process|procedure|eligibility|conditions|exceptions))$/;

/** Marks that set a title off at its ends ("※…※", "【…】", "★…★"). */
const TITLE_MARKS = /^[\s※★☆◆◇■□●○•◄►◀▶【〔「『《]+|[\s※★☆◆◇■□●○•◄►◀▶】〕」』》]+$/g;

/** What joins the headings of a path: " / ", " — ", " > ". */
const PATH_SEPARATOR = / (?:\/|—|>|›|») /;

/** The number or mark before a heading of a path ("6. " of "Returns / 6. Faulty Items", "IV.", "❌ "), read without it. */
const PATH_PART_NUMBER =
  /^(?:\d{1,2}(?:\.\d{1,2})*\s*[.、)）]?|[一二三四五六七八九十]{1,3}\s*[、.]|[IVX]{1,4}\.|[(（][a-z\d一二三四五六七八九十]{1,3}[)）]|[❌✅✔✖■□◆●•※*-])\s*/i;

/** The last heading of a path ("Return Policy / Damaged Items / 1. Faulty Items" → "Faulty Items"). */
function lastHeading(text: string): string {
  const parts = text.split(PATH_SEPARATOR);
  return parts.length > 1 ? (parts[parts.length - 1] as string).replace(PATH_PART_NUMBER, '') : text;
}

/**
 * The headings of a path that lead its lines: the last, from an outer one naming what is refused ("Return Policy / When
 * Returns Are NOT Accepted / Change of Mind" → "When Returns Are NOT Accepted / Change of Mind").
 */
function leadingHeadings(text: string): string {
  const parts = text.split(PATH_SEPARATOR);
  for (let k = 0; k + 1 < parts.length; k++) {
    const part = (parts[k] as string).replace(PATH_PART_NUMBER, '');
    if (CASES_REFUSED_TITLE.test(part) || refusedGoodsTitle(part))
      return `${part} / ${parts.slice(k + 1).join(' / ')}`.replace(
        / \/ (?:\d{1,2}(?:\.\d{1,2})*\s*[.、)）]?\s*)/g,
        ' / ',
      );
  }
  return lastHeading(text);
}

/** An English heading as a line of its own would be one: short, or an English title, in Latin letters and no Chinese. */
function englishHeading(text: string): boolean {
  return (text.length <= 12 || englishTitle(text)) && !/[\u3400-\u9fff]/.test(text) && /[A-Za-z]/.test(text);
}

/** A part of a path that reads as a heading: not empty, not long, no sentence's end. */
function headingPart(part: string): boolean {
  return part.length > 0 && part.length <= 64 && !/[。.!！；;,，]$/.test(part);
}

/**
 * A path of headings on one line, outermost first ("RETURNS & REFUNDS POLICY / 6. FAULTY OR INCORRECT ITEMS", "Return Policy —
 * When Returns Are NOT Accepted — Change of Mind"): no part says a sentence, and the last, without its number, is an English
 * title as a line of its own would be (short, or an English title).
 */
function headingPath(text: string): boolean {
  if (text.length > 160) return false;
  const parts = text.split(PATH_SEPARATOR).map((part) => part.trim());
  if (parts.length < 2) return false;
  const last = lastHeading(text);
  return (
    parts.every(headingPart) &&
    // A Chinese heading ending a path ("退換貨須知 / 不接受退換貨之情形") is not read so: the cases under such headings are
    // read as refusals, and most of them are the consumer's own acts.
    englishHeading(last)
  );
}

/**
 * A path of headings that is a title only as a path (not short, not an English title whole): its last heading leads, with an
 * outer one naming what is refused (`leadingHeadings`).
 */
function onlyPath(clause: Clause): boolean {
  return !clause.leadIn && clause.text.length > 12 && !englishTitle(clause.text) && headingPath(clause.text);
}

/**
 * A lead-in at the end of a path of headings ("Change of Mind Policy / Excluded products are:"): its last part leads, with an
 * outer one naming what is refused (`leadingHeadings`), as a path's last heading does.
 */
function pathLeadIn(clause: Clause): boolean {
  if (!clause.leadIn || clause.text.length > 200) return false;
  const parts = clause.text.split(PATH_SEPARATOR).map((part) => part.trim());
  return parts.length >= 2 && parts.slice(0, -1).every((part) => headingPart(part) && !/[:：]$/.test(part));
}

/** The sentence under a title begins with the title's goods ("Custom Jewellery / Jewellery must be returned…"). */
function describesGood(title: string, sentence: string): boolean {
  const words = title.toLowerCase().split(/\s+/);
  const start = sentence.toLowerCase();
  return start.startsWith(words.join(' ')) || start.startsWith(words[words.length - 1] ?? '\u0000');
}

/** Words any list item or sentence may share with a title. */
const GENERIC_WORD = /^(?:items?|products?|goods|orders?|other|with|from|this|that|your|will|must|only)$/i;

/** Whether a title and the sentence under it share a word of four letters or more ("Order Cancellations" / "Orders cannot…"). */
function sharesWord(title: string, sentence: string): boolean {
  const stem = (word: string) => word.toLowerCase().replace(/(?:ations?|ed|es|s)$/, '');
  const said = new Set((sentence.match(/[A-Za-z]{4,}/g) ?? []).map(stem));
  return (title.match(/[A-Za-z]{4,}/g) ?? []).some((word) => !GENERIC_WORD.test(word) && said.has(stem(word)));
}

/**
 * An English section title after a list ("Non-Returnable Items / Gift cards / Defective Items / We will replace…"):
 * it ends the list and heads the sentence under it.
 */
function opensEnglishSection(clause: Clause, next: Clause | undefined): boolean {
  if (!next?.ownLine || next.listItem || !/[.!?。！？]$/.test(next.text) || !englishTitle(clause.text)) return false;
  return (
    // A topic of its own ("Defective Items", "Return Shipping", "Exchanges"), not one more good ("Opened Items").
    (/\b(?:defective|damage[sd]?|faulty|broken|wrong|incorrect|missing|issues|shipping|policy|policies|exchanges?|refunds?|returns?|warranty|process|procedure|how)\b|\bcontact us\b/i.test(
      clause.text,
    ) ||
      // A title whose words the sentence under it takes up ("Order Cancellations / Orders cannot be cancelled…"), not a
      // good the sentence goes on to describe ("Sale Items / Sale items can be exchanged…").
      (sharesWord(clause.text, next.text) && !describesGood(clause.text, next.text))) &&
    // "… / All other items can be returned within 30 days": the list's own closing sentence, no new section.
    !(
      /^(?:we (?:accept|take) returns|all other items|other items|returns (?:are accepted|of other))/i.test(
        next.text,
      ) && !/\b(?:policy|policies|shipping|process|procedure|how|contact)\b/i.test(clause.text)
    )
  );
}

/**
 * A Chinese section title after a list ("…以下商品不退：\n内衣\n退货说明\n请在签收后7天内申请。"): a few words naming a section
 * (说明, 须知, 政策, 规则, 流程…) with no refusal of their own, on a line of their own over a sentence; it ends the list and heads
 * the sentence under it, as a blank line before it would.
 */
function opensChineseSection(clause: Clause, next: Clause | undefined): boolean {
  return (
    next?.ownLine === true &&
    !next.listItem &&
    /[。！？!?]$/.test(next.text) &&
    clause.ownLine &&
    (!clause.listItem || clause.marker === 'cn') &&
    clause.text.length <= 10 &&
    CHINESE_SECTION_TITLE.test(clause.text) &&
    !NEGATION.test(clause.text)
  );
}
const CHINESE_SECTION_TITLE =
  /^[\u3400-\u9fff]{2,8}(?:说明|說明|须知|須知|政策|规则|規則|流程|细则|細則|指南|事项|事項)$/;

/** A sentence granting a return ("All other items can be returned…", "Defective items are accepted for return"). */
const GRANT_SENTENCE =
  /\b(?:can|may|will) (?:still |also |always )?be (?:returned|refunded|exchanged)\b|\b(?:are|is) (?:always |still |also )?(?:accepted for (?:a )?(?:returns?|refunds?|exchanges?)|eligible for (?:a )?(?:returns?|refunds?)|returnable|refundable)\b/i;

/** A short line with no sentence end of its own: an unmarked item of a list ("内衣", "Gift cards"). */
function itemLike(clause: Clause): boolean {
  return clause.ownLine && clause.text.length <= 60 && !/[。.!！?？]$/.test(clause.text);
}

/**
 * Which clauses read under which lead-in: after a clause ending in ':', its list items, its first line, and
 * the unmarked item-like lines that follow one another below it.
 */
function leadIns(clauses: readonly Clause[], text: string): (Clause | undefined)[] {
  const leads: (Clause | undefined)[] = [];
  let lead: Clause | undefined;
  let sinceLead = 0;
  // A list whose lines are not set apart by blank lines ends at the first blank line before an unmarked line
  // (the next section: "退款说明\n我们将在…"); a list spaced by blank lines throughout goes on.
  let spaced = false;
  // Once a list uses markers, an unmarked line ends it ("- Gift cards" then a sentence of its own).
  let marked = false;
  let itemMarker: Clause['marker'] = '';
  let sectionMarker: Clause['marker'] = '';
  for (const [index, clause] of clauses.entries()) {
    // A heading line without a colon ("以下情况不属于免费维修的范围", "什么情况无法退货？", "Non-returnable items")
    // followed by list items on lines of their own introduces them as a lead-in does.
    // The line right after a colon is what the colon announces ("以下情况不予退换：\n特价商品\n4. …"): an item of
    // that lead-in, not the heading of the list that follows it.
    const announced = lead?.leadIn === true && sinceLead === 0;
    // Outside a list, a short title line over an unmarked line of its own ("不可退换货情形\n超过七天鉴赏期。") heads it too.
    const next = clauses[index + 1];
    // A line that refuses by itself ("特价商品不退换", "No returns") is a clause, not a title, unless it names a section
    // ("不可退换货情形", "不支持退货的商品").
    // A numbered section heading ("三、瑕疵商品", "第五条 退款") is a title as a bare line is.
    // The next numbered section of the same kind ("三、" after "二、"'s list) ends that list and may head its own lines.
    const newSection = lead?.listItem === true && clause.listItem && clause.marker === lead.marker;
    const englishSection =
      lead !== undefined && (opensEnglishSection(clause, next) || opensChineseSection(clause, next));
    // "5) Non-returnable Items" over unmarked lines ("Opened or used spools"): a numbered section named by the goods it refuses.
    const numberedRefusal = (clause.marker === 'number' || clause.marker === 'paren') && refusedGoodsTitle(clause.text);
    // "3. Faulty or Incorrect Items" over an unmarked line ("Email us within 48 hours with photos"): a numbered section's
    // English title heads it as a bare title would.
    const numberedTitle =
      clause.marker === 'number' &&
      clause.ownLine &&
      englishHeading(clause.text) &&
      next?.ownLine === true &&
      !next.listItem;
    // A title naming what is refused does not head a sentence that grants ("Non-Returnable Items" over "All other items can
    // be returned within 7 days.", "Defective items are always accepted for return.").
    const grantUnder =
      next !== undefined && GRANT_SENTENCE.test(next.text) && !NEGATION.test(next.text) && NEGATION.test(clause.text);
    // A title set off by marks around it ("※無法受理退貨之情形※", "【不退换的情况】") is read without them.
    const named = clause.text.replace(TITLE_MARKS, '');
    const title =
      (!lead || newSection || englishSection || numberedRefusal || numberedTitle) &&
      !grantUnder &&
      (!clause.listItem ||
        clause.marker === 'cn' ||
        clause.marker === 'article' ||
        numberedRefusal ||
        numberedTitle ||
        (clause.marker === 'bullet' && bulletTitle(clause.text))) &&
      // A numbered one may end a path of headings ("Refund and Returns / 5) Non-returnable Items").
      (clause.ownLine || numberedRefusal) &&
      (named.length <= 12 || englishTitle(named) || headingPath(named)) &&
      (!NEGATION.test(lastHeading(named)) ||
        ENGLISH_SECTION_NAME.test(named) ||
        CASES_REFUSED_TITLE.test(lastHeading(named)) ||
        SECTION_NAME.test(named) ||
        // "不支持无理由退换货" over the goods it means ("…在购买时确认不宜退换货的商品"): a refusal naming nothing heads them.
        (BARE_REFUSAL.test(named) && /(?:商品|产品|货品|情况|情形)[。.;；]?$|以下|如下|下列/.test(next?.text ?? '')) ||
        // "不可退换\n特价商品": a refusal over a bare item heads it; over an instruction or a sentence it does not.
        (next !== undefined &&
          itemLike(next) &&
          !/^(?:\d+[.、]\s*)?(?:请|如|若|凡|本店|我们|please|if|we)/i.test(next.text))) &&
      !/[。.!！；;,，:：]$/.test(named) &&
      next !== undefined &&
      !next.listItem &&
      next.ownLine;
    // A bullet among bulleted items of a list ("以下商品不退不换：\n● 定制商品\n● 特价商品\n1. 清仓款") is one of its items.
    const bulletInList = clause.marker === 'bullet' && lead !== undefined && sinceLead > 0 && itemMarker === 'bullet';
    // The last unmarked item of a list, a blank line before the numbered paragraph after it ("…:\nSale items\n\n6. …"),
    // ends the list; it heads nothing.
    const lastUnmarkedItem =
      lead !== undefined &&
      sinceLead > 0 &&
      !marked &&
      itemLike(clause) &&
      next !== undefined &&
      BLANK_LINE.test(text.slice(clause.end, next.start));
    if (!clause.leadIn && !announced && !bulletInList && !lastUnmarkedItem && (title || isHeading(clause, next))) {
      sectionMarker = clause.listItem ? clause.marker : '';
      leads.push(undefined);
      lead = clause;
      sinceLead = 0;
      marked = false;
      itemMarker = '';
      continue;
    }
    // A marker of another kind than the items' (or of the lead's own kind) opens the next section.
    // Items that began unmarked ("包括：\n福袋、零码商品") end at the next marked line ("6、请在签收后7天内…").
    const sameList =
      !clause.listItem ||
      (!(
        sinceLead > 0 &&
        itemMarker === '' &&
        !marked &&
        ((sectionMarker !== '' && clause.marker === sectionMarker) || !lead?.leadIn)
      ) &&
        (clause.marker !== lead?.marker || !lead?.listItem) &&
        (itemMarker === '' || clause.marker === itemMarker));
    const blank = index > 0 && BLANK_LINE.test(text.slice((clauses[index - 1] as Clause).end, clause.start));
    const spacedOut = sinceLead > 0 && !clause.listItem && blank && !spaced;
    if (
      lead &&
      sameList &&
      !spacedOut &&
      (clause.listItem || sinceLead === 0 || (!marked && itemLike(clause))) &&
      !clause.leadIn
    ) {
      if (sinceLead === 0) spaced = blank;
      if (sinceLead === 0 || itemMarker === '') itemMarker = clause.marker;
      leads.push(lead);
      sinceLead++;
      marked ||= clause.listItem;
      continue;
    }
    leads.push(undefined);
    // The numbering of the section a lead-in stands in ("5、…。包括：" is in section 5): its next number ends the list.
    if (clause.leadIn) {
      const previous = clauses[index - 1];
      const sameLine = previous !== undefined && !/[\n\r]/.test(text.slice(previous.end, clause.start));
      sectionMarker = clause.listItem ? clause.marker : sameLine && previous.listItem ? previous.marker : '';
    }
    lead = clause.leadIn ? clause : undefined;
    sinceLead = 0;
    marked = false;
    itemMarker = '';
  }
  return leads;
}

/**
 * A question and the answer right after it ("哪些商品不支持7天无理由退货？定制商品、会员价商品", "Q：…？\nA：…"): the pack
 * decides whether and how the answer is read; a read answer takes the question as its lead-in, so the question is judged
 * with it (`leads` gains the pairs).
 */
function answeredQuestions(
  clauses: readonly Clause[],
  leads: (Clause | undefined)[],
  read: (question: number, answer: number, previous: number | undefined) => AnswerReading | undefined,
): { answers: Map<Clause, AnswerReading>; asked: Set<Clause> } {
  const answers = new Map<Clause, AnswerReading>();
  const asked = new Set<Clause>();
  const leading = new Set(leads);
  for (let index = 0; index + 1 < clauses.length; index++) {
    const question = clauses[index] as Clause;
    const answer = clauses[index + 1] as Clause;
    // A question on a line of its own may already head its marked answer ("特价商品能退吗？\n答：不能。").
    const headed = leads[index + 1] === question;
    if (
      // An answer under a heading of its own; the pair may stand under a heading together ("退换货政策\n特价商品能退吗？不能。").
      (leads[index + 1] !== undefined && leads[index + 1] !== leads[index] && !headed) ||
      question.leadIn ||
      /[?？]$/.test(answer.text) ||
      !/[?？]$/.test(question.text) ||
      (leading.has(question) && !headed)
    )
      continue;
    // The pair just before, when read as one ("…谁出？本店不承担。" before "质量问题呢？同样不承担").
    const before = clauses[index - 1];
    const previous = before && answers.has(before) ? index - 2 : undefined;
    const reading = read(index, index + 1, previous);
    if (!reading) continue;
    leads[index + 1] = question;
    leading.add(question);
    answers.set(answer, reading);
    asked.add(question);
  }
  return { answers, asked };
}

/**
 * Lints a policy: splits it into clauses, reads each (with its list lead-in), runs the pack's clause
 * rules, and answers each clause `void` (with issues, citations, message and suggestion), `review`
 * or `lawful`. Pure and deterministic.
 *
 * @example lintPolicy('本店保留最终解释权。', {}, CN_POLICY_PACK).clauses[0].issues // ['final_interpretation_right']
 */
export function lintPolicy(text: string, terms: PolicyTerms | undefined, pack: PolicyPack): PolicyLintResponse {
  pack.beginPolicy?.();
  const clauses = splitClauses(text);
  // One OpenCC pass over the whole policy: the conversion keeps offsets, so clauses slice from it.
  const simplified = toSimplified(text);
  // A line is often its clause's own text (one clause a line): each distinct text is put in reading form once.
  const forms = new Map<string, string>();
  const formOf = (part: string): string => {
    let form = forms.get(part);
    if (form === undefined) {
      form = readingForm(part);
      forms.set(part, form);
    }
    return form;
  };
  const owns = clauses.map((clause) => formOf(simplified.slice(clause.start, clause.end)));
  const leads = leadIns(clauses, text);
  const { answers, asked } = answeredQuestions(clauses, leads, (q, a, p) =>
    pack.readAnswer(
      owns[q] as string,
      marked(simplified, clauses[a] as Clause, owns[a] as string),
      (clauses[a] as Clause).ownLine,
      p === undefined
        ? undefined
        : { question: owns[p] as string, answer: marked(simplified, clauses[p + 1] as Clause, owns[p + 1] as string) },
    ),
  );
  const lines = linesOf(simplified, clauses);
  const leadReadings = new Map<number, string>();
  let policyForm: string | undefined;
  // The whole policy in reading form, from its lines' forms (most are its clauses' own, read above).
  const policyOf = (): string => {
    policyForm ??= joinedReadingForm(simplified.split(/\r\n|\r|\n/), formOf);
    return policyForm;
  };
  // Clauses of one line share its reading form: read once.
  const lineForms = new Map<number, string>();
  const lineForm = ([from, to]: Span): string => {
    const key = from * (text.length + 1) + to;
    let form = lineForms.get(key);
    if (form === undefined) {
      form = formOf(simplified.slice(from, to));
      lineForms.set(key, form);
    }
    return form;
  };
  const indexOf = new Map(clauses.map((clause, index) => [clause, index]));
  const promised = Math.max(terms?.returnWindowDays ?? 0, ...owns.map((own) => pack.promisedDays(own)));
  const context: PolicyContext = {
    promisedDays: promised > 7 ? promised : 0,
    coversExcludedGoods: terms?.coversExcludedGoods ?? false,
  };
  // A lead-in that points back ("…cannot be returned. This includes:") carries the sentence before it to its items
  // when that sentence is void or review by itself, or refuses with no condition of its own; a refusal under a
  // condition (after 30 days, without a receipt, unless intact) covers its items without refusing them.
  // The sentence's own verdict, judged once however many items point back to it.
  const verdictsAlone = new Map<number, LintedClause['verdict']>();
  const lawfulAlone = (k: number): boolean => {
    let verdict = verdictsAlone.get(k);
    if (verdict === undefined) {
      const own = owns[k] as string;
      verdict = judgeClause(clauses[k] as Clause, readAlone(own, context), pack).verdict;
      verdictsAlone.set(k, verdict);
    }
    return verdict === 'lawful';
  };
  // A lawful refusal carries only where the pack reads it as refusing with no condition of its own.
  const carried = (k: number): boolean => !lawfulAlone(k) || pack.refusesUnconditionally(owns[k] as string);
  const itemsOf = new Map<Clause, string[]>();
  leads.forEach((lead, k) => {
    if (!lead) return;
    const items = itemsOf.get(lead);
    if (items) items.push(owns[k] as string);
    else itemsOf.set(lead, [owns[k] as string]);
  });
  return {
    rulesetVersion: pack.rulesetVersion,
    policyRevision: pack.revision,
    clauses: clauses.map((clause, index) => {
      const own = owns[index] as string;
      const leadClause = leads[index];
      const leadIndex = leadClause ? (indexOf.get(leadClause) as number) : -1;
      // "…cannot be returned or exchanged. This includes:" / "以下商品不支持退货。包括：": a lead-in that only points
      // back reads with the sentence it points to.
      const pointsBack = leadIndex > 0 && POINTS_BACK.test(owns[leadIndex] as string) && carried(leadIndex - 1);
      // One reading of a lead-in for all its items.
      const leadKey = leadIndex * 2 + (pointsBack ? 1 : 0);
      let leadOwn = leadIndex < 0 ? '' : leadReadings.get(leadKey);
      if (leadOwn === undefined) {
        // A lead-in ending in a full stop ("以下状况亦不接受瑕疵退换货。"), a semicolon ("退货需满足以下条件；") or a colon and a
        // dash ("Faulty items:-") reads as one ending in a colon.
        const headingClause = clauses[leadIndex] as Clause;
        // A path of headings leads with its last ("Returns & Refunds / Store Policies / Product Warranty": the warranty's).
        const leadText =
          onlyPath(headingClause) || pathLeadIn(headingClause)
            ? formOf(leadingHeadings(simplified.slice(headingClause.start, headingClause.end)))
            : (owns[leadIndex] as string);
        leadOwn = leadTail(pointsBack ? `${owns[leadIndex - 1]} ${leadText}` : leadText)
          .replace(/[。.;；]$/, ':')
          .replace(/[:：]\s*[-–—]$/, ':');
        leadReadings.set(leadKey, leadOwn);
      }
      // "Please keep the packaging sealed. Otherwise, we will not accept the return.": a consequence with no lead-in of
      // its own is read after the clause before it (on its line, or the line or list item above), as if the two were one
      // ("…sealed, otherwise…").
      const previousOwn =
        leadIndex < 0 && index > 0 && CONSEQUENCE_OF_PREVIOUS.test(own)
          ? (owns[index - 1] as string).replace(/[.。!！;；\s]+$/, '')
          : '';
      const leadWords = previousOwn ? `${previousOwn}, ` : leadOwn;
      // English words of a heading and its item must not run together ("contact us" + "we'll…").
      const lead = /[a-z0-9]$/.test(leadWords) && /^[a-z0-9]/.test(own) ? `${leadWords} ` : leadWords;
      const reading = new Reading(
        lead + own,
        own,
        lead,
        // Rules read the line only for some clauses: computed on first use.
        () => lead + lineForm(lines[index] as Span),
        policyOf,
        // A period the lead-in names is the lead-in's own ("如10个工作日内未收到退款：" is judged on the lead-in):
        // its items are read in its scope, not charged with its numbers.
        readDurations(lead + own).filter((d) => d.start >= lead.length),
        context,
      );
      // A lead-in with items below it refuses or grants nothing by itself: its items are judged with it. Its
      // own periods and terms are judged on it by the pack's lead-in rules.
      const itemTexts = itemsOf.get(clause);
      if (itemTexts) {
        const alone = readAlone(own, context);
        const why = asked.has(clause) ? 'question' : 'lead';
        // A lead-in refusing every return but the cases it lists ("…non-returnable except when:") refuses by itself.
        if (pack.refusesAllButItems?.(alone.text)) return judgeClause(clause, alone, pack);
        // A lead-in granting returns in the cases it lists ("The ONLY valid reasons for returns:") is read with them.
        if (pack.grantsListedGrounds?.(alone.text)) {
          const judged = judgeClause(clause, readAlone(own, context, policyOf, itemTexts.join('；')), pack);
          if (judged.verdict !== 'lawful') return judged;
        }
        if (alone.durations.length === 0) return lawful(clause, pack, why);
        // Read with its items ("签收后24小时内，如发现以下问题请联系我们：破损、少件"), counted on its own numbers.
        const judged = judgeClause(
          clause,
          readAlone(own, context, undefined, itemTexts.join('；')),
          pack,
          pack.leadRules,
        );
        return judged.verdict === 'lawful' ? lawful(clause, pack, why) : judged;
      }
      // "特价商品能退吗？不能。": the answer read as the statement its "no" makes, or a grant read alone.
      const statement = answers.get(clause)?.text;
      if (statement !== undefined) {
        return judgeClause(clause, readAlone(statement, context, policyOf), pack);
      }
      // An item whose every word the reading form drops ("Products bought from other retailers" under "We cannot accept
      // returns for:") says nothing the rules read: not its lead-in's refusal read bare.
      if (leadIndex >= 0 && !/[\p{L}\p{N}]/u.test(own) && /[\p{L}\p{N}]/u.test(clause.text))
        return lawful(clause, pack);
      const judged = judgeClause(clause, reading, pack);
      // Under a lawful refusal pointed back to, goods named as its instances are not excluded anew.
      if (
        judged.verdict !== 'lawful' &&
        pointsBack &&
        lawfulAlone(leadIndex - 1) &&
        pack.instanceOfLawful(own, owns[leadIndex - 1] as string, judged.issues)
      )
        return lawful(clause, pack);
      return judged;
    }),
  };
}

/** The longest lead-in read with each of its items, in characters. */
const LEAD_MAX = 300;

/** The words that make a part of a long lead-in worth keeping: a negation, a refusal, an exception, a limit. */
const LEAD_SIGNAL =
  /不|无法|拒|除外|恕|仅|只|限|\b(?:not|no|never|cannot|cant|only|except|unless|excluded?|final sale|non-?returnable|non-?refundable)\b/;

/**
 * A lead-in as its items read it: whole, or when longer than `LEAD_MAX`, its first part and its last two and, in
 * between, the parts that negate, refuse, except or limit, in their order, up to that length (parts of at most 60
 * characters). Every item reads its lead-in, so a
 * lead-in of 10,000 characters over 2,500 items would be read 2,500 times whole (minutes of CPU); no real heading is
 * that long.
 */
function leadTail(lead: string): string {
  if (lead.length <= LEAD_MAX) return lead;
  // Parts of at most 60 characters: a long part is cut, so a refusal in it can be kept without the rest.
  const parts = lead.match(/[^,;。，；]{1,60}[,;。，；]?|[,;。，；]/g) ?? [lead];
  const first = parts[0] as string;
  const last = parts.slice(-2).join('');
  let budget = LEAD_MAX - first.length - last.length;
  const middle: string[] = [];
  for (const part of parts.slice(1, -2)) {
    if (budget < part.length || !LEAD_SIGNAL.test(part)) continue;
    middle.push(part);
    budget -= part.length;
  }
  return [first, ...middle, last].join(' ');
}

/**
 * A text read by itself: no lead-in, its own line, its own periods; the policy it stands in, when given; for a lead-in
 * judged on its own period, its items.
 */
function readAlone(
  text: string,
  terms: PolicyContext,
  policy: () => string = () => text,
  items?: string,
): ClauseReading {
  return new Reading(text, text, '', () => text, policy, readDurations(text), terms, items);
}

/**
 * A clause as the rules read it. A class, not an object literal with getters: V8 keeps such a literal's properties in
 * a dictionary, and every rule reads `text`, `own` and `lead` many times (a class instance: fast properties).
 */
class Reading implements ClauseReading {
  #line: string | undefined;
  constructor(
    readonly text: string,
    readonly own: string,
    readonly lead: string,
    private readonly lineOf: () => string,
    private readonly policyOf: () => string,
    readonly durations: readonly Duration[],
    readonly terms: PolicyContext,
    readonly items?: string,
  ) {}
  /** Computed on first use: rules read the line only for some clauses. */
  get line(): string {
    this.#line ??= this.lineOf();
    return this.#line;
  }
  /** The policy's reading form, computed once for all its clauses by the function given. */
  get policy(): string {
    return this.policyOf();
  }
}

/**
 * An answer on a line of its own with its list mark, which the splitter takes off ("Q：特价商品能退吗？\nA：不能。" splits
 * "A：" as a letter item's mark): the pack decides whether the mark is an answer's.
 */
function marked(text: string, clause: Clause, own: string): string {
  if (!clause.ownLine || !clause.listItem) return own;
  let from = clause.start;
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  return readingForm(text.slice(from, clause.end));
}

/** The size of a block of a long line; a line up to three blocks long is read whole. */
const LINE_WINDOW = 1000;

/** [from, to) offsets into the policy. */
type Span = [number, number];

/**
 * The line of each clause, as [from, to) offsets. A line up to three windows long is read whole. A longer one is cut
 * at clause boundaries into blocks of about a window, and each clause reads its own block with the blocks either side:
 * a page pasted as one line is not read whole for each of its clauses (quadratic on 20,000 characters), and the clauses
 * of one block share one reading.
 */
function linesOf(text: string, clauses: readonly Clause[]): Span[] {
  const breaks: number[] = [];
  // Read by code unit: a character read as a string is a new string for every Chinese character.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) breaks.push(i);
  }
  const lines: Span[] = [];
  let k = 0;
  for (let index = 0; index < clauses.length; ) {
    const first = clauses[index] as Clause;
    while (k < breaks.length && (breaks[k] as number) < first.start) k++;
    const from = k > 0 ? (breaks[k - 1] as number) + 1 : 0;
    const lineEnd = k < breaks.length ? (breaks[k] as number) : text.length;
    // The clauses of this line (a clause runs past a soft-wrapped break: the line ends with it).
    let last = index;
    while (last + 1 < clauses.length && (clauses[last + 1] as Clause).start < lineEnd) last++;
    const to = Math.max(lineEnd, (clauses[last] as Clause).end);
    if (to - from <= 3 * LINE_WINDOW) {
      // Each clause's line ends at the break, or with the clause where it runs past the break (a soft wrap).
      for (let c = index; c <= last; c++) lines.push([from, Math.max(lineEnd, (clauses[c] as Clause).end)]);
    } else {
      // Blocks: [start, end) of clause runs about a window long.
      const blocks: Span[] = [];
      for (let c = index; c <= last; c++) {
        const clause = clauses[c] as Clause;
        const block = blocks[blocks.length - 1];
        if (block && clause.start - block[0] < LINE_WINDOW) block[1] = clause.end;
        else blocks.push([c === index ? from : clause.start, clause.end]);
      }
      (blocks[blocks.length - 1] as Span)[1] = to;
      let b = 0;
      for (let c = index; c <= last; c++) {
        while ((blocks[b] as Span)[1] < (clauses[c] as Clause).end) b++;
        const before = blocks[Math.max(0, b - 1)] as Span;
        const after = blocks[Math.min(blocks.length - 1, b + 1)] as Span;
        lines.push([before[0], after[1]]);
      }
    }
    index = last + 1;
  }
  return lines;
}

function lawful(clause: Clause, pack: PolicyPack, why?: 'lead' | 'question'): LintedClause {
  return {
    text: clause.text,
    start: clause.start,
    end: clause.end,
    verdict: 'lawful',
    issues: [],
    citations: [],
    message:
      why === 'lead'
        ? { zh: '引导下列各项，各项分别审查。', en: 'Introduces the items below; each item is judged on its own.' }
        : why === 'question'
          ? { zh: '问题，与其回答一并审查。', en: 'A question; judged with its answer.' }
          : pack.lawfulMessage,
    suggestion: { zh: clause.text, en: clause.text },
  };
}

function judgeClause(
  clause: Clause,
  reading: ClauseReading,
  pack: PolicyPack,
  rules: readonly ClauseRule[] = pack.rules,
): LintedClause {
  const found: { issue: PolicyIssue; citations: readonly Citation[]; finding: RuleFinding }[] = [];
  for (const rule of rules) {
    const finding = rule.judge(reading);
    if (finding) found.push({ issue: rule.issue, citations: finding.citations ?? rule.citations, finding });
  }
  if (found.length === 0) return lawful(clause, pack);
  const scope = pack.scopes.find((s) => s.applies(reading));
  const anyVoid = found.some((f) => f.finding.verdict === 'void');
  const verdict: LintedClause['verdict'] = anyVoid && !scope ? 'void' : 'review';
  // A void clause names its void parts; a review names every doubt.
  const relevant = verdict === 'void' ? found.filter((f) => f.finding.verdict === 'void') : found;
  // Read in place, not gathered into one array first: about half the clauses of a Chinese page reach here.
  const citations = new Map<string, Citation>();
  for (const f of relevant) for (const citation of f.citations) citations.set(citationKey(citation), citation);
  for (const citation of scope?.citations ?? []) citations.set(citationKey(citation), citation);
  const messages = relevant.map((f) => f.finding.message);
  return {
    text: clause.text,
    start: clause.start,
    end: clause.end,
    verdict,
    issues: [...new Set(relevant.map((f) => f.issue))],
    citations: [...citations.values()],
    // Outside the law data the voidness messages would overstate it: the scope says why a person decides.
    message: scope ? scope.message : joinMessages(messages),
    suggestion: joinMessages(relevant.map((f) => f.finding.suggestion)),
  };
}

/**
 * The policy with every void clause replaced by its suggestion (in one language), everything else
 * (list markers, line breaks, lawful clauses) kept as sent.
 *
 * @example correctedPolicy(text, lintPolicy(text, {}, pack), 'zh')
 */
export function correctedPolicy(text: string, result: PolicyLintResponse, lang: 'zh' | 'en'): string {
  let out = '';
  let at = 0;
  for (const clause of result.clauses) {
    if (clause.verdict !== 'void') continue;
    out += text.slice(at, clause.start) + clause.suggestion[lang];
    at = clause.end;
  }
  return out + text.slice(at);
}

import type { CheckRequest } from '#schemas/check.js';
import { shanghaiDay } from '#shared/time.js';
import {
  BASIS_NAMES,
  CATEGORY_NAMES,
  CHANNELS,
  CONDITIONS,
  CONFIRMATION_NAMES,
  EVIDENCE_NAMES,
  KINDS,
  type Lang,
  REASONS,
} from './i18n.js';

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${shanghaiDay(iso)}T00:00:00Z`) / DAY_MS;

/**
 * A scenario's facts in plain words, one short line each, in the reader's language: what was
 * bought and how, when it arrived and when the return was asked for (in China Standard Time days),
 * the goods' condition, and the shop's refusal.
 *
 * @example describeFacts(request, 'en')[0] // 'bought online by a consumer: 纯棉T恤 (clothing)'
 */
export function describeFacts(request: CheckRequest, lang: Lang, recordedDeliveredAt?: string | null): string[] {
  const zh = lang === 'zh';
  const { order, item, returnRequest, refusal } = request;
  const lines: string[] = [];
  const buyer = order.buyerType === 'business' ? (zh ? '企业买方' : 'a business') : zh ? '消费者' : 'a consumer';
  lines.push(
    zh
      ? `${buyer}${CHANNELS[order.salesChannel].zh}：${item.name}（${CATEGORY_NAMES[item.category].zh}）`
      : `${CHANNELS[order.salesChannel].en} by ${buyer}: ${item.name} (${CATEGORY_NAMES[item.category].en})`,
  );
  const placed = shanghaiDay(order.placedAt);
  const delivered = recordedDeliveredAt ?? order.deliveredAt;
  const requested = shanghaiDay(returnRequest.requestedAt);
  if (delivered) {
    const day = dayNumber(returnRequest.requestedAt) - dayNumber(delivered);
    lines.push(
      zh
        ? `${placed} 下单，${shanghaiDay(delivered)} 签收，${requested} 申请退货（签收后第 ${day} 天）`
        : `ordered ${placed}, received ${shanghaiDay(delivered)}, return asked ${requested} (day ${day} after receipt)`,
    );
  } else {
    lines.push(
      zh
        ? `${placed} 下单，尚未签收，${requested} 申请退货`
        : `ordered ${placed}, not yet received, return asked ${requested}`,
    );
  }
  if (recordedDeliveredAt !== undefined && recordedDeliveredAt !== order.deliveredAt)
    lines.push(
      zh
        ? `订单系统记录的签收时间：${recordedDeliveredAt ? shanghaiDay(recordedDeliveredAt) : '无'}；请求中填写的：${order.deliveredAt ? shanghaiDay(order.deliveredAt) : '无'}`
        : `the order system recorded delivery on ${recordedDeliveredAt ? shanghaiDay(recordedDeliveredAt) : 'no date'}; the request says ${order.deliveredAt ? shanghaiDay(order.deliveredAt) : 'no date'}`,
    );
  lines.push(zh ? `类型：${KINDS[returnRequest.kind].zh}` : `kind of return: ${KINDS[returnRequest.kind].en}`);

  const attributes: string[] = [];
  if (item.customMade) attributes.push(zh ? '定制' : 'made to order');
  if (item.perishable) attributes.push(zh ? '鲜活易腐' : 'perishable');
  if (item.digital)
    attributes.push(
      zh
        ? `数字商品（${item.digital.delivery === 'download' ? '下载' : '实体介质'}${item.digital.downloaded ? '，已下载' : ''}${item.digital.unsealed ? '，已拆封' : ''}）`
        : `digital (${item.digital.delivery === 'download' ? 'download' : 'physical media'}${item.digital.downloaded ? ', downloaded' : ''}${item.digital.unsealed ? ', unsealed' : ''})`,
    );
  if (item.durable) attributes.push(zh ? '耐用商品' : 'durable goods');
  if (item.threeGuarantees) attributes.push(zh ? '属于“三包”' : 'under the “three guarantees”');
  if (order.consumerChoseCarrier) attributes.push(zh ? '消费者自选快递' : 'the consumer chose the carrier');
  if (order.shopPolicy?.returnWindowDays)
    attributes.push(
      zh
        ? `店铺承诺 ${order.shopPolicy.returnWindowDays} 天退货${order.shopPolicy.coversExcludedGoods ? '（含法定除外商品）' : ''}`
        : `the shop promises ${order.shopPolicy.returnWindowDays} days to return${order.shopPolicy.coversExcludedGoods ? ' (excluded goods too)' : ''}`,
    );
  if (returnRequest.repairAttempts > 0)
    attributes.push(
      zh ? `已修理 ${returnRequest.repairAttempts} 次` : `repaired ${returnRequest.repairAttempts} times`,
    );
  if (item.gifts.length > 0)
    attributes.push(
      zh
        ? `赠品：${item.gifts.map((g) => `${g.name}${g.declaredPriceFen !== undefined ? `（标价 ${g.declaredPriceFen / 100} 元）` : ''}`).join('、')}`
        : `gifts: ${item.gifts.map((g) => `${g.name}${g.declaredPriceFen !== undefined ? ` (declared ¥${g.declaredPriceFen / 100})` : ''}`).join(', ')}`,
    );
  if (attributes.length > 0) lines.push(attributes.join(zh ? '；' : '; '));

  if (item.nonReturnable) {
    const nr = item.nonReturnable;
    const when = nr.confirmedAt ? shanghaiDay(nr.confirmedAt) : zh ? '无时间' : 'no time';
    lines.push(
      zh
        ? `标注不适用无理由退货（${BASIS_NAMES[nr.basis]?.zh ?? nr.basis}），${CONFIRMATION_NAMES[nr.confirmation]?.zh ?? nr.confirmation}，${when}`
        : `marked non-returnable (${BASIS_NAMES[nr.basis]?.en ?? nr.basis}), ${CONFIRMATION_NAMES[nr.confirmation]?.en ?? nr.confirmation}, ${when}`,
    );
  }

  const c = returnRequest.condition;
  const signs = Object.entries(CONDITIONS)
    .filter(([key]) => c[key as keyof typeof c] === true)
    .map(([, text]) => text[lang]);
  if (c.accessoriesMissing.length > 0)
    signs.push(
      zh ? `缺少配件：${c.accessoriesMissing.join('、')}` : `accessories missing: ${c.accessoriesMissing.join(', ')}`,
    );
  if (c.giftsMissing.length > 0)
    signs.push(zh ? `缺少赠品：${c.giftsMissing.join('、')}` : `gifts missing: ${c.giftsMissing.join(', ')}`);
  lines.push(
    zh
      ? `商品状况：${signs.length > 0 ? signs.join('、') : '未报告问题'}`
      : `condition: ${signs.length > 0 ? signs.join(', ') : 'nothing reported'}`,
  );

  const evidence = [...new Set(refusal.evidence.map((e) => EVIDENCE_NAMES[e.type]?.[lang] ?? e.type))];
  lines.push(
    zh
      ? `店铺拒绝理由：${REASONS[refusal.reason].zh}${evidence.length > 0 ? `（证据：${evidence.join('、')}）` : ''}`
      : `the shop refuses because ${REASONS[refusal.reason].en}${evidence.length > 0 ? ` (evidence: ${evidence.join(', ')})` : ''}`,
  );
  return lines;
}

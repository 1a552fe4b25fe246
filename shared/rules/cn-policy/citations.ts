/**
 * @law CRPL 26
 * 第二十六条 经营者在经营活动中使用格式条款的，应当以显著方式提请消费者注意商品或者服务的数量和质量、价款或者费用、履行期限和方式、安全注意事项和风险警示、售后服务、民事责任等与消费者有重大利害关系的内容，并按照消费者的要求予以说明。
 * 经营者不得以格式条款、通知、声明、店堂告示等方式，作出排除或者限制消费者权利、减轻或者免除经营者责任、加重消费者责任等对消费者不公平、不合理的规定，不得利用格式条款并借助技术手段强制交易。
 * 格式条款、通知、声明、店堂告示等含有前款所列内容的，其内容无效。
 * @endlaw
 *
 * Interpretation:
 * - Every void clause rests on ¶3 ("其内容无效") besides the provisions of its own issue; citations are built from the law data, never typed by hand.
 */
import type { Citation, Instrument } from '#schemas/check.js';
import { buildCitation } from '../law/index.js';

type Address = readonly [Instrument, number, number?, number?];

/**
 * Verbatim citations from the law data. An address the law data does not hold is a programming
 * error, so it fails when the module loads (and the structural tests load every rule).
 *
 * @example cites(['CRPL', 26, 3])
 */
export function cites(...addresses: Address[]): readonly Citation[] {
  return Object.freeze(
    addresses.map(([instrument, article, paragraph, item]) => {
      const citation = buildCitation(instrument, article, paragraph, item);
      if (!citation)
        throw new Error(`cn-policy: no law data for ${instrument} ${article} ${paragraph ?? ''} ${item ?? ''}`);
      return citation;
    }),
  );
}

/** The format-term provisions every void clause rests on besides its own: CRPL 26 ¶3, "其内容无效". */
export const FORMAT_TERMS_VOID: Address = ['CRPL', 26, 3];

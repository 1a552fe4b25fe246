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

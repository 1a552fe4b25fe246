import { civilCodeArt620TransitLateReport, civilCodeArt621Para2 } from '../cn-civil-code/art621.js';
import { crplArt2PromiseR2 } from '../cn-crpl/art2.js';
import { crplArt23Para3R2 } from '../cn-crpl/art23.js';
import { crplArt24Para1NoGroundR2 } from '../cn-crpl/art24.js';
import { crplRegArt12InStoreR2 } from '../cn-crpl-reg/art12.js';
import { eclArt20NoReasonR2, eclArt20R2 } from '../cn-ecl/art20.js';
import { nrrArt8EvidenceR2, nrrArt8Para2R2, nrrArt8Para3R2 } from '../cn-nrr-measures/art8.js';
import { nrrArt9ActivationR2, nrrArt9Item2R2, nrrArt9Item3R2, nrrArt9Para1R2 } from '../cn-nrr-measures/art9.js';
import { nrrArt10BeforeDeliveryR2, nrrArt10R2 } from '../cn-nrr-measures/art10.js';
import { nrrArt12R2 } from '../cn-nrr-measures/art12.js';
import { threeGuaranteesArt11R2 } from '../cn-three-guarantees/art11.js';
import type { CompiledRule } from '../define.js';
import { R1_RULES } from './r1-rules.js';

/** The r2 version of each rule r2 changes, under the same legal address. */
const REPLACED: readonly CompiledRule[] = [
  crplRegArt12InStoreR2,
  eclArt20R2,
  threeGuaranteesArt11R2,
  crplArt23Para3R2,
  crplArt24Para1NoGroundR2,
  nrrArt10R2,
  nrrArt8Para3R2,
  nrrArt9Para1R2,
  nrrArt9ActivationR2,
  nrrArt9Item2R2,
  nrrArt9Item3R2,
  nrrArt8Para2R2,
  nrrArt12R2,
  nrrArt8EvidenceR2,
  eclArt20NoReasonR2,
];
const BY_ID = new Map(REPLACED.map((rule) => [rule.id, rule]));

/** Rules r2 adds, each placed after the rule it follows in the listing. */
const ADDED: readonly [after: string, rule: CompiledRule][] = [
  ['cn.crpl.art2', crplArt2PromiseR2],
  ['cn.ecl.art20', civilCodeArt620TransitLateReport],
  ['cn.crpl.art24.para1.exchange-or-repair', civilCodeArt621Para2],
  ['cn.nrr-measures.art10', nrrArt10BeforeDeliveryR2],
];

/**
 * Every rule of ruleset cn-2024-07-01.r2, in the order findings are listed: r1's list with the rules
 * that revision r2 changes swapped for their r2 versions (same legal address), and the rules r2 adds.
 */
export const R2_RULES: readonly CompiledRule[] = Object.freeze(
  R1_RULES.flatMap((rule) => {
    const own = BY_ID.get(rule.id) ?? rule;
    return [own, ...ADDED.filter(([after]) => after === rule.id).map(([, added]) => added)];
  }),
);

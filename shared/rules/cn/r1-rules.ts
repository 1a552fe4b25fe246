import { civilCodeArt203CalendarGap, civilCodeArt203Para1 } from '../cn-civil-code/art203.js';
import { civilCodeArt582 } from '../cn-civil-code/art582.js';
import { crplArt2 } from '../cn-crpl/art2.js';
import { crplArt23Para3 } from '../cn-crpl/art23.js';
import {
  crplArt24Para1,
  crplArt24Para1DisputedDefect,
  crplArt24Para1ExchangeOrRepair,
  crplArt24Para1Judgment,
  crplArt24Para1NoGround,
  crplArt24Para1Rescission,
} from '../cn-crpl/art24.js';
import {
  crplArt25Para1InStore,
  crplArt25Para1Item1,
  crplArt25Para1Item2,
  crplArt25Para1Item3,
  crplArt25Para1Item4,
  crplArt25Para1NoDefectNeeded,
  crplArt25Para1UnlistedReason,
  crplArt25Para2,
  crplArt25Para2AtPurchase,
  crplArt25TemporalScope,
} from '../cn-crpl/art25.js';
import { crplArt26Para2 } from '../cn-crpl/art26.js';
import { crplRegArt12, crplRegArt12InStore, crplRegArt12PromiseVsConfirmation } from '../cn-crpl-reg/art12.js';
import { crplRegArt19Para1, crplRegArt19Para2, crplRegArt19Para4 } from '../cn-crpl-reg/art19.js';
import { eclArt20, eclArt20NoReason } from '../cn-ecl/art20.js';
import { eclArt51Chronology, eclArt51DeliveryTime } from '../cn-ecl/art51.js';
import { nrrArt7 } from '../cn-nrr-measures/art7.js';
import { nrrArt8Evidence, nrrArt8Para2, nrrArt8Para3 } from '../cn-nrr-measures/art8.js';
import { nrrArt9Activation, nrrArt9Item1, nrrArt9Item2, nrrArt9Item3, nrrArt9Para1 } from '../cn-nrr-measures/art9.js';
import { nrrArt10 } from '../cn-nrr-measures/art10.js';
import { nrrArt12 } from '../cn-nrr-measures/art12.js';
import { nrrArt20Para2 } from '../cn-nrr-measures/art20.js';
import { nrrArt35 } from '../cn-nrr-measures/art35.js';
import { spcOnline1Art2 } from '../cn-spc-online-1/art2.js';
import { threeGuaranteesArt11 } from '../cn-three-guarantees/art11.js';
import type { CompiledRule } from '../define.js';

/**
 * Every rule of ruleset cn-2024-07-01 (r1, frozen), in the order findings are listed: preconditions, scope,
 * non-conforming goods (CRPL 24 and its exceptions), the no-reason window, then each stated reason's
 * base rule followed by its exceptions.
 */
export const R1_RULES: readonly CompiledRule[] = Object.freeze([
  // preconditions and notices
  crplArt25TemporalScope,
  eclArt51Chronology,
  eclArt51DeliveryTime,
  // §1 scope
  crplArt2,
  civilCodeArt582,
  crplArt25Para1InStore,
  crplRegArt12InStore,
  // §2 non-conforming goods
  eclArt20,
  threeGuaranteesArt11,
  crplArt23Para3,
  crplArt24Para1,
  nrrArt35,
  crplArt24Para1Judgment,
  crplArt24Para1DisputedDefect,
  crplArt24Para1Rescission,
  crplArt24Para1ExchangeOrRepair,
  crplArt24Para1NoGround,
  // §3.1 the no-reason window
  nrrArt10,
  civilCodeArt203Para1,
  crplRegArt12,
  civilCodeArt203CalendarGap,
  // §3.2 stated reasons
  crplArt25Para1Item1,
  crplArt25Para1Item2,
  crplArt25Para1Item3,
  crplArt25Para1Item4,
  spcOnline1Art2,
  // §3.3 confirmation
  crplArt25Para2,
  crplRegArt19Para1,
  crplRegArt19Para2,
  nrrArt20Para2,
  crplArt25Para2AtPurchase,
  nrrArt7,
  crplRegArt12PromiseVsConfirmation,
  // §3.4 intactness, gifts and accessories
  nrrArt8Para3,
  nrrArt9Para1,
  nrrArt9Activation,
  nrrArt9Item1,
  nrrArt9Item2,
  nrrArt9Item3,
  nrrArt8Para2,
  nrrArt12,
  nrrArt8Evidence,
  // other reasons
  crplArt26Para2,
  eclArt20NoReason,
  crplArt25Para1NoDefectNeeded,
  crplRegArt19Para4,
  crplArt25Para1UnlistedReason,
]);

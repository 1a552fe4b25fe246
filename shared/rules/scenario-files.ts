/**
 * Every scenario file beside the article modules, imported statically so that a Lambda bundle carries
 * them (esbuild inlines JSON imports). A test (`test/rules/scenario-list.test.ts`) fails when a file on
 * disk is missing here: add a line for each new `art*.scenarios.json`.
 */
import civilCodeArt202 from './cn-civil-code/art202.scenarios.json' with { type: 'json' };
import civilCodeArt203Review2 from './cn-civil-code/art203.review2.scenarios.json' with { type: 'json' };
import civilCodeArt203 from './cn-civil-code/art203.scenarios.json' with { type: 'json' };
import civilCodeArt509 from './cn-civil-code/art509.scenarios.json' with { type: 'json' };
import civilCodeArt582 from './cn-civil-code/art582.scenarios.json' with { type: 'json' };
import civilCodeArt621Review2 from './cn-civil-code/art621.review2.scenarios.json' with { type: 'json' };
import civilCodeArt621 from './cn-civil-code/art621.scenarios.json' with { type: 'json' };
import civilCodeArt787Review2 from './cn-civil-code/art787.review2.scenarios.json' with { type: 'json' };
import civilCodeArt787 from './cn-civil-code/art787.scenarios.json' with { type: 'json' };
import crplArt2Review2 from './cn-crpl/art2.review2.scenarios.json' with { type: 'json' };
import crplArt2 from './cn-crpl/art2.scenarios.json' with { type: 'json' };
import crplArt23Review2 from './cn-crpl/art23.review2.scenarios.json' with { type: 'json' };
import crplArt23 from './cn-crpl/art23.scenarios.json' with { type: 'json' };
import crplArt24Review2 from './cn-crpl/art24.review2.scenarios.json' with { type: 'json' };
import crplArt24 from './cn-crpl/art24.scenarios.json' with { type: 'json' };
import crplArt25Review2 from './cn-crpl/art25.review2.scenarios.json' with { type: 'json' };
import crplArt26Review2 from './cn-crpl/art26.review2.scenarios.json' with { type: 'json' };
import crplArt26 from './cn-crpl/art26.scenarios.json' with { type: 'json' };
import crplRegArt12Review2 from './cn-crpl-reg/art12.review2.scenarios.json' with { type: 'json' };
import crplRegArt12 from './cn-crpl-reg/art12.scenarios.json' with { type: 'json' };
import crplRegArt19Review2 from './cn-crpl-reg/art19.review2.scenarios.json' with { type: 'json' };
import crplRegArt19 from './cn-crpl-reg/art19.scenarios.json' with { type: 'json' };
import eclArt20Review2 from './cn-ecl/art20.review2.scenarios.json' with { type: 'json' };
import eclArt20 from './cn-ecl/art20.scenarios.json' with { type: 'json' };
import eclArt51 from './cn-ecl/art51.scenarios.json' with { type: 'json' };
import nrrMeasuresArt6Review2 from './cn-nrr-measures/art6.review2.scenarios.json' with { type: 'json' };
import nrrMeasuresArt6 from './cn-nrr-measures/art6.scenarios.json' with { type: 'json' };
import nrrMeasuresArt7Review2 from './cn-nrr-measures/art7.review2.scenarios.json' with { type: 'json' };
import nrrMeasuresArt7 from './cn-nrr-measures/art7.scenarios.json' with { type: 'json' };
import nrrMeasuresArt8Review2 from './cn-nrr-measures/art8.review2.scenarios.json' with { type: 'json' };
import nrrMeasuresArt8 from './cn-nrr-measures/art8.scenarios.json' with { type: 'json' };
import nrrMeasuresArt9Review2 from './cn-nrr-measures/art9.review2.scenarios.json' with { type: 'json' };
import nrrMeasuresArt9 from './cn-nrr-measures/art9.scenarios.json' with { type: 'json' };
import nrrMeasuresArt10Review2 from './cn-nrr-measures/art10.review2.scenarios.json' with { type: 'json' };
import nrrMeasuresArt10 from './cn-nrr-measures/art10.scenarios.json' with { type: 'json' };
import nrrMeasuresArt12Review2 from './cn-nrr-measures/art12.review2.scenarios.json' with { type: 'json' };
import nrrMeasuresArt12 from './cn-nrr-measures/art12.scenarios.json' with { type: 'json' };
import threeGuaranteesArt11Review2 from './cn-three-guarantees/art11.review2.scenarios.json' with { type: 'json' };
import threeGuaranteesArt11 from './cn-three-guarantees/art11.scenarios.json' with { type: 'json' };

/** Path from the repository root → the parsed JSON, not yet validated (see `scenarios.ts`). */
export const SCENARIO_FILE_DATA: readonly (readonly [string, unknown])[] = [
  ['shared/rules/cn-civil-code/art202.scenarios.json', civilCodeArt202],
  ['shared/rules/cn-civil-code/art203.review2.scenarios.json', civilCodeArt203Review2],
  ['shared/rules/cn-civil-code/art203.scenarios.json', civilCodeArt203],
  ['shared/rules/cn-civil-code/art509.scenarios.json', civilCodeArt509],
  ['shared/rules/cn-civil-code/art582.scenarios.json', civilCodeArt582],
  ['shared/rules/cn-civil-code/art621.review2.scenarios.json', civilCodeArt621Review2],
  ['shared/rules/cn-civil-code/art621.scenarios.json', civilCodeArt621],
  ['shared/rules/cn-civil-code/art787.review2.scenarios.json', civilCodeArt787Review2],
  ['shared/rules/cn-civil-code/art787.scenarios.json', civilCodeArt787],
  ['shared/rules/cn-crpl-reg/art12.review2.scenarios.json', crplRegArt12Review2],
  ['shared/rules/cn-crpl-reg/art12.scenarios.json', crplRegArt12],
  ['shared/rules/cn-crpl-reg/art19.review2.scenarios.json', crplRegArt19Review2],
  ['shared/rules/cn-crpl-reg/art19.scenarios.json', crplRegArt19],
  ['shared/rules/cn-crpl/art2.review2.scenarios.json', crplArt2Review2],
  ['shared/rules/cn-crpl/art2.scenarios.json', crplArt2],
  ['shared/rules/cn-crpl/art23.review2.scenarios.json', crplArt23Review2],
  ['shared/rules/cn-crpl/art23.scenarios.json', crplArt23],
  ['shared/rules/cn-crpl/art24.review2.scenarios.json', crplArt24Review2],
  ['shared/rules/cn-crpl/art24.scenarios.json', crplArt24],
  ['shared/rules/cn-crpl/art25.review2.scenarios.json', crplArt25Review2],
  ['shared/rules/cn-crpl/art26.review2.scenarios.json', crplArt26Review2],
  ['shared/rules/cn-crpl/art26.scenarios.json', crplArt26],
  ['shared/rules/cn-ecl/art20.review2.scenarios.json', eclArt20Review2],
  ['shared/rules/cn-ecl/art20.scenarios.json', eclArt20],
  ['shared/rules/cn-ecl/art51.scenarios.json', eclArt51],
  ['shared/rules/cn-nrr-measures/art10.review2.scenarios.json', nrrMeasuresArt10Review2],
  ['shared/rules/cn-nrr-measures/art10.scenarios.json', nrrMeasuresArt10],
  ['shared/rules/cn-nrr-measures/art12.review2.scenarios.json', nrrMeasuresArt12Review2],
  ['shared/rules/cn-nrr-measures/art12.scenarios.json', nrrMeasuresArt12],
  ['shared/rules/cn-nrr-measures/art6.review2.scenarios.json', nrrMeasuresArt6Review2],
  ['shared/rules/cn-nrr-measures/art6.scenarios.json', nrrMeasuresArt6],
  ['shared/rules/cn-nrr-measures/art7.review2.scenarios.json', nrrMeasuresArt7Review2],
  ['shared/rules/cn-nrr-measures/art7.scenarios.json', nrrMeasuresArt7],
  ['shared/rules/cn-nrr-measures/art8.review2.scenarios.json', nrrMeasuresArt8Review2],
  ['shared/rules/cn-nrr-measures/art8.scenarios.json', nrrMeasuresArt8],
  ['shared/rules/cn-nrr-measures/art9.review2.scenarios.json', nrrMeasuresArt9Review2],
  ['shared/rules/cn-nrr-measures/art9.scenarios.json', nrrMeasuresArt9],
  ['shared/rules/cn-three-guarantees/art11.review2.scenarios.json', threeGuaranteesArt11Review2],
  ['shared/rules/cn-three-guarantees/art11.scenarios.json', threeGuaranteesArt11],
];

/**
 * Writes the legal scenarios (`*.json` beside this file) from compact definitions: a base request,
 * a patch per case, and the expected answer written by hand from RULES.md — never computed by the
 * engine. The JSON files are the test data; edit here and re-run, or edit the JSON directly.
 *
 * Run: `npx tsx test/rules/scenarios/build.ts`
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const here = dirname(fileURLToPath(import.meta.url));

const BASE: Obj = {
  requestId: 'sc',
  order: {
    orderId: 'O-1',
    salesChannel: 'online',
    buyerType: 'consumer',
    placedAt: '2026-04-01T09:00:00+08:00',
    deliveredAt: '2026-04-02T18:20:00+08:00',
  },
  item: {
    sku: 'SKU-1',
    name: '纯棉T恤',
    category: 'apparel',
    priceFen: 7900,
    quantity: 1,
    customMade: false,
    perishable: false,
    digital: null,
    nonReturnable: null,
    gifts: [],
  },
  returnRequest: { requestedAt: '2026-04-05T11:00:00+08:00', kind: 'no_reason', condition: {} },
  refusal: { reason: 'packaging_opened', evidence: [] },
};

function merge(base: Json, patch: Json): Json {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  if (base === null || typeof base !== 'object' || Array.isArray(base)) return patch;
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = merge(base[k] ?? null, v);
  return out;
}

interface Expect {
  verdict: 'ALLOW' | 'BLOCK' | 'REVIEW';
  requiredActions?: string[];
  alternativeReasons?: string[];
  ruleIds?: string[];
  citesOneOf?: [string, number][];
  citesNone?: ([string] | [string, number])[];
  returnWindowEndsAt?: string;
  qualityWindowEndsAt?: string;
}

const files = new Map<string, Obj[]>();
let counter = 0;
function sc(file: string, name: string, patch: Obj, expect: Expect, context?: Obj): void {
  const request = merge(BASE, patch) as Obj;
  request.requestId = `sc-${++counter}`;
  const list = files.get(file) ?? [];
  list.push({ name, request, ...(context ? { context } : {}), expect: expect as unknown as Json });
  files.set(file, list);
}

const ACCEPT = ['accept_return'];
const HOLD = ['hold_until_review'];
const RESTATE = ['restate_reason'];
const WINDOW_ALTS = ['return_window_expired', 'after_sales_period_expired'];
const at = (requestedAt: string, reason: string, extra: Obj = {}): Obj =>
  merge({ returnRequest: { requestedAt }, refusal: { reason } }, extra) as Obj;
const reason = (r: string, extra: Obj = {}): Obj => merge({ refusal: { reason: r } }, extra) as Obj;
const cond = (condition: Obj): Obj => ({ returnRequest: { condition } });
const photo = { refusal: { evidence: [{ type: 'photo', ref: 's3://ev/1.jpg' }] } };

// ---------------------------------------------------------------- worked examples (checks.json)
// Copied from ../shared/examples/checks.json when that folder is present; otherwise the committed copy stays.
const examplesPath = join(here, '../../../../shared/examples/checks.json');
if (existsSync(examplesPath)) {
  const examples = JSON.parse(readFileSync(examplesPath, 'utf8')) as {
    examples: { name: string; request: Obj; expect: Obj }[];
  };
  files.set(
    'examples',
    examples.examples.map((e) => ({ name: `worked example: ${e.name}`, request: e.request, expect: e.expect })),
  );
}

// ---------------------------------------------------------------- §3.1 time: the window and its boundaries
const W = 'window';
sc(
  W,
  'Inside the window, "the return period has expired" is false',
  at('2026-04-05T11:00:00+08:00', 'return_window_expired'),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
    ruleIds: ['cn.nrr-measures.art10'],
    citesOneOf: [['NRR-MEASURES', 10]],
    returnWindowEndsAt: '2026-04-09T23:59:59.999+08:00',
  },
);
sc(W, 'Last minute of the window (23:59 on R+7) is in time', at('2026-04-09T23:59:00+08:00', 'return_window_expired'), {
  verdict: 'BLOCK',
  requiredActions: ACCEPT,
  returnWindowEndsAt: '2026-04-09T23:59:59.999+08:00',
});
sc(W, 'Last millisecond of the window is in time', at('2026-04-09T23:59:59.999+08:00', 'return_window_expired'), {
  verdict: 'BLOCK',
});
sc(
  W,
  'First minute late (00:00 on R+8): the window has closed',
  at('2026-04-10T00:00:00+08:00', 'return_window_expired'),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.nrr-measures.art10'],
    citesOneOf: [
      ['CRPL', 25],
      ['NRR-MEASURES', 10],
    ],
    returnWindowEndsAt: '2026-04-09T23:59:59.999+08:00',
  },
);
sc(
  W,
  'A -05:00 request time that is still R+7 in Shanghai is in time',
  at('2026-04-09T10:30:00-05:00', 'return_window_expired'),
  {
    verdict: 'BLOCK',
  },
);
sc(
  W,
  'A -05:00 request time on R+7 locally that is R+8 in Shanghai is late',
  at('2026-04-09T11:00:00-05:00', 'return_window_expired'),
  {
    verdict: 'ALLOW',
  },
);
sc(
  W,
  'A Z request time of 15:59:59 on R+7 is 23:59:59 in Shanghai: in time',
  at('2026-04-09T15:59:59Z', 'return_window_expired'),
  {
    verdict: 'BLOCK',
  },
);
sc(
  W,
  'A Z request time of 16:00 on R+7 is already R+8 in Shanghai: late',
  at('2026-04-09T16:00:00Z', 'return_window_expired'),
  {
    verdict: 'ALLOW',
  },
);
sc(
  W,
  'A Z delivery time late on 2 April is 3 April in Shanghai, so R+7 is 10 April',
  at('2026-04-10T12:00:00+08:00', 'return_window_expired', { order: { deliveredAt: '2026-04-02T16:30:00Z' } }),
  { verdict: 'BLOCK', returnWindowEndsAt: '2026-04-10T23:59:59.999+08:00' },
);
sc(
  W,
  'A -05:00 delivery time on 2 April is 3 April 00:00 in Shanghai',
  at('2026-04-11T09:00:00+08:00', 'return_window_expired', { order: { deliveredAt: '2026-04-02T11:00:00-05:00' } }),
  { verdict: 'ALLOW', returnWindowEndsAt: '2026-04-10T23:59:59.999+08:00' },
);
sc(
  W,
  '"After-sales period expired" inside the window is BLOCK like "window expired"',
  at('2026-04-06T10:00:00+08:00', 'after_sales_period_expired'),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
    ruleIds: ['cn.nrr-measures.art10'],
  },
);
sc(
  W,
  '"After-sales period expired" after the window is ALLOW',
  at('2026-04-12T10:00:00+08:00', 'after_sales_period_expired'),
  {
    verdict: 'ALLOW',
  },
);
sc(
  W,
  'After the window, another stated reason must be restated as "window expired"',
  at('2026-04-12T10:00:00+08:00', 'packaging_opened'),
  {
    verdict: 'BLOCK',
    requiredActions: RESTATE,
    alternativeReasons: WINDOW_ALTS,
    ruleIds: ['cn.nrr-measures.art10'],
  },
);
sc(
  W,
  'After the window, even a true exclusion (custom-made) must be restated',
  at('2026-04-12T10:00:00+08:00', 'custom_made', { item: { customMade: true } }),
  { verdict: 'BLOCK', requiredActions: RESTATE, alternativeReasons: WINDOW_ALTS },
);
sc(W, 'After the window, an abuse claim must be restated too', at('2026-04-20T10:00:00+08:00', 'abusive_return'), {
  verdict: 'BLOCK',
  requiredActions: RESTATE,
  alternativeReasons: WINDOW_ALTS,
});
sc(
  W,
  'Not yet delivered: the period has not begun, it cannot have expired',
  at('2026-04-03T10:00:00+08:00', 'return_window_expired', { order: { deliveredAt: null } }),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
    ruleIds: ['cn.nrr-measures.art10'],
    citesOneOf: [['NRR-MEASURES', 10]],
  },
);
sc(
  W,
  'Not yet delivered: "packaging opened" is judged as inside the window',
  at('2026-04-03T10:00:00+08:00', 'packaging_opened', { order: { deliveredAt: null } }),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
  },
);
sc(
  W,
  'Not yet delivered: perishable goods may still be refused',
  at('2026-04-03T10:00:00+08:00', 'perishable', {
    order: { deliveredAt: null },
    item: { perishable: true, category: 'food' },
  }),
  { verdict: 'ALLOW' },
);
sc(
  W,
  'Not yet delivered: no returnWindowEndsAt can be stated',
  at('2026-04-03T10:00:00+08:00', 'other', { order: { deliveredAt: null } }),
  {
    verdict: 'REVIEW',
    requiredActions: HOLD,
  },
);
sc(
  W,
  'Requested before signing (delivery later): the window had not begun',
  at('2026-04-01T20:00:00+08:00', 'return_window_expired'),
  { verdict: 'BLOCK', requiredActions: ACCEPT },
);
sc(
  W,
  'A promised 15-day window binds: day 10 is in time',
  at('2026-04-12T10:00:00+08:00', 'return_window_expired', { order: { shopPolicy: { returnWindowDays: 15 } } }),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
    ruleIds: ['cn.crpl-reg.art12'],
    citesOneOf: [['CRPL-REG', 12]],
    returnWindowEndsAt: '2026-04-17T23:59:59.999+08:00',
  },
);
sc(
  W,
  'A promised 15-day window: day 16 is late',
  at('2026-04-18T10:00:00+08:00', 'return_window_expired', { order: { shopPolicy: { returnWindowDays: 15 } } }),
  { verdict: 'ALLOW', returnWindowEndsAt: '2026-04-17T23:59:59.999+08:00' },
);
sc(
  W,
  'A promise shorter than seven days does not shorten the legal window',
  at('2026-04-08T10:00:00+08:00', 'return_window_expired', { order: { shopPolicy: { returnWindowDays: 3 } } }),
  { verdict: 'BLOCK', ruleIds: ['cn.nrr-measures.art10'], returnWindowEndsAt: '2026-04-09T23:59:59.999+08:00' },
);
sc(
  W,
  'A promise for an order before 2024-07-01 binds under CRPL 16 ¶2',
  at('2023-05-15T10:00:00+08:00', 'return_window_expired', {
    order: {
      placedAt: '2023-05-01T10:00:00+08:00',
      deliveredAt: '2023-05-04T10:00:00+08:00',
      shopPolicy: { returnWindowDays: 30 },
    },
  }),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.crpl-reg.art12'],
    citesOneOf: [['CRPL', 16]],
    citesNone: [['CRPL-REG']],
  },
);
sc(
  W,
  'The consumer in TV shopping has the same right',
  at('2026-04-05T10:00:00+08:00', 'packaging_opened', { order: { salesChannel: 'tv' } }),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
  },
);
sc(
  W,
  'The consumer in telephone sales has the same right',
  at('2026-04-05T10:00:00+08:00', 'shop_policy_no_returns', { order: { salesChannel: 'phone' } }),
  {
    verdict: 'BLOCK',
  },
);
sc(
  W,
  'The consumer in mail-order sales has the same right',
  at('2026-04-12T10:00:00+08:00', 'return_window_expired', { order: { salesChannel: 'mail_order' } }),
  {
    verdict: 'ALLOW',
  },
);

// ---------------------------------------------------------------- holiday extension (CIVIL-CODE 203)
const H = 'holidays';
const natDay = { order: { placedAt: '2025-09-20T10:00:00+08:00', deliveredAt: '2025-09-24T15:00:00+08:00' } };
sc(
  H,
  'R+7 = 1 Oct 2025 (National Day): the window runs to 9 Oct; a request on 5 Oct is in time',
  at('2025-10-05T10:00:00+08:00', 'return_window_expired', natDay),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
    ruleIds: ['cn.civil-code.art203.para1'],
    citesOneOf: [['CIVIL-CODE', 203]],
    returnWindowEndsAt: '2025-10-09T23:59:59.999+08:00',
  },
);
sc(
  H,
  'National Day 2025: 23:59 on 9 Oct (extended last day) is in time',
  at('2025-10-09T23:59:00+08:00', 'return_window_expired', natDay),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.civil-code.art203.para1'],
    returnWindowEndsAt: '2025-10-09T23:59:59.999+08:00',
  },
);
sc(H, 'National Day 2025: 00:00 on 10 Oct is late', at('2025-10-10T00:00:00+08:00', 'return_window_expired', natDay), {
  verdict: 'ALLOW',
  returnWindowEndsAt: '2025-10-09T23:59:59.999+08:00',
});
sc(
  H,
  'National Day 2025: a request on 1 Oct (nominal last day) needs no extension',
  at('2025-10-01T09:00:00+08:00', 'return_window_expired', natDay),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.nrr-measures.art10'],
  },
);
sc(
  H,
  'National Day 2025: on the extended days other reasons are judged as inside the window',
  at('2025-10-08T09:00:00+08:00', 'packaging_opened', natDay),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
  },
);
const weekend = { order: { placedAt: '2026-04-08T10:00:00+08:00', deliveredAt: '2026-04-11T15:00:00+08:00' } };
sc(
  H,
  'R+7 on a Saturday (18 Apr 2026): the window runs to Monday 20 Apr',
  at('2026-04-19T20:00:00+08:00', 'return_window_expired', weekend),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.civil-code.art203.para1'],
    returnWindowEndsAt: '2026-04-20T23:59:59.999+08:00',
  },
);
sc(H, 'R+7 on a Saturday: Tuesday 21 Apr is late', at('2026-04-21T00:00:00+08:00', 'return_window_expired', weekend), {
  verdict: 'ALLOW',
  returnWindowEndsAt: '2026-04-20T23:59:59.999+08:00',
});
const makeUpSunday = { order: { placedAt: '2025-09-18T10:00:00+08:00', deliveredAt: '2025-09-21T15:00:00+08:00' } };
sc(
  H,
  'R+7 on Sunday 28 Sep 2025, a make-up working day: no extension, 29 Sep is late',
  at('2025-09-29T09:00:00+08:00', 'return_window_expired', makeUpSunday),
  {
    verdict: 'ALLOW',
    returnWindowEndsAt: '2025-09-28T23:59:59.999+08:00',
    citesNone: [['CIVIL-CODE']],
  },
);
sc(
  H,
  'R+7 on make-up working day 28 Sep 2025: the day itself is in time',
  at('2025-09-28T22:00:00+08:00', 'return_window_expired', makeUpSunday),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.nrr-measures.art10'],
  },
);
const makeUpSaturday = { order: { placedAt: '2025-10-01T10:00:00+08:00', deliveredAt: '2025-10-04T15:00:00+08:00' } };
sc(
  H,
  'R+7 on Saturday 11 Oct 2025, a make-up working day: no extension',
  at('2025-10-12T09:00:00+08:00', 'return_window_expired', makeUpSaturday),
  {
    verdict: 'ALLOW',
    returnWindowEndsAt: '2025-10-11T23:59:59.999+08:00',
  },
);
const springFestival = { order: { placedAt: '2026-02-05T10:00:00+08:00', deliveredAt: '2026-02-08T15:00:00+08:00' } };
sc(
  H,
  'R+7 on 15 Feb 2026 (Spring Festival): the window runs to 24 Feb',
  at('2026-02-24T18:00:00+08:00', 'return_window_expired', springFestival),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.civil-code.art203.para1'],
    returnWindowEndsAt: '2026-02-24T23:59:59.999+08:00',
  },
);
sc(
  H,
  'Spring Festival 2026: 25 Feb is late',
  at('2026-02-25T08:00:00+08:00', 'return_window_expired', springFestival),
  {
    verdict: 'ALLOW',
  },
);
const natDay2020 = { order: { placedAt: '2020-09-20T10:00:00+08:00', deliveredAt: '2020-09-24T15:00:00+08:00' } };
sc(
  H,
  'Before the Civil Code (2020): dates still extend, but the Civil Code is not cited',
  at('2020-10-08T10:00:00+08:00', 'return_window_expired', natDay2020),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.civil-code.art203.para1'],
    citesOneOf: [['NRR-MEASURES', 10]],
    citesNone: [['CIVIL-CODE']],
    returnWindowEndsAt: '2020-10-09T23:59:59.999+08:00',
  },
);
sc(
  H,
  'A promised 10-day window ending on a holiday is extended too',
  at('2025-10-07T10:00:00+08:00', 'return_window_expired', {
    order: {
      placedAt: '2025-09-20T10:00:00+08:00',
      deliveredAt: '2025-09-21T10:00:00+08:00',
      shopPolicy: { returnWindowDays: 10 },
    },
  }),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.crpl-reg.art12', 'cn.civil-code.art203.para1'],
    returnWindowEndsAt: '2025-10-09T23:59:59.999+08:00',
  },
);
sc(
  H,
  'The quality window is extended the same way (defect reported on 5 Oct 2025)',
  at(
    '2025-10-05T10:00:00+08:00',
    'return_window_expired',
    merge(natDay, { returnRequest: { kind: 'quality_defect' } }) as Obj,
  ),
  {
    verdict: 'BLOCK',
    requiredActions: ['accept_return', 'seller_pays_return_shipping'],
    citesOneOf: [['CIVIL-CODE', 203]],
    qualityWindowEndsAt: '2025-10-09T23:59:59.999+08:00',
  },
);
sc(
  H,
  'The extended quality window has ended on 10 Oct 2025: exchange or repair may be offered instead',
  at(
    '2025-10-10T10:00:00+08:00',
    'return_window_expired',
    merge(natDay, { returnRequest: { kind: 'quality_defect' } }) as Obj,
  ),
  { verdict: 'ALLOW', requiredActions: ['offer_exchange_or_repair'] },
);

// ---------------------------------------------------------------- calendar gap (after the last covered year)
const G = 'calendar-gap';
const lateDec = { order: { placedAt: '2026-12-20T10:00:00+08:00', deliveredAt: '2026-12-28T15:00:00+08:00' } };
sc(
  G,
  'Window end in 2027 (uncovered): a request on the nominal last day is in time',
  at('2027-01-04T10:00:00+08:00', 'return_window_expired', lateDec),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.nrr-measures.art10'],
    returnWindowEndsAt: '2027-01-04T23:59:59.999+08:00',
  },
);
sc(
  G,
  'Window end in 2027 (uncovered): a request the day after needs review, never a guess',
  at('2027-01-05T10:00:00+08:00', 'return_window_expired', lateDec),
  {
    verdict: 'REVIEW',
    requiredActions: HOLD,
    ruleIds: ['cn.civil-code.art203.para1.calendar-gap'],
    returnWindowEndsAt: '2027-01-04T23:59:59.999+08:00',
  },
);
sc(
  G,
  'Calendar gap: other reasons that depend on the window are reviewed too',
  at('2027-01-06T10:00:00+08:00', 'packaging_opened', lateDec),
  {
    verdict: 'REVIEW',
    ruleIds: ['cn.civil-code.art203.para1.calendar-gap'],
  },
);
sc(
  G,
  'Delivery 25 Dec 2026: R+7 is 1 Jan 2027 (uncovered); 2 Jan is reviewed',
  at('2027-01-02T10:00:00+08:00', 'return_window_expired', {
    order: { placedAt: '2026-12-20T10:00:00+08:00', deliveredAt: '2026-12-25T10:00:00+08:00' },
  }),
  {
    verdict: 'REVIEW',
    ruleIds: ['cn.civil-code.art203.para1.calendar-gap'],
    returnWindowEndsAt: '2027-01-01T23:59:59.999+08:00',
  },
);
sc(
  G,
  'Delivery 20 Dec 2026: R+7 is Sunday 27 Dec, extended to Monday 28 Dec inside the covered year',
  at('2026-12-28T10:00:00+08:00', 'return_window_expired', {
    order: { placedAt: '2026-12-15T10:00:00+08:00', deliveredAt: '2026-12-20T10:00:00+08:00' },
  }),
  { verdict: 'BLOCK', ruleIds: ['cn.civil-code.art203.para1'], returnWindowEndsAt: '2026-12-28T23:59:59.999+08:00' },
);
sc(
  G,
  'Calendar gap in the quality window: reviewed',
  at(
    '2027-01-05T10:00:00+08:00',
    'return_window_expired',
    merge(lateDec, { returnRequest: { kind: 'quality_defect' } }) as Obj,
  ),
  { verdict: 'REVIEW', ruleIds: ['cn.civil-code.art203.para1.calendar-gap'] },
);
sc(
  G,
  'Calendar gap does not matter for transit damage by the shop’s carrier (BLOCK at any time)',
  at(
    '2027-01-05T10:00:00+08:00',
    'transit_damage_carrier_fault',
    merge(lateDec, { returnRequest: { kind: 'damaged_in_transit' } }) as Obj,
  ),
  { verdict: 'BLOCK', ruleIds: ['cn.ecl.art20'] },
);
sc(
  G,
  'Calendar gap does not matter for a business buyer',
  at('2027-01-05T10:00:00+08:00', 'return_window_expired', merge(lateDec, { order: { buyerType: 'business' } }) as Obj),
  { verdict: 'ALLOW', ruleIds: ['cn.crpl.art2'] },
);

// ---------------------------------------------------------------- law in force at placedAt
const L = 'law-in-force';
const preTicked = (placedAt: string, deliveredAt: string, requestedAt: string): Obj => ({
  order: { placedAt, deliveredAt },
  item: {
    category: 'cosmetics',
    name: '面霜',
    nonReturnable: { basis: 'health_safety_after_unsealing', confirmation: 'default_selected', confirmedAt: placedAt },
  },
  returnRequest: { requestedAt, condition: { packagingOpened: true, necessarySealBroken: true } },
  refusal: { reason: 'confirmed_non_returnable' },
});
sc(
  L,
  'Pre-ticked box, order placed 2024-06-30: cites NRR-MEASURES 20 ¶2, not CRPL-REG',
  preTicked('2024-06-30T20:00:00+08:00', '2024-07-02T10:00:00+08:00', '2024-07-04T10:00:00+08:00'),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.crpl-reg.art19.para2'],
    citesOneOf: [['NRR-MEASURES', 20]],
    citesNone: [['CRPL-REG']],
  },
);
sc(
  L,
  'Pre-ticked box, order placed 2024-07-01: cites CRPL-REG 19',
  preTicked('2024-07-01T00:00:00+08:00', '2024-07-02T10:00:00+08:00', '2024-07-04T10:00:00+08:00'),
  {
    verdict: 'BLOCK',
    citesOneOf: [['CRPL-REG', 19]],
    citesNone: [['NRR-MEASURES', 20]],
  },
);
sc(
  L,
  'placedAt 2024-06-30T20:00-05:00 is 1 July in Shanghai: CRPL-REG applies',
  preTicked('2024-06-30T20:00:00-05:00', '2024-07-02T10:00:00+08:00', '2024-07-04T10:00:00+08:00'),
  {
    verdict: 'BLOCK',
    citesOneOf: [['CRPL-REG', 19]],
  },
);
const opened = (placedAt: string, deliveredAt: string, requestedAt: string): Obj => ({
  order: { placedAt, deliveredAt },
  returnRequest: { requestedAt, condition: { packagingOpened: true } },
  refusal: { reason: 'packaging_opened' },
});
sc(
  L,
  'Order placed 2022-03-14: SPC-ONLINE-1 not yet cited',
  opened('2022-03-14T10:00:00+08:00', '2022-03-16T10:00:00+08:00', '2022-03-18T10:00:00+08:00'),
  {
    verdict: 'BLOCK',
    citesOneOf: [['NRR-MEASURES', 8]],
    citesNone: [['SPC-ONLINE-1'], ['CRPL-REG']],
  },
);
sc(
  L,
  'Order placed 2022-03-15: SPC-ONLINE-1 3 is cited',
  opened('2022-03-15T00:00:00+08:00', '2022-03-16T10:00:00+08:00', '2022-03-18T10:00:00+08:00'),
  {
    verdict: 'BLOCK',
    citesOneOf: [['SPC-ONLINE-1', 3]],
    citesNone: [['CRPL-REG']],
  },
);
sc(
  L,
  'Order placed 2014-03-14: no ruleset in force',
  opened('2014-03-14T10:00:00+08:00', '2014-03-16T10:00:00+08:00', '2014-03-18T10:00:00+08:00'),
  {
    verdict: 'REVIEW',
    requiredActions: HOLD,
    ruleIds: ['cn.crpl.art25.temporal-scope'],
  },
);
sc(
  L,
  'Order placed 2014-03-15: the CRPL right applies (NRR-MEASURES not yet in force)',
  opened('2014-03-15T10:00:00+08:00', '2014-03-16T10:00:00+08:00', '2014-03-18T10:00:00+08:00'),
  {
    verdict: 'BLOCK',
    citesOneOf: [['CRPL', 25]],
    citesNone: [['NRR-MEASURES'], ['PENALTY-MEASURES'], ['SPC-ONLINE-1'], ['CRPL-REG']],
  },
);
sc(
  L,
  'Order placed 2015-03-15: PENALTY-MEASURES 9(3) is cited',
  opened('2015-03-15T10:00:00+08:00', '2015-03-16T10:00:00+08:00', '2015-03-18T10:00:00+08:00'),
  {
    verdict: 'BLOCK',
    citesOneOf: [['PENALTY-MEASURES', 9]],
    citesNone: [['NRR-MEASURES']],
  },
);
sc(
  L,
  'Order placed 2017-03-14: NRR-MEASURES not yet cited',
  opened('2017-03-14T10:00:00+08:00', '2017-03-16T10:00:00+08:00', '2017-03-18T10:00:00+08:00'),
  {
    verdict: 'BLOCK',
    citesNone: [['NRR-MEASURES']],
  },
);
sc(
  L,
  'Order placed 2017-03-15: NRR-MEASURES 8 is cited',
  opened('2017-03-15T10:00:00+08:00', '2017-03-16T10:00:00+08:00', '2017-03-20T10:00:00+08:00'),
  {
    verdict: 'BLOCK',
    citesOneOf: [['NRR-MEASURES', 8]],
  },
);
sc(
  L,
  'Order placed 2014-02-01, request years later: still no ruleset in force',
  at('2019-01-01T10:00:00+08:00', 'return_window_expired', {
    order: { placedAt: '2014-02-01T10:00:00+08:00', deliveredAt: '2014-02-03T10:00:00+08:00' },
  }),
  { verdict: 'REVIEW', ruleIds: ['cn.crpl.art25.temporal-scope'] },
);
const bizQuality = (placedAt: string): Obj => ({
  order: { buyerType: 'business', placedAt, deliveredAt: placedAt },
  returnRequest: { kind: 'quality_defect', requestedAt: placedAt.replace('T09', 'T20') },
  refusal: { reason: 'other' },
});
sc(
  L,
  'Business buyer, quality claim, order 2020-12-31: REVIEW, Civil Code not cited',
  bizQuality('2020-12-31T09:00:00+08:00'),
  {
    verdict: 'REVIEW',
    ruleIds: ['cn.civil-code.art582'],
    citesNone: [['CIVIL-CODE']],
  },
);
sc(
  L,
  'Business buyer, quality claim, order 2021-01-01: REVIEW citing CIVIL-CODE 582',
  bizQuality('2021-01-01T09:00:00+08:00'),
  {
    verdict: 'REVIEW',
    ruleIds: ['cn.civil-code.art582'],
    citesOneOf: [['CIVIL-CODE', 582]],
  },
);
const transitLate = (placedAt: string, deliveredAt: string, requestedAt: string): Obj => ({
  order: { placedAt, deliveredAt },
  returnRequest: { kind: 'damaged_in_transit', requestedAt },
  refusal: { reason: 'transit_damage_carrier_fault' },
});
sc(
  L,
  'Transit damage after the quality window, order 2018-12-31 (before the ECL): no ECL 20 rule',
  transitLate('2018-12-31T10:00:00+08:00', '2019-01-02T10:00:00+08:00', '2019-01-20T10:00:00+08:00'),
  {
    verdict: 'BLOCK',
    requiredActions: RESTATE,
    alternativeReasons: WINDOW_ALTS,
    ruleIds: ['cn.crpl.art24.para1.no-ground'],
    citesNone: [['ECL']],
  },
);
sc(
  L,
  'Transit damage after the quality window, order 2019-01-01: ECL 20 blocks at any time',
  transitLate('2019-01-01T10:00:00+08:00', '2019-01-02T10:00:00+08:00', '2019-01-20T10:00:00+08:00'),
  {
    verdict: 'BLOCK',
    // RULES.md §2 names this row's actions: accept_return, seller_pays_return_shipping. The window
    // reasons are still listed as lawful alternatives (ALLOW on condition of exchange or repair).
    requiredActions: ['accept_return', 'seller_pays_return_shipping'],
    alternativeReasons: WINDOW_ALTS,
    ruleIds: ['cn.ecl.art20'],
    citesOneOf: [['ECL', 20]],
  },
);

// ---------------------------------------------------------------- §1 scope
const S = 'scope';
sc(
  S,
  'Business buyer, no-reason return: no consumer right (any reason)',
  reason('other', { order: { buyerType: 'business' } }),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.crpl.art2'],
    citesOneOf: [
      ['CRPL', 2],
      ['NRR-MEASURES', 2],
    ],
  },
);
sc(
  S,
  'Business buyer, no-reason return, "packaging opened"',
  reason('packaging_opened', { order: { buyerType: 'business' } }),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.crpl.art2'],
  },
);
sc(
  S,
  'Business buyer, defect claim: contract law, REVIEW',
  reason('custom_made', { order: { buyerType: 'business' }, returnRequest: { kind: 'quality_defect' } }),
  {
    verdict: 'REVIEW',
    requiredActions: HOLD,
    ruleIds: ['cn.civil-code.art582'],
  },
);
sc(
  S,
  'In-store sale, no promise: no no-reason right',
  reason('packaging_opened', { order: { salesChannel: 'in_store' } }),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.crpl.art25.para1.in-store'],
    citesOneOf: [['CRPL', 25]],
  },
);
sc(
  S,
  'In-store sale, request inside a promised 15-day window: BLOCK',
  at('2026-04-12T10:00:00+08:00', 'shop_policy_no_returns', {
    order: { salesChannel: 'in_store', shopPolicy: { returnWindowDays: 15 } },
  }),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
    ruleIds: ['cn.crpl-reg.art12.in-store'],
    citesOneOf: [['CRPL-REG', 12]],
    returnWindowEndsAt: '2026-04-17T23:59:59.999+08:00',
  },
);
sc(
  S,
  'In-store sale, request after the promised 7 days: ALLOW',
  at('2026-04-10T10:00:00+08:00', 'return_window_expired', {
    order: { salesChannel: 'in_store', shopPolicy: { returnWindowDays: 7 } },
  }),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.crpl.art25.para1.in-store'],
  },
);
sc(
  S,
  'In-store sale, a promised 3-day window binds on day 2',
  at('2026-04-04T10:00:00+08:00', 'other', {
    order: { salesChannel: 'in_store', shopPolicy: { returnWindowDays: 3 } },
  }),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.crpl-reg.art12.in-store'],
  },
);
sc(
  S,
  'In-store sale, a 0-day promise covers nothing',
  reason('other', { order: { salesChannel: 'in_store', shopPolicy: { returnWindowDays: 0 } } }),
  {
    verdict: 'ALLOW',
  },
);
sc(
  S,
  'In-store promise for an order before 2024-07-01 cites CRPL 16 ¶2',
  at('2023-06-05T10:00:00+08:00', 'other', {
    order: {
      salesChannel: 'in_store',
      placedAt: '2023-06-01T10:00:00+08:00',
      deliveredAt: '2023-06-01T10:00:00+08:00',
      shopPolicy: { returnWindowDays: 10 },
    },
  }),
  { verdict: 'BLOCK', citesOneOf: [['CRPL', 16]], citesNone: [['CRPL-REG']] },
);
sc(
  S,
  'In-store sale, goods not yet handed over, promise: the promised period has not begun',
  reason('return_window_expired', {
    order: { salesChannel: 'in_store', deliveredAt: null, shopPolicy: { returnWindowDays: 7 } },
  }),
  {
    verdict: 'BLOCK',
  },
);
sc(
  S,
  'In-store sale, defect reported on day 3: CRPL 24 applies in store too',
  reason('shop_policy_no_returns', { order: { salesChannel: 'in_store' }, returnRequest: { kind: 'quality_defect' } }),
  {
    verdict: 'BLOCK',
    requiredActions: ['accept_return', 'seller_pays_return_shipping'],
    ruleIds: ['cn.crpl.art24.para1'],
  },
);
sc(
  S,
  'In-store sale, defect after the quality window, refused as expired: ALLOW on condition',
  at('2026-04-20T10:00:00+08:00', 'return_window_expired', {
    order: { salesChannel: 'in_store' },
    returnRequest: { kind: 'quality_defect' },
  }),
  {
    verdict: 'ALLOW',
    requiredActions: ['offer_exchange_or_repair'],
  },
);
sc(
  S,
  'In-store sale, defect after the quality window but inside a promised 30 days: the promise binds (stricter)',
  at('2026-04-20T10:00:00+08:00', 'return_window_expired', {
    order: { salesChannel: 'in_store', shopPolicy: { returnWindowDays: 30 } },
    returnRequest: { kind: 'quality_defect' },
  }),
  { verdict: 'BLOCK', requiredActions: ACCEPT, ruleIds: ['cn.crpl-reg.art12.in-store'] },
);

// ---------------------------------------------------------------- §2 non-conforming goods
const N = 'non-conforming';
const q = (kind: string, r: string, extra: Obj = {}): Obj =>
  merge({ returnRequest: { kind }, refusal: { reason: r } }, extra) as Obj;
const late = { returnRequest: { requestedAt: '2026-04-20T10:00:00+08:00' } };
sc(N, 'Defect in the quality window, abuse claimed: REVIEW', q('quality_defect', 'abusive_return'), {
  verdict: 'REVIEW',
  requiredActions: HOLD,
  ruleIds: ['cn.crpl.art24.para1.judgment'],
  citesOneOf: [['CRPL', 24]],
});
sc(N, 'Defect in the quality window, unlisted reason: REVIEW', q('not_as_described', 'other'), {
  verdict: 'REVIEW',
  requiredActions: HOLD,
});
sc(N, 'Defect unverified, but the no-reason right also holds: BLOCK', q('quality_defect', 'quality_claim_unverified'), {
  verdict: 'BLOCK',
  requiredActions: ACCEPT,
  ruleIds: ['cn.crpl.art25.para1.no-defect-needed'],
  citesOneOf: [['CRPL', 25]],
  qualityWindowEndsAt: '2026-04-09T23:59:59.999+08:00',
});
sc(
  N,
  'Defect unverified, in-store sale (no no-reason right): REVIEW',
  q('quality_defect', 'quality_claim_unverified', { order: { salesChannel: 'in_store' } }),
  {
    verdict: 'REVIEW',
    ruleIds: ['cn.crpl.art24.para1.disputed-defect'],
    citesOneOf: [['CRPL-REG', 47]],
  },
);
sc(
  N,
  'Defect unverified, perishable goods (excluded from no-reason): REVIEW',
  q('quality_defect', 'quality_claim_unverified', { item: { perishable: true, category: 'food' } }),
  {
    verdict: 'REVIEW',
    ruleIds: ['cn.crpl.art24.para1.disputed-defect'],
  },
);
sc(
  N,
  'Defect unverified, perishable goods but the shop promised to cover excluded goods: BLOCK',
  q('quality_defect', 'quality_claim_unverified', {
    item: { perishable: true, category: 'food' },
    order: { shopPolicy: { coversExcludedGoods: true } },
  }),
  { verdict: 'BLOCK', ruleIds: ['cn.crpl.art25.para1.no-defect-needed'] },
);
sc(
  N,
  'Defect unverified, goods with tags removed (not plainly intact): REVIEW',
  q('quality_defect', 'quality_claim_unverified', cond({ tagsRemoved: true })),
  {
    verdict: 'REVIEW',
  },
);
sc(
  N,
  'Defect unverified, goods validly confirmed non-returnable: REVIEW',
  q('quality_defect', 'quality_claim_unverified', {
    item: {
      category: 'cosmetics',
      nonReturnable: {
        basis: 'near_expiry_disclosed',
        confirmation: 'explicit',
        confirmedAt: '2026-04-01T08:59:00+08:00',
      },
    },
  }),
  { verdict: 'REVIEW' },
);
sc(
  N,
  'Defect unverified, order placed 2023: cites CRPL 24 without CRPL-REG 47',
  q('quality_defect', 'quality_claim_unverified', {
    order: {
      salesChannel: 'in_store',
      placedAt: '2023-04-01T09:00:00+08:00',
      deliveredAt: '2023-04-02T10:00:00+08:00',
    },
    returnRequest: { requestedAt: '2023-04-04T10:00:00+08:00' },
  }),
  { verdict: 'REVIEW', citesOneOf: [['CRPL', 24]], citesNone: [['CRPL-REG']] },
);
sc(
  N,
  'Wrong item on day 3, refused as "perishable": BLOCK, seller pays shipping',
  q('wrong_item', 'perishable', { item: { perishable: true, category: 'food' } }),
  {
    verdict: 'BLOCK',
    requiredActions: ['accept_return', 'seller_pays_return_shipping'],
    ruleIds: ['cn.nrr-measures.art35'],
    citesOneOf: [['NRR-MEASURES', 35]],
  },
);
sc(
  N,
  'Missing parts on day 3, refused as "not intact": BLOCK',
  q('missing_parts', 'not_intact', cond({ tagsRemoved: true })),
  {
    verdict: 'BLOCK',
    requiredActions: ['accept_return', 'seller_pays_return_shipping'],
    ruleIds: ['cn.nrr-measures.art35'],
  },
);
sc(
  N,
  'Not as described on day 3, refused as a promotional item: BLOCK',
  q('not_as_described', 'promotional_or_clearance_item'),
  {
    verdict: 'BLOCK',
    requiredActions: ['accept_return', 'seller_pays_return_shipping'],
    ruleIds: ['cn.crpl.art24.para1'],
  },
);
sc(N, 'Defect on day 3, refused as "window expired": BLOCK', q('quality_defect', 'return_window_expired'), {
  verdict: 'BLOCK',
  requiredActions: ['accept_return', 'seller_pays_return_shipping'],
});
sc(
  N,
  'Damaged in transit on day 3, refused as not intact: BLOCK citing ECL 20',
  q('damaged_in_transit', 'not_intact'),
  {
    verdict: 'BLOCK',
    requiredActions: ['accept_return', 'seller_pays_return_shipping'],
    citesOneOf: [['ECL', 20]],
  },
);
sc(
  N,
  'Damaged in transit on day 3, the shop’s carrier: "carrier fault" is no ground',
  q('damaged_in_transit', 'transit_damage_carrier_fault'),
  {
    verdict: 'BLOCK',
    requiredActions: ['accept_return', 'seller_pays_return_shipping'],
    ruleIds: ['cn.ecl.art20'],
  },
);
sc(
  N,
  'Damaged in transit after the quality window, the shop’s carrier: BLOCK at any time',
  q('damaged_in_transit', 'transit_damage_carrier_fault', late),
  {
    verdict: 'BLOCK',
    // RULES.md §2 names this row's actions: accept_return, seller_pays_return_shipping. The window
    // reasons are still listed as lawful alternatives (ALLOW on condition of exchange or repair).
    requiredActions: ['accept_return', 'seller_pays_return_shipping'],
    alternativeReasons: WINDOW_ALTS,
    ruleIds: ['cn.ecl.art20'],
  },
);
sc(
  N,
  'Damaged in transit, the consumer chose the carrier, after the window: ECL 20 does not apply',
  q(
    'damaged_in_transit',
    'transit_damage_carrier_fault',
    merge(late, { order: { consumerChoseCarrier: true } }) as Obj,
  ),
  { verdict: 'BLOCK', requiredActions: RESTATE, ruleIds: ['cn.crpl.art24.para1.no-ground'], citesNone: [['ECL']] },
);
sc(
  N,
  'Damaged in transit, the consumer chose the carrier, inside the window: CRPL 24 alone, no ECL 20',
  q('damaged_in_transit', 'transit_damage_carrier_fault', { order: { consumerChoseCarrier: true } }),
  { verdict: 'BLOCK', requiredActions: ['accept_return', 'seller_pays_return_shipping'], citesNone: [['ECL']] },
);
sc(
  N,
  'Defect after the quality window, refused as "window expired": ALLOW with exchange or repair',
  q('quality_defect', 'return_window_expired', late),
  {
    verdict: 'ALLOW',
    requiredActions: ['offer_exchange_or_repair'],
    ruleIds: ['cn.crpl.art24.para1.exchange-or-repair'],
    qualityWindowEndsAt: '2026-04-09T23:59:59.999+08:00',
  },
);
sc(
  N,
  'Defect after the quality window, "after-sales period expired": ALLOW with exchange or repair',
  q('not_as_described', 'after_sales_period_expired', late),
  {
    verdict: 'ALLOW',
    requiredActions: ['offer_exchange_or_repair'],
  },
);
sc(
  N,
  'Defect after the quality window, refused as custom-made: restate the reason',
  q('quality_defect', 'custom_made', merge(late, { item: { customMade: true } }) as Obj),
  {
    verdict: 'BLOCK',
    requiredActions: RESTATE,
    alternativeReasons: WINDOW_ALTS,
    ruleIds: ['cn.crpl.art24.para1.no-ground'],
  },
);
sc(N, 'Defect after the quality window, disputed: REVIEW', q('quality_defect', 'quality_claim_unverified', late), {
  verdict: 'REVIEW',
  ruleIds: ['cn.crpl.art24.para1.rescission'],
  citesOneOf: [['CIVIL-CODE', 563]],
});
sc(N, 'Defect after the quality window, abuse claimed: REVIEW', q('quality_defect', 'abusive_return', late), {
  verdict: 'REVIEW',
});
sc(N, 'Defect after the quality window, unlisted reason: REVIEW', q('missing_parts', 'other', late), {
  verdict: 'REVIEW',
});
sc(
  N,
  'Wrong item after the quality window, refused as expired: REVIEW',
  q('wrong_item', 'return_window_expired', late),
  {
    verdict: 'REVIEW',
    ruleIds: ['cn.crpl.art24.para1.rescission'],
  },
);
const durable = (requestedAt: string, extra: Obj = {}): Obj =>
  merge(
    {
      order: { placedAt: '2025-08-25T10:00:00+08:00', deliveredAt: '2025-08-31T10:00:00+08:00' },
      item: { category: 'electronics', name: '电视机', durable: true },
      returnRequest: { kind: 'quality_defect', requestedAt },
      refusal: { reason: 'quality_claim_unverified' },
    },
    extra,
  ) as Obj;
sc(
  N,
  'Durable TV, defect unverified in month 3, no inspection report: the seller bears the burden',
  durable('2025-11-20T10:00:00+08:00'),
  {
    verdict: 'BLOCK',
    // RULES.md §2 names this row's action: accept_return.
    requiredActions: ['accept_return'],
    alternativeReasons: WINDOW_ALTS,
    ruleIds: ['cn.crpl.art23.para3'],
    citesOneOf: [['CRPL', 23]],
  },
);
sc(
  N,
  'Durable TV: the last day of the six months (28 Feb for a 31 Aug receipt)',
  durable('2026-02-28T23:00:00+08:00'),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.crpl.art23.para3'],
  },
);
sc(N, 'Durable TV: the day after the six months: REVIEW', durable('2026-03-01T09:00:00+08:00'), {
  verdict: 'REVIEW',
  ruleIds: ['cn.crpl.art24.para1.rescission'],
});
sc(
  N,
  'Durable TV with an inspection report: REVIEW',
  durable('2025-11-20T10:00:00+08:00', { refusal: { evidence: [{ type: 'inspection_report', ref: 'lab-1' }] } }),
  {
    verdict: 'REVIEW',
  },
);
sc(N, 'Durable TV with only a photo: the burden is not discharged', durable('2025-11-20T10:00:00+08:00', photo), {
  verdict: 'BLOCK',
  ruleIds: ['cn.crpl.art23.para3'],
});
sc(
  N,
  'Not durable, defect unverified in month 3: REVIEW',
  durable('2025-11-20T10:00:00+08:00', { item: { durable: false } }),
  {
    verdict: 'REVIEW',
  },
);
sc(
  N,
  '三包 goods, two failed repairs, after the window: BLOCK whatever the reason',
  q(
    'quality_defect',
    'return_window_expired',
    merge(late, {
      item: { threeGuarantees: true, category: 'electronics' },
      returnRequest: { repairAttempts: 2 },
    }) as Obj,
  ),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
    ruleIds: ['cn.three-guarantees.art11'],
    citesOneOf: [['THREE-GUARANTEES', 11]],
  },
);
sc(
  N,
  '三包 goods, two failed repairs, abuse claimed: still BLOCK',
  q(
    'quality_defect',
    'abusive_return',
    merge(late, { item: { threeGuarantees: true }, returnRequest: { repairAttempts: 3 } }) as Obj,
  ),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
  },
);
sc(
  N,
  '三包 goods, one failed repair, within 15 days of sale: ALLOW with exchange or repair, citing 三包 art. 10',
  q('quality_defect', 'return_window_expired', {
    item: { threeGuarantees: true, category: 'electronics' },
    returnRequest: { repairAttempts: 1, requestedAt: '2026-04-12T10:00:00+08:00' },
  }),
  { verdict: 'ALLOW', requiredActions: ['offer_exchange_or_repair'], citesOneOf: [['THREE-GUARANTEES', 10]] },
);
sc(
  N,
  '三包 goods, request 30 days after sale: no 三包 art. 10 citation',
  q('quality_defect', 'return_window_expired', {
    item: { threeGuarantees: true, category: 'electronics' },
    returnRequest: { requestedAt: '2026-05-01T10:00:00+08:00' },
  }),
  { verdict: 'ALLOW', citesNone: [['THREE-GUARANTEES']] },
);
const promise30 = { order: { shopPolicy: { returnWindowDays: 30 } } };
sc(
  N,
  'Defect on day 12 inside a promised 30-day window, refused as expired: the promise binds',
  q(
    'quality_defect',
    'return_window_expired',
    merge(promise30, { returnRequest: { requestedAt: '2026-04-14T10:00:00+08:00' } }) as Obj,
  ),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
    ruleIds: ['cn.crpl-reg.art12'],
  },
);
sc(
  N,
  'Defect on day 12 inside a promised 30-day window, abuse claimed: REVIEW',
  q(
    'quality_defect',
    'abusive_return',
    merge(promise30, { returnRequest: { requestedAt: '2026-04-14T10:00:00+08:00' } }) as Obj,
  ),
  {
    verdict: 'REVIEW',
  },
);
sc(
  N,
  'Defect on day 40, after the promised 30-day window: §2 alone, ALLOW on condition',
  q(
    'quality_defect',
    'return_window_expired',
    merge(promise30, { returnRequest: { requestedAt: '2026-05-12T10:00:00+08:00' } }) as Obj,
  ),
  {
    verdict: 'ALLOW',
    requiredActions: ['offer_exchange_or_repair'],
  },
);
sc(
  N,
  'Custom-made item, defect on day 12 inside a promised 30 days, refused as custom-made: BLOCK, nothing else lawful',
  q(
    'quality_defect',
    'custom_made',
    merge(promise30, {
      item: { customMade: true },
      returnRequest: { requestedAt: '2026-04-14T10:00:00+08:00' },
    }) as Obj,
  ),
  { verdict: 'BLOCK', requiredActions: ACCEPT, alternativeReasons: [] },
);
sc(
  N,
  'Defect, goods not yet delivered, refused as expired: BLOCK',
  q('quality_defect', 'return_window_expired', { order: { deliveredAt: null } }),
  {
    verdict: 'BLOCK',
    requiredActions: ['accept_return', 'seller_pays_return_shipping'],
  },
);
sc(
  N,
  'Defect on day 7 (last day of the quality window)',
  q('quality_defect', 'return_window_expired', { returnRequest: { requestedAt: '2026-04-09T23:59:00+08:00' } }),
  {
    verdict: 'BLOCK',
    qualityWindowEndsAt: '2026-04-09T23:59:59.999+08:00',
  },
);
sc(
  N,
  'Defect on day 8 (first day after the quality window)',
  q('quality_defect', 'return_window_expired', { returnRequest: { requestedAt: '2026-04-10T00:00:00+08:00' } }),
  {
    verdict: 'ALLOW',
    requiredActions: ['offer_exchange_or_repair'],
  },
);

// ---------------------------------------------------------------- §3.2 statutory exclusions and their exception
const X = 'exclusions';
sc(X, 'Custom-made item, refused as custom-made: ALLOW', reason('custom_made', { item: { customMade: true } }), {
  verdict: 'ALLOW',
  ruleIds: ['cn.crpl.art25.para1.item1'],
  citesOneOf: [
    ['CRPL', 25],
    ['NRR-MEASURES', 6],
  ],
});
sc(X, 'Standard item refused as custom-made: BLOCK', reason('custom_made'), {
  verdict: 'BLOCK',
  requiredActions: ACCEPT,
  ruleIds: ['cn.crpl.art25.para1.item1'],
});
sc(
  X,
  'Perishable goods refused as perishable: ALLOW',
  reason('perishable', { item: { perishable: true, category: 'food' } }),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.crpl.art25.para1.item2'],
  },
);
sc(X, 'Non-perishable food refused as perishable: BLOCK', reason('perishable', { item: { category: 'food' } }), {
  verdict: 'BLOCK',
  requiredActions: ACCEPT,
});
sc(
  X,
  'Downloaded software refused: ALLOW',
  reason('digital_downloaded_or_unsealed', {
    item: { category: 'software', digital: { delivery: 'download', downloaded: true, unsealed: false } },
  }),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.crpl.art25.para1.item3'],
  },
);
sc(
  X,
  'Unsealed CD refused: ALLOW',
  reason('digital_downloaded_or_unsealed', {
    item: { category: 'audio_video_media', digital: { delivery: 'physical_media', downloaded: false, unsealed: true } },
  }),
  {
    verdict: 'ALLOW',
  },
);
sc(
  X,
  'Sealed CD refused as unsealed: BLOCK',
  reason('digital_downloaded_or_unsealed', {
    item: {
      category: 'audio_video_media',
      digital: { delivery: 'physical_media', downloaded: false, unsealed: false },
    },
  }),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
  },
);
sc(X, 'Non-digital item refused as digital: BLOCK', reason('digital_downloaded_or_unsealed'), { verdict: 'BLOCK' });
sc(X, 'Periodical refused: ALLOW', reason('newspaper_periodical', { item: { category: 'newspapers_periodicals' } }), {
  verdict: 'ALLOW',
  ruleIds: ['cn.crpl.art25.para1.item4'],
});
sc(X, 'A book refused as a periodical: BLOCK', reason('newspaper_periodical', { item: { category: 'books' } }), {
  verdict: 'BLOCK',
});
const covers = { order: { shopPolicy: { coversExcludedGoods: true } } };
sc(
  X,
  'Promise covers excluded goods: custom-made refusal BLOCK',
  reason('custom_made', merge(covers, { item: { customMade: true } }) as Obj),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
    ruleIds: ['cn.spc-online-1.art2'],
    citesOneOf: [['SPC-ONLINE-1', 2]],
  },
);
sc(
  X,
  'Promise covers excluded goods: perishable refusal BLOCK',
  reason('perishable', merge(covers, { item: { perishable: true, category: 'food' } }) as Obj),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.spc-online-1.art2'],
  },
);
sc(
  X,
  'Promise covers excluded goods: digital refusal BLOCK',
  reason(
    'digital_downloaded_or_unsealed',
    merge(covers, {
      item: { category: 'software', digital: { delivery: 'download', downloaded: true, unsealed: false } },
    }) as Obj,
  ),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.spc-online-1.art2'],
  },
);
sc(
  X,
  'Promise covers excluded goods: periodical refusal BLOCK',
  reason('newspaper_periodical', merge(covers, { item: { category: 'newspapers_periodicals' } }) as Obj),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.spc-online-1.art2'],
  },
);
sc(
  X,
  'Promise covers excluded goods, order 2021: cites CRPL 16 ¶2, no SPC-ONLINE-1',
  reason(
    'custom_made',
    merge(covers, {
      item: { customMade: true },
      order: { placedAt: '2021-06-01T10:00:00+08:00', deliveredAt: '2021-06-03T10:00:00+08:00' },
      returnRequest: { requestedAt: '2021-06-05T10:00:00+08:00' },
    }) as Obj,
  ),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.spc-online-1.art2'],
    citesOneOf: [['CRPL', 16]],
    citesNone: [['SPC-ONLINE-1'], ['CRPL-REG']],
  },
);
sc(
  X,
  'Promise flag off: the exclusion stands (exception not firing)',
  reason('custom_made', {
    item: { customMade: true },
    order: { shopPolicy: { coversExcludedGoods: false, returnWindowDays: 7 } },
  }),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.crpl.art25.para1.item1'],
  },
);
sc(
  X,
  'Custom-made item refused as "packaging opened": restate as custom-made',
  reason('packaging_opened', { item: { customMade: true } }),
  {
    verdict: 'BLOCK',
    requiredActions: RESTATE,
    alternativeReasons: ['custom_made'],
  },
);
sc(
  X,
  'Perishable and custom-made cake refused as a clearance item: two lawful alternatives',
  reason('promotional_or_clearance_item', { item: { customMade: true, perishable: true, category: 'food' } }),
  {
    verdict: 'BLOCK',
    requiredActions: RESTATE,
    alternativeReasons: ['custom_made', 'perishable'],
  },
);
sc(
  X,
  'Periodical refused under "no returns" policy: restate as periodical',
  reason('shop_policy_no_returns', { item: { category: 'newspapers_periodicals' } }),
  {
    verdict: 'BLOCK',
    requiredActions: RESTATE,
    alternativeReasons: ['newspaper_periodical'],
  },
);

// ---------------------------------------------------------------- §3.3 confirmation
const C = 'confirmation';
const nr = (nonReturnable: Obj, condition: Obj = {}, extra: Obj = {}): Obj =>
  merge(
    {
      item: { category: 'cosmetics', name: '面霜', nonReturnable },
      returnRequest: { condition },
      refusal: { reason: 'confirmed_non_returnable' },
    },
    extra,
  ) as Obj;
const ok = { confirmation: 'explicit', confirmedAt: '2026-04-01T08:58:00+08:00' };
sc(
  C,
  'All four conditions hold (unsealing nature, explicit, at purchase, unsealed): ALLOW',
  nr({ basis: 'health_safety_after_unsealing', ...ok }, { packagingOpened: true, necessarySealBroken: true }),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.crpl.art25.para2'],
    citesOneOf: [
      ['CRPL', 25],
      ['NRR-MEASURES', 7],
    ],
  },
);
sc(
  C,
  'Quality-change nature, packaging opened: ALLOW',
  nr({ basis: 'quality_change_after_unsealing', ...ok }, { packagingOpened: true }),
  { verdict: 'ALLOW' },
);
sc(
  C,
  'Unsealing nature, but the goods were never unsealed: BLOCK',
  nr({ basis: 'health_safety_after_unsealing', ...ok }),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
    ruleIds: ['cn.nrr-measures.art7'],
  },
);
sc(
  C,
  'Activation nature, activated: ALLOW',
  nr({ basis: 'value_loss_on_activation_or_trial', ...ok }, { activated: true }, { item: { category: 'electronics' } }),
  {
    verdict: 'ALLOW',
    citesOneOf: [['NRR-MEASURES', 7]],
  },
);
sc(
  C,
  'Activation nature, visible use traces: ALLOW',
  nr(
    { basis: 'value_loss_on_activation_or_trial', ...ok },
    { obviousUseTraces: true },
    { item: { category: 'electronics' } },
  ),
  { verdict: 'ALLOW' },
);
sc(
  C,
  'Activation nature, neither activated nor used: BLOCK',
  nr(
    { basis: 'value_loss_on_activation_or_trial', ...ok },
    { packagingOpened: true },
    { item: { category: 'electronics' } },
  ),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.nrr-measures.art7'],
  },
);
sc(
  C,
  'Near expiry disclosed and confirmed: ALLOW',
  nr({ basis: 'near_expiry_disclosed', ...ok }, {}, { item: { category: 'food' } }),
  { verdict: 'ALLOW' },
);
sc(
  C,
  'Defect disclosed and confirmed: ALLOW',
  nr({ basis: 'defect_disclosed', ...ok }, {}, { item: { category: 'household' } }),
  { verdict: 'ALLOW' },
);
sc(
  C,
  'Confirmed at exactly the order time: ALLOW',
  nr({ basis: 'defect_disclosed', confirmation: 'explicit', confirmedAt: '2026-04-01T09:00:00+08:00' }),
  { verdict: 'ALLOW' },
);
sc(
  C,
  '"Other" basis on ordinary goods enlarges the excluded scope: BLOCK',
  nr({ basis: 'other', ...ok }, { packagingOpened: true }),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.crpl-reg.art19.para1'],
    citesOneOf: [
      ['CRPL-REG', 19],
      ['NRR-MEASURES', 30],
    ],
  },
);
sc(
  C,
  'Default-selected confirmation: BLOCK',
  nr(
    {
      basis: 'health_safety_after_unsealing',
      confirmation: 'default_selected',
      confirmedAt: '2026-04-01T08:58:00+08:00',
    },
    { necessarySealBroken: true },
  ),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.crpl-reg.art19.para2'],
  },
);
sc(
  C,
  'No confirmation at all: BLOCK',
  nr(
    { basis: 'health_safety_after_unsealing', confirmation: 'none', confirmedAt: null },
    { necessarySealBroken: true },
  ),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.nrr-measures.art20.para2'],
    citesOneOf: [
      ['NRR-MEASURES', 20],
      ['PENALTY-MEASURES', 9],
    ],
  },
);
sc(
  C,
  'Explicit but no confirmation time: BLOCK',
  nr(
    { basis: 'health_safety_after_unsealing', confirmation: 'explicit', confirmedAt: null },
    { necessarySealBroken: true },
  ),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.crpl.art25.para2.at-purchase'],
  },
);
sc(
  C,
  'Explicit but confirmed after the order (in a later chat): BLOCK',
  nr(
    { basis: 'health_safety_after_unsealing', confirmation: 'explicit', confirmedAt: '2026-04-03T10:00:00+08:00' },
    { necessarySealBroken: true },
  ),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.crpl.art25.para2.at-purchase'],
  },
);
sc(C, 'Not marked non-returnable at all: BLOCK', reason('confirmed_non_returnable'), {
  verdict: 'BLOCK',
  ruleIds: ['cn.crpl.art25.para2'],
});
sc(
  C,
  'Valid confirmation but the shop promised to cover excluded goods: REVIEW',
  nr({ basis: 'health_safety_after_unsealing', ...ok }, { necessarySealBroken: true }, covers),
  {
    verdict: 'REVIEW',
    ruleIds: ['cn.crpl-reg.art12.promise-vs-confirmation'],
  },
);
sc(
  C,
  'Several failures (other basis, pre-ticked, after the order): BLOCK naming each',
  nr({ basis: 'other', confirmation: 'default_selected', confirmedAt: '2026-04-02T10:00:00+08:00' }),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.crpl-reg.art19.para1', 'cn.crpl-reg.art19.para2', 'cn.crpl.art25.para2.at-purchase'],
  },
);
sc(
  C,
  'No confirmation, order 2016 (before the measures): CRPL 25 ¶2 and PENALTY-MEASURES 9(2)',
  nr(
    { basis: 'health_safety_after_unsealing', confirmation: 'none', confirmedAt: null },
    { necessarySealBroken: true },
    {
      order: { placedAt: '2016-05-01T10:00:00+08:00', deliveredAt: '2016-05-03T10:00:00+08:00' },
      returnRequest: { requestedAt: '2016-05-05T10:00:00+08:00' },
    },
  ),
  { verdict: 'BLOCK', citesOneOf: [['PENALTY-MEASURES', 9]], citesNone: [['NRR-MEASURES'], ['CRPL-REG']] },
);
sc(
  C,
  'Pre-ticked box with sealed goods also not intact without proof: no lawful alternative',
  nr(
    {
      basis: 'health_safety_after_unsealing',
      confirmation: 'default_selected',
      confirmedAt: '2026-04-01T08:58:00+08:00',
    },
    { necessarySealBroken: true },
  ),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
    alternativeReasons: [],
  },
);
sc(
  C,
  'Pre-ticked box but seal broken with a photo: restate as "not intact"',
  nr(
    {
      basis: 'health_safety_after_unsealing',
      confirmation: 'default_selected',
      confirmedAt: '2026-04-01T08:58:00+08:00',
    },
    { necessarySealBroken: true },
    photo,
  ),
  {
    verdict: 'BLOCK',
    requiredActions: RESTATE,
    alternativeReasons: ['not_intact', 'packaging_opened'],
  },
);

// ---------------------------------------------------------------- §3.4 intactness
const I = 'intactness';
const ni = (category: string, condition: Obj, extra: Obj = {}, r = 'not_intact'): Obj =>
  merge({ item: { category }, returnRequest: { condition }, refusal: { reason: r } }, extra) as Obj;
sc(I, 'Apparel with tags removed, photo: ALLOW', ni('apparel', { tagsRemoved: true }, photo), {
  verdict: 'ALLOW',
  ruleIds: ['cn.nrr-measures.art9.para1.item3'],
  citesOneOf: [['NRR-MEASURES', 9]],
});
sc(I, 'Apparel with tags removed, no evidence: REVIEW', ni('apparel', { tagsRemoved: true }), {
  verdict: 'REVIEW',
  requiredActions: HOLD,
  ruleIds: ['cn.nrr-measures.art8.evidence'],
});
sc(
  I,
  'Apparel with tags removed, only a chat log: REVIEW',
  ni('apparel', { tagsRemoved: true }, { refusal: { evidence: [{ type: 'chat_log', ref: 'crm://1' }] } }),
  { verdict: 'REVIEW' },
);
sc(
  I,
  'Footwear soiled, video: ALLOW',
  ni('footwear_headwear', { soiledOrDamaged: true }, { refusal: { evidence: [{ type: 'video', ref: 'v://1' }] } }),
  { verdict: 'ALLOW' },
);
sc(
  I,
  'Toys damaged, inspection report: ALLOW',
  ni('toys', { soiledOrDamaged: true }, { refusal: { evidence: [{ type: 'inspection_report', ref: 'r://1' }] } }),
  { verdict: 'ALLOW' },
);
sc(
  I,
  'Home textiles soiled, courier record only: REVIEW',
  ni('home_textiles', { soiledOrDamaged: true }, { refusal: { evidence: [{ type: 'courier_record', ref: 'c://1' }] } }),
  { verdict: 'REVIEW' },
);
sc(
  I,
  'Apparel with use traces only (not in item (3)): general test, REVIEW',
  ni('apparel', { obviousUseTraces: true }, photo),
  {
    verdict: 'REVIEW',
    ruleIds: ['cn.nrr-measures.art9.para1'],
  },
);
sc(
  I,
  'Food with the necessary seal broken, photo: ALLOW',
  ni('food', { necessarySealBroken: true, packagingOpened: true }, photo),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.nrr-measures.art9.para1.item1'],
  },
);
sc(I, 'Cosmetics with the seal broken, no evidence: REVIEW', ni('cosmetics', { necessarySealBroken: true }), {
  verdict: 'REVIEW',
});
sc(I, 'Medical device with the seal broken, photo: ALLOW', ni('medical_device', { necessarySealBroken: true }, photo), {
  verdict: 'ALLOW',
});
sc(
  I,
  'Family-planning goods with the seal broken, photo: ALLOW',
  ni('family_planning', { necessarySealBroken: true }, photo),
  { verdict: 'ALLOW' },
);
sc(I, 'Cosmetics with only the outer box opened: BLOCK', ni('cosmetics', { packagingOpened: true }, photo), {
  verdict: 'BLOCK',
  requiredActions: ACCEPT,
  ruleIds: ['cn.nrr-measures.art8.para3'],
});
sc(
  I,
  'Electronics with a seal on the box broken: opening packaging, BLOCK',
  ni('electronics', { necessarySealBroken: true, packagingOpened: true }, photo, 'packaging_opened'),
  {
    verdict: 'BLOCK',
    citesOneOf: [
      ['NRR-MEASURES', 8],
      ['SPC-ONLINE-1', 3],
    ],
  },
);
sc(I, 'Electronics activated only: REVIEW', ni('electronics', { activated: true, packagingOpened: true }, photo), {
  verdict: 'REVIEW',
  ruleIds: ['cn.nrr-measures.art9.para1.item2.activation'],
});
sc(
  I,
  'Electronics activated and with tampered markings, photo: ALLOW',
  ni('electronics', { activated: true, markingsTampered: true }, photo),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.nrr-measures.art9.para1.item2'],
  },
);
sc(
  I,
  'Electronics with use traces, inspection report: ALLOW',
  ni(
    'electronics',
    { obviousUseTraces: true },
    { refusal: { evidence: [{ type: 'inspection_report', ref: 'r://2' }] } },
  ),
  { verdict: 'ALLOW' },
);
sc(
  I,
  'Electronics with unauthorised repair, no evidence: REVIEW',
  ni('electronics', { unauthorizedRepairOrModification: true }),
  { verdict: 'REVIEW' },
);
sc(I, 'Jewellery soiled, photo: general test, REVIEW', ni('jewelry', { soiledOrDamaged: true }, photo), {
  verdict: 'REVIEW',
  ruleIds: ['cn.nrr-measures.art9.para1'],
});
sc(I, 'Books with use traces, photo: general test, REVIEW', ni('books', { obviousUseTraces: true }, photo), {
  verdict: 'REVIEW',
});
sc(
  I,
  'Jewellery missing its accessory (certificate), photo: ALLOW',
  ni('jewelry', { accessoriesMissing: ['鉴定证书'] }, photo),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.nrr-measures.art8.para2'],
  },
);
sc(
  I,
  'Charger missing, refused as not intact, no evidence: REVIEW',
  ni('electronics', { accessoriesMissing: ['充电器'] }),
  { verdict: 'REVIEW' },
);
sc(
  I,
  'Packaging opened but tags removed (photo): judged like not_intact, ALLOW',
  ni('apparel', { packagingOpened: true, tagsRemoved: true }, photo, 'packaging_opened'),
  {
    verdict: 'ALLOW',
  },
);
sc(I, 'Nothing shows non-intact goods, refused as not intact: BLOCK', ni('household', {}, photo), {
  verdict: 'BLOCK',
  requiredActions: ACCEPT,
  ruleIds: ['cn.nrr-measures.art8.para3'],
  citesOneOf: [
    ['NRR-MEASURES', 8],
    ['PENALTY-MEASURES', 9],
  ],
});
sc(
  I,
  'Apparel opened and tried on (no tags removed): BLOCK',
  ni('apparel', { packagingOpened: true }, photo, 'packaging_opened'),
  {
    verdict: 'BLOCK',
    citesOneOf: [['NRR-MEASURES', 31]],
  },
);
sc(
  I,
  'Luggage with tags removed (photo), refused as "packaging opened": judged like not_intact, ALLOW',
  ni('luggage_bags', { tagsRemoved: true }, photo, 'packaging_opened'),
  {
    verdict: 'ALLOW',
  },
);
sc(
  I,
  'Apparel intact, refused as a clearance item while tags were removed (photo): restate as not intact',
  ni('apparel', { tagsRemoved: true }, photo, 'promotional_or_clearance_item'),
  {
    verdict: 'BLOCK',
    requiredActions: RESTATE,
    alternativeReasons: ['not_intact', 'packaging_opened'],
  },
);

// ---------------------------------------------------------------- gifts and accessories
const A = 'gifts';
const gifts: Json[] = [
  { name: '收纳袋', declaredPriceFen: 1500 },
  { name: '试用装', declaredPriceFen: 500 },
  { name: '贴纸' },
];
sc(
  A,
  'Gift missing, price declared: BLOCK, may charge the gift price',
  ni('apparel', { giftsMissing: ['收纳袋'] }, { item: { gifts } }, 'gift_or_accessory_missing'),
  {
    verdict: 'BLOCK',
    requiredActions: ['accept_return', 'may_charge_declared_gift_price'],
    ruleIds: ['cn.nrr-measures.art12'],
    citesOneOf: [['NRR-MEASURES', 12]],
  },
);
sc(
  A,
  'Two gifts missing, both priced: may charge',
  ni('apparel', { giftsMissing: ['收纳袋', '试用装'] }, { item: { gifts } }, 'gift_or_accessory_missing'),
  {
    verdict: 'BLOCK',
    requiredActions: ['accept_return', 'may_charge_declared_gift_price'],
  },
);
sc(
  A,
  'Gift missing without a declared price: BLOCK, no charge',
  ni('apparel', { giftsMissing: ['贴纸'] }, { item: { gifts } }, 'gift_or_accessory_missing'),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
  },
);
sc(
  A,
  'Two gifts missing, one unpriced: no charge',
  ni('apparel', { giftsMissing: ['收纳袋', '贴纸'] }, { item: { gifts } }, 'gift_or_accessory_missing'),
  {
    verdict: 'BLOCK',
    requiredActions: ACCEPT,
  },
);
sc(
  A,
  'Gift missing that was never listed: no charge',
  ni('apparel', { giftsMissing: ['帽子'] }, { item: { gifts } }, 'gift_or_accessory_missing'),
  { verdict: 'BLOCK', requiredActions: ACCEPT },
);
sc(
  A,
  'Accessory missing, photo: ALLOW',
  ni('electronics', { accessoriesMissing: ['遥控器'] }, photo, 'gift_or_accessory_missing'),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.nrr-measures.art8.para2'],
  },
);
sc(
  A,
  'Accessory missing, no evidence: REVIEW',
  ni('electronics', { accessoriesMissing: ['遥控器'] }, {}, 'gift_or_accessory_missing'),
  {
    verdict: 'REVIEW',
    ruleIds: ['cn.nrr-measures.art8.evidence'],
  },
);
sc(
  A,
  'Accessory and gift missing, photo: ALLOW',
  ni(
    'electronics',
    { accessoriesMissing: ['遥控器'], giftsMissing: ['收纳袋'] },
    merge(photo, { item: { gifts } }) as Obj,
    'gift_or_accessory_missing',
  ),
  { verdict: 'ALLOW' },
);
sc(A, 'Nothing missing: BLOCK', ni('apparel', {}, {}, 'gift_or_accessory_missing'), {
  verdict: 'BLOCK',
  requiredActions: ACCEPT,
  ruleIds: ['cn.nrr-measures.art12'],
});
sc(
  A,
  'Gift missing but the item is custom-made: restate as custom-made, may still charge',
  ni('apparel', { giftsMissing: ['收纳袋'] }, { item: { gifts, customMade: true } }, 'gift_or_accessory_missing'),
  {
    verdict: 'BLOCK',
    requiredActions: ['may_charge_declared_gift_price', 'restate_reason'],
    alternativeReasons: ['custom_made'],
  },
);

// ---------------------------------------------------------------- other stated reasons
const O = 'other-reasons';
sc(O, 'Promotional item "no returns": void format term', reason('promotional_or_clearance_item'), {
  verdict: 'BLOCK',
  requiredActions: ACCEPT,
  ruleIds: ['cn.crpl.art26.para2'],
  citesOneOf: [
    ['CRPL', 26],
    ['CRPL-REG', 17],
    ['PENALTY-MEASURES', 12],
    ['OT-MEASURES', 21],
  ],
});
sc(O, 'Shop policy "no returns": void format term', reason('shop_policy_no_returns'), {
  verdict: 'BLOCK',
  ruleIds: ['cn.crpl.art26.para2'],
});
sc(
  O,
  'Shop policy, order 2020 (before OT-MEASURES): cites CRPL 26 and PENALTY-MEASURES 12 only',
  reason('shop_policy_no_returns', {
    order: { placedAt: '2020-06-01T10:00:00+08:00', deliveredAt: '2020-06-03T10:00:00+08:00' },
    returnRequest: { requestedAt: '2020-06-05T10:00:00+08:00' },
  }),
  { verdict: 'BLOCK', citesOneOf: [['CRPL', 26]], citesNone: [['OT-MEASURES'], ['CRPL-REG']] },
);
sc(O, 'Transit damage claimed against a no-reason return: BLOCK', reason('transit_damage_carrier_fault'), {
  verdict: 'BLOCK',
  ruleIds: ['cn.ecl.art20.no-reason'],
  citesOneOf: [['ECL', 20]],
});
sc(O, 'Quality unverified against a no-reason return: no defect needed, BLOCK', reason('quality_claim_unverified'), {
  verdict: 'BLOCK',
  ruleIds: ['cn.crpl.art25.para1.no-defect-needed'],
  citesOneOf: [['CRPL', 25]],
});
sc(
  O,
  'Quality unverified against a no-reason return of perishable goods: restate as perishable (independent review X7)',
  reason('quality_claim_unverified', { item: { perishable: true, category: 'food' } }),
  {
    verdict: 'BLOCK',
    requiredActions: RESTATE,
    alternativeReasons: ['perishable'],
    ruleIds: ['cn.crpl.art25.para1.no-defect-needed'],
  },
);
sc(O, 'Abuse claimed, no evidence: REVIEW', reason('abusive_return'), {
  verdict: 'REVIEW',
  requiredActions: HOLD,
  ruleIds: ['cn.crpl-reg.art19.para4'],
});
sc(
  O,
  'Abuse claimed, order 2023: REVIEW citing CRPL 4 and NRR-MEASURES 4',
  reason('abusive_return', {
    order: { placedAt: '2023-06-01T10:00:00+08:00', deliveredAt: '2023-06-03T10:00:00+08:00' },
    returnRequest: { requestedAt: '2023-06-05T10:00:00+08:00' },
  }),
  {
    verdict: 'REVIEW',
    citesOneOf: [
      ['CRPL', 4],
      ['NRR-MEASURES', 4],
    ],
    citesNone: [['CRPL-REG']],
  },
);
sc(O, 'An unlisted reason is never decided automatically', reason('other', { refusal: { note: '顾客态度不好' } }), {
  verdict: 'REVIEW',
  ruleIds: ['cn.crpl.art25.para1.unlisted-reason'],
});

// ---------------------------------------------------------------- delivery time and chronology (ECL 51)
const D = 'delivery-time';
sc(
  D,
  'Recorded delivery time wins: R = 5 Apr, R+7 = Sunday 12 Apr → Monday 13 Apr',
  at('2026-04-13T10:00:00+08:00', 'return_window_expired'),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.ecl.art51.delivery-time', 'cn.civil-code.art203.para1'],
    citesOneOf: [['ECL', 51]],
    returnWindowEndsAt: '2026-04-13T23:59:59.999+08:00',
  },
  { recordedDeliveredAt: '2026-04-05T09:00:00+08:00' },
);
sc(
  D,
  'Recorded delivery time earlier than the request says: the window closed sooner',
  at('2026-04-09T10:00:00+08:00', 'return_window_expired', { order: { placedAt: '2026-03-20T10:00:00+08:00' } }),
  {
    verdict: 'ALLOW',
    ruleIds: ['cn.ecl.art51.delivery-time'],
    returnWindowEndsAt: '2026-03-30T23:59:59.999+08:00',
  },
  { recordedDeliveredAt: '2026-03-23T09:00:00+08:00' },
);
sc(
  D,
  'Recorded delivery time with no delivery in the request',
  at('2026-04-12T10:00:00+08:00', 'return_window_expired', { order: { deliveredAt: null } }),
  {
    verdict: 'ALLOW',
    returnWindowEndsAt: '2026-04-09T23:59:59.999+08:00',
  },
  { recordedDeliveredAt: '2026-04-02T09:00:00+08:00' },
);
sc(
  D,
  'Recorded delivery time equal to the request’s (another offset): no finding',
  at('2026-04-12T10:00:00+08:00', 'return_window_expired'),
  {
    verdict: 'ALLOW',
  },
  { recordedDeliveredAt: '2026-04-02T10:20:00Z' },
);
sc(
  D,
  'Recorded delivery time null: the request’s time is used',
  at('2026-04-09T10:00:00+08:00', 'return_window_expired'),
  { verdict: 'BLOCK' },
  { recordedDeliveredAt: null },
);
sc(
  D,
  'Delivered before the order was placed: REVIEW',
  reason('return_window_expired', { order: { deliveredAt: '2026-03-30T10:00:00+08:00' } }),
  {
    verdict: 'REVIEW',
    ruleIds: ['cn.ecl.art51.chronology'],
  },
);
sc(D, 'Return requested before the order was placed: REVIEW', at('2026-03-30T10:00:00+08:00', 'packaging_opened'), {
  verdict: 'REVIEW',
  ruleIds: ['cn.ecl.art51.chronology'],
});

// ---------------------------------------------------------------- facts from reported cases
const K = 'court-cases';
sc(
  K,
  '路某 v. online shop (北京互联网法院): a frequent returner is not abusive without specific evidence → REVIEW',
  reason('abusive_return', {
    item: { category: 'apparel', name: '连衣裙' },
    returnRequest: { condition: { packagingOpened: true } },
    refusal: { evidence: [{ type: 'chat_log', ref: 'crm://lu' }], note: '该买家近三个月退货27次' },
  }),
  { verdict: 'REVIEW', requiredActions: HOLD, citesOneOf: [['CRPL-REG', 19]] },
);
sc(
  K,
  'Phone box unsealed to check the model (SPC-ONLINE-1 3): refusing because it was unsealed is BLOCK',
  reason('packaging_opened', {
    item: { category: 'electronics', name: '手机' },
    returnRequest: { condition: { packagingOpened: true, necessarySealBroken: true } },
    refusal: { evidence: [{ type: 'photo', ref: 's3://box.jpg' }] },
  }),
  { verdict: 'BLOCK', requiredActions: ACCEPT, citesOneOf: [['SPC-ONLINE-1', 3]] },
);
sc(
  K,
  'Down jacket opened and tried on for size, tags on: BLOCK (inspection does not affect intactness)',
  reason('not_intact', {
    item: { category: 'apparel', name: '羽绒服' },
    returnRequest: { condition: { packagingOpened: true } },
    refusal: { evidence: [{ type: 'photo', ref: 's3://jacket.jpg' }] },
  }),
  { verdict: 'BLOCK', requiredActions: ACCEPT, citesOneOf: [['NRR-MEASURES', 8]] },
);
sc(
  K,
  'Laptop activated to test it, no exclusion confirmed at purchase: REVIEW (courts have protected the right)',
  reason('not_intact', {
    item: { category: 'electronics', name: '笔记本电脑' },
    returnRequest: { condition: { packagingOpened: true, activated: true } },
    refusal: { evidence: [{ type: 'photo', ref: 's3://laptop.jpg' }] },
  }),
  { verdict: 'REVIEW' },
);
sc(
  K,
  'Lipstick label "拆封不退" with no confirmation at checkout (中国质量报 2024): BLOCK',
  reason('confirmed_non_returnable', {
    order: { placedAt: '2024-08-01T10:00:00+08:00', deliveredAt: '2024-08-03T10:00:00+08:00' },
    item: {
      category: 'cosmetics',
      name: '口红',
      nonReturnable: { basis: 'health_safety_after_unsealing', confirmation: 'none', confirmedAt: null },
    },
    returnRequest: { requestedAt: '2024-08-05T10:00:00+08:00', condition: { packagingOpened: true } },
  }),
  { verdict: 'BLOCK', citesOneOf: [['CRPL-REG', 19]] },
);
sc(
  K,
  'Live-stream clearance sale "特价商品概不退换": void notice, BLOCK',
  reason('promotional_or_clearance_item', { item: { name: '直播特价毛衣' } }),
  { verdict: 'BLOCK', requiredActions: ACCEPT },
);
sc(
  K,
  'Refrigerator with a cooling fault in month 2, the seller says "unverified": burden on the seller',
  durable('2025-10-20T10:00:00+08:00', { item: { name: '电冰箱', category: 'household' } }),
  {
    verdict: 'BLOCK',
    ruleIds: ['cn.crpl.art23.para3'],
  },
);

// ---------------------------------------------------------------- write
for (const [file, list] of files) {
  writeFileSync(join(here, `${file}.json`), `${JSON.stringify(list, null, 2)}\n`);
}
execFileSync('npx', ['biome', 'format', '--write', here], { stdio: 'ignore' });
console.log(`${[...files.values()].reduce((n, l) => n + l.length, 0)} scenarios in ${files.size} files`);

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '#rules/index.js';
import { CheckRequestSchema, type Message } from '#schemas/check.js';
import { requestArb } from './arbitraries.js';
import { applyPatch, loadBases, loadScenarioCases } from './r2/scenario-data.js';
import { loadScenarioFiles } from './scenario-files.js';

/**
 * The wording of every message the current ruleset writes, over the r1 corpus, the r2 scenario files and a wide spread
 * of generated requests: house punctuation per language, proper plurals, no half-merged sentences,
 * and a consumer message that speaks to the consumer only. These are checks of form; what each
 * message says is pinned by the legal scenarios.
 */
const RULESET = 'cn-2024-07-01.r2';

type Sample = { label: string; kind: 'finding' | 'consumer' | 'shop'; message: Message };

function samples(): Sample[] {
  const bases = loadBases();
  const requests = [
    ...loadScenarioFiles().flatMap(({ scenarios }) =>
      scenarios.map((s) => ({ request: s.request, recordedDeliveredAt: s.context?.recordedDeliveredAt })),
    ),
    ...loadScenarioCases().flatMap(({ cases }) =>
      cases.map((c) => ({
        request: applyPatch(bases[c.base], c.patch),
        recordedDeliveredAt: c.context?.recordedDeliveredAt,
      })),
    ),
    ...fc.sample(requestArb, { numRuns: 4000, seed: 8 }),
  ];
  const out: Sample[] = [];
  for (const { request, recordedDeliveredAt } of requests) {
    const parsed = CheckRequestSchema.safeParse(request);
    if (!parsed.success) continue; // the scenario tests pin the answers to invalid requests
    const decision = evaluate(parsed.data, { recordedDeliveredAt }, RULESET);
    for (const f of decision.findings) out.push({ label: f.ruleId, kind: 'finding', message: f.message });
    if (decision.summary) {
      out.push({ label: `summary ${decision.verdict}`, kind: 'consumer', message: decision.summary.consumer });
      out.push({ label: `summary ${decision.verdict}`, kind: 'shop', message: decision.summary.shop });
    }
  }
  return out;
}

const ALL = samples();

/** The first sample whose text matches, for a readable failure. */
function offender(lang: 'zh' | 'en', pattern: RegExp, kinds: Sample['kind'][] = ['finding', 'consumer', 'shop']) {
  const hit = ALL.find((s) => kinds.includes(s.kind) && pattern.test(s.message[lang]));
  return hit ? `${hit.label} (${hit.kind}): ${hit.message[lang]}` : undefined;
}

describe(`Messages of ${RULESET}: English`, () => {
  it('uses ASCII punctuation and no Chinese characters of our own', () => {
    expect(offender('en', /[，。；：（）“”‘’、]/)).toBeUndefined();
    expect(offender('en', /三包/)).toBeUndefined();
  });

  it('writes proper singulars and plurals, never "(s)"', () => {
    expect(offender('en', /\(s\)/)).toBeUndefined();
    expect(offender('en', /\b1 (days|times|repairs)\b/)).toBeUndefined();
  });

  it('has no capital letter after a comma or semicolon and no double negative about intactness', () => {
    expect(offender('en', /[;,] (You|The shop) /)).toBeUndefined();
    expect(offender('en', /not make them not intact|does not make .* not intact/)).toBeUndefined();
  });

  it('names the reason grammatically, even an unlisted one', () => {
    expect(offender('en', /on the ground that another reason|\(another reason\)/)).toBeUndefined();
  });
});

describe(`Messages of ${RULESET}: Chinese`, () => {
  it('uses full-width punctuation and Chinese quotation marks', () => {
    expect(offender('zh', /[,;"()]|:(?!\d)/)).toBeUndefined();
  });

  it('does not repeat the subject "您于…，您于…" in one sentence', () => {
    expect(offender('zh', /您于[^。]*，您于/)).toBeUndefined();
  });

  it('never says "以其他理由为由"', () => {
    expect(offender('zh', /以其他理由为由/)).toBeUndefined();
  });
});

describe(`The consumer message of ${RULESET}`, () => {
  it('speaks to the consumer as 您 / "you", with no codes and no internal words', () => {
    expect(offender('zh', /本系统|[a-z]+[._][a-z]+/, ['consumer'])).toBeUndefined();
    expect(offender('en', /this service|ruleset|[a-z]+[._][a-z]+/, ['consumer'])).toBeUndefined();
  });

  it('never switches to 消费者 / "the consumer" for the person it addresses', () => {
    const toConsumer: Sample['kind'][] = ['finding', 'consumer'];
    expect(offender('zh', /未经消费者|消费者在购买时|消费者权利|消费者基于|经消费者/, toConsumer)).toBeUndefined();
    expect(offender('en', /the consumer(?! rules)|the buyer's/, toConsumer)).toBeUndefined();
  });

  it('never instructs the shop', () => {
    const toConsumer: Sample['kind'][] = ['finding', 'consumer'];
    expect(offender('zh', /如需拒绝|重新说明|如仍要拒绝|应以法律认可的理由/, toConsumer)).toBeUndefined();
    expect(offender('en', /has to state a ground|restate|If you still want to refuse/, toConsumer)).toBeUndefined();
  });
});

describe(`The shop message of ${RULESET}`, () => {
  it('lists alternative grounds with "or", not "and"', () => {
    expect(offender('en', /lawful ground.*" and "[^"]*"\.$/, ['shop'])).toBeUndefined();
  });

  it('never says "must … charge": a charge is something the shop may do', () => {
    expect(offender('en', /You must[^.]*charge/, ['shop'])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { lintPolicy } from '#shared/policy-lint/evaluate.js';
import { forgetReadings, rememberedPerPolicy } from '#shared/policy-lint/memo.js';
import { CN_POLICY_PACK } from '#shared/rules/cn-policy/index.js';

describe('Readings remembered per policy', () => {
  it('reads each text once until forgotten, undefined and false answers included', () => {
    // Prepare
    const read: string[] = [];
    const remembered = rememberedPerPolicy((text: string) => {
      read.push(text);
      return text === '不退' ? false : text === '?' ? undefined : text.length;
    });
    // Act
    for (const text of ['不退', '?', '七天', '不退', '?', '七天']) remembered(text);
    forgetReadings();
    remembered('七天');
    // Assess
    expect(read).toEqual(['不退', '?', '七天', '七天']);
    expect(remembered('不退')).toBe(false);
    expect(remembered('?')).toBeUndefined();
  });

  it('is forgotten before each policy, so no policy is read with another policy’s answers', () => {
    // Prepare
    let begun = 0;
    const pack = { ...CN_POLICY_PACK, beginPolicy: () => begun++ };
    // Act
    lintPolicy('特价商品不退不换。', undefined, pack);
    lintPolicy('特价商品不退不换。', undefined, pack);
    // Assess
    expect(begun).toBe(2);
    expect(CN_POLICY_PACK.beginPolicy).toBe(forgetReadings);
  });

  it('answers a policy the same whether or not the one before it held the same clauses', () => {
    const policy = '以下商品不支持退货：\n1. 定制商品\n2. 特价商品\n签收后3天内可申请退货。';
    const fresh = lintPolicy(policy, undefined, CN_POLICY_PACK);
    lintPolicy('特价商品不退不换。定制商品不退不换。签收后3天内可申请退货。', undefined, CN_POLICY_PACK);
    expect(lintPolicy(policy, undefined, CN_POLICY_PACK)).toEqual(fresh);
  });
});

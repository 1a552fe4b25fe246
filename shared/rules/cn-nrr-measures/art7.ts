import { natureTag, natureText } from '../cn-crpl/art25.js';
import { cite, conclude, defineRule, say } from '../define.js';
import { isOpen } from '../facts.js';
import { askedWithin } from '../messages.js';

/**
 * @law NRR-MEASURES 7
 * 第七条 下列性质的商品经消费者在购买时确认，可以不适用七日无理由退货规定：
 * （一）拆封后易影响人身安全或者生命健康的商品，或者拆封后易导致商品品质发生改变的商品；
 * （二）一经激活或者试用后价值贬损较大的商品；
 * （三）销售时已明示的临近保质期的商品、有瑕疵的商品。
 * @endlaw
 *
 * Interpretation:
 * - The confirmed nature must actually have come into play: goods excluded because unsealing harms
 *   safety or quality need to have been unsealed (`necessarySealBroken` or `packagingOpened`); goods
 *   excluded because activation or trial destroys value need `activated` or `obviousUseTraces`; a
 *   disclosed near expiry or defect needs nothing more (RULES.md §3.3 condition 4).
 * - Before 2017-03-15 the measures were not in force: CRPL 25 ¶2 ("根据商品性质") is cited alone.
 */
const notInPlay = (tag: string) =>
  conclude(
    'violated',
    (f) =>
      say(
        `您购买时确认不适用无理由退货的理由是“${natureText(f).zh}”，但商品并未出现这一情形（例如未拆封、未激活或未使用），因此本店不能据此拒绝退货。${askedWithin(f).zh}。`,
        `You confirmed at purchase that the item is excluded from no-reason returns because ${natureText(f).en}, but that has not come into play (the goods were not unsealed, activated or used as the exclusion requires), so the shop cannot refuse on that ground. ${askedWithin(f).en}.`,
      ),
    { tags: [tag] },
  );
const BY_TAG: Record<string, ReturnType<typeof notInPlay>> = {
  nature1: notInPlay('nature1'),
  nature2: notInPlay('nature2'),
  nature3: notInPlay('nature3'),
  none: notInPlay('none'),
};

export const nrrArt7 = defineRule({
  id: 'cn.nrr-measures.art7',
  title: 'The confirmed nature must have come into play',
  label: 'no-reason.confirmed-exclusion',
  exception: ['cn.crpl.art25.para2'],
  regimes: ['no-reason'],
  reasons: ['confirmed_non_returnable'],
  outcomes: ['violated'],
  citations: [
    cite('NRR-MEASURES', 7, 1, 1).when('nature1'),
    cite('NRR-MEASURES', 7, 1, 2).when('nature2'),
    cite('NRR-MEASURES', 7, 1, 3).when('nature3'),
    cite('CRPL', 25, 2),
    cite('CRPL-REG', 19, 1),
  ],
  interpretation: [
    'The confirmed nature must actually have come into play: goods excluded because unsealing harms safety or quality must have been unsealed; goods excluded because activation or trial destroys value must show activation or use; a disclosed near expiry or defect needs nothing more. Otherwise the confirmation is no ground: BLOCK.',
  ],
  applies: (f) =>
    isOpen(f.window) && f.confirmation.marked && f.confirmation.natureListed && !f.confirmation.natureInPlay,
  conclude: (f) => BY_TAG[natureTag(f)] ?? (BY_TAG.none as ReturnType<typeof notInPlay>),
});

import { cite, conclude, defineRule, say } from '../define.js';
import { isOpen } from '../facts.js';
import { askedWithin, REASON_TEXT, reasonEn } from '../messages.js';

/**
 * @law CRPL 26
 * 第二十六条 经营者在经营活动中使用格式条款的，应当以显著方式提请消费者注意商品或者服务的数量和质量、价款或者费用、履行期限和方式、安全注意事项和风险警示、售后服务、民事责任等与消费者有重大利害关系的内容，并按照消费者的要求予以说明。
 * 经营者不得以格式条款、通知、声明、店堂告示等方式，作出排除或者限制消费者权利、减轻或者免除经营者责任、加重消费者责任等对消费者不公平、不合理的规定，不得利用格式条款并借助技术手段强制交易。
 * 格式条款、通知、声明、店堂告示等含有前款所列内容的，其内容无效。
 * @endlaw
 *
 * Interpretation:
 * - "Promotional or clearance items cannot be returned" and "our shop does not take returns" are
 *   notices or format terms that exclude the consumer's statutory right: void (¶2–3; CRPL-REG 17,
 *   PENALTY-MEASURES 12(2), OT-MEASURES 21(2) say the same for their dates in force). They are never a
 *   ground while the no-reason window is open.
 */
const blocked = conclude('violated', (f, reason) =>
  say(
    `以${REASON_TEXT[reason].zh}为由拒绝退货，是以格式条款、通知、声明等方式排除或者限制您依法享有的权利，这类内容依法无效。${askedWithin(f).zh}，本店应当为您办理退货。`,
    `Refusing on the ground that ${reasonEn(reason)} relies on a standard term or notice that takes away your statutory rights, and such a term is void. ${askedWithin(f).en}, and the shop must accept the return.`,
  ),
);

export const crplArt26Para2 = defineRule({
  id: 'cn.crpl.art26.para2',
  title: 'Format terms and notices excluding the return right are void',
  label: 'no-reason.format-term',
  regimes: ['no-reason'],
  reasons: ['promotional_or_clearance_item', 'shop_policy_no_returns'],
  outcomes: ['violated'],
  citations: [
    cite('CRPL', 26, 2),
    cite('CRPL', 26, 3),
    cite('CRPL-REG', 17),
    cite('PENALTY-MEASURES', 12, 1, 2),
    cite('OT-MEASURES', 21, 1, 2),
  ],
  interpretation: [
    '“Promotional or clearance items cannot be returned” and “our shop does not take returns” are notices or format terms that exclude the consumer’s statutory right: void. They are never a ground while the no-reason window is open: BLOCK.',
  ],
  applies: (f) => isOpen(f.window),
  conclude: () => blocked,
});

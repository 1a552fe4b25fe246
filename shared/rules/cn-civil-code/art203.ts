import { CALENDAR_LAST_YEAR } from '../calendar/index.js';
import { cite, conclude, defineRule, say } from '../define.js';
import { asked, cap, windowName } from '../messages.js';
import { enDate, zhDate } from '../time.js';
import type { Facts, Period, Regime } from '../types.js';

/**
 * @law CIVIL-CODE 203
 * 第二百零三条 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。
 * 期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。
 * @endlaw
 *
 * @law CIVIL-CODE 201
 * 第二百零一条 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。
 * 按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。
 * @endlaw
 *
 * @law CIVIL-CODE 204
 * 第二百零四条 期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。
 * @endlaw
 *
 * Interpretation:
 * - Day periods start the day after the event (201 ¶1) and end at 24:00 of the last day (203 ¶2). A
 *   last day that is a statutory rest day (the State Council calendar's weekends and public holidays;
 *   make-up working days count as working days) moves to the day after the rest period ends (203 ¶1),
 *   skipping consecutive rest days. 204 makes this the counting for the no-reason window too, since
 *   the no-reason rules fix only its start. A Heilongjiang court's litigation guide (2023-06-12) reads
 *   the seven days the same way.
 * - The Civil Code is in force from 2021-01-01. For older orders the dates are computed the same way
 *   (the General Principles of Civil Law had the same rule), but nothing from the Civil Code is cited.
 * - Calendar gap: the rest-day calendar is vendored for 2014 through its last published year. When
 *   deciding whether a request was in time needs a day the calendar does not cover, the end of the
 *   window is unknown and the refusal is REVIEW (cn.civil-code.art203.para1.calendar-gap). A request
 *   on or before the nominal last day is in time whatever the calendar says. `returnWindowEndsAt`
 *   then states the nominal (unextended) last day: the earliest the window can end.
 */
const extended = conclude('violated', (f) =>
  say(
    `${windowName(f).zh}原应于${zhDate(f.window?.last ?? f.requestDay)}届满，因该日为法定休假日，依法顺延至休假日结束的次日，即${zhDate(f.window?.end ?? f.requestDay)}。${asked(f).zh}，在顺延后的期限内，本店不能以“已超过退货期限”为由拒绝，应当为您办理退货。`,
    `${cap(windowName(f).en)} would have ended on ${enDate(f.window?.last ?? f.requestDay)}, a statutory rest day, so by law it runs until the day after the rest period ends, ${enDate(f.window?.end ?? f.requestDay)}. ${asked(f).en}, within the extended period, so the shop cannot refuse because the return period has expired, and must accept the return.`,
  ),
);

export const civilCodeArt203Para1 = defineRule({
  id: 'cn.civil-code.art203.para1',
  title: 'A period whose last day is a statutory rest day ends on the next working day',
  label: 'no-reason.window',
  exception: ['cn.nrr-measures.art10'],
  regimes: ['no-reason'],
  reasons: ['return_window_expired', 'after_sales_period_expired'],
  outcomes: ['violated'],
  citations: [cite('CIVIL-CODE', 203, 1), cite('CIVIL-CODE', 204), cite('NRR-MEASURES', 10, 2), cite('CRPL', 25, 1)],
  interpretation: [
    'A return window whose last day is a statutory rest day ends on the next working day (make-up working days count as working days). A request made on the days this extension adds is in time: refusing it as late is BLOCK.',
  ],
  applies: (f) => f.window?.inExtension === true,
  conclude: () => extended,
});

function periodFor(f: Facts, regime: Regime): Period | null {
  if (regime === 'non-conforming') return f.quality;
  if (regime === 'scope') return f.consumer && !f.distance ? f.window : null;
  return f.window;
}

const gap = conclude('needs_review', (f, _reason) => {
  const period = f.kind === 'no_reason' || !f.distance ? f.window : f.quality;
  const last = period?.last ?? f.requestDay;
  return say(
    `退货期限原则上截至${zhDate(last)}；该日如为法定休假日，期限应当顺延，但本店目前还没有${CALENDAR_LAST_YEAR}年以后的国家法定节假日安排，无法确定期限是否顺延。${asked(f).zh}，是否超过期限将由合规人员核实后答复您，在此之前本店不会拒绝您的退货申请。`,
    `The return period ends on ${enDate(last)} unless that is a statutory rest day, in which case it is extended; but the shop does not yet have the official holiday calendar for the years after ${CALENDAR_LAST_YEAR}, so it cannot tell whether it is. ${asked(f).en}; compliance staff will check whether that was in time before the shop answers you, and until then your request is not refused.`,
  );
});

export const civilCodeArt203CalendarGap = defineRule({
  id: 'cn.civil-code.art203.para1.calendar-gap',
  title: 'The end of the window needs a year the holiday calendar does not cover: review',
  label: 'calendar-gap',
  regimes: ['scope', 'non-conforming', 'no-reason'],
  outcomes: ['needs_review'],
  citations: [cite('CIVIL-CODE', 203, 1)],
  interpretation: [
    'The rest-day calendar covers the years up to its last published one. When deciding whether a request was in time needs a day the calendar does not cover, the end of the period is unknown and the refusal is REVIEW; a request on or before the nominal last day is in time whatever the calendar says.',
  ],
  applies: (f, _reason, regime) => periodFor(f, regime)?.state === 'unknown',
  conclude: () => gap,
});

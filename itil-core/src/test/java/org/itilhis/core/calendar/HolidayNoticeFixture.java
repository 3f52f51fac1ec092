package org.itilhis.core.calendar;

/**
 * A 2027 notice as a hospital would type it from the State Council's text, for the core's
 * tests (the test kit's {@code HolidayNotices} holds the same text for the other modules,
 * which core's tests cannot depend on). The dates are illustrative (the real notice is not
 * published yet) but keep every statutory day and put the adjusted working days on weekends,
 * as a real notice does: Saturday 20 February, Sunday 26 September and Saturday 9 October
 * are worked.
 */
public final class HolidayNoticeFixture {
    public static final String ILLUSTRATIVE_2027 = """
            # 2027 (illustrative)
            2027-01-01..2027-01-03 HOLIDAY New Year's Day (元旦)
            2027-02-05..2027-02-13 HOLIDAY Spring Festival (春节)
            2027-02-20             WORKDAY Spring Festival adjustment (Saturday worked)
            2027-04-03..2027-04-05 HOLIDAY Qingming Festival (清明节)
            2027-05-01..2027-05-05 HOLIDAY Labour Day (劳动节)
            2027-06-09             HOLIDAY Dragon Boat Festival (端午节)
            2027-09-15             HOLIDAY Mid-Autumn Festival (中秋节)
            2027-09-26             WORKDAY National Day adjustment (Sunday worked)
            2027-10-01..2027-10-07 HOLIDAY National Day (国庆节)
            2027-10-09             WORKDAY National Day adjustment (Saturday worked)
            """;

    private HolidayNoticeFixture() {
    }
}

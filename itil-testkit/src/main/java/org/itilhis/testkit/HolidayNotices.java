package org.itilhis.testkit;

/**
 * Holiday notices as a hospital types them from the State Council's text, for tests of
 * loading a year's official arrangement.
 */
public final class HolidayNotices {
    /**
     * A notice for 2027 in the calendar file format. The real notice is not published yet:
     * the dates are illustrative, but keep every statutory day of 2027 as a holiday and put
     * the adjusted working days on weekends, as a real notice does. Saturday 20 February and
     * Sunday 26 September are worked.
     */
    public static final String ILLUSTRATIVE_2027 = """
            # 2027 (illustrative, not the State Council's notice)
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

    private HolidayNotices() {
    }
}

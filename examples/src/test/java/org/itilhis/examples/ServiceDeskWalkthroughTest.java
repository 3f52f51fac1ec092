package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the walkthrough and checks that the service desk story still happens, step by step. */
class ServiceDeskWalkthroughTest {
    private static String story;

    @BeforeAll
    static void tellTheStory() {
        story = walkthrough();
    }

    @Test
    void nurseWangsPrinterIsSolvedAtFirstContact() {
        assertThat(story)
                .contains("[2026-03-02 08:02] Chen (service desk agent) logs a phone call from Wang Fang (nurse)")
                .contains("location building-2/floor-5/east-nurse-station, extension 5501")
                .contains("solves it during the call: contact RESOLVED_AT_FIRST_CONTACT")
                .contains("resolution ADVICE_GIVEN: ");
    }

    @Test
    void clerkLisCallBecomesTheFirstIncidentOfTheYearAtP2() {
        assertThat(story)
                .contains("raises it as incident INC-2026-000001, priority P2 -> NEW")
                .contains("matrix ONE_DEPARTMENT x SEVERELY_DEGRADED -> P3")
                .contains("service criticality CLINICAL_CRITICAL raises by 1 -> P2")
                .contains("routed to desktop-first-line by the division of duties: his -> desktop-first-line");
    }

    @Test
    void theIncidentGoesFromFirstLineToSecondLineAndWaitsForTheVendor() {
        assertThat(story)
                .contains("assigns it to desktop-first-line (FIRST_LINE), engineer Liu (desktop engineer) -> ASSIGNED")
                .contains("Liu (desktop engineer) starts work at the registration window -> IN_PROGRESS")
                .contains("escalates it to second line: his-second-line (SECOND_LINE) -> ASSIGNED")
                .contains("Huang (HIS specialist) starts work -> IN_PROGRESS")
                .contains("puts it on hold, AWAITING_VENDOR -> ON_HOLD")
                .contains("resumes: the vendor's patch has arrived -> IN_PROGRESS");
    }

    @Test
    void theIncidentIsResolvedConfirmedClosedAndRated() {
        assertThat(story)
                .contains("Huang (HIS specialist) resolves it -> RESOLVED")
                .contains("resolution VENDOR_FIXED: ")
                .contains("[2026-03-02 12:10] Li Na (registration clerk) confirms the fix; the incident is closed -> CLOSED")
                .contains("rates the service 5/5");
    }

    @Test
    void theAuditTrailHasOneEventPerStepAndReplaysToTheStoredTicket() {
        assertThat(story)
                .contains("13 events, oldest first; the ticket's version is 13:")
                .containsPattern("  5\\. 2026-03-02 09:05  Liu \\(desktop engineer\\) +ticket\\.escalated +FIRST_LINE -> SECOND_LINE")
                .containsPattern(" 13\\. 2026-03-02 12:12  Li Na \\(registration clerk\\) +ticket\\.rated")
                .contains("Replaying these events rebuilds the stored ticket exactly: true")
                .contains("3 notifications sent:");
    }

    @Test
    void aCallAboutTheExpiredCertificateIsSolvedWithThePublishedKnownErrorWhichCountsTheUse() {
        assertThat(story)
                .contains("2 known error(s) match, best first:")
                .containsPattern("PRB-2026-000001 门诊挂号工作站 HIS 客户端证书过期，无法登录 \\(used 0 times\\): SIMILAR_TEXT")
                .contains("applies PRB-2026-000001's workaround: contact RESOLVED_AT_FIRST_CONTACT")
                .contains("resolution WORKAROUND: PRB-2026-000001: ")
                .contains("PRB-2026-000001 has been used 1 time(s)");
    }

    @Test
    void refusedStepsAreExplainedInEnglishAndChineseAndChangeNothing() {
        assertThat(story)
                .contains("refused: NotPermittedException, code access.denied")
                .contains("en    C2001 may not resolve on INC-2026-000001")
                .contains("zh-CN C2001 无权对 INC-2026-000001 执行“解决”")
                .contains("zh-CN 事件：当前状态为“已关闭”，不能重开；现在允许的操作：-")
                .contains("refused: IllegalTransitionException, code workflow.illegal-transition")
                .contains("The history of INC-2026-000001 still has 13 events.");
    }

    @Test
    void theRulesArePrinted() {
        assertThat(story)
                .contains("ONE_DEPARTMENT      | P2                   | P3                | P3       | P4")
                .contains("his.pharmacy -> his-second-line")
                .contains("(anything else) -> service-desk");
    }

    @Test
    void theStoryIsTheSameEveryTime() {
        assertThat(walkthrough()).isEqualTo(story);
    }

    private static String walkthrough() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ServiceDeskWalkthrough.run(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package org.itilhis.ports.problem.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HIS_VENDOR;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;
import static org.itilhis.testkit.DemoHospital.VENDOR_ENGINEER;

import java.util.List;
import java.util.Set;
import org.itilhis.core.problem.MatchKind;
import org.itilhis.core.problem.MatchReason;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.problem.in.KnownErrorMatch;
import org.itilhis.ports.problem.in.KnownErrorQuery;
import org.itilhis.ports.problem.in.KnownErrorSuggestions;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.ports.problem.out.KnownErrorIndex;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/**
 * The known errors suggested to the desk: the same item before its class, before the category,
 * before the words, each with its reasons; only to those who may see problems; and without a
 * search index, by items and categories alone.
 */
class KnownErrorSuggestionsTest {
    private final KnownErrorShelf shelf = new KnownErrorShelf();
    private final KnownErrorSuggestions suggestions = shelf.desk.hospital.desk.problems.suggestions();

    @Test
    void theSameItemComesFirstThenItsClassThenTheCategoryEachWithItsReasons() {
        ProblemView certificate = shelf.certificate();
        ProblemView wristband = shelf.wristbandDriver();
        ProblemView sameCategory = shelf.publish("挂号窗口扫码枪无法识别医保码", "", "his.outpatient",
                "重新插拔扫码枪。", DemoHospital.HIS_SUPPORT, Set.of());
        shelf.wardWifi();

        List<KnownErrorMatch> found = suggestions.suggest(AGENT_CHEN, KnownErrorQuery.of(
                Set.of(shelf.otherRegistrationPc, shelf.wristbandPrinter), "workstation", "his.outpatient", ""), 10);

        assertThat(found).extracting(KnownErrorMatch::number)
                .containsExactly(wristband.number(), certificate.number(), sameCategory.number());
        assertThat(found.get(0).reasons()).extracting(MatchReason::kind).containsExactly(MatchKind.SAME_CI);
        assertThat(found.get(1).reasons()).extracting(MatchReason::kind)
                .containsExactly(MatchKind.SAME_CI_CLASS, MatchKind.SAME_CATEGORY);
        assertThat(found.get(1).explanation()).containsExactly("SAME_CI_CLASS workstation +4",
                "SAME_CATEGORY his.outpatient +2");
        assertThat(found.get(1).score()).isEqualTo(6.0);
        assertThat(found.get(2).reasons()).extracting(MatchReason::kind).containsExactly(MatchKind.SAME_CATEGORY);
        assertThat(found.get(1).workaround()).isEqualTo("在挂号工作站上手工导入新的HIS客户端证书，然后重启挂号客户端。");
    }

    @Test
    void aChineseDescriptionFindsThePublishedKnownErrorByItsWords() {
        ProblemView certificate = shelf.certificate();
        shelf.wristbandDriver();
        shelf.wardWifi();

        List<KnownErrorMatch> found = suggestions.suggest(AGENT_CHEN,
                KnownErrorQuery.text("挂号系统登录不了，提示证书过期"), 5);

        assertThat(found).extracting(KnownErrorMatch::number).containsExactly(certificate.number());
        assertThat(found.get(0).reasons()).containsExactly(new MatchReason(MatchKind.SIMILAR_TEXT, "1", 1));
    }

    @Test
    void aProblemNotYetAKnownErrorOrCancelledSinceIsNotSuggested() {
        ProblemView certificate = shelf.certificate();
        ProblemView wristband = shelf.wristbandDriver();
        shelf.desk.log();
        KnownErrorQuery printers = KnownErrorQuery.of(Set.of(), null, "desktop.printer", "证书 printer");
        assertThat(suggestions.suggest(AGENT_CHEN, printers, 5)).extracting(KnownErrorMatch::number)
                .containsExactly(wristband.number(), certificate.number());

        shelf.desk.handle(new ProblemCommand.Cancel(PROBLEM_MANAGER_ZHAO, wristband.id(), null, "logged twice"));

        assertThat(suggestions.suggest(AGENT_CHEN, printers, 5)).extracting(KnownErrorMatch::number)
                .containsExactly(certificate.number());
    }

    @Test
    void aReporterGetsNoSuggestionsAndTheVendorOnlyThoseOfItsGroup() {
        shelf.certificate();
        ProblemView vendors = shelf.vendorDefect(HIS_VENDOR);
        KnownErrorQuery anything = KnownErrorQuery.of(Set.of(shelf.registrationPc), "workstation", "his", "HIS 证书");

        assertThat(suggestions.suggest(CLERK_LI, anything, 10)).isEmpty();
        assertThat(suggestions.suggest(VENDOR_ENGINEER, anything, 10)).extracting(KnownErrorMatch::number)
                .containsExactly(vendors.number());
        assertThat(suggestions.suggest(ENGINEER_LIU, anything, 10)).hasSize(2);
    }

    @Test
    void withoutASearchIndexTheItemsAndCategoriesStillMatchButWordsDoNot() {
        ProblemView certificate = shelf.certificate();
        InMemoryServiceDesk desk = shelf.desk.hospital.desk;
        KnownErrorSuggestions withoutIndex = ProblemManagement.create(desk.problemPorts,
                ProblemSettings.hospitalDefault(), DemoHospital.settings(), InMemoryServiceDesk.validator(), desk.desk,
                desk.cmdb, KnownErrorIndex.NONE).suggestions();

        assertThat(withoutIndex.suggest(AGENT_CHEN, KnownErrorQuery.text("挂号系统登录不了，提示证书过期"), 5)).isEmpty();
        assertThat(withoutIndex.suggest(AGENT_CHEN, KnownErrorQuery.of(Set.of(shelf.registrationPc), null, null,
                "挂号系统登录不了"), 5)).extracting(KnownErrorMatch::number, match -> match.reasons().size())
                .containsExactly(tuple(certificate.number(), 1));
    }

    @Test
    void aCategoryThatIsNoCategoryCodeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> suggestions.suggest(AGENT_CHEN, KnownErrorQuery.of(Set.of(), null, "挂号 系统", ""), 5))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        refused -> assertThat(refused.getMessage()).contains("category"));
        assertThatThrownBy(() -> suggestions.suggest(AGENT_CHEN, KnownErrorQuery.text("证书"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

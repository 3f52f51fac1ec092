package org.itilhis.ports.problem.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT_HALL;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.ports.knowledge.out.KnowledgeDocument;
import org.itilhis.ports.knowledge.out.KnowledgeHit;
import org.itilhis.ports.knowledge.out.KnowledgeQuery;
import org.itilhis.ports.knowledge.service.KnownErrorDocuments;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.ports.problem.in.ResolveWithKnownError;
import org.itilhis.ports.problem.out.KnownErrorEntry;
import org.itilhis.ports.problem.out.KnownErrorIndex;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryKnowledgeIndex;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/**
 * The known error index follows the problems after each commit: a published known error is
 * indexed with its public text, revised with each use and affected item, withdrawn when
 * resolved or cancelled; a failing index never undoes a command, and a rebuild from the store
 * catches up.
 */
class KnownErrorIndexingTest {
    private final KnownErrorShelf shelf = new KnownErrorShelf();
    private final InMemoryServiceDesk desk = shelf.desk.hospital.desk;

    @Test
    void aPublishedKnownErrorIsIndexedWithItsPublicTextForTheDeskAndEngineers() {
        ProblemId logged = shelf.desk.log().id();
        assertThat(knownErrorsFound("证书")).isEmpty();

        ProblemView certificate = shelf.certificate();

        assertThat(knownErrorsFound("证书过期")).containsExactly(certificate.id().toString());
        KnowledgeDocument document = KnownErrorDocuments.document(KnownErrorEntry.of(certificate.summary(),
                certificate.publishedWorkaround().orElseThrow(), Set.of("workstation")));
        assertThat(document.kind()).isEqualTo(KnowledgeDocument.Kind.KNOWN_ERROR);
        assertThat(document.title()).isEqualTo("门诊挂号客户端证书过期，无法登录HIS");
        assertThat(document.body()).contains("提示证书无效", "手工导入新的HIS客户端证书").doesNotContain("根因");
        assertThat(document.tags()).containsExactly(certificate.number().toString());
        assertThat(document.category()).isEqualTo("his.outpatient");
        assertThat(document.audience()).isEqualTo(KnowledgeAudience.ENGINEERS);
        assertThat(document.languages()).containsExactlyInAnyOrder(Locale.CHINESE, Locale.ENGLISH);
        assertThat(knownErrorsFound("根因")).as("the analysis stays internal").isEmpty();
        assertThat(logged).isNotEqualTo(certificate.id());
    }

    @Test
    void eachUseAndEachAffectedItemIsIndexedAgain() {
        ProblemView certificate = shelf.certificate();
        ContactView call = shelf.desk.hospital.call(CLERK_LI, OUTPATIENT, OUTPATIENT_HALL, "挂号系统提示证书无效");
        RecordingIndex recording = new RecordingIndex();
        ProblemManagement recorded = withIndex(recording);

        recorded.problems().resolveAtFirstContact(new ResolveWithKnownError(AGENT_CHEN, call.id(), certificate.id(),
                "按已知错误导入新证书"));
        recorded.problems().handle(new ProblemCommand.AddAffectedCi(PROBLEM_MANAGER_ZHAO, certificate.id(), null,
                shelf.wristbandPrinter));

        assertThat(recording.published).extracting(KnownErrorEntry::timesUsed).containsExactly(1, 1);
        assertThat(recording.published.get(1).ciClasses()).containsExactlyInAnyOrder("workstation", "printer");
    }

    @Test
    void resolvingOrCancellingAKnownErrorWithdrawsItAndOtherStepsLeaveTheIndexAlone() {
        ProblemView certificate = shelf.certificate();
        ProblemView wifi = shelf.wardWifi();
        ProblemId logged = shelf.desk.log().id();
        RecordingIndex recording = new RecordingIndex();
        ProblemManagement recorded = withIndex(recording);

        recorded.problems().handle(new ProblemCommand.Investigate(PROBLEM_MANAGER_ZHAO, logged, null));
        recorded.problems().handle(new ProblemCommand.RecordPermanentFix(PROBLEM_MANAGER_ZHAO, certificate.id(), null,
                "证书改为自动续期"));
        assertThat(recording.published).isEmpty();
        assertThat(recording.withdrawn).isEmpty();

        recorded.problems().handle(new ProblemCommand.Resolve(PROBLEM_MANAGER_ZHAO, certificate.id(), null,
                "自动续期已上线", false));
        recorded.problems().handle(new ProblemCommand.Cancel(PROBLEM_MANAGER_ZHAO, wifi.id(), null, "duplicate"));

        assertThat(recording.withdrawn).containsExactly(certificate.id(), wifi.id());
    }

    @Test
    void theSharedIndexFollowsTheWholeLifecycle() {
        ProblemView certificate = shelf.certificate();
        shelf.desk.handle(new ProblemCommand.RecordPermanentFix(PROBLEM_MANAGER_ZHAO, certificate.id(), null,
                "证书改为自动续期"));
        assertThat(knownErrorsFound("证书过期")).containsExactly(certificate.id().toString());

        shelf.desk.handle(new ProblemCommand.Resolve(PROBLEM_MANAGER_ZHAO, certificate.id(), null, "已上线", false));

        assertThat(knownErrorsFound("证书过期")).isEmpty();
    }

    @Test
    void aFailingIndexNeverUndoesTheCommandAndARebuildCatchesUp() {
        ProblemView wifi = shelf.wardWifi();
        ProblemManagement failing = withIndex(new FailingIndex());
        ProblemView certificate = shelf.certificate();

        ProblemView cancelled = failing.problems().handle(new ProblemCommand.Cancel(PROBLEM_MANAGER_ZHAO, wifi.id(),
                null, "duplicate"));

        assertThat(cancelled.status()).isEqualTo(ProblemStatus.CANCELLED);
        assertThat(knownErrorsFound("无线网络")).containsExactly(wifi.id().toString());
        assertThat(desk.problems.rebuildKnownErrorIndex()).isEqualTo(1);
        assertThat(knownErrorsFound("无线网络")).isEmpty();
        assertThat(knownErrorsFound("证书过期")).containsExactly(certificate.id().toString());
    }

    @Test
    void aRebuildOfTheKnownErrorsLeavesTheArticlesAsTheyWere() {
        InMemoryKnowledgeIndex shared = new InMemoryKnowledgeIndex();
        shared.index(new KnowledgeDocument("kb-cert", KnowledgeDocument.Kind.ARTICLE, ImmutableSet.of(Locale.CHINESE),
                "如何更新HIS证书", "打开证书管理器。", ImmutableSet.of(), "", ImmutableSet.of(), KnowledgeAudience.ALL_STAFF, 0));
        shared.index(new KnowledgeDocument("stale", KnowledgeDocument.Kind.KNOWN_ERROR, ImmutableSet.of(Locale.CHINESE),
                "已解决的证书问题", "", ImmutableSet.of(), "", ImmutableSet.of(), KnowledgeAudience.ENGINEERS, 0));
        ProblemView certificate = shelf.certificate();

        ProblemManagement management = ProblemManagement.create(desk.problemPorts, ProblemSettings.hospitalDefault(),
                DemoHospital.settings(), InMemoryServiceDesk.validator(), desk.desk, desk.cmdb,
                KnownErrorDocuments.in(shared));
        management.rebuildKnownErrorIndex();

        assertThat(shared.search(KnowledgeQuery.forDesk("证书", 10))).extracting(KnowledgeHit::id)
                .containsExactlyInAnyOrder("kb-cert", certificate.id().toString());
    }

    private List<String> knownErrorsFound(String text) {
        return desk.knowledgeIndex.search(KnowledgeQuery.forDesk(text, 10).only(KnowledgeDocument.Kind.KNOWN_ERROR))
                .stream().map(KnowledgeHit::id).toList();
    }

    private ProblemManagement withIndex(KnownErrorIndex index) {
        return ProblemManagement.create(desk.problemPorts, ProblemSettings.hospitalDefault(), DemoHospital.settings(),
                InMemoryServiceDesk.validator(), desk.desk, desk.cmdb, index);
    }

    /** Records what it is told. */
    private static final class RecordingIndex implements KnownErrorIndex {
        final List<KnownErrorEntry> published = new ArrayList<>();
        final List<ProblemId> withdrawn = new ArrayList<>();

        @Override
        public void publish(KnownErrorEntry knownError) {
            published.add(knownError);
        }

        @Override
        public void withdraw(ProblemId id) {
            withdrawn.add(id);
        }

        @Override
        public void rebuild(Stream<KnownErrorEntry> knownErrors) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImmutableList<TextMatch> similar(String text, int limit) {
            return ImmutableList.of();
        }
    }

    /** An index whose storage is gone. */
    private static final class FailingIndex implements KnownErrorIndex {
        @Override
        public void publish(KnownErrorEntry knownError) {
            throw new IllegalStateException("disk full");
        }

        @Override
        public void withdraw(ProblemId id) {
            throw new IllegalStateException("disk full");
        }

        @Override
        public void rebuild(Stream<KnownErrorEntry> knownErrors) {
            throw new IllegalStateException("disk full");
        }

        @Override
        public ImmutableList<TextMatch> similar(String text, int limit) {
            throw new IllegalStateException("disk full");
        }
    }
}

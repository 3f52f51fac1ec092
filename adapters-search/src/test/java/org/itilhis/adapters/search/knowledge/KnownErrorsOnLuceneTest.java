package org.itilhis.adapters.search.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT_HALL;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.problem.CauseCategory;
import org.itilhis.core.problem.MatchKind;
import org.itilhis.core.problem.MatchReason;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.ports.knowledge.out.KnowledgeDocument;
import org.itilhis.ports.knowledge.out.KnowledgeHit;
import org.itilhis.ports.knowledge.out.KnowledgeQuery;
import org.itilhis.ports.knowledge.service.KnownErrorDocuments;
import org.itilhis.ports.problem.in.KnownErrorMatch;
import org.itilhis.ports.problem.in.KnownErrorQuery;
import org.itilhis.ports.problem.in.LogProblem;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.ports.problem.in.WithKnownErrors;
import org.itilhis.ports.problem.service.ProblemManagement;
import org.itilhis.ports.problem.service.ProblemSettings;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The known errors at the desk on the search a hospital runs: problem management feeds the
 * Lucene index beside the 54 articles of the corpus, and a clerk's words in Chinese, which
 * share little with the known error's title, bring its workaround to the agent.
 */
class KnownErrorsOnLuceneTest {
    private static final KnowledgeCorpus CORPUS = KnowledgeCorpus.load();

    private final LuceneKnowledgeIndex lucene = LuceneKnowledgeIndex.inMemory();
    private final InMemoryServiceDesk hospital = DemoHospital.inMemory();
    private final ProblemManagement problems = ProblemManagement.create(hospital.problemPorts,
            ProblemSettings.hospitalDefault(), DemoHospital.settings(), InMemoryServiceDesk.validator(), hospital.desk,
            hospital.cmdb, KnownErrorDocuments.in(lucene));

    @BeforeEach
    void indexTheCorpusArticles() {
        CORPUS.loadInto(lucene);
    }

    @AfterEach
    void close() {
        lucene.close();
    }

    @Test
    void aChineseDescriptionOfTheCallFindsThePublishedKnownErrorOfTheExpiredCertificate() {
        problems.rebuildKnownErrorIndex();
        ProblemView certificate = certificate();
        publish("腕带打印机更新驱动后打印空白", "Wristband printers print blank labels since the driver update.",
                "desktop.printer", "Roll the printer driver back to version 5.2.");
        publish("病房无线网络频繁断开", "五楼病房的无线网络每隔几分钟断开一次。", "network.wifi", "在PDA上忘记该网络后重新连接。");

        WithKnownErrors<ContactView> logged = problems.atTheDesk().logContact(new ContactCommand.Log(AGENT_CHEN,
                ContactChannel.PHONE, CLERK_LI.staffId(), OUTPATIENT, OUTPATIENT_HALL, "5501",
                "挂号系统登录不了，提示证书过期"));

        assertThat(logged.knownErrors()).isNotEmpty();
        KnownErrorMatch best = logged.knownErrors().get(0);
        assertThat(best.number()).isEqualTo(certificate.number());
        assertThat(best.workaround()).isEqualTo("在挂号工作站上手工导入新的HIS客户端证书，然后重启挂号客户端。");
        assertThat(best.reasons()).extracting(MatchReason::kind).containsExactly(MatchKind.SIMILAR_TEXT);
    }

    @Test
    void theIndexHoldsTheCorpusAndThePublishedKnownErrorWhichIsWithdrawnWhenResolved() {
        ProblemId id = certificate().id();
        assertThat(ids(lucene.search(KnowledgeQuery.forDesk("证书过期", 5)))).contains(id.toString(), "kb-his-cert");
        assertThat(ids(lucene.search(KnowledgeQuery.forDesk("打印机卡纸", 3)))).contains("kb-printer-jam");

        problems.problems().handle(new ProblemCommand.RecordPermanentFix(PROBLEM_MANAGER_ZHAO, id, null,
                "证书改为自动续期"));
        problems.problems().handle(new ProblemCommand.Resolve(PROBLEM_MANAGER_ZHAO, id, null, "已上线", false));

        assertThat(ids(lucene.search(KnowledgeQuery.forDesk("证书过期", 5)))).doesNotContain(id.toString())
                .contains("kb-his-cert");
        assertThat(problems.suggestions().suggest(AGENT_CHEN, KnownErrorQuery.text("挂号系统登录不了，提示证书过期"), 5))
                .isEmpty();
    }

    @Test
    void aRebuildAtStartUpBringsBackTheKnownErrorsBesideTheArticles() {
        ProblemId id = certificate().id();
        lucene.rebuild(KnowledgeDocument.Kind.KNOWN_ERROR, Stream.empty());
        assertThat(lucene.search(KnowledgeQuery.forDesk("证书", 100).only(KnowledgeDocument.Kind.KNOWN_ERROR)))
                .isEmpty();

        assertThat(problems.rebuildKnownErrorIndex()).isEqualTo(1);

        assertThat(lucene.search(KnowledgeQuery.forDesk("证书", 100).only(KnowledgeDocument.Kind.KNOWN_ERROR)))
                .extracting(KnowledgeHit::id).containsExactly(id.toString());
        assertThat(lucene.search(KnowledgeQuery.forDesk("证书", 100))).extracting(KnowledgeHit::id)
                .contains(id.toString(), "kb-emr-signature") // an article of the corpus, left as it was
                .doesNotContain("kb-his-cert"); // the corpus's own known error: problem management's kind, replaced
        assertThat(lucene.search(KnowledgeQuery.forDesk("VPN", 3))).extracting(KnowledgeHit::id).contains("kb-vpn");
    }

    private ProblemView certificate() {
        return publish("门诊挂号客户端证书过期，无法登录HIS", "挂号工作站启动HIS客户端时提示证书无效或已过期。", "his.outpatient",
                "在挂号工作站上手工导入新的HIS客户端证书，然后重启挂号客户端。");
    }

    private ProblemView publish(String summary, String description, String category, String workaround) {
        ProblemId id = problems.problems().log(new LogProblem(PROBLEM_MANAGER_ZHAO, summary, description, category,
                "ONE_DEPARTMENT", "DEGRADED", ServiceCriticality.CLINICAL_CRITICAL, PROBLEM_MANAGER_ZHAO.staffId(),
                HIS_SUPPORT, Set.of(), Set.of())).id();
        problems.problems().handle(new ProblemCommand.Investigate(PROBLEM_MANAGER_ZHAO, id, null));
        problems.problems().handle(new ProblemCommand.IdentifyRootCause(PROBLEM_MANAGER_ZHAO, id, null,
                CauseCategory.CONFIGURATION, "证书有效期一年，无人续期"));
        problems.problems().handle(new ProblemCommand.RecordWorkaround(PROBLEM_MANAGER_ZHAO, id, null, workaround));
        return problems.problems().handle(new ProblemCommand.PublishKnownError(PROBLEM_MANAGER_ZHAO, id, null));
    }

    private static List<String> ids(List<KnowledgeHit> hits) {
        return hits.stream().map(KnowledgeHit::id).toList();
    }
}

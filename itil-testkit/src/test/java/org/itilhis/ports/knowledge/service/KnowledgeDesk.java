package org.itilhis.ports.knowledge.service;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.contact.ContactSnapshot;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleSnapshot;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.ports.knowledge.in.ArticleCommand;
import org.itilhis.ports.knowledge.in.ArticleDraft;
import org.itilhis.ports.knowledge.in.ArticleQueries;
import org.itilhis.ports.knowledge.in.ArticleView;
import org.itilhis.ports.knowledge.in.KnowledgeUseCase;
import org.itilhis.ports.knowledge.in.WriteArticle;
import org.itilhis.ports.knowledge.out.KnowledgeHit;
import org.itilhis.ports.knowledge.out.KnowledgeQuery;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;

/**
 * The demo hospital's desk with knowledge management: articles written by the desk and
 * engineers, reviewed by lead Sun, worked through the knowledge use case; tickets worked
 * through the desk's; and a picture of everything a refused command must leave as it was.
 */
final class KnowledgeDesk {
    final Hospital hospital = new Hospital();

    KnowledgeUseCase articles() {
        return hospital.desk.knowledge.articles();
    }

    ArticleQueries queries() {
        return hospital.desk.knowledge.queries();
    }

    static ArticleDraft paperJam(KnowledgeAudience audience) {
        return new ArticleDraft(new ArticleDraft.Text("门诊打印机卡纸的处理",
                "关闭电源，打开前盖，顺着出纸方向慢慢取出卡住的纸张，不要用力撕扯。"),
                new ArticleDraft.Text("Clearing a paper jam on the outpatient printers",
                        "Switch the printer off, open the front cover and pull the paper out gently."),
                audience, "desktop.printer", Set.of("打印机", "卡纸", "printer"), Set.of("printer"));
    }

    static ArticleDraft inChinese(String title, String body, KnowledgeAudience audience) {
        return new ArticleDraft(new ArticleDraft.Text(title, body), null, audience, "desktop.printer", Set.of(),
                Set.of());
    }

    ArticleView write(Actor author, ArticleDraft content) {
        return articles().write(new WriteArticle(author, content));
    }

    ArticleView handle(ArticleCommand command) {
        return articles().handle(command);
    }

    /**
     * {@code content} written by agent Chen, submitted, approved and published by lead Sun (by
     * problem manager Zhao for the desk only, which the lead does not read).
     */
    ArticleView published(ArticleDraft content) {
        Actor reviewer = content.audience() == KnowledgeAudience.DESK ? PROBLEM_MANAGER_ZHAO : LEAD_SUN;
        ArticleId id = write(AGENT_CHEN, content).id();
        handle(new ArticleCommand.SubmitForReview(AGENT_CHEN, id, null));
        handle(new ArticleCommand.ApproveReview(reviewer, id, null));
        return handle(new ArticleCommand.Publish(reviewer, id, null));
    }

    /** What the index answers the desk for {@code text}, best first. */
    List<KnowledgeHit> indexed(String text) {
        return hospital.desk.knowledgeIndex.search(KnowledgeQuery.forDesk(text, 10));
    }

    /** An incident of desktop support assigned to, accepted and started by engineer Liu: resolvable by him. */
    TicketView incidentInProgress() {
        TicketView raised = hospital.printerIncident();
        hospital.handle(new TicketCommand.Assign(AGENT_CHEN, raised.id(), null, DESKTOP, ENGINEER_LIU.staffId()));
        hospital.handle(new TicketCommand.Accept(ENGINEER_LIU, raised.id(), null));
        return hospital.handle(new TicketCommand.Start(ENGINEER_LIU, raised.id(), null));
    }

    List<String> logTypes() {
        return hospital.logTypes();
    }

    /** Everything a refused command must leave as it was: articles, tickets, contacts, the event log, the index. */
    Picture picture() {
        return new Picture(hospital.desk.articleStore.snapshots(), hospital.desk.tickets.snapshots(),
                hospital.desk.contacts.snapshots(), hospital.log(), indexed("打印机 卡纸 printer"));
    }

    record Picture(Map<ArticleId, ArticleSnapshot> articles, Map<TicketId, TicketSnapshot> tickets,
                   Map<ContactId, ContactSnapshot> contacts, List<DomainEvent> events, List<KnowledgeHit> index) {
    }
}

package org.itilhis.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Set;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.knowledge.in.ArticleCommand;
import org.itilhis.ports.knowledge.in.ArticleDraft;
import org.itilhis.ports.knowledge.in.ArticleQueries;
import org.itilhis.ports.knowledge.in.ArticleSearch;
import org.itilhis.ports.knowledge.in.ArticleView;
import org.itilhis.ports.knowledge.in.KnowledgeUseCase;
import org.itilhis.ports.knowledge.in.WriteArticle;

/**
 * The demo hospital's knowledge base: four published articles in Chinese and English, one for
 * each audience and kind of reader (all staff, engineers, the desk), each written by the desk
 * or an engineer and reviewed and published by the problem manager, as the review rules
 * require. Loaded through {@link KnowledgeUseCase}; where any article exists, nothing is written.
 */
public final class DemoArticles {
    /** The all-staff article about a printer's paper jam. */
    public static final String PAPER_JAM = "打印机卡纸的处理方法";
    /** The engineers' article about the registration workstations' HIS client certificate. */
    public static final String CERTIFICATE = "挂号工作站更换 HIS 客户端证书";

    private DemoArticles() {
    }

    /**
     * Writes and publishes the demo articles unless the knowledge base holds an article.
     *
     * @return the published articles, none when the knowledge base was not empty
     */
    public static ImmutableList<ArticleView> loadInto(KnowledgeUseCase articles, ArticleQueries queries) {
        checkNotNull(articles, "articles");
        checkNotNull(queries, "queries");
        if (!queries.search(DemoHospital.PROBLEM_MANAGER_ZHAO, ArticleSearch.all(1)).isEmpty()) {
            return ImmutableList.of();
        }
        return ImmutableList.of(
                publish(articles, DemoHospital.AGENT_CHEN, new ArticleDraft(
                        new ArticleDraft.Text(PAPER_JAM, "1. 关闭打印机电源；2. 打开前盖和后盖，顺着进纸方向慢慢取出卡住的纸，不要用力撕扯；"
                                + "3. 检查纸盒里的纸是否平整、未受潮；4. 合上盖子，开机后打印测试页。仍然卡纸请报修。"),
                        new ArticleDraft.Text("Clearing a printer paper jam", "Switch the printer off, open the front"
                                + " and back covers, pull the jammed paper out slowly in the direction it feeds, check"
                                + " that the paper in the tray is flat and dry, close the covers and print a test"
                                + " page. Call the desk if it jams again."),
                        KnowledgeAudience.ALL_STAFF, "printer", Set.of("打印机", "卡纸", "printer"), Set.of("printer"))),
                publish(articles, DemoHospital.AGENT_CHEN, new ArticleDraft(
                        new ArticleDraft.Text("忘记 HIS 登录密码怎么办", "拨打信息科服务台 8000，核实工号和身份证后四位后，"
                                + "服务台重置为临时密码；首次登录时系统要求修改密码。请勿把密码告诉他人。"),
                        new ArticleDraft.Text("Forgot the HIS password", "Call the IT service desk on 8000; after"
                                + " checking your staff number and the last four digits of your ID card the desk sets"
                                + " a temporary password, which the HIS asks you to change at the first sign-in."),
                        KnowledgeAudience.ALL_STAFF, "account", Set.of("密码", "password"), Set.of())),
                publish(articles, DemoHospital.ENGINEER_LIU, new ArticleDraft(
                        new ArticleDraft.Text(CERTIFICATE, "证书每年到期。1. 在工作站打开 certmgr.msc，删除“个人”下过期的 HIS 证书；"
                                + "2. 从 \\\\it\\certs 导入当年的 .pfx 证书（密码向 HIS 组索取）；3. 重启挂号客户端并登录验证。"),
                        null, KnowledgeAudience.ENGINEERS, "his", Set.of("证书", "挂号", "HIS"), Set.of("workstation"))),
                publish(articles, DemoHospital.AGENT_CHEN, new ArticleDraft(
                        new ArticleDraft.Text("急诊分诊叫号屏黑屏的电话指引", "先请护士确认叫号屏电源灯是否亮；不亮则检查插座；亮但黑屏则按遥控器"
                                + "“信号源”切到 HDMI1。仍不恢复，按临床关键服务升级给桌面支持，优先级 P2。"),
                        null, KnowledgeAudience.DESK, "his", Set.of("急诊", "叫号屏"), Set.of())));
    }

    /** Written by {@code author}, submitted, approved and published by the problem manager. */
    private static ArticleView publish(KnowledgeUseCase articles, Actor author, ArticleDraft draft) {
        ArticleId id = articles.write(new WriteArticle(author, draft)).id();
        articles.handle(new ArticleCommand.SubmitForReview(author, id, null));
        articles.handle(new ArticleCommand.ApproveReview(DemoHospital.PROBLEM_MANAGER_ZHAO, id, null));
        return articles.handle(new ArticleCommand.Publish(DemoHospital.PROBLEM_MANAGER_ZHAO, id, null));
    }
}

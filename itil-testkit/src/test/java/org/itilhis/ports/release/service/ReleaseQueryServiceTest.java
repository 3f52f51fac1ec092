package org.itilhis.ports.release.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.ports.release.service.ReleaseDesk.RELEASE_MANAGER_XU;

import java.util.List;
import java.util.Set;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.core.release.ReleaseStatus;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.release.in.PlanRelease;
import org.itilhis.ports.release.in.ReleaseCommand;
import org.itilhis.ports.release.in.ReleaseNotFoundException;
import org.itilhis.ports.release.in.ReleaseQueries;
import org.itilhis.ports.release.in.ReleaseSearch;
import org.itilhis.ports.release.in.ReleaseView;
import org.itilhis.ports.release.service.ReleaseDesk.ChangeAt;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

/** Reading releases: by id and number with their history, searched by status, bundled change and text, paged by number. */
class ReleaseQueryServiceTest {
    private static final Actor RM = RELEASE_MANAGER_XU;

    private final ReleaseDesk desk = new ReleaseDesk();
    private final ReleaseQueries queries = desk.desk.releases.queries();

    @Test
    void aReleaseIsFoundByIdAndByNumberWithItsHistory() {
        CiId client = desk.hisItem("5.3.1");
        ReleaseView planned = desk.plan(Set.of(desk.change(client, ChangeAt.APPROVED)));
        desk.goThrough(planned.id(), "build");

        assertThat(queries.release(RM, planned.id()).status()).isEqualTo(ReleaseStatus.IN_PROGRESS);
        assertThat(queries.byNumber(RM, ReleaseNumber.parse("REL-2026-000001"))).map(ReleaseView::id)
                .contains(planned.id());
        assertThat(queries.byNumber(RM, ReleaseNumber.parse("REL-2026-000002"))).isEmpty();
        assertThat(queries.history(RM, planned.id())).extracting(DomainEvent::type)
                .containsExactly("release.planned", "release.started", "release.go-given");
    }

    @Test
    void searchFindsByStatusBundledChangeAndTextInNumberOrderPage() {
        CiId client = desk.hisItem("5.3.1");
        ChangeId fix = desk.change(client, ChangeAt.APPROVED);
        ChangeId pacs = desk.change(client, ChangeAt.APPROVED);
        ReleaseView his = desk.plan(Set.of(fix));
        ReleaseView viewer = desk.desk.releases.releases().plan(PlanRelease.onDefaultStages(RM, "PACS 8.1",
                "PACS viewer for imaging", RM.staffId(), Set.of(pacs)));
        ReleaseView both = desk.plan(Set.of(fix, pacs));
        desk.handle(new ReleaseCommand.Start(RM, both.id(), null));

        assertThat(numbers(ReleaseSearch.all(10))).containsExactly(1L, 2L, 3L);
        assertThat(numbers(ReleaseSearch.all(10).withStatuses(List.of(ReleaseStatus.IN_PROGRESS))))
                .containsExactly(3L);
        assertThat(numbers(ReleaseSearch.all(10).bundling(fix))).containsExactly(1L, 3L);
        assertThat(queries.releasesOf(RM, pacs)).extracting(ReleaseView::id).containsExactly(viewer.id(), both.id());
        assertThat(numbers(ReleaseSearch.all(10).withText("imaging"))).containsExactly(2L);
        assertThat(numbers(ReleaseSearch.all(2))).containsExactly(1L, 2L);
        assertThat(numbers(ReleaseSearch.all(2).after(viewer.number()))).containsExactly(3L);
        assertThat(his.number().toString()).isEqualTo("REL-2026-000001");
    }

    @Test
    void whoeverMayNotSeeReleasesFindsNone() {
        ReleaseView planned = desk.plan(Set.of());
        Actor nurse = DemoHospital.NURSE_WANG;

        assertThatThrownBy(() -> queries.release(nurse, planned.id())).isInstanceOf(ReleaseNotFoundException.class);
        assertThatThrownBy(() -> queries.history(nurse, planned.id())).isInstanceOf(ReleaseNotFoundException.class);
        assertThat(queries.byNumber(nurse, planned.number())).isEmpty();
        assertThat(queries.search(nurse, ReleaseSearch.all(10))).isEmpty();
        assertThat(queries.search(DemoHospital.DIRECTOR_GAO, ReleaseSearch.all(10))).hasSize(1);
    }

    private List<Long> numbers(ReleaseSearch search) {
        return queries.search(RM, search).stream().map(view -> view.number().sequence()).toList();
    }
}

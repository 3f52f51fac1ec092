package org.itilhis.ports.release.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.release.Release;
import org.itilhis.core.release.ReleaseEvent;
import org.itilhis.core.release.SoftwareVersion;
import org.itilhis.core.release.StagePlan;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.release.in.PlanRelease;
import org.itilhis.ports.release.in.ReleaseCommand;
import org.itilhis.ports.release.in.ReleaseNotFoundException;
import org.itilhis.ports.release.in.ReleaseUseCase;
import org.itilhis.ports.release.in.ReleaseView;
import org.itilhis.ports.release.service.ReleaseDecision.VersionUpdate;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Works releases: every {@link ReleaseCommand} through the {@link CommandPipeline}: load the
 * release, check that the actor sees releases and holds the command's permission, check the
 * expected version, let the release decide (with the bundled changes' standings read from change
 * management when the step needs them), save it; the pipeline appends its events. A deployment
 * or a rollback then sets each item's software version through the CMDB's own use case, as its
 * own CMDB command with its own event, in the same transaction (ADR 0012's composition, as
 * {@code ProblemService} resolves linked incidents): the release's events come first in the log,
 * then each item's; a refusal of any undoes all.
 */
final class ReleaseService implements ReleaseUseCase {
    private final ReleasePorts ports;
    private final ServiceDeskSettings settings;
    private final CommandPipeline pipeline;
    private final ChangeStandings changes;
    private final CmdbVersions versions;

    ReleaseService(ReleasePorts ports, ReleaseSettings releaseSettings, ServiceDeskSettings settings,
                   Validator validator, CmdbUseCase cmdb) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
        this.changes = new ChangeStandings(ports.changes());
        this.versions = new CmdbVersions(ports.cmdb().items(), checkNotNull(cmdb, "cmdb"),
                checkNotNull(releaseSettings, "releaseSettings").versionAttribute());
    }

    @Override
    public ReleaseView plan(PlanRelease command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            authorise(actor, Permission.MANAGE_RELEASE, "release");
            StagePlan stages = ReleaseDecision.stagePlan(command.stages(), command.hospitalWideStage());
            for (ChangeId change : command.changes()) {
                changes.existing(change);
            }
            Instant now = ports.desk().clock().instant();
            Release release = Release.plan(ports.releases().nextId(),
                    ports.numbers().next(LocalDate.ofInstant(now, settings.zone()).getYear()),
                    SoftwareVersion.of(command.version()), command.summary(), command.manager(), stages,
                    command.changes(), actor.staffId(), now);
            ports.releases().save(release);
            return Outcome.of(ReleaseView.of(release), release.pullEvents());
        });
    }

    @Override
    public ReleaseView handle(ReleaseCommand command) {
        checkNotNull(command, "command");
        return ports.desk().transactions().inTransaction(() -> {
            Decided decided = pipeline.run(command, () -> decide(command));
            for (VersionUpdate update : decided.updates()) {
                versions.set(command.actor(), update.ci(), update.version(), update.note());
            }
            return decided.view();
        });
    }

    private Outcome<Decided> decide(ReleaseCommand command) {
        Actor actor = command.actor();
        Release release = ports.releases().find(command.release())
                .orElseThrow(() -> new ReleaseNotFoundException(command.release()));
        AccessContext context = context(actor);
        if (!settings.access().permits(actor, Permission.VIEW_RELEASE, context)) {
            throw new ReleaseNotFoundException(command.release()); // as the queries say: no leak of existence
        }
        settings.access().check(actor, command.permission(), context, release.number().toString());
        CommandPipeline.checkVersion("release", release.number().toString(), command.expectedVersion(),
                release.version());
        List<VersionUpdate> updates = command.accept(new ReleaseDecision(release, changes, versions,
                actor.staffId(), ports.desk().clock().instant()));
        ports.releases().save(release);
        List<ReleaseEvent> events = release.pullEvents();
        return Outcome.of(new Decided(ReleaseView.of(release), updates), events);
    }

    private void authorise(Actor actor, Permission permission, String record) {
        settings.access().check(actor, permission, context(actor), record);
    }

    private AccessContext context(Actor actor) {
        return AccessContext.general(ports.desk().directory().groupsOf(actor.staffId()));
    }

    /** A decided command: the release as saved, and the CMDB versions to set with it. */
    private record Decided(ReleaseView view, List<VersionUpdate> updates) {
    }
}

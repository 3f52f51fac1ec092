package org.itilhis.ports.release.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.release.Release;
import org.itilhis.core.release.Restoration;
import org.itilhis.core.release.SoftwareVersion;
import org.itilhis.core.release.Stage;
import org.itilhis.core.release.StagePlan;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.release.in.ReleaseCommand;
import org.itilhis.ports.release.in.ReleaseCommand.BundleChange;
import org.itilhis.ports.release.in.ReleaseCommand.Cancel;
import org.itilhis.ports.release.in.ReleaseCommand.Close;
import org.itilhis.ports.release.in.ReleaseCommand.Complete;
import org.itilhis.ports.release.in.ReleaseCommand.Deploy;
import org.itilhis.ports.release.in.ReleaseCommand.Go;
import org.itilhis.ports.release.in.ReleaseCommand.NoGo;
import org.itilhis.ports.release.in.ReleaseCommand.RollBack;
import org.itilhis.ports.release.in.ReleaseCommand.Start;
import org.itilhis.ports.release.in.ReleaseCommand.UnbundleChange;

/**
 * What the release decides for each command, at {@code at}, for {@code by}: one method per
 * command ({@link ReleaseCommand.Visitor}), so a new command does not compile until it is
 * handled here. Answers the CMDB versions to set after the release is saved (a deployment's new
 * versions, a rollback's restored ones), each with the note that names the release.
 */
final class ReleaseDecision implements ReleaseCommand.Visitor<List<ReleaseDecision.VersionUpdate>> {
    private final Release release;
    private final ChangeStandings changes;
    private final CmdbVersions versions;
    private final StaffId by;
    private final Instant at;

    ReleaseDecision(Release release, ChangeStandings changes, CmdbVersions versions, StaffId by, Instant at) {
        this.release = release;
        this.changes = changes;
        this.versions = versions;
        this.by = by;
        this.at = at;
    }

    /** A CMDB item's software version to set, and the note its history shows. */
    record VersionUpdate(CiId ci, SoftwareVersion version, String note) {
    }

    @Override
    public List<VersionUpdate> bundleChange(BundleChange command) {
        changes.existing(command.change());
        release.bundleChange(command.change(), by, at);
        return List.of();
    }

    @Override
    public List<VersionUpdate> unbundleChange(UnbundleChange command) {
        release.unbundleChange(command.change(), by, at);
        return List.of();
    }

    @Override
    public List<VersionUpdate> start(Start command) {
        release.start(by, at);
        return List.of();
    }

    @Override
    public List<VersionUpdate> go(Go command) {
        boolean hospitalWide = release.stages().find(command.stage().strip()).map(Stage::hospitalWide).orElse(false);
        release.go(command.stage(), command.reason(), hospitalWide ? changes.of(release.changes()) : List.of(), by,
                at);
        return List.of();
    }

    @Override
    public List<VersionUpdate> noGo(NoGo command) {
        release.noGo(command.stage(), command.reason(), by, at);
        return List.of();
    }

    @Override
    public List<VersionUpdate> deploy(Deploy command) {
        SoftwareVersion version = SoftwareVersion.of(command.version());
        List<VersionUpdate> updates = new ArrayList<>();
        for (CiId ci : command.cis()) {
            release.deploy(ci, command.stage(), version, versions.current(ci), by, at);
            updates.add(new VersionUpdate(ci, version, "%s (%s) deployed %s in stage %s".formatted(release.number(),
                    release.releaseVersion(), version, command.stage().strip())));
        }
        return updates;
    }

    @Override
    public List<VersionUpdate> complete(Complete command) {
        release.complete(by, at);
        return List.of();
    }

    @Override
    public List<VersionUpdate> rollBack(RollBack command) {
        Map<CiId, SoftwareVersion> given = new LinkedHashMap<>();
        command.restoreVersions().forEach((ci, version) -> given.put(ci, SoftwareVersion.of(version)));
        release.rollBack(command.reason(), given, by, at);
        List<VersionUpdate> updates = new ArrayList<>();
        for (Restoration restoration : release.rollback().orElseThrow().restorations()) {
            updates.add(new VersionUpdate(restoration.ci(), restoration.restoredVersion(),
                    "%s (%s) rolled back: %s restored, replacing %s".formatted(release.number(),
                            release.releaseVersion(), restoration.restoredVersion(), restoration.replacedVersion())));
        }
        return updates;
    }

    @Override
    public List<VersionUpdate> close(Close command) {
        release.close(changes.of(release.changes()), by, at);
        return List.of();
    }

    @Override
    public List<VersionUpdate> cancel(Cancel command) {
        release.cancel(command.reason(), by, at);
        return List.of();
    }

    /** The stage plan a planning command asks for: its named stages, or the hospital's default. */
    static StagePlan stagePlan(List<String> names, String hospitalWide) {
        if (names.isEmpty()) {
            if (hospitalWide != null) {
                throw InvalidCommandException.of("hospitalWideStage", "is given only with the stages it names");
            }
            return StagePlan.hospitalDefault();
        }
        if (hospitalWide != null && !names.contains(hospitalWide)) {
            throw InvalidCommandException.of("hospitalWideStage", "must be one of the stages " + names);
        }
        if (names.stream().distinct().count() != names.size()) {
            throw InvalidCommandException.of("stages", "must name each stage once: " + names);
        }
        String flagged = hospitalWide == null ? names.get(names.size() - 1) : hospitalWide;
        return StagePlan.of(names.stream()
                .map(name -> name.equals(flagged) ? Stage.hospitalWide(name) : Stage.of(name)).toList());
    }
}

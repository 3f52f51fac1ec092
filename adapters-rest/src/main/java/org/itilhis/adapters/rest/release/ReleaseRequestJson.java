package org.itilhis.adapters.rest.release;

import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.itilhis.adapters.rest.common.CiIds;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.release.in.PlanRelease;
import org.itilhis.ports.release.in.ReleaseCommand;

/**
 * The bodies of planning a release and of its steps, each step the {@link ReleaseStep} that
 * turns itself into its {@link ReleaseCommand}. Start, complete and close need no body ({@link
 * ReleaseStep.Bodiless}); cancel takes the desk's reason.
 */
public final class ReleaseRequestJson {
    private ReleaseRequestJson() {
    }

    /**
     * Planning: the version delivered, what it is about, the release manager, the stages (none:
     * build, test, pilot-ward, hospital-wide), which stage is hospital-wide (none: the last) and
     * the changes bundled first.
     */
    public record PlanReleaseJson(String version, String summary, String manager, List<String> stages,
                                  String hospitalWideStage, List<String> changes) {
        PlanRelease command(Actor actor, Fields fields) {
            return new PlanRelease(actor, version, summary, fields.id("manager", manager, StaffId::of), stages,
                    hospitalWideStage, changeIds("changes", changes, fields));
        }
    }

    /** {@code POST /{id}/changes}: the change to bundle while planning. */
    public record BundleChangeJson(String change) implements ReleaseStep {
        @Override
        public ReleaseCommand.BundleChange command(Actor actor, ReleaseId release, Long expectedVersion,
                                                   Fields fields) {
            UUID value = fields.uuid("change", change);
            return new ReleaseCommand.BundleChange(actor, release, expectedVersion,
                    value == null ? null : new ChangeId(value));
        }
    }

    /** {@code go} and {@code no-go}: the stage decided (the next one of the plan) and why. */
    public record StageDecisionJson(String stage, String reason) {
    }

    /** {@code deploy}: the version now running on each item, deployed in an entered stage. */
    public record DeployJson(String stage, String version, List<String> cis) implements ReleaseStep {
        @Override
        public ReleaseCommand.Deploy command(Actor actor, ReleaseId release, Long expectedVersion, Fields fields) {
            return new ReleaseCommand.Deploy(actor, release, expectedVersion, stage, version,
                    CiIds.listed("cis", cis, fields));
        }
    }

    /**
     * {@code roll-back}: why, and the version to restore (by item id) for items whose previous
     * version was not known when deployed.
     */
    public record RollBackReleaseJson(String reason, Map<String, String> restoreVersions) implements ReleaseStep {
        @Override
        public ReleaseCommand.RollBack command(Actor actor, ReleaseId release, Long expectedVersion,
                                               Fields fields) {
            Map<CiId, String> versions = new LinkedHashMap<>();
            if (restoreVersions != null) {
                restoreVersions.forEach((ci, version) -> {
                    UUID value = fields.uuid("restoreVersions." + ci, ci);
                    if (value != null) {
                        versions.put(new CiId(value), version);
                    }
                });
            }
            return new ReleaseCommand.RollBack(actor, release, expectedVersion, reason, versions);
        }
    }

    private static ImmutableSet<ChangeId> changeIds(String field, List<String> texts, Fields fields) {
        ImmutableSet.Builder<ChangeId> ids = ImmutableSet.builder();
        if (texts != null) {
            for (int i = 0; i < texts.size(); i++) {
                String entry = field + "[" + i + "]";
                fields.check(texts.get(i) != null, entry, "field.required");
                UUID value = fields.uuid(entry, texts.get(i));
                if (value != null) {
                    ids.add(new ChangeId(value));
                }
            }
        }
        return ids.build();
    }
}

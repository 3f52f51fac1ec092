package org.itilhis.core.release;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;

/**
 * Works out what a rollback restores from a release's deployments: for each item, in the
 * order it was first deployed to, the version its first deployment in this release replaced
 * (later deployments to the same item, a redeploy in a later stage say, replaced the
 * release's own versions) and the version its last deployment put there.
 */
final class Rollbacks {
    private Rollbacks() {
    }

    /**
     * @throws RestoreVersionNotNeededException if {@code given} names items not needing a version
     * @throws RestoreVersionUnknownException   if an item's version is neither recorded nor given
     */
    static ImmutableList<Restoration> restorations(ReleaseNumber number, List<Deployment> deployments,
                                                   Map<CiId, SoftwareVersion> given) {
        Map<CiId, Optional<SoftwareVersion>> before = new LinkedHashMap<>();
        Map<CiId, SoftwareVersion> last = new LinkedHashMap<>();
        for (Deployment deployment : deployments) {
            before.putIfAbsent(deployment.ci(), deployment.previousVersion());
            last.put(deployment.ci(), deployment.version());
        }
        List<CiId> notNeeded = given.keySet().stream()
                .filter(ci -> !before.containsKey(ci) || before.get(ci).isPresent()).sorted(
                        (a, b) -> a.value().compareTo(b.value())).toList();
        if (!notNeeded.isEmpty()) {
            throw new RestoreVersionNotNeededException(number, notNeeded);
        }
        List<CiId> unknown = new ArrayList<>();
        ImmutableList.Builder<Restoration> restorations = ImmutableList.builder();
        before.forEach((ci, previous) -> {
            Optional<SoftwareVersion> restored = previous.or(() -> Optional.ofNullable(given.get(ci)));
            if (restored.isEmpty()) {
                unknown.add(ci);
            } else {
                restorations.add(new Restoration(ci, restored.get(), last.get(ci)));
            }
        });
        if (!unknown.isEmpty()) {
            throw new RestoreVersionUnknownException(number, unknown);
        }
        return restorations.build();
    }
}

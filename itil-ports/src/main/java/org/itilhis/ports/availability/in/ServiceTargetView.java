package org.itilhis.ports.availability.in;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.availability.ServiceTarget;
import org.itilhis.core.availability.ServiceTargetSnapshot;

/** A business service's availability target as readers see it, with the service's name in the CMDB and the version. */
public record ServiceTargetView(ServiceTargetSnapshot target, String serviceName) {
    public ServiceTargetView {
        checkNotNull(target, "target");
        checkNotNull(serviceName, "serviceName");
    }

    public static ServiceTargetView of(ServiceTarget target, String serviceName) {
        return new ServiceTargetView(target.snapshot(), serviceName);
    }

    public long version() {
        return target.version();
    }
}

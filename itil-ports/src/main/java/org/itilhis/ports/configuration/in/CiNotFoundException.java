package org.itilhis.ports.configuration.in;

import org.itilhis.core.shared.DomainException;

/** No configuration item with this id or asset tag, or none the actor may see. */
public final class CiNotFoundException extends DomainException {
    public CiNotFoundException(Object idOrAssetTag) {
        super("cmdb.ci-not-found", idOrAssetTag);
    }
}

package org.itilhis.core.cmdb;

import org.itilhis.core.shared.DomainException;

/** An item keeps the class it was registered with; a different kind of item is registered anew. */
public final class ClassChangeException extends DomainException {
    public ClassChangeException(AssetTag assetTag, String classCode, String requested) {
        super("cmdb.class-change", assetTag, classCode, requested);
    }
}

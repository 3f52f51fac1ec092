package org.itilhis.ports.configuration.in;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.ConfigurationItem;

/** A configuration item as a reader sees it: its stored state, version included. */
public record CiView(CiSnapshot item) {
    public CiView {
        checkNotNull(item, "item");
    }

    public static CiView of(ConfigurationItem item) {
        return new CiView(item.snapshot());
    }

    public AssetTag assetTag() {
        return item.details().assetTag();
    }
}

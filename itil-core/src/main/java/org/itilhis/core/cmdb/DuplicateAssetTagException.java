package org.itilhis.core.cmdb;

import org.itilhis.core.shared.DomainException;

/** Another configuration item already carries this asset tag. */
public final class DuplicateAssetTagException extends DomainException {
    private final AssetTag assetTag;

    public DuplicateAssetTagException(AssetTag assetTag) {
        super("cmdb.duplicate-asset-tag", assetTag);
        this.assetTag = assetTag;
    }

    public AssetTag assetTag() {
        return assetTag;
    }
}

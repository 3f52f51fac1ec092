package org.itilhis.core.monitoring;

import java.util.Optional;
import org.itilhis.core.cmdb.CiId;

/**
 * Finds configuration items by what alerts say about them, for the mapping rules: the ports
 * answer it from an index kept in memory (no query per alert).
 */
public interface CiLookup {
    /** The item carrying this asset tag. */
    Optional<CiId> byAssetTag(String assetTag);

    /** The item whose {@code attribute} holds {@code value} (compared {@linkplain AlertMappingRule#normalised normalised}). */
    Optional<CiId> byAttribute(String attribute, String value);
}

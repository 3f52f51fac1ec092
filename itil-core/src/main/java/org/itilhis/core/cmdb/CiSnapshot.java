package org.itilhis.core.cmdb;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

/** The state of a configuration item as stored: what {@link ConfigurationItem#restore} needs. */
public record CiSnapshot(CiId id, String classCode, CiDetails details, CiStatus status,
                         ImmutableSet<Relationship> relationships,
                         ImmutableMap<RelationshipType, RedundancyRule> redundancy, long version) {
}

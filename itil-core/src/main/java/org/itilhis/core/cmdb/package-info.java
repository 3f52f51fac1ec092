/**
 * Configuration management (issue 5, begun): the hospital's configuration items, their
 * classes and typed attributes, the relationships between them and what fails with them.
 *
 * <p>Relationships: {@link org.itilhis.core.cmdb.CiGraph} holds {@link org.itilhis.core.cmdb.CiNode}s
 * and typed {@link org.itilhis.core.cmdb.Relationship}s checked by
 * {@link org.itilhis.core.cmdb.RelationshipRules}; {@link org.itilhis.core.cmdb.ImpactAnalysis}
 * tells what a failure reaches ({@link org.itilhis.core.cmdb.ImpactReport}) and what may have
 * caused one.
 */
package org.itilhis.core.cmdb;

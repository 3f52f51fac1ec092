/**
 * Configuration management: the hospital's configuration items, their classes and typed
 * attributes, the relationships between them and what fails with them.
 *
 * <p>Items: a {@link org.itilhis.core.cmdb.ConfigurationItem} belongs to a
 * {@link org.itilhis.core.cmdb.CiClass} of a {@link org.itilhis.core.cmdb.CiClassCatalogue},
 * carries its {@link org.itilhis.core.cmdb.CiDetails}, follows the
 * {@link org.itilhis.core.cmdb.CiLifecycle} and records every change as a
 * {@link org.itilhis.core.cmdb.CiEvent}, so it can be read as of any past instant.
 *
 * <p>Relationships: {@link org.itilhis.core.cmdb.CiGraph} holds {@link org.itilhis.core.cmdb.CiNode}s
 * and typed {@link org.itilhis.core.cmdb.Relationship}s checked by
 * {@link org.itilhis.core.cmdb.RelationshipRules}; {@link org.itilhis.core.cmdb.ImpactAnalysis}
 * tells what a failure reaches ({@link org.itilhis.core.cmdb.ImpactReport}) and what may have
 * caused one.
 */
package org.itilhis.core.cmdb;

/**
 * Release management: a {@link org.itilhis.core.release.Release} bundles approved changes into
 * one versioned delivery, takes it through the stages of its
 * {@link org.itilhis.core.release.StagePlan} by go / no-go decisions, records each deployment
 * per configuration item with the version it replaced, and is closed once its changes are
 * finished, or rolled back to the recorded versions. Its lifecycle is the data of
 * {@link org.itilhis.core.release.ReleaseWorkflows}; every change is a
 * {@link org.itilhis.core.release.ReleaseEvent} from which the release can be rebuilt. Release
 * management sits above change management: it refers to changes by identity and decides with
 * the facts about them ({@link org.itilhis.core.release.BundledChange}) that the application
 * service reads.
 */
package org.itilhis.core.release;

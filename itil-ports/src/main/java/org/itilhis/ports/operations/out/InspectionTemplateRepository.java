package org.itilhis.ports.operations.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.inspection.ChecklistTemplate;
import org.itilhis.core.shared.GroupId;

/**
 * Stores the versions of inspection checklist templates, each whole (its items in order, with
 * their units, ranges, options and configuration items). A version once stored never changes:
 * a revision stores the next version beside it.
 */
public interface InspectionTemplateRepository {
    /** Version {@code version} of template {@code code}. */
    Optional<ChecklistTemplate> find(String code, long version);

    /** The newest version of template {@code code}. */
    Optional<ChecklistTemplate> latest(String code);

    /** Every version of template {@code code}, oldest first; empty for an unknown code. */
    List<ChecklistTemplate> versions(String code);

    /** The newest version of each of {@code group}'s templates, by code. */
    List<ChecklistTemplate> ofGroup(GroupId group);

    /**
     * Stores a new version: version 1 of a new code, or the version after the newest stored.
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code inspection-template},
     *         expected the version before this one, actual the newest stored) if that version is
     *         stored already or the one before it is not the newest
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(ChecklistTemplate template);
}

package org.itilhis.core.cmdb;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Text;

/** The relationship types do not allow this relationship between the two items' classes. */
public final class RelationshipNotAllowedException extends DomainException {
    public RelationshipNotAllowedException(RelationshipType type, String fromClass, String toClass) {
        super("cmdb.relationship-not-allowed", Text.label(type), fromClass, toClass);
    }
}

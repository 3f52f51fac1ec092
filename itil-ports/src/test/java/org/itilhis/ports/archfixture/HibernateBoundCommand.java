package org.itilhis.ports.archfixture;

import org.hibernate.validator.constraints.Length;

/** Planted violation: a command bound to Hibernate Validator instead of the Jakarta Validation API. */
public record HibernateBoundCommand(@Length(max = 80) String summary) {
}

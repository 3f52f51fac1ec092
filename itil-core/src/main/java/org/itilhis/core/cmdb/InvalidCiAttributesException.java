package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Messages;

/**
 * The attribute values given for a configuration item do not fit its class: lists every
 * violation at once, so that whoever registers the CI can correct them all in one go.
 */
public final class InvalidCiAttributesException extends DomainException {
    private static final String CODE = "cmdb.invalid-attributes";
    private final transient CiClass ciClass;
    private final ImmutableList<AttributeViolation> violations;

    public InvalidCiAttributesException(CiClass ciClass, List<AttributeViolation> violations) {
        super(CODE, ciClass.name(), AttributeViolation.describeAll(violations, Locale.ENGLISH));
        checkArgument(!violations.isEmpty(), "no violations");
        this.ciClass = ciClass;
        this.violations = ImmutableList.copyOf(violations);
    }

    public CiClass ciClass() {
        return ciClass;
    }

    public ImmutableList<AttributeViolation> violations() {
        return violations;
    }

    /** Every violation described in {@code locale}, not only the class name. */
    @Override
    public String messageIn(Locale locale) {
        return Messages.format(CODE, locale, ciClass.name(), AttributeViolation.describeAll(violations, locale));
    }
}

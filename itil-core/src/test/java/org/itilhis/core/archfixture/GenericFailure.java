package org.itilhis.core.archfixture;

/** Planted violation: throws a generic exception instead of a DomainException subclass. */
public final class GenericFailure {
    public void refuse() {
        throw new RuntimeException("refused");
    }
}

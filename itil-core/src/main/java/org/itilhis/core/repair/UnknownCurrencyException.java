package org.itilhis.core.repair;

import org.itilhis.core.shared.DomainException;

/** A cost was given in a currency that is not an ISO 4217 code. */
public final class UnknownCurrencyException extends DomainException {
    public UnknownCurrencyException(String currency) {
        super("repair.unknown-currency", currency);
    }
}

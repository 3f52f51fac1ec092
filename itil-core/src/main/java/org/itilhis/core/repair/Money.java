package org.itilhis.core.repair;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money in a currency (ISO 4217 code), in cents: what a repair cost. The amount is
 * never negative and has at most two decimals; it is kept at scale two, so equal amounts are
 * equal records ({@code 120} and {@code 120.00}).
 */
public record Money(BigDecimal amount, String currency) {
    /** The hospital's currency, the default of every cost. */
    public static final String CNY = "CNY";

    public Money {
        checkNotNull(amount, "amount");
        checkNotNull(currency, "currency");
        checkArgument(amount.signum() >= 0, "amount %s is negative", amount);
        checkArgument(amount.stripTrailingZeros().scale() <= 2, "amount %s has more than two decimals", amount);
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        currency = currency.strip();
        if (!isCurrency(currency)) {
            throw new UnknownCurrencyException(currency);
        }
    }

    /** {@code amount} in {@code currency}, or in yuan when {@code currency} is null or blank. */
    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency == null || currency.isBlank() ? CNY : currency);
    }

    public static Money yuan(String amount) {
        return new Money(new BigDecimal(amount), CNY);
    }

    private static boolean isCurrency(String code) {
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}

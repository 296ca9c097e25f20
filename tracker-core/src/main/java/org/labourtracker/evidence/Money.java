package org.labourtracker.evidence;

import java.math.BigDecimal;
import java.util.Currency;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * A sum of money as the source gave it, in an ISO 4217 currency: a fine, a wage demanded, a
 * settlement, compensation. The amount is kept in the currency it was stated in and never
 * converted, so that no exchange rate of a later day changes what a court or a union said (a wage
 * demand of R12,500 a month stays in rand; what "a month" means is in the record's words).
 *
 * @param amount   the sum, more than zero, with no more decimal places than the currency has
 * @param currency the currency as an ISO 4217 code such as ZAR, KZT or USD
 */
public record Money(@NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than zero")
                    @DecimalMax(value = "1e18", inclusive = false, message = "must be less than 10^18") BigDecimal amount,
                    @NotNull @CurrencyCode String currency) {

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** The rule between the amount and its currency; each one's own rules are on its component. */
    public void check(String path) {
        int minorUnits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (minorUnits >= 0) {
            Checks.require(amount.stripTrailingZeros().scale() <= minorUnits, path + ".amount",
                    "must not have more than " + minorUnits + " decimal places in " + currency);
        }
    }
}

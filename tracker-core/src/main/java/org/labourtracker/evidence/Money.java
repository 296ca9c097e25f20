package org.labourtracker.evidence;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A sum of money as the source gave it, in an ISO 4217 currency: a fine, a wage demanded, a
 * settlement, compensation. The amount is kept in the currency it was stated in and never
 * converted, so that no exchange rate of a later day changes what a court or a union said (a wage
 * demand of R12,500 a month stays in rand; what "a month" means is in the record's words).
 */
public record Money(BigDecimal amount, String currency) {

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public void check(String path) {
        Checks.present(amount, path + ".amount");
        Checks.require(amount.signum() > 0, path + ".amount", "must be more than zero");
        Checks.require(amount.precision() - amount.scale() <= 18, path + ".amount", "must be less than 10^18");
        Checks.present(currency, path + ".currency");
        Checks.require(currency.matches("[A-Z]{3}") && Currency.getAvailableCurrencies().stream()
                .anyMatch(known -> known.getCurrencyCode().equals(currency)), path + ".currency",
                "must be an ISO 4217 currency code such as ZAR, KZT or USD");
        int minorUnits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (minorUnits >= 0) {
            Checks.require(amount.stripTrailingZeros().scale() <= minorUnits, path + ".amount",
                    "must not have more than " + minorUnits + " decimal places in " + currency);
        }
    }
}

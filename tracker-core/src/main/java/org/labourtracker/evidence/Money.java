package org.labourtracker.evidence;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A sum of money as a source gave it: a decimal amount and its ISO 4217 currency, never converted
 * (a wage demand of R12,500 a month stays in rand; what "a month" means is in the record's words).
 */
public record Money(BigDecimal amount, String currency) {

    private static final BigDecimal LARGEST = new BigDecimal("1000000000000000");

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public void check(String path) {
        Checks.present(amount, path + ".amount");
        Checks.require(amount.signum() >= 0, path + ".amount", "must not be negative");
        Checks.require(amount.compareTo(LARGEST) < 0, path + ".amount", "must be less than " + LARGEST.toPlainString());
        Checks.require(amount.scale() <= 4, path + ".amount", "must have at most 4 decimal places");
        Checks.present(currency, path + ".currency");
        Checks.require(currency.matches("[A-Z]{3}") && isoCode(currency), path + ".currency",
                "must be an ISO 4217 currency code such as ZAR, KZT or USD");
    }

    private static boolean isoCode(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

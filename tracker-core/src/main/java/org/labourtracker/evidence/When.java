package org.labourtracker.evidence;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import jakarta.validation.constraints.NotNull;

/**
 * When something happened, as exactly as it is known: a day, a month, a year, or a range of days.
 * {@code on} is the first day of the period; {@code until} is set for ranges only. This is the
 * time axis of the world, kept apart from the time a record was entered.
 *
 * @param on        the day, or the first day of the month, year or range; not after today
 * @param precision how exactly the date is known: DAY, MONTH, YEAR or RANGE
 * @param until     the last day of a RANGE, after {@code on}; absent for other precisions
 */
public record When(@NotNull @NotFuture LocalDate on, @NotNull DatePrecision precision, @NotFuture LocalDate until) {

    public static When day(int year, int month, int day) {
        return new When(LocalDate.of(year, month, day), DatePrecision.DAY, null);
    }

    public static When month(int year, int month) {
        return new When(LocalDate.of(year, month, 1), DatePrecision.MONTH, null);
    }

    public static When year(int year) {
        return new When(LocalDate.of(year, 1, 1), DatePrecision.YEAR, null);
    }

    public static When between(LocalDate from, LocalDate to) {
        return new When(from, DatePrecision.RANGE, to);
    }

    public LocalDate earliest() {
        return on;
    }

    public LocalDate latest() {
        return switch (precision) {
            case DAY -> on;
            case MONTH -> on.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> on.with(TemporalAdjusters.lastDayOfYear());
            case RANGE -> until;
        };
    }

    /** The rules between the date and its precision; each date's own rules are on its component. */
    public void check(String path) {
        switch (precision) {
            case DAY -> noUntil(path);
            case MONTH -> {
                noUntil(path);
                Checks.require(on.getDayOfMonth() == 1, path + ".on", "must be the first day of the month when precision is MONTH");
            }
            case YEAR -> {
                noUntil(path);
                Checks.require(on.getDayOfYear() == 1, path + ".on", "must be 1 January when precision is YEAR");
            }
            case RANGE -> {
                Checks.require(until != null, path + ".until", "is required when precision is RANGE");
                Checks.require(until.isAfter(on), path + ".until", "must be after on");
            }
        }
    }

    private void noUntil(String path) {
        Checks.require(until == null, path + ".until", "is only allowed when precision is RANGE");
    }
}

package nl.wegwijs.selfassessment;

import java.time.LocalDate;

/**
 * The code that brings saved self-test answers back, shown to the resident once.
 *
 * @param value the code as the resident reads it, in groups of four ("KX7P-M3QD-9TWA")
 * @param validUntil the last day it works
 */
public record SaveCode(String value, LocalDate validUntil) {
}

package org.clearance.law;

import java.time.LocalDate;

/**
 * Identity of a rule pack as recorded in every answer: its id, the hash of its content, the date up to which it
 * was checked against published law, and the first date it covers.
 */
public record PackInfo(String id, String title, String hash, LocalDate lastReviewed, LocalDate coversFrom,
                       String disclaimer) {
}

package org.clearance.screening.list;

/** An address as the list gives it, and its ISO 3166 alpha-2 country where the list names one (else null). */
public record Address(String text, String country) {
}

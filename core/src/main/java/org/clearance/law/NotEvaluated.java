package org.clearance.law;

/** Something an answer does not cover, named so that nobody mistakes silence for clearance. */
public record NotEvaluated(String id, String reason) {
}

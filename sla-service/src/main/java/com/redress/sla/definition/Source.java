package com.redress.sla.definition;

/** The published document a calendar or policy is taken from, so every date and number can be checked. */
public record Source(String title, String url, String note) {
}

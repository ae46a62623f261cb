package com.redress.sla.policy;

/**
 * How far approved extensions may stretch a day-unit clock: at most {@code maxGrants} extensions, and never beyond a
 * total target of {@code maxAmount} units including the original target.
 */
public record ExtensionLimit(int maxGrants, long maxAmount) {
}

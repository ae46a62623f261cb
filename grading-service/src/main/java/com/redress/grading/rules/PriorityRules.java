package com.redress.grading.rules;

import java.util.Map;

import com.redress.events.intake.CustomerSegment;

/**
 * How the customer segment orders cases within a tier: priority 1 is handled first.
 *
 * @param defaultPriority the priority of a segment without an entry
 * @param segments        priority per segment
 */
public record PriorityRules(String id, int defaultPriority, Map<CustomerSegment, Integer> segments) {

    public PriorityRules {
        segments = Map.copyOf(segments);
    }

    public int priorityOf(CustomerSegment segment) {
        return segments.getOrDefault(segment, defaultPriority);
    }
}

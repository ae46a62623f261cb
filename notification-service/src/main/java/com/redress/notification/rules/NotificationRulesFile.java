package com.redress.notification.rules;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A rule file as written, before validation; a key left out is null. The values are names, checked by
 * {@link NotificationRulesLoader}, which can say which names are allowed.
 */
record NotificationRulesFile(List<Customer> customer, List<Staff> staff) {

    record Customer(String when, String send, String after) {
    }

    record Staff(String when, String send, List<String> to, @JsonProperty("tier-one-also") List<String> tierOneAlso) {
    }
}

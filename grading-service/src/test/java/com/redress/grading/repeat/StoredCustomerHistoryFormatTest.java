package com.redress.grading.repeat;

import static com.redress.grading.StoredState.assertEveryRecordReadAndWrittenBackUnchanged;

import org.junit.jupiter.api.Test;

import com.redress.platform.streams.JsonStateSerdes;

class StoredCustomerHistoryFormatTest {

    @Test
    void shouldKeepTheCustomerHistoryOfTheFirstRelease() {
        assertEveryRecordReadAndWrittenBackUnchanged("grading-customer-history-changelog",
                JsonStateSerdes.of(CustomerHistory.class));
    }
}

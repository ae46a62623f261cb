package com.redress.intake.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.registration.Registrations;
import com.redress.intake.updates.UnknownCaseException;

/** Which instance answers for a case, and what is answered when the owner cannot be asked. */
class CaseViewQueriesTest {

    private static final String CASE_ID = "8a7f3c52-2b1e-5d6f-9a0b-1c2d3e4f5a6b";
    private static final String KEY = "desk-key";
    private static final CaseAccess DESK = new CaseAccess("complaints-desk", true);
    private static final HostInfo SELF = new HostInfo("intake-1", 8080);
    private static final HostInfo OTHER = new HostInfo("intake-2", 8080);
    private static final CaseState GRADED = CaseState.EMPTY
            .withRegistration(new CaseState.Registration("CMP-1", "WECHAT", Instant.parse("2026-11-24T01:15:00Z"),
                    "Asia/Shanghai", Registrations.SUBMITTED_BY))
            .withGrade(new CaseStatusView.Grade(2, 2, "FRAUD", Instant.parse("2026-11-24T01:15:05Z")));
    private static final CaseStatusView FROM_OWNER = GRADED.viewFor(CASE_ID, DESK).orElseThrow();

    private final StreamsBuilderFactoryBean factory = mock(StreamsBuilderFactoryBean.class);
    private final KafkaStreams streams = mock(KafkaStreams.class);
    private final RegisteredCases registeredCases = mock(RegisteredCases.class);
    private final RemoteCaseViews remote = mock(RemoteCaseViews.class);
    @SuppressWarnings("unchecked")
    private final ReadOnlyKeyValueStore<String, CaseState> store = mock(ReadOnlyKeyValueStore.class);
    private final CaseViewQueries queries = new CaseViewQueries(factory, registeredCases, remote);

    @BeforeEach
    void runningOnTwoInstances() {
        when(factory.getKafkaStreams()).thenReturn(streams);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "intake-1:8080");
        when(factory.getStreamsConfiguration()).thenReturn(config);
        when(streams.state()).thenReturn(KafkaStreams.State.RUNNING);
        when(streams.store(any())).thenReturn(store);
        when(registeredCases.find(anyString())).thenReturn(Optional.empty());
    }

    @Test
    void shouldAnswerACaseItOwnsFromItsStore() {
        owner(SELF, Set.of());
        when(store.get(CASE_ID)).thenReturn(GRADED);

        assertThat(queries.statusOf(CASE_ID, DESK, KEY, false).grade().tier()).isEqualTo(2);
        verify(remote, never()).statusOf(any(), any(), any());
    }

    @Test
    void shouldAskTheOwnerWithTheCallersKey() {
        owner(OTHER, Set.of(SELF));
        when(remote.statusOf(OTHER, CASE_ID, KEY)).thenReturn(FROM_OWNER);

        assertThat(queries.statusOf(CASE_ID, DESK, KEY, false)).isEqualTo(FROM_OWNER);
        verify(streams, never()).store(any());
    }

    @Test
    void shouldPassOnTheOwnersNotFound() {
        owner(OTHER, Set.of(SELF));
        when(remote.statusOf(OTHER, CASE_ID, KEY)).thenThrow(new UnknownCaseException());

        assertThatThrownBy(() -> queries.statusOf(CASE_ID, DESK, KEY, false))
                .isInstanceOf(UnknownCaseException.class);
    }

    @Test
    void shouldAnswerFromItsStandbyWhenTheOwnerCannotBeAsked() {
        owner(OTHER, Set.of(SELF));
        when(remote.statusOf(OTHER, CASE_ID, KEY)).thenThrow(new CaseStatusUnavailableException("down", null));
        when(store.get(CASE_ID)).thenReturn(GRADED);

        assertThat(queries.statusOf(CASE_ID, DESK, KEY, false).grade().tier()).isEqualTo(2);
    }

    @Test
    void shouldBeUnavailableWhenTheOwnerCannotBeAskedAndItHoldsNoCopy() {
        owner(OTHER, Set.of());
        when(remote.statusOf(OTHER, CASE_ID, KEY)).thenThrow(new CaseStatusUnavailableException("down", null));

        assertThatThrownBy(() -> queries.statusOf(CASE_ID, DESK, KEY, false))
                .isInstanceOf(CaseStatusUnavailableException.class);
        verify(streams, never()).store(any());
    }

    @Test
    void shouldBeUnavailableWhileTheOwnerIsNotKnown() {
        when(streams.queryMetadataForKey(eq(CaseViewTopology.CASE_STORE), eq(CASE_ID), any(Serializer.class)))
                .thenReturn(KeyQueryMetadata.NOT_AVAILABLE);

        assertThatThrownBy(() -> queries.statusOf(CASE_ID, DESK, KEY, false))
                .isInstanceOf(CaseStatusUnavailableException.class);
    }

    @Test
    void shouldAnswerAForwardedRequestItselfAndNeverPassItOnAgain() {
        owner(OTHER, Set.of());
        when(streams.store(any())).thenThrow(new InvalidStateStoreException("no copy of the partition here"));

        assertThatThrownBy(() -> queries.statusOf(CASE_ID, DESK, KEY, true))
                .isInstanceOf(CaseStatusUnavailableException.class);
        verify(remote, never()).statusOf(any(), any(), any());
    }

    @Test
    void shouldShowACaseIntakeHasRegisteredBeforeTheViewHasReadTheRegistration() {
        owner(SELF, Set.of());
        CaseState gradedOnly = CaseState.EMPTY.withGrade(GRADED.grade());
        when(store.get(CASE_ID)).thenReturn(gradedOnly);
        when(registeredCases.find(CASE_ID)).thenReturn(Optional.of(Registrations.sample(CASE_ID)));

        CaseStatusView view = queries.statusOf(CASE_ID, DESK, KEY, false);

        assertThat(view.caseNumber()).isEqualTo(Registrations.sample(CASE_ID).getCaseNumber());
        assertThat(view.stage()).isEqualTo("REGISTERED");
        assertThat(view.grade()).isEqualTo(GRADED.grade());
    }

    @Test
    void shouldAnswerACaseNeitherTheViewNorTheRegistrationsHoldAsUnknown() {
        owner(SELF, Set.of());

        assertThatThrownBy(() -> queries.statusOf(CASE_ID, DESK, KEY, false))
                .isInstanceOf(UnknownCaseException.class);
    }

    @Test
    void shouldAnswerFromItsOwnStoresWithoutAnAdvertisedAddress() {
        when(factory.getStreamsConfiguration()).thenReturn(new Properties());
        when(store.get(CASE_ID)).thenReturn(GRADED);

        assertThat(queries.statusOf(CASE_ID, DESK, KEY, false).grade().tier()).isEqualTo(2);
        verify(streams, never()).queryMetadataForKey(anyString(), any(), any(Serializer.class));
    }

    @Test
    void shouldBeUnavailableUntilTheViewRuns() {
        when(streams.state()).thenReturn(KafkaStreams.State.CREATED);

        assertThatThrownBy(() -> queries.statusOf(CASE_ID, DESK, KEY, false))
                .isInstanceOf(CaseStatusUnavailableException.class);
    }

    @SuppressWarnings("unchecked")
    private void owner(HostInfo active, Set<HostInfo> standbys) {
        when(streams.queryMetadataForKey(eq(CaseViewTopology.CASE_STORE), eq(CASE_ID), any(Serializer.class)))
                .thenReturn(new KeyQueryMetadata(active, standbys, 3));
    }
}

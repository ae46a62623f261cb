package com.redress.intake.updates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;

import com.redress.events.intake.CaseUpdate;

/**
 * A digest of what an update says — its type, actor, note, resolution, extension, tier change and loss — leaving out
 * what intake adds (event id, stage) and the time, which a client that sends none gets afresh on every retry. Two
 * requests with one {@code Idempotency-Key} are the same request when their updates have the same digest.
 */
final class UpdateDigest {

    private static final UUID NO_EVENT_ID = new UUID(0, 0);

    private UpdateDigest() {
    }

    static String of(CaseUpdate update) {
        CaseUpdate content = CaseUpdate.newBuilder(update).setEventId(NO_EVENT_ID).setOccurredAt(Instant.EPOCH)
                .setStage(null).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        try {
            new SpecificDatumWriter<>(CaseUpdate.class).write(content, encoder);
            encoder.flush();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()), 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JRE", e);
        }
    }
}

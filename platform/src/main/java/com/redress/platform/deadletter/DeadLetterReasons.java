package com.redress.platform.deadletter;

import java.util.List;

/**
 * Names the reasons for a failure as short codes, which a dead letter carries in its {@value #HEADER} header so that
 * operations and tools can sort dead letters without parsing exception messages. A service declares a bean for its
 * own failures; the platform names those of its serde itself ({@code invalid_utf8}, {@code trailing_bytes}).
 */
@FunctionalInterface
public interface DeadLetterReasons {

    /** Header of a dead letter: its reason codes, comma-separated, e.g. {@code unknown_channel,missing_text}. */
    String HEADER = "redress_rejection-reasons";

    /**
     * The codes of {@code failure} itself (its causes are asked in turn), most important first; empty when this
     * mapping does not know the failure.
     */
    List<String> codesOf(Throwable failure);
}

package com.redress.sandbox;

import java.util.Map;

/** One line of the demo corpus: what a channel system would send for a real-looking complaint. */
record DemoComplaint(String channel, String zone, String customerReference, String phone, String email,
        String language, String segment, String product, String amount, String text, Map<String, String> codes) {
}

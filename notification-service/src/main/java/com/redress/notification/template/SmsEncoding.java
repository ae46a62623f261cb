package com.redress.notification.template;

/**
 * The two SMS alphabets and their segment arithmetic: GSM 03.38 (160 septets in one segment, 153 per part when
 * concatenated, extension characters take two) and UCS-2 for everything else, e.g. Chinese (70 characters, 67 per
 * part, counted in UTF-16 units).
 */
public enum SmsEncoding {

    GSM_7BIT(160, 153),
    UCS2(70, 67);

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
            + " !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    private final int singleSegmentUnits;
    private final int concatenatedSegmentUnits;

    SmsEncoding(int singleSegmentUnits, int concatenatedSegmentUnits) {
        this.singleSegmentUnits = singleSegmentUnits;
        this.concatenatedSegmentUnits = concatenatedSegmentUnits;
    }

    /** GSM 7-bit when every character is in the GSM alphabet, otherwise UCS-2. */
    public static SmsEncoding of(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0)
                ? GSM_7BIT : UCS2;
    }

    /** How many segments {@code text} takes in this encoding; an empty text still takes one. */
    public int segments(String text) {
        int units = units(text);
        if (units <= singleSegmentUnits) {
            return 1;
        }
        return (units + concatenatedSegmentUnits - 1) / concatenatedSegmentUnits;
    }

    private int units(String text) {
        if (this == UCS2) {
            return text.length();
        }
        return text.chars().map(c -> GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
    }
}

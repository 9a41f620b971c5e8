package com.tariffbridge.platform.web;

import java.util.regex.Pattern;

/**
 * WCAG 2 contrast between two sRGB colours written as CSS hex ({@code #rgb} or {@code #rrggbb}).
 */
public final class ContrastRatio {

    /** WCAG AA for body text. */
    public static final double AA_TEXT = 4.5;

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    private ContrastRatio() {}

    public static boolean isHexColour(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    /** From 1 (same luminance) to 21 (black on white). */
    public static double of(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        if (!isHexColour(hex)) {
            throw new IllegalArgumentException("not a hex colour: " + hex);
        }
        String digits = hex.substring(1);
        if (digits.length() == 3) {
            digits =
                    new StringBuilder()
                            .append(digits.charAt(0))
                            .append(digits.charAt(0))
                            .append(digits.charAt(1))
                            .append(digits.charAt(1))
                            .append(digits.charAt(2))
                            .append(digits.charAt(2))
                            .toString();
        }
        int rgb = Integer.parseInt(digits, 16);
        return 0.2126 * channel(rgb >> 16 & 0xff)
                + 0.7152 * channel(rgb >> 8 & 0xff)
                + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

package com.tariffbridge.admin.web;

import com.tariffbridge.connect.ConnectState;
import java.util.Locale;

/** How staff pages name a connect flow's outcome: "Auth captured" for AUTH_CAPTURED. */
final class OutcomeLabel {

    private OutcomeLabel() {}

    static String of(ConnectState state) {
        String words = state.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

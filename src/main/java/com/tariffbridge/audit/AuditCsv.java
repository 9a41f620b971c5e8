package com.tariffbridge.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * Audit events as RFC 4180 CSV for spreadsheets. A field that a spreadsheet would run as a formula
 * (starting with = + - @ or a tab or carriage return) gets a leading apostrophe, because actors,
 * subjects and details can carry text from outside (a FlatPeak account name, a reason).
 */
public final class AuditCsv {

    public static final String HEADER = "id,occurred_at,type,actor,subject,detail\r\n";

    private AuditCsv() {}

    public static void write(AuditEvent event, Writer out) throws IOException {
        out.write(String.valueOf(event.getId()));
        out.write(',');
        out.write(DateTimeFormatter.ISO_INSTANT.format(event.getOccurredAt()));
        for (String field :
                new String[] {
                    event.getType(), event.getActor(), event.getSubject(), event.getDetail()
                }) {
            out.write(',');
            out.write(field(field));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = isFormula(value.charAt(0)) ? "'" + value : value;
        if (text.indexOf(',') < 0
                && text.indexOf('"') < 0
                && text.indexOf('\n') < 0
                && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static boolean isFormula(char first) {
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r';
    }
}

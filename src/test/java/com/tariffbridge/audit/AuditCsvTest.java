package com.tariffbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditCsvTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=HYPERLINK(\"http://evil\")|\"'=HYPERLINK(\"\"http://evil\"\")\"",
                "+1+2|'+1+2",
                "-2+3|'-2+3",
                "@SUM(A1)|'@SUM(A1)",
                "plain text|plain text",
                "a,b|\"a,b\"",
                "say \"hi\"|\"say \"\"hi\"\"\""
            })
    void fieldsAreQuotedAndFormulasDefused(String value, String expected) {
        assertThat(AuditCsv.field(value)).isEqualTo(expected);
    }

    @Test
    void lineBreaksStayInsideOneQuotedField() {
        assertThat(AuditCsv.field("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
        assertThat(AuditCsv.field("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void anEventIsOneRecordWithEmptyFieldsForMissingValues() throws Exception {
        var out = new StringWriter();
        var event =
                new AuditEvent(
                        Instant.parse("2026-11-27T08:00:00Z"),
                        "GRANT_REVOKED",
                        "staff:admin",
                        "grant:7",
                        null);

        AuditCsv.write(event, out);

        assertThat(out.toString())
                .isEqualTo("null,2026-11-27T08:00:00Z,GRANT_REVOKED,staff:admin,grant:7,\r\n");
    }
}

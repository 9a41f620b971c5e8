package com.tariffbridge.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Streams matching events as CSV in pages of {@value #BATCH} (one short transaction each), so an
 * export of any size holds one page in memory and no transaction stays open while the client reads.
 */
@ApplicationScoped
public class AuditExport {

    static final int BATCH = 500;

    @Inject AuditLog log;

    public long writeCsv(AuditFilter filter, Writer out) throws IOException {
        out.write(AuditCsv.HEADER);
        long rows = 0;
        Long before = null;
        while (true) {
            List<AuditEvent> page = log.pageBefore(filter, before, BATCH);
            for (AuditEvent event : page) {
                AuditCsv.write(event, out);
            }
            rows += page.size();
            if (page.size() < BATCH) {
                return rows;
            }
            before = page.get(page.size() - 1).getId();
        }
    }
}

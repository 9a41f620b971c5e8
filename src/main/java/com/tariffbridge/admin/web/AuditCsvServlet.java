package com.tariffbridge.admin.web;

import com.tariffbridge.admin.StaffActions;
import com.tariffbridge.audit.AuditExport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code /admin/audit.csv}: the audit log with the page's filter as a CSV download, streamed in
 * batches. Behind staff sign-in like every admin page; the export itself is audited.
 */
@WebServlet(urlPatterns = "/admin/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Inject AuditExport export;

    @Inject StaffActions actions;

    @Inject Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String staff = StaffSession.nameOf(request).orElse(null);
        if (staff == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var filter = AuditFilterForm.of(request).filter();
        actions.exportedAudit(staff, filter.describe());
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"audit-events-" + STAMP.format(clock.instant()) + ".csv\"");
        export.writeCsv(filter, response.getWriter());
    }
}

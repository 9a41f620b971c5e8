package com.tariffbridge.admin.web;

import com.tariffbridge.admin.CrossSiteRequests;
import com.tariffbridge.admin.StaffActions;
import com.tariffbridge.audit.AuditExport;
import com.tariffbridge.platform.PublicUrl;
import com.tariffbridge.platform.rest.Problem;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code POST /admin/audit.csv}: the audit log with the page's filter as a CSV download, streamed
 * in batches. Behind staff sign-in like every admin page; the export itself is audited, so it is a
 * POST (a GET, which links, prefetches and crawlers may send, answers 405) and one that another
 * site's page made the browser send is refused.
 */
@WebServlet(urlPatterns = "/admin/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Inject AuditExport export;

    @Inject StaffActions actions;

    @Inject Clock clock;

    @Inject PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String staff = StaffSession.nameOf(request).orElse(null);
        if (staff == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var crossSite =
                CrossSiteRequests.fromAnotherSite(
                        request.getHeader("Origin"),
                        request.getHeader("Sec-Fetch-Site"),
                        request.getHeader("Host"),
                        publicUrl.base());
        if (crossSite.isPresent()) {
            refuse(response, crossSite.get());
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

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(
                        Json.createObjectBuilder()
                                .add("type", "about:blank")
                                .add("title", "Forbidden")
                                .add("status", HttpServletResponse.SC_FORBIDDEN)
                                .add("code", CrossSiteRequests.PROBLEM_CODE)
                                .add("detail", detail)
                                .build()
                                .toString());
    }
}

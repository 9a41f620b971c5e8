package com.tariffbridge.admin.web;

import com.tariffbridge.audit.AuditEvent;
import com.tariffbridge.audit.AuditLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The audit log, newest first, filtered by type, actor, subject and days; a page at a time, or all
 * as CSV.
 */
@Named
@RequestScoped
public class AuditBacking {

    @Inject AuditLog audit;

    @Inject HttpServletRequest request;

    private AuditFilterForm form;
    private List<String> problems;
    private List<AuditEvent> rows = List.of();
    private PageWindow window;

    public void load() {
        form = AuditFilterForm.of(request);
        problems = form.problems();
        var filter = form.filter();
        window = PageWindow.of(request.getParameter("page"), audit.count(filter));
        rows = audit.search(filter, window.offset(), window.size());
    }

    public AuditFilterForm getForm() {
        return form;
    }

    public List<String> getProblems() {
        return problems;
    }

    public List<AuditEvent> getRows() {
        return rows;
    }

    public PageWindow getWindow() {
        return window;
    }
}

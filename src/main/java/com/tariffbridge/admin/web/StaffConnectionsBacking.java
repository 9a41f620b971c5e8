package com.tariffbridge.admin.web;

import com.tariffbridge.token.GrantQueries;
import com.tariffbridge.token.GrantRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Connections (grants), newest first, found by the start of a customer's e-mail or a supply point
 * reference.
 */
@Named
@RequestScoped
public class StaffConnectionsBacking {

    @Inject GrantQueries grants;

    private String q;
    private String page;
    private String revoked;
    private List<GrantRow> rows = List.of();
    private PageWindow window;

    public void load() {
        window = PageWindow.of(page, grants.count(q));
        rows = grants.search(q, window.offset(), window.size());
    }

    public List<GrantRow> getRows() {
        return rows;
    }

    public PageWindow getWindow() {
        return window;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /**
     * The id of a connection just revoked, for the confirmation message (only digits are shown).
     */
    public String getRevoked() {
        return revoked != null && revoked.matches("\\d{1,19}") ? revoked : null;
    }

    public void setRevoked(String revoked) {
        this.revoked = revoked;
    }
}

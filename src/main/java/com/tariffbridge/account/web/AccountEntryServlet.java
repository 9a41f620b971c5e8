package com.tariffbridge.account.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /account} and {@code /account/connections}, the addresses mails and FlatPeak link to. */
@WebServlet(
        name = "accountEntry",
        urlPatterns = {"/account", "/account/", "/account/connections"})
public class AccountEntryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/account/connections.xhtml");
    }
}

package com.tariffbridge.connect.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The answers the IdP sign-in's servlets give: a page of ours, a redirect, or "try again". */
final class IdpPages {

    private IdpPages() {}

    static void seeOther(HttpServletRequest request, HttpServletResponse response, String page) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + page);
    }

    static void show(
            HttpServletRequest request, HttpServletResponse response, int status, String page)
            throws ServletException, IOException {
        response.setStatus(status);
        request.getRequestDispatcher(page).forward(request, response);
    }

    /** 503 with the "try again" page; {@code what} is {@code idp} or {@code billing}. */
    static void unavailable(
            HttpServletRequest request, HttpServletResponse response, String what, String retry)
            throws ServletException, IOException {
        response.setHeader("Retry-After", "30");
        request.setAttribute("unavailable", what);
        request.setAttribute("retryUri", request.getContextPath() + retry);
        show(
                request,
                response,
                HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "/connect/unavailable.xhtml");
    }
}

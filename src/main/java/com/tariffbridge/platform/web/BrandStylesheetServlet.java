package com.tariffbridge.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /brand.css}: the provider's colours, a stylesheet so the pages' CSP needs no inline style.
 */
@WebServlet("/brand.css")
public class BrandStylesheetServlet extends HttpServlet {

    @Inject BrandColours colours;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getWriter().write(colours.stylesheet());
    }
}

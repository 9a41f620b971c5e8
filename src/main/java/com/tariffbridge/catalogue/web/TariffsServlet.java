package com.tariffbridge.catalogue.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /tariffs}, the address the provider publishes: the page itself, not a redirect, so the
 * language switch's relative links and each product's anchor stay on it.
 */
@WebServlet(name = "tariffs", urlPatterns = "/tariffs")
public class TariffsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher("/tariffs.xhtml").forward(request, response);
    }
}

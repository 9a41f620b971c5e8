package com.tariffbridge.connect.web;

import com.tariffbridge.connect.ConnectFlowService;
import com.tariffbridge.connect.StartResult;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Our authentication URI, {@code GET /connect?connect_token=cot_…} (or {@code fp_cot}). Opens the
 * flow and sends the browser to its first page, or answers with a page that says precisely why it
 * cannot: malformed link (400), used or expired link (410), FlatPeak unreachable (503).
 */
@WebServlet(name = "connectEntry", urlPatterns = "/connect")
public class ConnectEntryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject ConnectFlowService flows;

    @Inject ConnectFlowHolder holder;

    @Inject FlowNavigator navigator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("connect_token");
        if (token == null) {
            token = request.getParameter("fp_cot");
        }
        if (resumeOwnFlow(token, request, response)) {
            return;
        }
        StartResult result = flows.start(token);
        if (result instanceof StartResult.Started started) {
            request.getSession(true);
            holder.begin(started.flowId());
            seeOther(request, response, FlowNavigator.LOGIN);
        } else if (result instanceof StartResult.LinkExpired expired) {
            request.setAttribute("alreadyUsed", expired.alreadyUsed());
            show(request, response, HttpServletResponse.SC_GONE, FlowNavigator.EXPIRED);
        } else if (result instanceof StartResult.FlatPeakUnavailable) {
            response.setHeader("Retry-After", "30");
            request.setAttribute(
                    "retryUri", request.getContextPath() + "/connect?connect_token=" + token);
            show(
                    request,
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "/connect/unavailable.xhtml");
        } else {
            show(request, response, HttpServletResponse.SC_BAD_REQUEST, FlowNavigator.NO_FLOW);
        }
    }

    /** Reloading the link inside the same browser session goes back to the current step. */
    private boolean resumeOwnFlow(
            String token, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getSession(false) == null || token == null) {
            return false;
        }
        var flow =
                holder.current()
                        .flatMap(flows::flow)
                        .filter(f -> f.token().value().equals(token) && !f.getState().isTerminal());
        if (flow.isEmpty()) {
            return false;
        }
        seeOther(request, response, navigator.pageFor(flows.state(flow.get().getId())));
        return true;
    }

    private static void seeOther(
            HttpServletRequest request, HttpServletResponse response, String page) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + page);
    }

    private static void show(
            HttpServletRequest request, HttpServletResponse response, int status, String page)
            throws ServletException, IOException {
        response.setStatus(status);
        request.getRequestDispatcher(page).forward(request, response);
    }
}

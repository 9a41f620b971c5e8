package com.tariffbridge.connect.web;

import com.tariffbridge.connect.ConnectFlowService;
import com.tariffbridge.connect.ConnectState;
import com.tariffbridge.identity.oidc.IdpSignIn;
import com.tariffbridge.identity.oidc.IdpSignInBinding;
import com.tariffbridge.identity.oidc.IdpUnavailableException;
import com.tariffbridge.identity.oidc.SignInPurpose;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * "Continue to sign in" ({@code GET /connect/sign-in-at-idp}): sends the browser of a flow waiting
 * for its sign-in to the provider's IdP. A GET is safe here: it changes nothing but a pending
 * sign-in bound to this very browser session, which no other browser can finish.
 */
@WebServlet(name = "connectSignInAtIdp", urlPatterns = "/connect/sign-in-at-idp")
public class IdpSignInStartServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(IdpSignInStartServlet.class.getName());
    static final String PATH = "/connect/sign-in-at-idp";

    @Inject ConnectFlowHolder holder;

    @Inject ConnectFlowService flows;

    @Inject FlowNavigator navigator;

    @Inject IdpSignIn idp;

    @Inject IdpSignInBinding binding;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        var flowId = holder.current();
        if (flowId.isEmpty()) {
            IdpPages.show(request, response, 400, FlowNavigator.NO_FLOW);
            return;
        }
        ConnectState state = flows.state(flowId.get());
        if (state != ConnectState.STARTED) {
            IdpPages.seeOther(request, response, navigator.pageFor(state));
            return;
        }
        try {
            var redirect = idp.begin(SignInPurpose.CONNECT, flowId.get(), request.getLocale());
            binding.started(SignInPurpose.CONNECT, redirect.state());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", redirect.uri().toString());
        } catch (IdpUnavailableException | FaultToleranceException e) {
            LOG.warning(() -> "A sign-in at the IdP could not start: " + e);
            IdpPages.unavailable(request, response, "idp", PATH);
        }
    }
}

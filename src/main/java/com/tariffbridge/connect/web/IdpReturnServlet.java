package com.tariffbridge.connect.web;

import com.tariffbridge.connect.ConnectFlowService;
import com.tariffbridge.connect.SignInStep;
import com.tariffbridge.identity.IdpCustomers;
import com.tariffbridge.identity.oidc.IdpOutcome;
import com.tariffbridge.identity.oidc.IdpSignIn;
import com.tariffbridge.identity.oidc.IdpSignInBinding;
import com.tariffbridge.identity.oidc.SignInPurpose;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The IdP's return into a connect flow ({@code GET /connect/signed-in?state=…&code=…}, the redirect
 * URI a provider registers). A return this browser's flow did not start, or one already used, gets
 * the "not valid" page and changes nothing; a cancel at the IdP goes back to the sign-in step with
 * its escape; a sign-in billing knows carries on to the supply choice or consent.
 */
@WebServlet(name = "connectSignedIn", urlPatterns = "/connect/signed-in")
public class IdpReturnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String NO_ACCOUNT = "/connect/no-account.xhtml";

    @Inject ConnectFlowHolder holder;

    @Inject ConnectFlowService flows;

    @Inject FlowNavigator navigator;

    @Inject IdpSignIn idp;

    @Inject IdpSignInBinding binding;

    @Inject IdpCustomers customers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        var flowId = holder.current();
        if (flowId.isEmpty() || request.getSession(false) == null) {
            IdpPages.show(request, response, 400, FlowNavigator.NO_FLOW);
            return;
        }
        IdpOutcome outcome =
                idp.complete(
                        SignInPurpose.CONNECT,
                        flowId.get(),
                        binding.take(SignInPurpose.CONNECT),
                        request.getParameter("state"),
                        request.getParameter("code"),
                        request.getParameter("error"));
        if (outcome instanceof IdpOutcome.SignedIn signedIn) {
            var resolution = customers.resolve(signedIn.identity());
            if (resolution instanceof IdpCustomers.Resolution.Known known) {
                proceed(request, response, flows.signedInAtIdp(flowId.get(), known.customerId()));
            } else if (resolution instanceof IdpCustomers.Resolution.NoBillingAccount) {
                IdpPages.seeOther(request, response, NO_ACCOUNT);
            } else {
                IdpPages.unavailable(request, response, "billing", IdpSignInStartServlet.PATH);
            }
        } else if (outcome instanceof IdpOutcome.Cancelled) {
            IdpPages.seeOther(request, response, FlowNavigator.LOGIN + "?at-idp=cancelled");
        } else if (outcome instanceof IdpOutcome.Unavailable) {
            IdpPages.unavailable(request, response, "idp", IdpSignInStartServlet.PATH);
        } else {
            IdpPages.show(request, response, 400, FlowNavigator.NO_FLOW);
        }
    }

    private void proceed(
            HttpServletRequest request, HttpServletResponse response, SignInStep step) {
        if (step instanceof SignInStep.Proceed proceed) {
            // A new session id once the customer is known defeats session fixation.
            request.changeSessionId();
            IdpPages.seeOther(request, response, navigator.pageFor(proceed.next()));
        } else if (step instanceof SignInStep.NotExpectedStep notExpected) {
            IdpPages.seeOther(request, response, navigator.pageFor(notExpected.current()));
        } else {
            IdpPages.seeOther(request, response, FlowNavigator.LOGIN);
        }
    }
}

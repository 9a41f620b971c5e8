package com.tariffbridge.account.web;

import com.tariffbridge.identity.IdpCustomers;
import com.tariffbridge.identity.oidc.IdpOutcome;
import com.tariffbridge.identity.oidc.IdpSignIn;
import com.tariffbridge.identity.oidc.IdpSignInBinding;
import com.tariffbridge.identity.oidc.IdpUnavailableException;
import com.tariffbridge.identity.oidc.SignInPurpose;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The account area's sign-in at the provider's IdP: {@code GET /account/sign-in-at-idp} sends the
 * browser there, {@code GET /account/signed-in} takes it back, and {@code GET /account/signed-out}
 * is where the IdP's logout returns. Every ending that is not a sign-in lands on the sign-in page
 * with a notice saying why; nothing else changes.
 */
@WebServlet(
        name = "accountSignInAtIdp",
        urlPatterns = {"/account/sign-in-at-idp", "/account/signed-in", "/account/signed-out"})
public class IdpSignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(IdpSignInServlet.class.getName());
    static final String SIGN_IN = "/account/sign-in.xhtml";

    @Inject AccountSession account;

    @Inject IdpSignIn idp;

    @Inject IdpSignInBinding binding;

    @Inject IdpCustomers customers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        switch (request.getServletPath()) {
            case "/account/sign-in-at-idp" -> begin(request, response);
            case "/account/signed-in" -> complete(request, response);
            default -> seeOther(request, response, SIGN_IN + "?signed-out=true");
        }
    }

    private void begin(HttpServletRequest request, HttpServletResponse response) {
        if (account.customerId().isPresent()) {
            seeOther(request, response, "/account/connections.xhtml");
            return;
        }
        try {
            var redirect = idp.begin(SignInPurpose.ACCOUNT, null, request.getLocale());
            binding.started(SignInPurpose.ACCOUNT, redirect.state());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", redirect.uri().toString());
        } catch (IdpUnavailableException | FaultToleranceException e) {
            LOG.warning(() -> "A sign-in at the IdP could not start: " + e);
            response.setHeader("Retry-After", "30");
            notice(request, response, "unavailable");
        }
    }

    private void complete(HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) == null) {
            notice(request, response, "refused");
            return;
        }
        IdpOutcome outcome =
                idp.complete(
                        SignInPurpose.ACCOUNT,
                        null,
                        binding.take(SignInPurpose.ACCOUNT),
                        request.getParameter("state"),
                        request.getParameter("code"),
                        request.getParameter("error"));
        if (outcome instanceof IdpOutcome.SignedIn signedIn) {
            var resolution = customers.resolve(signedIn.identity());
            if (resolution instanceof IdpCustomers.Resolution.Known known) {
                // A new session id once the customer is known defeats session fixation.
                request.changeSessionId();
                account.signedIn(
                        known.customerId(), known.displayName(), signedIn.identity().idToken());
                seeOther(request, response, "/account/connections.xhtml");
            } else if (resolution instanceof IdpCustomers.Resolution.NoBillingAccount) {
                notice(request, response, "no-account");
            } else {
                notice(request, response, "unavailable");
            }
        } else if (outcome instanceof IdpOutcome.Cancelled) {
            notice(request, response, "cancelled");
        } else if (outcome instanceof IdpOutcome.Unavailable) {
            notice(request, response, "unavailable");
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + SIGN_IN + "?at-idp=refused");
        }
    }

    private static void notice(
            HttpServletRequest request, HttpServletResponse response, String notice) {
        seeOther(request, response, SIGN_IN + "?at-idp=" + notice);
    }

    private static void seeOther(
            HttpServletRequest request, HttpServletResponse response, String page) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + page);
    }
}

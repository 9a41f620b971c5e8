package com.tariffbridge.identity.oidc;

import com.nimbusds.langtag.LangTag;
import com.nimbusds.langtag.LangTagException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.tariffbridge.identity.IdpIdentity;
import com.tariffbridge.platform.PublicUrl;
import com.tariffbridge.platform.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The OpenID Connect authorization-code flow with PKCE (S256) against the provider's IdP. {@link
 * #begin} makes a fresh state, nonce and code verifier, keeps the nonce and verifier server-side
 * under the state's hash, and returns the IdP's URL; {@link #complete} accepts a return only if its
 * state is the one this browser session started, is still pending (one use, short-lived), and is
 * for the same purpose and connect flow; then it redeems the code and checks the ID token. Any
 * other return is refused without changing anything.
 */
@ApplicationScoped
public class IdpSignIn {

    private static final Logger LOG = Logger.getLogger(IdpSignIn.class.getName());
    static final int MAX_PARAMETER = 2048;

    @Inject OidcSettings settings;

    @Inject IdpEndpoints idp;

    @Inject PendingSignIns pending;

    @Inject PublicUrl publicUrl;

    @Inject Clock clock;

    /** Where to send the browser, and the state the browser's session must keep for the return. */
    public record Redirect(URI uri, String state) {}

    /**
     * A new sign-in at the IdP. {@code flowId} binds it to a connect flow (null for the account
     * area); {@code locale} asks the IdP for the customer's language.
     *
     * @throws IdpUnavailableException or a fault-tolerance exception when the IdP's metadata cannot
     *     be had
     */
    public Redirect begin(SignInPurpose purpose, Long flowId, Locale locale) {
        var metadata = idp.metadata();
        var state = new State();
        var nonce = new Nonce();
        var verifier = new CodeVerifier();
        Instant now = clock.instant();
        pending.add(
                new PendingSignIn(
                        Sha256.hex(state.getValue()),
                        purpose,
                        flowId,
                        nonce.getValue(),
                        verifier.getValue(),
                        now,
                        now.plus(settings.signInTtl())),
                now);
        var request =
                new AuthenticationRequest.Builder(
                                ResponseType.CODE,
                                new Scope(settings.scopes().toArray(String[]::new)),
                                new ClientID(settings.clientId()),
                                callback(purpose))
                        .endpointURI(metadata.getAuthorizationEndpointURI())
                        .state(state)
                        .nonce(nonce)
                        .codeChallenge(verifier, CodeChallengeMethod.S256)
                        .acrValues(
                                settings.acrValues().isEmpty()
                                        ? null
                                        : settings.acrValues().stream().map(ACR::new).toList())
                        .uiLocales(uiLocales(locale))
                        .build();
        return new Redirect(request.toURI(), state.getValue());
    }

    /**
     * Checks a return from the IdP: {@code expectedState} is what this browser's session kept from
     * {@link #begin} (null if none), the rest are the callback's parameters as they came.
     */
    public IdpOutcome complete(
            SignInPurpose purpose,
            Long flowId,
            String expectedState,
            String state,
            String code,
            String error) {
        if (state == null || state.isBlank() || state.length() > MAX_PARAMETER) {
            return refused("a return without a usable state");
        }
        if (expectedState == null
                || !MessageDigest.isEqual(
                        expectedState.getBytes(StandardCharsets.UTF_8),
                        state.getBytes(StandardCharsets.UTF_8))) {
            return refused("a state this browser session did not start");
        }
        var held = pending.take(Sha256.hex(state));
        if (held.isEmpty()) {
            return refused("a state already used or expired");
        }
        if (!held.get().isFor(purpose, flowId, clock.instant())) {
            return refused("a state for another sign-in, or expired");
        }
        if (error != null) {
            // The customer said no at the IdP; any other error is the IdP's, and ends this sign-in.
            return "access_denied".equals(error)
                    ? new IdpOutcome.Cancelled()
                    : refused("the IdP answered error=" + printable(error));
        }
        if (code == null || code.isBlank() || code.length() > MAX_PARAMETER) {
            return refused("a return without a code");
        }
        try {
            var tokens =
                    idp.redeem(
                            new AuthorizationCode(code),
                            callback(purpose),
                            new CodeVerifier(held.get().codeVerifier()),
                            new Nonce(held.get().nonce()));
            return new IdpOutcome.SignedIn(identity(tokens.claims(), tokens.idToken()));
        } catch (IdpRejectedException e) {
            return refused(e.getMessage());
        } catch (IdpUnavailableException | FaultToleranceException e) {
            LOG.warning(() -> "Sign-in at the IdP could not finish: " + e);
            return new IdpOutcome.Unavailable();
        }
    }

    /**
     * Where to send a signed-out browser so the IdP ends its session too (RP-initiated logout), or
     * empty when the IdP offers none or cannot be reached.
     */
    public Optional<URI> signOutAt(String idToken, String returnPath) {
        try {
            URI endSession = idp.metadata().getEndSessionEndpointURI();
            if (endSession == null || idToken == null) {
                return Optional.empty();
            }
            return Optional.of(
                    new LogoutRequest(
                                    endSession,
                                    com.nimbusds.jwt.JWTParser.parse(idToken),
                                    URI.create(publicUrl.resolve(returnPath)),
                                    null)
                            .toURI());
        } catch (RuntimeException | java.text.ParseException e) {
            LOG.warning(() -> "Signing out at the IdP is skipped: " + e);
            return Optional.empty();
        }
    }

    private URI callback(SignInPurpose purpose) {
        return URI.create(publicUrl.resolve(purpose.callbackPath()));
    }

    private IdpIdentity identity(IDTokenClaimsSet claims, String idToken) {
        Object ref = claims.getClaim(settings.customerClaim());
        String billingRef = ref instanceof String s && !s.isBlank() ? s.strip() : null;
        String name = claims.getStringClaim("name");
        if (name == null || name.isBlank()) {
            String given = claims.getStringClaim("given_name");
            String family = claims.getStringClaim("family_name");
            name =
                    String.join(
                            " ",
                            java.util.stream.Stream.of(given, family)
                                    .filter(p -> p != null && !p.isBlank())
                                    .toList());
        }
        if (name.isBlank()) {
            name = Optional.ofNullable(claims.getStringClaim("preferred_username")).orElse("");
        }
        Boolean verified = claims.getBooleanClaim("email_verified");
        String email = Boolean.TRUE.equals(verified) ? claims.getStringClaim("email") : null;
        return new IdpIdentity(
                claims.getSubject().getValue(),
                billingRef,
                name.length() > 200 ? name.substring(0, 200) : name,
                email != null && email.length() <= 254 ? email : null,
                idToken);
    }

    private static List<LangTag> uiLocales(Locale locale) {
        if (locale == null) {
            return null;
        }
        try {
            return List.of(LangTag.parse(locale.toLanguageTag()));
        } catch (LangTagException e) {
            return null;
        }
    }

    private static IdpOutcome refused(String reason) {
        LOG.warning(() -> "Refused a return from the IdP: " + reason);
        return new IdpOutcome.Refused(reason);
    }

    private static String printable(String value) {
        String cut = value.length() > 64 ? value.substring(0, 64) : value;
        return cut.replaceAll("[^A-Za-z0-9_.-]", "?");
    }
}

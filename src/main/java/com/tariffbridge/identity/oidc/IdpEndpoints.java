package com.tariffbridge.identity.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Every call to the provider's IdP, each bounded as the FlatPeak and billing calls are: socket
 * timeouts (the annotation cannot interrupt a blocking read), a {@code @Timeout}, and one circuit
 * breaker's worth of failures before customers get the "try again" page at once. Discovery is
 * cached for an hour; the signing keys are cached by Nimbus and fetched again when an ID token
 * names a key id the cache lacks, which is how a key rotation at the IdP arrives.
 */
@ApplicationScoped
public class IdpEndpoints {

    static final int CONNECT_TIMEOUT_MS = 2000;
    static final int READ_TIMEOUT_MS = 4000;
    private static final Duration METADATA_TTL = Duration.ofHours(1);
    private static final Set<JWSAlgorithm> SIGNATURES =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    @Inject OidcSettings settings;

    @Inject Clock clock;

    private volatile Discovered discovered;

    /** The IdP's metadata with the ID token validator built from it. */
    record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant until) {}

    @Timeout(6000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = IdpUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000)
    public OIDCProviderMetadata metadata() {
        return discovered().metadata();
    }

    /** Exchanges the code (with the PKCE verifier) and checks the ID token against the nonce. */
    @Timeout(8000)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 10_000,
            skipOn = IdpRejectedException.class)
    public VerifiedTokens redeem(
            AuthorizationCode code, URI redirectUri, CodeVerifier verifier, Nonce nonce) {
        var idp = discovered();
        var request =
                new TokenRequest(
                                idp.metadata().getTokenEndpointURI(),
                                new ClientSecretBasic(
                                        new ClientID(settings.clientId()),
                                        new Secret(settings.clientSecret())),
                                new AuthorizationCodeGrant(code, redirectUri, verifier))
                        .toHTTPRequest();
        OIDCTokenResponse tokens = tokens(send(request));
        JWT idToken = tokens.getOIDCTokens().getIDToken();
        try {
            IDTokenClaimsSet claims = idp.validator().validate(idToken, nonce);
            return new VerifiedTokens(claims, tokens.getOIDCTokens().getIDTokenString());
        } catch (BadJOSEException e) {
            throw new IdpRejectedException("ID token refused: " + e.getMessage());
        } catch (KeySourceException e) {
            throw new IdpUnavailableException("the IdP's signing keys could not be fetched", e);
        } catch (JOSEException e) {
            throw new IdpRejectedException("ID token could not be checked: " + e.getMessage());
        }
    }

    /** What the token endpoint gave, once the ID token passed every check. */
    public record VerifiedTokens(IDTokenClaimsSet claims, String idToken) {}

    private static OIDCTokenResponse tokens(HTTPResponse response) {
        try {
            var parsed = OIDCTokenResponseParser.parse(response);
            if (!parsed.indicatesSuccess()) {
                var error = ((TokenErrorResponse) parsed).getErrorObject();
                if (error.getHTTPStatusCode() >= 500) {
                    throw new IdpUnavailableException(
                            "the IdP's token endpoint answered " + error.getHTTPStatusCode(), null);
                }
                throw new IdpRejectedException("the IdP refused the code: " + error.getCode());
            }
            return (OIDCTokenResponse) parsed.toSuccessResponse();
        } catch (ParseException | ClassCastException e) {
            if (response.getStatusCode() >= 500) {
                throw new IdpUnavailableException(
                        "the IdP's token endpoint answered " + response.getStatusCode(), e);
            }
            throw new IdpRejectedException("the IdP's token answer is not OpenID Connect");
        }
    }

    private Discovered discovered() {
        var held = discovered;
        Instant now = clock.instant();
        if (held != null && now.isBefore(held.until())) {
            return held;
        }
        var fresh = discover(now);
        discovered = fresh;
        return fresh;
    }

    private Discovered discover(Instant now) {
        URI uri = URI.create(settings.discoveryUri());
        HTTPResponse response;
        try {
            response = send(new HTTPRequest(HTTPRequest.Method.GET, uri));
            if (response.getStatusCode() != 200) {
                throw new IdpUnavailableException(
                        "the IdP's discovery document answered " + response.getStatusCode(), null);
            }
            var metadata = OIDCProviderMetadata.parse(response.getBody());
            URL jwks = metadata.getJWKSetURI().toURL();
            var keys =
                    JWKSourceBuilder.<SecurityContext>create(
                                    jwks,
                                    new DefaultResourceRetriever(
                                            CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, 512 * 1024))
                            .build();
            var validator =
                    new IDTokenValidator(
                            metadata.getIssuer(),
                            new ClientID(settings.clientId()),
                            new JWSVerificationKeySelector<>(SIGNATURES, keys),
                            null);
            return new Discovered(metadata, validator, now.plus(METADATA_TTL));
        } catch (ParseException | IOException | IllegalArgumentException e) {
            throw new IdpUnavailableException(
                    "the IdP's discovery document could not be read: " + e.getMessage(), e);
        }
    }

    private static HTTPResponse send(HTTPRequest request) {
        request.setConnectTimeout(CONNECT_TIMEOUT_MS);
        request.setReadTimeout(READ_TIMEOUT_MS);
        try {
            return request.send();
        } catch (IOException e) {
            throw new IdpUnavailableException("the IdP could not be reached: " + e.getMessage(), e);
        }
    }
}

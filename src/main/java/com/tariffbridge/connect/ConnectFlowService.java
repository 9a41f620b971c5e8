package com.tariffbridge.connect;

import com.tariffbridge.audit.AuditLog;
import com.tariffbridge.contract.SupplyOption;
import com.tariffbridge.contract.SupplyPointService;
import com.tariffbridge.flatpeak.ConnectToken;
import com.tariffbridge.flatpeak.ConnectTokenRejectedException;
import com.tariffbridge.flatpeak.FlatPeakGateway;
import com.tariffbridge.flatpeak.RedirectAllowList;
import com.tariffbridge.flatpeak.SessionContext;
import com.tariffbridge.identity.CustomerRepository;
import com.tariffbridge.identity.PasswordSignIn;
import com.tariffbridge.identity.SignInResult;
import com.tariffbridge.token.GrantService;
import com.tariffbridge.token.TokenPair;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The connect flow's use cases. Every step locks the flow's row, checks that the state machine
 * expects this step, and records the change with its audit event in one transaction. Outbound calls
 * to FlatPeak happen outside these transactions.
 */
@ApplicationScoped
public class ConnectFlowService {

    private static final Logger LOG = Logger.getLogger(ConnectFlowService.class.getName());

    @Inject FlatPeakGateway flatPeak;

    @Inject RedirectAllowList redirects;

    @Inject ConnectSessionRepository sessions;

    @Inject PasswordSignIn authenticator;

    @Inject CustomerRepository customers;

    @Inject SupplyPointService supplies;

    @Inject GrantService grants;

    @Inject ConnectSteps steps;

    @Inject AuditLog audit;

    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "connect.session.ttl")
    Duration sessionTtl;

    @Inject
    @ConfigProperty(name = "tariffbridge.provider.terms-version")
    String termsVersion;

    /** Opens a flow for a connect token; no outbound call unless the token has the right shape. */
    public StartResult start(String rawToken) {
        Optional<ConnectToken> token = ConnectToken.parse(rawToken);
        if (token.isEmpty()) {
            return new StartResult.InvalidLink();
        }
        if (sessions.findByToken(token.get().value()).isPresent()) {
            return new StartResult.LinkExpired(true);
        }
        SessionContext context;
        try {
            context = flatPeak.fetchSession(token.get());
        } catch (ConnectTokenRejectedException e) {
            return new StartResult.LinkExpired(false);
        } catch (RuntimeException e) {
            if (isUnavailable(e)) {
                LOG.warning(
                        () ->
                                "FlatPeak session lookup for "
                                        + token.get().fingerprint()
                                        + " failed: "
                                        + ConnectToken.redact(e.getMessage()));
                return new StartResult.FlatPeakUnavailable();
            }
            throw e;
        }
        if (redirects.returnUri(context.connectWebUri(), context.token()).isEmpty()) {
            LOG.warning(
                    () ->
                            "Refused connect token "
                                    + context.token().fingerprint()
                                    + ": connect_web_uri is not on flatpeak.redirect.allowed-hosts");
            return new StartResult.InvalidLink();
        }
        try {
            return new StartResult.Started(steps.open(context, clock.instant(), sessionTtl));
        } catch (RuntimeException e) {
            if (sessions.findByToken(token.get().value()).isPresent()) {
                return new StartResult.LinkExpired(true);
            }
            throw e;
        }
    }

    static boolean isUnavailable(RuntimeException e) {
        return e instanceof com.tariffbridge.flatpeak.FlatPeakUnavailableException
                || e instanceof FaultToleranceException;
    }

    @Transactional
    public ConnectState state(long flowId) {
        return steps.locked(flowId).map(ConnectSession::getState).orElse(ConnectState.FAILED);
    }

    @Transactional
    public Optional<ConnectSession> flow(long flowId) {
        return sessions.find(flowId);
    }

    @Transactional
    public SignInStep signIn(long flowId, String email, String password) {
        var session = steps.locked(flowId).orElse(null);
        if (session == null || session.getState() != ConnectState.STARTED) {
            return new SignInStep.NotExpectedStep(
                    session == null ? ConnectState.FAILED : session.getState());
        }
        SignInResult result = authenticator.signIn(email, password);
        if (result instanceof SignInResult.Locked locked) {
            return new SignInStep.LockedOut(locked);
        }
        if (result instanceof SignInResult.NoBillingAccount) {
            return new SignInStep.NoBillingAccount();
        }
        if (result instanceof SignInResult.Unavailable) {
            return new SignInStep.Unavailable();
        }
        if (!(result instanceof SignInResult.SignedIn signedIn)) {
            return new SignInStep.WrongCredentials();
        }
        return proceedAs(session, signedIn.customerId());
    }

    /**
     * The customer signed in at the provider's IdP and was resolved to one of ours (their supply
     * points taken from billing); the flow goes on as after a password sign-in.
     */
    @Transactional
    public SignInStep signedInAtIdp(long flowId, long customerId) {
        var session = steps.locked(flowId).orElse(null);
        if (session == null || session.getState() != ConnectState.STARTED) {
            return new SignInStep.NotExpectedStep(
                    session == null ? ConnectState.FAILED : session.getState());
        }
        return proceedAs(session, customerId);
    }

    private SignInStep proceedAs(ConnectSession session, long customerId) {
        var now = clock.instant();
        session.signedInAs(customerId);
        session.apply(ConnectEvent.SIGNED_IN, now);
        audit.record(
                "CONNECT_SIGNED_IN", "customer:" + customerId, "connect:" + session.getId(), null);
        List<SupplyOption> options = supplies.shareableSupplies(customerId);
        if (options.size() == 1) {
            session.chose(options.get(0).supplyPointId());
            session.apply(ConnectEvent.SUPPLY_CHOSEN, now);
        }
        return new SignInStep.Proceed(session.getState());
    }

    @Transactional
    public List<SupplyOption> supplyOptions(long flowId) {
        return sessions.find(flowId)
                .filter(s -> s.getCustomerId() != null)
                .map(s -> supplies.shareableSupplies(s.getCustomerId()))
                .orElse(List.of());
    }

    /**
     * Chooses one of the customer's own shareable supplies; anything else leaves the flow as it
     * was.
     */
    @Transactional
    public ConnectState chooseSupply(long flowId, long supplyPointId) {
        var session = steps.locked(flowId).orElse(null);
        if (session == null) {
            return ConnectState.FAILED;
        }
        if (session.getState() == ConnectState.AUTHENTICATED
                && supplies.sharedSupply(session.getCustomerId(), supplyPointId).isPresent()) {
            session.chose(supplyPointId);
            session.apply(ConnectEvent.SUPPLY_CHOSEN, clock.instant());
        }
        return session.getState();
    }

    @Transactional
    public Optional<ConsentView> consentView(long flowId) {
        return sessions.find(flowId)
                .filter(s -> s.getState() == ConnectState.SUPPLY_CHOSEN)
                .flatMap(
                        s ->
                                supplies.sharedSupply(s.getCustomerId(), s.getSupplyPointId())
                                        .map(
                                                supply ->
                                                        new ConsentView(
                                                                s.account(),
                                                                customers
                                                                        .find(s.getCustomerId())
                                                                        .map(
                                                                                c ->
                                                                                        c
                                                                                                .getDisplayName())
                                                                        .orElse(""),
                                                                supply,
                                                                supplyLabel(
                                                                        s.getCustomerId(),
                                                                        supply.supplyPointId()))));
    }

    private String supplyLabel(long customerId, long supplyPointId) {
        return supplies.shareableSupplies(customerId).stream()
                .filter(o -> o.supplyPointId() == supplyPointId)
                .map(SupplyOption::label)
                .findFirst()
                .orElse("");
    }

    /**
     * Records the consent with a new grant and its tokens. Returns the plaintext tokens only to the
     * request that made the transition; a replay gets nothing and creates nothing.
     */
    @Transactional
    public Optional<TokenPair> allow(long flowId, ClientInfo client) {
        var session = steps.locked(flowId).orElse(null);
        if (session == null || !session.apply(ConnectEvent.ALLOWED, clock.instant())) {
            return Optional.empty();
        }
        var supply = supplies.sharedSupply(session.getCustomerId(), session.getSupplyPointId());
        if (supply.isEmpty()) {
            throw new IllegalStateException("chosen supply point is no longer shareable");
        }
        TokenPair tokens =
                grants.issueGrant(
                        session.getCustomerId(),
                        session.getSupplyPointId(),
                        session.account().id());
        sessions.addConsent(
                new ConsentRecord(
                        session, tokens.grantId(), termsVersion, clock.instant(), client));
        audit.record(
                "CONSENT_GIVEN",
                "customer:" + session.getCustomerId(),
                "connect:" + flowId,
                "flatpeak_account="
                        + session.account().id()
                        + " supply_point="
                        + supply.get().reference()
                        + " terms="
                        + termsVersion
                        + " grant="
                        + tokens.grantId());
        steps.enqueueDecision(session);
        return Optional.of(tokens);
    }

    @Transactional
    public ConnectState deny(long flowId) {
        return steps.dismiss(flowId, ConnectEvent.DENIED);
    }

    @Transactional
    public ConnectState cancel(long flowId) {
        return steps.dismiss(flowId, ConnectEvent.CANCELLED);
    }
}

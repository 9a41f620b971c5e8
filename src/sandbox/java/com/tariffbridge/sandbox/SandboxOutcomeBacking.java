package com.tariffbridge.sandbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The stand-in for FlatPeak's {@code connect_web_uri}: what became of the connect token in the
 * link.
 */
@Named
@ViewScoped
public class SandboxOutcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject SandboxConnectTokens tokens;

    @Inject SandboxPoller poller;

    private transient SandboxPoller.CallResult result;

    private String connectToken;
    private transient SandboxOutcome outcome;

    public void open() {
        outcome = SandboxOutcome.of(connectToken, tokens);
    }

    /** "Poll tariff": what FlatPeak's next poll would get. */
    public void pollTariff() {
        open();
        result = poller.poll(connectToken);
    }

    /** "Refresh token": renew the pair as FlatPeak does; the sandbox keeps the new pair. */
    public void refreshToken() {
        result = poller.refresh(connectToken);
        open();
    }

    public SandboxPoller.CallResult getResult() {
        return result;
    }

    public String getConnectToken() {
        return connectToken;
    }

    public void setConnectToken(String connectToken) {
        this.connectToken = connectToken;
    }

    public SandboxOutcome getOutcome() {
        if (outcome == null) {
            open();
        }
        return outcome;
    }
}

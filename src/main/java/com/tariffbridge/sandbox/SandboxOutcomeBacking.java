package com.tariffbridge.sandbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The stand-in for FlatPeak's {@code connect_web_uri}: what became of the connect token in the link. */
@Named
@RequestScoped
public class SandboxOutcomeBacking {

    @Inject
    SandboxConnectTokens tokens;

    private String connectToken;
    private SandboxOutcome outcome;

    public void open() {
        outcome = SandboxOutcome.of(connectToken, tokens);
    }

    public String getConnectToken() {
        return connectToken;
    }

    public void setConnectToken(String connectToken) {
        this.connectToken = connectToken;
    }

    public SandboxOutcome getOutcome() {
        return outcome;
    }
}

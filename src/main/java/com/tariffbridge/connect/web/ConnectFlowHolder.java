package com.tariffbridge.connect.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;

/**
 * The one thing the HTTP session remembers about the flow: which flow this browser is in. All state
 * lives in the database, so a flow survives a switch to another server.
 */
@SessionScoped
public class ConnectFlowHolder implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long flowId;

    void begin(long id) {
        this.flowId = id;
    }

    Optional<Long> current() {
        return Optional.ofNullable(flowId);
    }
}

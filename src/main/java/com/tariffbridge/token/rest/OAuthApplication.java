package com.tariffbridge.token.rest;

import com.tariffbridge.platform.rest.UnexpectedErrorMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** {@code /oauth/*}: the token endpoints FlatPeak calls with HTTP Basic client authentication. */
@ApplicationPath("oauth")
public class OAuthApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TokenResource.class, RevocationResource.class, UnexpectedErrorMapper.class);
    }
}

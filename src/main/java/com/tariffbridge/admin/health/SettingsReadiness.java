package com.tariffbridge.admin.health;

import com.tariffbridge.platform.RequiredSettings;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a required setting (FlatPeak's and billing's addresses and secrets) is missing:
 * the server would refuse FlatPeak at /oauth/token and fail every call out. Names the keys, never a
 * value.
 */
@Readiness
@ApplicationScoped
public class SettingsReadiness implements HealthCheck {

    static final String NAME = "settings";

    @Override
    public HealthCheckResponse call() {
        var missing = RequiredSettings.missing(ConfigProvider.getConfig());
        return missing.isEmpty()
                ? HealthCheckResponse.named(NAME).up().build()
                : HealthCheckResponse.named(NAME)
                        .down()
                        .withData("missing", String.join(", ", missing))
                        .build();
    }
}

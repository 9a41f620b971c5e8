package com.tariffbridge.admin.rest;

import com.tariffbridge.contract.rest.ReminderListResource;
import com.tariffbridge.contract.rest.ReminderRunResource;
import com.tariffbridge.platform.rest.UnexpectedErrorMapper;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * {@code /admin/api/*}: operations for staff with the {@code admin} role. Each feature's admin
 * resource is listed here, because several JAX-RS applications share the WAR.
 */
@ApplicationPath("admin/api")
@DeclareRoles("admin")
public class AdminApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                AuditEventResource.class,
                CrossSiteRequestFilter.class,
                SyncRunResource.class,
                ReminderRunResource.class,
                ReminderListResource.class,
                UnexpectedErrorMapper.class);
    }
}

package com.tariffbridge.admin.rest;

import com.tariffbridge.admin.CrossSiteRequests;
import com.tariffbridge.platform.PublicUrl;
import com.tariffbridge.platform.rest.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Every change through {@code /admin/api} (anything but GET, HEAD, OPTIONS) must come from a script
 * or from this server's own pages: a browser that cached the staff member's Basic credentials adds
 * them to a form that another site posts here, and the container lets it in. Refused with {@code
 * 403 cross_site_request} before any resource runs. Reads stay open: they change nothing, and
 * another site cannot read their answers.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    @Inject PublicUrl publicUrl;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CrossSiteRequests.changesState(request.getMethod())) {
            return;
        }
        String refusal =
                CrossSiteRequests.fromAnotherSite(
                                request.getHeaderString("Origin"),
                                request.getHeaderString("Sec-Fetch-Site"),
                                request.getHeaderString(HttpHeaders.HOST),
                                publicUrl.base())
                        .orElse(null);
        if (refusal == null
                && !CrossSiteRequests.sentByScript(
                        request.getHeaderString(HttpHeaders.CONTENT_TYPE),
                        request.getHeaderString(CrossSiteRequests.REQUESTED_BY))) {
            refusal = CrossSiteRequests.scriptHeaderMissing();
        }
        if (refusal != null) {
            request.abortWith(
                    Problem.of(Response.Status.FORBIDDEN, CrossSiteRequests.PROBLEM_CODE, refusal)
                            .toResponse()
                            .build());
        }
    }
}

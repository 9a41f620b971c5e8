package com.tariffbridge.billing.client;

import com.tariffbridge.billing.BillingRejectedException;
import com.tariffbridge.billing.BillingUnavailableException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * 408, 429 and 5xx mean "billing is struggling, try later"; any other 4xx means our request or our
 * key is wrong, which no retry fixes (401/403 are logged loudly: an operator must act). The key
 * itself is never logged.
 */
public class BillingErrorMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(BillingErrorMapper.class.getName());

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        String detail = describe(response);
        if (status == 408 || status == 429 || status >= 500) {
            return new BillingUnavailableException("billing answered " + status + detail);
        }
        if (status == 401 || status == 403) {
            LOG.log(
                    Level.SEVERE,
                    "Billing refused our API key ({0}{1}); check billing.api.key",
                    new Object[] {String.valueOf(status), detail});
        }
        return new BillingRejectedException(
                "billing rejected the request: " + status + detail, status);
    }

    private static String describe(Response response) {
        try {
            response.bufferEntity();
            var error = response.readEntity(BillingError.class);
            return error == null || error.code() == null ? "" : " (" + error.code() + ")";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }
}

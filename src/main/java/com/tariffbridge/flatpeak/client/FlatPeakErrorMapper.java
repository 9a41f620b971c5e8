package com.tariffbridge.flatpeak.client;

import com.tariffbridge.flatpeak.ConnectTokenRejectedException;
import com.tariffbridge.flatpeak.FlatPeakUnavailableException;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns FlatPeak's status codes into our two failures: 4xx means this token will never work,
 * anything else unexpected means "try again later". 401 and 403 are the exception among the 4xx:
 * they refuse our own Basic credentials, which says nothing about the customer's link and is fixed
 * by an operator, so they count as unavailable and are logged loudly.
 */
public class FlatPeakErrorMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(FlatPeakErrorMapper.class.getName());

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        String detail = describe(response);
        if (status == 401 || status == 403) {
            LOG.log(
                    Level.SEVERE,
                    "FlatPeak refused the provider''s credentials: {0}{1}; check "
                            + "flatpeak.api.username and flatpeak.api.password",
                    new Object[] {String.valueOf(status), detail});
            return new FlatPeakUnavailableException(
                    "FlatPeak refused the provider's credentials: "
                            + status
                            + detail
                            + "; check flatpeak.api.username and flatpeak.api.password");
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return new ConnectTokenRejectedException(
                    status, "FlatPeak rejected the request: " + status + detail);
        }
        return new FlatPeakUnavailableException("FlatPeak answered " + status + detail);
    }

    private static String describe(Response response) {
        try {
            response.bufferEntity();
            var error = response.readEntity(FlatPeakError.class);
            return error == null || error.code() == null ? "" : " (" + error.code() + ")";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }
}

package com.tariffbridge.flatpeak.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.flatpeak.ConnectTokenRejectedException;
import com.tariffbridge.flatpeak.FlatPeakUnavailableException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlatPeakErrorMapperTest {

    private final FlatPeakErrorMapper mapper = new FlatPeakErrorMapper();

    @ParameterizedTest
    @ValueSource(ints = {400, 402, 404, 405, 409, 410, 422, 499})
    void clientErrorsMeanTheConnectTokenIsRejected(int status) {
        RuntimeException mapped = mapper.toThrowable(new StubResponse(status, null));

        assertThat(mapped).isInstanceOf(ConnectTokenRejectedException.class);
        assertThat(((ConnectTokenRejectedException) mapped).status()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void timeoutsThrottlingAndServerErrorsMeanTryAgainLater(int status) {
        assertThat(mapper.toThrowable(new StubResponse(status, null)))
                .isInstanceOf(FlatPeakUnavailableException.class)
                .hasMessageContaining(String.valueOf(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void refusedCredentialsMeanTryAgainLaterNotThatTheLinkIsDead(int status) {
        var mapped = new RuntimeException[1];
        logDuring(() -> mapped[0] = mapper.toThrowable(new StubResponse(status, null)));

        assertThat(mapped[0])
                .isInstanceOf(FlatPeakUnavailableException.class)
                .hasMessageContaining("refused the provider's credentials")
                .hasMessageContaining(String.valueOf(status))
                .hasMessageContaining("flatpeak.api.username")
                .hasMessageContaining("flatpeak.api.password");
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void refusedCredentialsAreLoggedAsSevere(int status) {
        var body =
                new FlatPeakError(
                        "error", "authentication_error", "invalid_credentials", "Bad credentials");

        List<LogRecord> logged =
                logDuring(() -> mapper.toThrowable(new StubResponse(status, body)));

        assertThat(logged)
                .singleElement()
                .satisfies(
                        record -> {
                            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
                            String message = new SimpleFormatter().formatMessage(record);
                            assertThat(message)
                                    .contains(
                                            "refused the provider's credentials",
                                            String.valueOf(status),
                                            "invalid_credentials",
                                            "flatpeak.api.username",
                                            "flatpeak.api.password");
                        });
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 410, 503})
    void otherErrorsAreLeftToTheCallerToLog(int status) {
        assertThat(logDuring(() -> mapper.toThrowable(new StubResponse(status, null)))).isEmpty();
    }

    private static List<LogRecord> logDuring(Runnable action) {
        var logger = Logger.getLogger(FlatPeakErrorMapper.class.getName());
        var records = new CopyOnWriteArrayList<LogRecord>();
        var handler =
                new Handler() {
                    @Override
                    public void publish(LogRecord record) {
                        records.add(record);
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };
        boolean toParents = logger.getUseParentHandlers();
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
            logger.setUseParentHandlers(toParents);
        }
        return records;
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 410, 499, 500, 599})
    void everyErrorStatusIsHandled(int status) {
        assertThat(mapper.handles(status, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204, 302, 399})
    void successAndRedirectStatusesAreLeftAlone(int status) {
        assertThat(mapper.handles(status, null)).isFalse();
    }

    @Test
    void flatPeakErrorCodeIsKeptInTheMessage() {
        var body =
                new FlatPeakError(
                        "error", "invalid_request_error", "connect_token_expired", "Token expired");

        assertThat(mapper.toThrowable(new StubResponse(410, body)))
                .hasMessageContaining("connect_token_expired");
    }

    @Test
    void unreadableBodyStillMapsByStatus() {
        var unreadable =
                new StubResponse(404, null) {
                    @Override
                    public <T> T readEntity(Class<T> type) {
                        throw new IllegalStateException("not JSON");
                    }
                };

        assertThat(mapper.toThrowable(unreadable))
                .isInstanceOf(ConnectTokenRejectedException.class);
    }

    /**
     * A bare Response: {@code Response.status(..).build()} needs a JAX-RS runtime
     * (RuntimeDelegate), which is only on the server's classpath, so the test implements the few
     * methods the mapper uses.
     */
    private static class StubResponse extends Response {
        private final int status;
        private final FlatPeakError entity;

        StubResponse(int status, FlatPeakError entity) {
            this.status = status;
            this.entity = entity;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public boolean bufferEntity() {
            return true;
        }

        @Override
        public boolean hasEntity() {
            return entity != null;
        }

        @Override
        public <T> T readEntity(Class<T> type) {
            return type.cast(entity);
        }

        @Override
        public Object getEntity() {
            return entity;
        }

        @Override
        public StatusType getStatusInfo() {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T readEntity(GenericType<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T readEntity(Class<T> type, Annotation[] a) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T readEntity(GenericType<T> type, Annotation[] a) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {}

        @Override
        public MediaType getMediaType() {
            return null;
        }

        @Override
        public Locale getLanguage() {
            return null;
        }

        @Override
        public int getLength() {
            return -1;
        }

        @Override
        public Set<String> getAllowedMethods() {
            return Set.of();
        }

        @Override
        public Map<String, NewCookie> getCookies() {
            return Map.of();
        }

        @Override
        public EntityTag getEntityTag() {
            return null;
        }

        @Override
        public Date getDate() {
            return null;
        }

        @Override
        public Date getLastModified() {
            return null;
        }

        @Override
        public URI getLocation() {
            return null;
        }

        @Override
        public Set<Link> getLinks() {
            return Set.of();
        }

        @Override
        public boolean hasLink(String relation) {
            return false;
        }

        @Override
        public Link getLink(String relation) {
            return null;
        }

        @Override
        public Link.Builder getLinkBuilder(String relation) {
            return null;
        }

        @Override
        public MultivaluedMap<String, Object> getMetadata() {
            throw new UnsupportedOperationException();
        }

        @Override
        public MultivaluedMap<String, String> getStringHeaders() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getHeaderString(String name) {
            return null;
        }
    }
}

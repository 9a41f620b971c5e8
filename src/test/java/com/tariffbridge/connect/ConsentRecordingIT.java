package com.tariffbridge.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import com.tariffbridge.token.OpaqueToken;
import com.tariffbridge.token.TokenPair;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Liberty, against the real database: what a consent writes. The deployment is the packaged
 * application plus this class, deployed beside the running app.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentRecordingIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "consent-it.war")
                .importFrom(new File("target/tariff-bridge.war"))
                .as(WebArchive.class)
                .addClasses(ConsentRecordingIT.class, ItServer.class, SandboxFlatPeak.class);
    }

    @Inject ConnectFlowService flows;

    @Resource(lookup = "jdbc/tariffbridge")
    DataSource db;

    @Test
    void replayedAllowRecordsOneConsentOneGrantAndOneTokenPair() throws SQLException {
        long flowId = signedInFlow();

        var first = flows.allow(flowId, new ClientInfo("203.0.113.7", "ConsentRecordingIT"));
        var replay = flows.allow(flowId, new ClientInfo("203.0.113.7", "ConsentRecordingIT"));

        assertTrue(first.isPresent(), "the first Allow makes the consent");
        assertTrue(replay.isEmpty(), "a replayed Allow finds no transition and returns nothing");
        assertEquals(
                1L,
                count("select count(*) from consent_record where connect_session_id = ?", flowId));
        long grantId = first.get().grantId();
        assertEquals(1L, count("select count(*) from consent_record where grant_id = ?", grantId));
        assertEquals(2L, count("select count(*) from issued_token where grant_id = ?", grantId));
        assertEquals(ConnectState.CONSENTED, flows.state(flowId));
    }

    @Test
    void consentRecordKeepsTermsVersionAddressOfOriginAndAnAuditEvent() throws SQLException {
        long flowId = signedInFlow();
        flows.allow(
                flowId,
                new ClientInfo(
                        "198.51.100.23", "Mozilla/5.0 (Linux; Android 14) ConsentRecordingIT"));

        List<String> row =
                row(
                        "select terms_version, client_ip, user_agent from consent_record "
                                + "where connect_session_id = ?",
                        flowId);
        assertEquals("tariff-sharing-v1", row.get(0));
        assertEquals("198.51.100.23", row.get(1));
        assertTrue(row.get(2).contains("ConsentRecordingIT"));
        assertEquals(
                1L,
                count(
                        "select count(*) from audit_event where type = 'CONSENT_GIVEN' and subject = ?",
                        "connect:" + flowId));
    }

    @Test
    void issuedTokensExistInTheDatabaseOnlyAsSha256Hashes() throws SQLException {
        long flowId = signedInFlow();
        TokenPair tokens = flows.allow(flowId, new ClientInfo("127.0.0.1", "it")).orElseThrow();

        for (String token : List.of(tokens.accessToken(), tokens.refreshToken())) {
            assertEquals(
                    0L, count("select count(*) from issued_token where token_hash = ?", token));
            assertEquals(
                    1L,
                    count(
                            "select count(*) from issued_token where token_hash = ?",
                            OpaqueToken.sha256Hex(token)));
            assertEquals(
                    0L,
                    count(
                            "select count(*) from audit_event where detail like ?",
                            "%" + token + "%"));
        }
        assertNotEquals(tokens.accessToken(), tokens.refreshToken());
    }

    @Test
    void allowBeforeSignInCreatesNothing() throws SQLException {
        var started = flows.start(SandboxFlatPeak.mintToken().getString("connect_token"));
        long flowId = assertInstanceOf(StartResult.Started.class, started).flowId();

        assertTrue(flows.allow(flowId, new ClientInfo("127.0.0.1", "it")).isEmpty());
        assertEquals(ConnectState.STARTED, flows.state(flowId));
        assertEquals(
                0L,
                count("select count(*) from consent_record where connect_session_id = ?", flowId));
    }

    private long signedInFlow() {
        var started = flows.start(SandboxFlatPeak.mintToken().getString("connect_token"));
        long flowId = assertInstanceOf(StartResult.Started.class, started).flowId();
        var step =
                assertInstanceOf(
                        SignInStep.Proceed.class,
                        flows.signIn(flowId, "alice@example.com", "alice-demo-pass"));
        assertEquals(ConnectState.SUPPLY_CHOSEN, step.next());
        return flowId;
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (var connection = db.getConnection();
                var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<String> row(String sql, Object parameter) throws SQLException {
        try (var connection = db.getConnection();
                var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (var rs = statement.executeQuery()) {
                assertTrue(rs.next(), "a row for " + parameter);
                var values = new ArrayList<String>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.add(rs.getString(i));
                }
                return values;
            }
        }
    }
}

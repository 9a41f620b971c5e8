package com.tariffbridge.identity.ldap;

import com.tariffbridge.identity.IdpIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Hashtable;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchControls;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * Checks a customer's password against the provider's LDAP directory, the way a directory-backed
 * registry does: our read-only service account searches {@code identity.ldap.base-dn} for exactly
 * one entry matching {@code identity.ldap.user-filter} with the typed address, then a second
 * connection binds as that entry with the typed password. The billing reference and the name come
 * from configured attributes; the password is never stored, logged or read back. Every connection
 * has connect and read timeouts, and a directory that keeps failing opens a circuit breaker.
 */
@ApplicationScoped
public class DirectorySignIn {

    private static final Logger LOG = Logger.getLogger(DirectorySignIn.class.getName());
    static final String TIMEOUT_MS = "3000";

    @Inject
    @ConfigProperty(name = "identity.ldap.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "identity.ldap.bind-dn")
    Optional<String> bindDn;

    @Inject
    @ConfigProperty(name = "identity.ldap.bind-password")
    Optional<String> bindPassword;

    @Inject
    @ConfigProperty(name = "identity.ldap.base-dn")
    Optional<String> baseDn;

    @Inject
    @ConfigProperty(
            name = "identity.ldap.user-filter",
            defaultValue = "(&(objectClass=inetOrgPerson)(mail={0}))")
    String userFilter;

    @Inject
    @ConfigProperty(name = "identity.ldap.customer-attribute", defaultValue = "employeeNumber")
    String customerAttribute;

    @Inject
    @ConfigProperty(name = "identity.ldap.name-attribute", defaultValue = "displayName")
    String nameAttribute;

    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 10_000,
            failOn = DirectoryUnavailableException.class)
    public DirectoryCheck check(String email, String password) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            // An empty password would be an unauthenticated bind, which LDAP servers accept.
            return new DirectoryCheck.Wrong();
        }
        Found found;
        try {
            found = find(email);
        } catch (NamingException e) {
            LOG.warning(() -> "The customer directory could not be searched: " + e);
            throw new DirectoryUnavailableException(e);
        }
        if (found == null) {
            return new DirectoryCheck.Wrong();
        }
        try {
            context(found.dn(), password).close();
        } catch (AuthenticationException e) {
            return new DirectoryCheck.Wrong();
        } catch (NamingException e) {
            LOG.warning(() -> "The customer directory could not check a password: " + e);
            throw new DirectoryUnavailableException(e);
        }
        return new DirectoryCheck.Verified(found.identity());
    }

    private record Found(String dn, IdpIdentity identity) {}

    /** The one entry for this address, or null for none or several. */
    private Found find(String email) throws NamingException {
        LdapContext service =
                context(required(bindDn, "bind-dn"), required(bindPassword, "bind-password"));
        try {
            var controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setCountLimit(2);
            controls.setTimeLimit(Integer.parseInt(TIMEOUT_MS));
            controls.setReturningAttributes(
                    new String[] {customerAttribute, nameAttribute, "cn", "mail", "entryUUID"});
            // The address is a filter argument, so JNDI escapes it: no filter injection.
            var results =
                    service.search(
                            required(baseDn, "base-dn"),
                            userFilter,
                            new Object[] {email},
                            controls);
            try {
                if (!results.hasMore()) {
                    return null;
                }
                var entry = results.next();
                if (results.hasMore()) {
                    LOG.warning(
                            "Several directory entries match one e-mail address; none signs in");
                    return null;
                }
                Attributes attributes = entry.getAttributes();
                String dn = entry.getNameInNamespace();
                String name = text(attributes.get(nameAttribute));
                if (name == null) {
                    name = text(attributes.get("cn"));
                }
                String uuid = text(attributes.get("entryUUID"));
                return new Found(
                        dn,
                        new IdpIdentity(
                                "ldap:" + (uuid != null ? uuid : dn),
                                text(attributes.get(customerAttribute)),
                                name == null ? email : name,
                                text(attributes.get("mail")),
                                null));
            } catch (javax.naming.SizeLimitExceededException e) {
                return null;
            } finally {
                results.close();
            }
        } finally {
            service.close();
        }
    }

    private LdapContext context(String principal, String credentials) throws NamingException {
        var env = new Hashtable<String, String>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, required(url, "url"));
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, principal);
        env.put(Context.SECURITY_CREDENTIALS, credentials);
        env.put("com.sun.jndi.ldap.connect.timeout", TIMEOUT_MS);
        env.put("com.sun.jndi.ldap.read.timeout", TIMEOUT_MS);
        // Referrals could send the typed password to another server.
        env.put(Context.REFERRAL, "ignore");
        return new InitialLdapContext(env, null);
    }

    private static String text(Attribute attribute) throws NamingException {
        if (attribute == null || attribute.size() == 0) {
            return null;
        }
        String value = String.valueOf(attribute.get()).strip();
        return value.isEmpty() ? null : value;
    }

    private static String required(Optional<String> value, String key) {
        return value.filter(v -> !v.isBlank())
                .orElseThrow(
                        () ->
                                new DirectoryUnavailableException(
                                        new NamingException(
                                                "identity.ldap." + key + " is not set")));
    }
}

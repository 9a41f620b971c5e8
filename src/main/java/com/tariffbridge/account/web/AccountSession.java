package com.tariffbridge.account.web;

import com.tariffbridge.identity.CustomerLanguages;
import com.tariffbridge.platform.i18n.Languages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.OptionalLong;

/** Who is signed in to the account area in this browser session, if anyone. */
@SessionScoped
public class AccountSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject CustomerLanguages customerLanguages;

    @Inject Languages languages;

    private Long customerId;
    private String displayName;
    private String notice;
    // The IdP's ID token, only as the hint that lets the IdP end its own session at sign-out.
    private String idToken;

    void signedIn(long customerId, String displayName) {
        signedIn(customerId, displayName, null);
    }

    /**
     * Every successful sign-in to the account area ends here; it also remembers the language the
     * pages were shown in, for the mails we send the customer later.
     */
    void signedIn(long customerId, String displayName, String idToken) {
        this.customerId = customerId;
        this.displayName = displayName;
        this.idToken = idToken;
        customerLanguages.remember(customerId, languages.getCurrent());
    }

    String idToken() {
        return idToken;
    }

    public OptionalLong customerId() {
        return customerId == null ? OptionalLong.empty() : OptionalLong.of(customerId);
    }

    /**
     * A one-time message for the next page of the account area ("Done. …"), kept across its
     * redirect.
     */
    void notice(String text) {
        notice = text;
    }

    String takeNotice() {
        String text = notice;
        notice = null;
        return text;
    }

    public String getDisplayName() {
        return displayName;
    }
}

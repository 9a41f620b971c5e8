package com.tariffbridge.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * Remembers the language a customer read our pages in, so what we send them later (the renewal
 * reminder) speaks it too. The web layer calls this where a sign-in has just succeeded: at consent
 * in the connect flow, at sign-in to {@code /account}.
 */
@ApplicationScoped
public class CustomerLanguages {

    static final int MAX_TAG = 16;

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    /**
     * Records {@code language} for the customer. A bulk update of the one column: it writes only
     * when the language changed and leaves the row's version alone, so it never makes a concurrent
     * change of the customer (an IdP sign-in updating the name) fail.
     */
    @Transactional
    public void remember(long customerId, Locale language) {
        if (language == null || language.getLanguage().isEmpty()) {
            return;
        }
        String tag = language.toLanguageTag();
        if (tag.length() > MAX_TAG) {
            return;
        }
        em.createQuery(
                        """
                        update Customer c set c.language = :tag
                        where c.id = :id and (c.language is null or c.language <> :tag)""")
                .setParameter("tag", tag)
                .setParameter("id", customerId)
                .executeUpdate();
    }
}

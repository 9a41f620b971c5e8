package com.tariffbridge.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Joins the caller's transaction, or opens a short one: the entity manager is never used outside
 * one.
 */
@ApplicationScoped
@Transactional
public class CustomerRepository {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    public Optional<Customer> findByEmail(String email) {
        return em.createQuery("select c from Customer c where c.email = :email", Customer.class)
                .setParameter("email", Customer.normalise(email))
                .getResultStream()
                .findFirst();
    }

    public Optional<Customer> findByBillingRef(String billingRef) {
        return em.createQuery("select c from Customer c where c.billingRef = :ref", Customer.class)
                .setParameter("ref", billingRef)
                .getResultStream()
                .findFirst();
    }

    public Optional<Customer> findByIdpSubject(String subject) {
        return em.createQuery(
                        "select c from Customer c where c.idpSubject = :subject", Customer.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    public Optional<Customer> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    public void add(Customer customer) {
        em.persist(customer);
    }
}

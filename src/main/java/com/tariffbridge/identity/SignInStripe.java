package com.tariffbridge.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row that exists only to be locked: attempts at one e-mail address take turns on its stripe,
 * which always exists, so the first attempt at an address nobody has tried has a row to lock and no
 * insert to race.
 */
@Entity
@Table(name = "sign_in_stripe")
public class SignInStripe {

    @Id private int id;

    protected SignInStripe() {}
}

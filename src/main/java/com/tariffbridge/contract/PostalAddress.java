package com.tariffbridge.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class PostalAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "address_line1", nullable = false)
    private String line1;

    @Column(name = "address_line2")
    private String line2;

    @Column(nullable = false)
    private String city;

    private String state;

    @Column(name = "post_code", nullable = false)
    private String postCode;

    @Column(name = "country_code", nullable = false)
    private String countryCode;

    protected PostalAddress() {}

    public PostalAddress(
            String line1,
            String line2,
            String city,
            String state,
            String postCode,
            String countryCode) {
        this.line1 = line1;
        this.line2 = line2;
        this.city = city;
        this.state = state;
        this.postCode = postCode;
        this.countryCode = countryCode;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String city() {
        return city;
    }

    public String state() {
        return state;
    }

    public String postCode() {
        return postCode;
    }

    public String countryCode() {
        return countryCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostalAddress that
                && java.util.Objects.equals(line1, that.line1)
                && java.util.Objects.equals(line2, that.line2)
                && java.util.Objects.equals(city, that.city)
                && java.util.Objects.equals(state, that.state)
                && java.util.Objects.equals(postCode, that.postCode)
                && java.util.Objects.equals(countryCode, that.countryCode);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(line1, line2, city, state, postCode, countryCode);
    }

    /** One line for screens: "1-3 Strand, London WC2N 5EH". */
    public String singleLine() {
        var sb = new StringBuilder(line1);
        if (line2 != null && !line2.isBlank()) {
            sb.append(' ').append(line2);
        }
        return sb.append(", ").append(city).append(' ').append(postCode).toString();
    }
}

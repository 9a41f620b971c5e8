package com.tariffbridge.connect;

/** Where a consent came from, kept with the consent record as evidence. */
public record ClientInfo(String ipAddress, String userAgent) {

    public ClientInfo {
        userAgent =
                userAgent == null || userAgent.length() <= 512
                        ? userAgent
                        : userAgent.substring(0, 512);
        ipAddress =
                ipAddress == null || ipAddress.length() <= 64
                        ? ipAddress
                        : ipAddress.substring(0, 64);
    }
}

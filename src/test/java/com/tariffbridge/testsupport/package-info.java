/**
 * Helpers shared by the black-box ITs: the running server's address, the sandbox FlatPeak over HTTP
 * (as FlatPeak's own test harness would drive it), and a headless Chromium on a phone-sized window.
 */
package com.tariffbridge.testsupport;

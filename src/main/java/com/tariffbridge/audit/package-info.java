/**
 * The audit log: who did what to a consent, grant or token, written in the same transaction as the
 * change it describes, so the log and the data can never disagree.
 */
package com.tariffbridge.audit;

package com.tariffbridge.audit;

/**
 * An audit event of this type was written in the current transaction. Observers that count should
 * observe it {@code during = AFTER_SUCCESS}, so a rolled-back change is never counted.
 */
public record AuditRecorded(String type) {}

package com.tariffbridge.tariff;

import com.tariffbridge.contract.SupplyTerm;
import com.tariffbridge.token.BearerResult;
import java.util.Optional;

/**
 * Everything one poll needs to know about its token, read in one query: whether the token may be
 * used, whose grant it speaks for, the supply's current term and the current snapshot's head.
 */
record PollSubject(
        Optional<BearerResult.Code> refusal,
        long grantId,
        Optional<SupplyTerm> supply,
        Optional<SnapshotHead> snapshot) {}

package org.caseport.shared.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.NoTransactionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets PostgreSQL reuse the plan it keeps for a prepared statement, for the rest of the current
 * transaction.
 *
 * <p>Every connection plans each statement for its own parameters ({@code plan_cache_mode =
 * force_custom_plan}, see {@code docs/decisions.md}), because a plan made once for any parameters
 * can be very slow for a large client. The statements behind every page — the signed-in account,
 * the header's links, the case shown and what the contact may see of it — are looked up by id, so
 * one plan suits every parameter, and planning them on every request cost more than running them.
 * The transactions that read them call this first ({@code SignInAccounts.byId},
 * {@code PortalHeader.links}, {@code PortalQueries.caseView}); nothing else should.
 */
@Component
public class GenericPlans {

    private final JdbcClient jdbc;

    GenericPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Lets the current transaction's statements use a kept generic plan (once per transaction, however
     * many of its parts ask); fails outside a transaction. A {@code @Transactional} caller that joined
     * a transaction begun elsewhere changes nothing: that transaction's other statements may be the
     * kind that needs plans for its parameters.
     */
    public void allowInThisTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("set local only lasts for a transaction, and none is active");
        }
        if (TransactionSynchronizationManager.hasResource(this) || joinedAnOuterTransaction()) {
            return;
        }
        jdbc.sql("set local plan_cache_mode = auto").update();
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(GenericPlans.this);
            }
        });
    }

    private static boolean joinedAnOuterTransaction() {
        try {
            return !TransactionAspectSupport.currentTransactionStatus().isNewTransaction();
        } catch (NoTransactionException begunWithoutTheAspect) {
            return false;
        }
    }
}

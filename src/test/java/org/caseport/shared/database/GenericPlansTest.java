package org.caseport.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.caseport.identity.Actor;
import org.caseport.portal.PortalHeader;
import org.caseport.support.IntegrationTest;
import org.caseport.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class GenericPlansTest extends IntegrationTest {

    @Autowired
    GenericPlans genericPlans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PortalHeader header;

    @Test
    void everyConnectionPlansForItsParametersUnlessATransactionAllowsGenericPlans() {
        assertThat(planCacheMode()).isEqualTo("force_custom_plan");
        String inside = transactions.execute(status -> {
            genericPlans.allowInThisTransaction();
            return planCacheMode();
        });
        assertThat(inside).isEqualTo("auto");
        assertThat(planCacheMode()).as("after the transaction, on the same pooled connections").isEqualTo("force_custom_plan");
    }

    @Test
    void setsTheModeOncePerTransactionHoweverManyPartsAsk() {
        try (SqlStatements.Recording recording = SqlStatements.record()) {
            transactions.executeWithoutResult(status -> {
                genericPlans.allowInThisTransaction();
                genericPlans.allowInThisTransaction();
            });
            transactions.executeWithoutResult(status -> genericPlans.allowInThisTransaction());
            assertThat(recording.sqlAsWritten()).as("one per transaction")
                    .containsExactly("set local plan_cache_mode = auto", "set local plan_cache_mode = auto");
        }
    }

    @Test
    void aLookupJoiningATransactionBegunElsewhereLeavesItsPlansAlone() {
        Actor contact = data.contact(data.client(data.admin()));
        data.grantAllCases(contact);
        String mode = transactions.execute(status -> {
            header.links(contact); // @Transactional, joins this one
            return planCacheMode();
        });
        assertThat(mode).isEqualTo("force_custom_plan");
        String begunHere = transactions.execute(status -> {
            genericPlans.allowInThisTransaction();
            return planCacheMode();
        });
        assertThat(begunHere).as("begun here, without the aspect").isEqualTo("auto");
    }

    @Test
    void refusesOutsideATransactionWhereSetLocalWouldDoNothing() {
        assertThatIllegalStateException().isThrownBy(genericPlans::allowInThisTransaction);
    }

    private String planCacheMode() {
        return jdbc.sql("show plan_cache_mode").query(String.class).single();
    }
}

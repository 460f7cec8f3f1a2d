package io.github.sfhotfix.core.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeCheckSyntaxTest {

    @Test
    void everyFormParses() throws Exception {
        List<String> entries = List.of("org", "count: SELECT COUNT() FROM Account >= 1",
                "apex: scripts/smoke.apex", "errors: SELECT COUNT() FROM Log__c WHERE Level__c = 'Error' warn > 5");

        List<SmokeCheck> checks = SmokeCheckSyntax.parse(entries, "hotfix.yaml line 3");

        assertThat(checks).containsExactly(
                new SmokeCheck.OrgReachable(),
                new SmokeCheck.RecordCount("SELECT COUNT() FROM Account", "SELECT COUNT() FROM Account", 1, null),
                new SmokeCheck.AnonymousApex("apex scripts/smoke.apex", Path.of("scripts/smoke.apex")),
                new SmokeCheck.ErrorCount("SELECT COUNT() FROM Log__c WHERE Level__c = 'Error'",
                        "SELECT COUNT() FROM Log__c WHERE Level__c = 'Error'", 5));
    }

    @Test
    void comparisonsBecomeBounds() throws Exception {
        List<String> entries = List.of("count SELECT COUNT() FROM A > 2", "COUNT: SELECT COUNT() FROM B WHERE X = 3 < 4",
                "count: select count() from C = 0", "count: SELECT COUNT() FROM D <= 9");

        List<SmokeCheck> checks = SmokeCheckSyntax.parse(entries, "default");

        assertThat(checks.get(0)).isEqualTo(new SmokeCheck.RecordCount("SELECT COUNT() FROM A",
                "SELECT COUNT() FROM A", 3, null));
        assertThat(checks.get(1)).isEqualTo(new SmokeCheck.RecordCount("SELECT COUNT() FROM B WHERE X = 3",
                "SELECT COUNT() FROM B WHERE X = 3", null, 3));
        assertThat(checks.get(2)).isEqualTo(new SmokeCheck.RecordCount("select count() from C",
                "select count() from C", 0, 0));
        assertThat(checks.get(3)).isEqualTo(new SmokeCheck.RecordCount("SELECT COUNT() FROM D",
                "SELECT COUNT() FROM D", null, 9));
    }

    @Test
    void invalidEntriesAllReported() {
        List<String> entries = List.of("ping", "count: SELECT COUNT() FROM Account", "apex: smoke.txt",
                "errors: DELETE FROM Log__c warn > 1", "org now", "count: SELECT COUNT() FROM A < 0");

        assertThatThrownBy(() -> SmokeCheckSyntax.parse(entries, "hotfix.yaml line 7"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Smoke check 'ping' (hotfix.yaml line 7, key smoke.checks): unknown kind")
                .hasMessageContaining("'count: SELECT COUNT() FROM Account' (hotfix.yaml line 7, key smoke.checks):"
                        + " count needs a query and a bound")
                .hasMessageContaining("'apex: smoke.txt'")
                .hasMessageContaining("the query 'DELETE FROM Log__c' does not start with SELECT")
                .hasMessageContaining("org takes nothing after it")
                .hasMessageContaining("a count is never below 0")
                .hasMessageContaining("Write each check in one of these forms: org; count:");
    }
}

package io.github.sfhotfix.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfhotfix.core.git.Change;
import io.github.sfhotfix.core.git.ChangeStatus;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataClassifierTest {

    private static final String DEFAULT = "force-app/main/default/";

    @ParameterizedTest
    @CsvSource({
        "classes/AccountService.cls, apex-class, AccountService",
        "classes/AccountService.cls-meta.xml, apex-class, AccountService",
        "classes/AccountServiceTest.cls, apex-test-class, AccountServiceTest",
        "triggers/AccountTrigger.trigger, apex-trigger, AccountTrigger",
        "triggers/AccountTrigger.trigger-meta.xml, apex-trigger, AccountTrigger",
        "lwc/accountList/accountList.js, lwc, accountList",
        "aura/AccountCard/AccountCardController.js, aura, AccountCard",
        "objects/Invoice__c/Invoice__c.object-meta.xml, custom-object, Invoice__c",
        "objects/Invoice__c/fields/Total__c.field-meta.xml, custom-field, Invoice__c.Total__c",
        "objects/Invoice__c/listViews/All.listView-meta.xml, custom-object, Invoice__c",
        "flows/Refund.flow-meta.xml, flow, Refund",
        "profiles/Admin.profile-meta.xml, profile, Admin",
        "permissionsets/Billing.permissionset-meta.xml, permission-set, Billing",
        "sharingRules/Account.sharingRules-meta.xml, sharing-rules, Account",
        "customMetadata/Fee.Card.md-meta.xml, custom-metadata, Fee",
        "staticresources/logo.resource-meta.xml, static-resource, logo",
        "staticresources/charts/chart.js, static-resource, charts",
        "layouts/Account-Layout.layout-meta.xml, other, Account-Layout",
    })
    void classifiesSourceFormatPaths(String path, String kind, String component) throws Exception {
        MetadataClassifier classifier = new MetadataClassifier(project());
        Change change = new Change(DEFAULT + path, null, ChangeStatus.MODIFIED, "0");

        ClassifiedChange classified = classifier.classify(change, Set.of("accountservicetest"));

        assertThat(classified.kind().label()).isEqualTo(kind);
        assertThat(classified.component()).isEqualTo(component);
        assertThat(classified.isDeployable()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"README.md", "scripts/apex/cleanup.apex", "force-application/classes/Foo.cls"})
    void pathsOutsidePackageDirectoriesAreNotDeployable(String path) throws Exception {
        MetadataClassifier classifier = new MetadataClassifier(project());

        ClassifiedChange classified = classifier.classify(new Change(path, null, ChangeStatus.ADDED, "0"), Set.of());

        assertThat(classified.kind()).isEqualTo(MetadataKind.NON_DEPLOYABLE);
        assertThat(classified.isDeployable()).isFalse();
    }

    private static SfdxProject project() throws Exception {
        return SfdxProject.parse("sfdx-project.json", "",
                "{\"packageDirectories\": [{\"path\": \"force-app\"}, {\"path\": \"./unpackaged/\"}]}"
                        .getBytes(StandardCharsets.UTF_8));
    }
}

package io.github.sfhotfix.core.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollbackPlannerTest {

    private static final String OLD_HELPER = "force-app/main/default/classes/TaxHelper.cls";
    private static final String NEW_CLASS = "force-app/main/default/classes/TaxTable.cls";
    private static final String NEW_FIELD = "force-app/main/default/objects/Invoice__c/fields/Tax__c.field-meta.xml";
    private static final String CARD_JS = "force-app/main/default/lwc/invoiceCard/invoiceCard.js";
    private static final String NEW_BUNDLE_JS = "force-app/main/default/lwc/taxBadge/taxBadge.js";

    @TempDir
    Path folder;

    Path project;
    Git git;
    RevCommit tag;

    @BeforeEach
    void createRepository() throws Exception {
        project = SfProject.create(folder.resolve("project"));
        SfProject.write(project, OLD_HELPER, "public class TaxHelper { /* v1 */ }\n");
        SfProject.write(project, OLD_HELPER + "-meta.xml", "<ApexClass/>\n");
        SfProject.write(project, CARD_JS, "export default class InvoiceCard {} // v1\n");
        SfProject.write(project, "force-app/main/default/lwc/invoiceCard/invoiceCard.js-meta.xml", "<Bundle/>\n");
        git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call();
        git.add().addFilepattern(".").call();
        tag = git.commit().setMessage("Release 1.0.0").setAuthor("Dev", "dev@example.com")
                .setCommitter("Dev", "dev@example.com").call();
        git.tag().setName("v1.0.0").setObjectId(tag).setAnnotated(true).setMessage("1.0.0").call();
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    private List<ChangedFile> hotfixChanges() {
        return List.of(
                ChangedFile.of(SfProject.CLASS, ChangedFile.Type.MODIFIED),
                ChangedFile.of(OLD_HELPER, ChangedFile.Type.DELETED),
                ChangedFile.of(NEW_CLASS, ChangedFile.Type.ADDED),
                ChangedFile.of(NEW_CLASS + "-meta.xml", ChangedFile.Type.ADDED),
                ChangedFile.of(NEW_FIELD, ChangedFile.Type.ADDED),
                ChangedFile.of(CARD_JS, ChangedFile.Type.MODIFIED),
                ChangedFile.of(NEW_BUNDLE_JS, ChangedFile.Type.ADDED),
                ChangedFile.of("force-app/main/default/labels/CustomLabels.labels-meta.xml",
                        ChangedFile.Type.ADDED));
    }

    @Test
    void modifiedAndDeletedFilesAreRestored() throws Exception {
        RollbackPlan plan = new RollbackPlanner(git.getRepository()).plan("v1.0.0", hotfixChanges());

        assertThat(plan.restorePaths()).contains(SfProject.CLASS, SfProject.CLASS + "-meta.xml", OLD_HELPER,
                OLD_HELPER + "-meta.xml", CARD_JS, "force-app/main/default/lwc/invoiceCard/invoiceCard.js-meta.xml");
        assertThat(plan.deployRoots()).containsExactly(SfProject.CLASS, OLD_HELPER,
                "force-app/main/default/lwc/invoiceCard");
    }

    @Test
    void addedFilesBecomeRemovals() throws Exception {
        RollbackPlan plan = new RollbackPlanner(git.getRepository()).plan("v1.0.0", hotfixChanges());

        assertThat(plan.removals()).containsExactly(new MetadataComponent("ApexClass", "TaxTable"),
                new MetadataComponent("CustomField", "Invoice__c.Tax__c"),
                new MetadataComponent("LightningComponentBundle", "taxBadge"));
        assertThat(plan.manualRemovals()).containsExactly(
                "force-app/main/default/labels/CustomLabels.labels-meta.xml");
    }

    @Test
    void renameRestoresOldAndRemovesNew() throws Exception {
        ChangedFile rename = new ChangedFile("force-app/main/default/classes/TaxCalculator.cls",
                ChangedFile.Type.RENAMED, OLD_HELPER);

        RollbackPlan plan = new RollbackPlanner(git.getRepository()).plan("v1.0.0", List.of(rename));

        assertThat(plan.deployRoots()).containsExactly(OLD_HELPER);
        assertThat(plan.removals()).containsExactly(new MetadataComponent("ApexClass", "TaxCalculator"));
    }

    @Test
    void materialisedFolderHoldsTagVersions() throws Exception {
        RollbackPlanner planner = new RollbackPlanner(git.getRepository());
        RollbackPlan plan = planner.plan("v1.0.0", hotfixChanges());
        Path target = folder.resolve("rollback");
        Files.writeString(project.resolve(OLD_HELPER), "changed in the work tree");

        planner.materialise(plan, target);

        assertThat(target.resolve(OLD_HELPER)).hasContent("public class TaxHelper { /* v1 */ }");
        assertThat(target.resolve(CARD_JS)).hasContent("export default class InvoiceCard {} // v1");
        assertThat(Files.readString(target.resolve("sfdx-project.json")))
                .contains("\"path\" : \"force-app\"").contains("\"sourceApiVersion\" : \"62.0\"");
    }

    @Test
    void materialisedManifestsListRemovals() throws Exception {
        RollbackPlanner planner = new RollbackPlanner(git.getRepository());
        RollbackPlan plan = planner.plan("v1.0.0", hotfixChanges());
        Path target = folder.resolve("rollback");

        planner.materialise(plan, target);

        String destructive = Files.readString(target.resolve("destructive/destructiveChangesPost.xml"));
        assertThat(destructive).contains("<members>TaxTable</members>\n        <name>ApexClass</name>");
        assertThat(destructive).contains("<members>Invoice__c.Tax__c</members>\n        <name>CustomField</name>");
        assertThat(Files.readString(target.resolve("destructive/package.xml")))
                .doesNotContain("<types>").contains("<version>62.0</version>");
    }

    @Test
    void planDescribesTwoDeploys() throws Exception {
        RollbackPlan plan = new RollbackPlanner(git.getRepository()).plan("v1.0.0", hotfixChanges());
        Path target = folder.resolve("rollback");

        List<String> lines = plan.describe("prod", TestLevel.RUN_SPECIFIED_TESTS, List.of("InvoiceServiceTest"), 30,
                target);

        assertThat(lines.get(1)).isEqualTo("sf project deploy start --test-level RunSpecifiedTests --tests"
                + " InvoiceServiceTest --wait 30 --target-org prod --json --source-dir " + SfProject.CLASS
                + " --source-dir " + OLD_HELPER + " --source-dir force-app/main/default/lwc/invoiceCard");
        assertThat(lines.get(2)).endsWith("--manifest destructive/package.xml --post-destructive-changes"
                + " destructive/destructiveChangesPost.xml");
        assertThat(lines.get(3)).contains("remove by hand").contains("CustomLabels");
        assertThat(target).doesNotExist();
    }

    @Test
    void changeMissingFromTagIsRejected() {
        List<ChangedFile> changes = List.of(ChangedFile.of("force-app/main/default/classes/Ghost.cls",
                ChangedFile.Type.MODIFIED));

        assertThatThrownBy(() -> new RollbackPlanner(git.getRepository()).plan("v1.0.0", changes))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Ghost.cls (MODIFIED) is not in v1.0.0");
    }

    @Test
    void unknownTagIsRejected() {
        assertThatThrownBy(() -> new RollbackPlanner(git.getRepository()).plan("v9.9.9", hotfixChanges()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("'v9.9.9'")
                .hasMessageContaining("git fetch --tags");
    }

    @Test
    void metadataTypesFromPaths() {
        assertThat(MetadataComponent.forPath("force-app/main/default/triggers/InvoiceTrigger.trigger"))
                .contains(new MetadataComponent("ApexTrigger", "InvoiceTrigger"));
        assertThat(MetadataComponent.forPath("force-app/main/default/aura/invoiceApp/invoiceApp.cmp"))
                .contains(new MetadataComponent("AuraDefinitionBundle", "invoiceApp"));
        assertThat(MetadataComponent.forPath("force-app/main/default/objects/Invoice__c/Invoice__c.object-meta.xml"))
                .contains(new MetadataComponent("CustomObject", "Invoice__c"));
        assertThat(MetadataComponent.forPath("force-app/main/default/flows/Invoice_Approval.flow-meta.xml"))
                .contains(new MetadataComponent("Flow", "Invoice_Approval"));
        assertThat(MetadataComponent.forPath("README.md")).isEmpty();
    }
}

package io.github.sfhotfix.core.validate;

import static io.github.sfhotfix.core.testing.TestRepository.CLASSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.git.ChangeStatus;
import io.github.sfhotfix.core.project.ClassifiedChange;
import io.github.sfhotfix.core.project.MetadataKind;
import io.github.sfhotfix.core.testing.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotfixValidatorTest {

    @TempDir
    Path folder;

    private ValidationResult validate(TestRepository repository) throws HotfixException {
        return validate(ValidationRequest.builder(repository.root()));
    }

    private ValidationResult validate(ValidationRequest.Builder request) throws HotfixException {
        return new HotfixValidator().validate(request.outputDirectory(folder.resolve("out")).build());
    }

    private static List<String> rules(ValidationResult result) {
        return result.findings().stream().map(finding -> finding.rule() + ":" + finding.level()).toList();
    }

    private TestRepository hotfixBranch() throws Exception {
        TestRepository repository = TestRepository.withRelease(folder.resolve("repo"));
        repository.checkoutNew("hotfix/fix-count", "v1.2.3");
        repository.writeClass("AccountService", "public class AccountService { public static Integer count() { return 2; } }");
        repository.hotfixCommit("count accounts correctly");
        return repository;
    }

    @Test
    void validHotfixPasses() throws Exception {
        try (TestRepository repository = hotfixBranch()) {

            ValidationResult result = validate(repository);

            assertThat(result.findings()).isEmpty();
            assertThat(result.failed()).isFalse();
            assertThat(result.branch()).isEqualTo("hotfix/fix-count");
            assertThat(result.productionTag().name()).isEqualTo("v1.2.3");
            assertThat(result.tests().testNames()).containsExactly("AccountServiceTest");
            assertThat(result.changes()).extracting(ClassifiedChange::path)
                    .containsExactly(CLASSES + "AccountService.cls");
            assertThat(result.changes().get(0).kind()).isEqualTo(MetadataKind.APEX_CLASS);
        }
    }

    @Test
    void branchCutFromDevelopFailsListingCommits() throws Exception {
        try (TestRepository repository = TestRepository.withRelease(folder.resolve("repo"))) {
            repository.checkout("develop");
            repository.writeClass("Planned", "public class Planned {}");
            repository.commit("Add planned feature");
            repository.checkoutNew("hotfix/fix-count", "develop");
            repository.writeClass("AccountService", "public class AccountService { }");
            repository.hotfixCommit("fix count");

            ValidationResult result = validate(repository);

            Finding base = result.findings().stream().filter(f -> f.rule().equals("base")).findFirst().orElseThrow();
            assertThat(base.level()).isEqualTo(FindingLevel.ERROR);
            assertThat(base.message()).contains("Add planned feature").contains("develop");
            assertThat(base.fix()).contains("v1.2.3");
            assertThat(result.failed()).isTrue();
        }
    }

    @Test
    void branchNotBasedOnTagFails() throws Exception {
        try (TestRepository repository = TestRepository.create(folder.resolve("repo"))) {
            repository.writeClass("AccountService", "public class AccountService {}");
            repository.commit("Release");
            repository.tag("v1.0.0");
            repository.git().checkout().setOrphan(true).setName("hotfix/orphan").call();
            repository.writeClass("AccountService", "public class AccountService { Integer x; }");
            repository.hotfixCommit("unrelated history");

            ValidationResult result = validate(repository);

            assertThat(result.findings()).anySatisfy(finding -> {
                assertThat(finding.rule()).isEqualTo("base");
                assertThat(finding.message()).contains("is not based on the production tag v1.0.0");
            });
        }
    }

    @Test
    void missingIntegrationBranchIsNotedOnce() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.git().branchDelete().setBranchNames("develop").setForce(true).call();

            ValidationResult result = validate(repository);

            assertThat(result.notes()).filteredOn(note -> note.contains("'develop' not found")).hasSize(1);
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void commitWithoutPrefixIssueOrSeverityIsReported() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.writeClass("AccountService", "public class AccountService { Integer y; }");
            repository.commit("quick tweak");

            ValidationResult result = validate(repository);

            assertThat(rules(result)).containsExactly("commit-message:error", "commit-message:error",
                    "commit-message:warning");
            assertThat(result.findings().get(0).message()).contains("'quick tweak' does not start with 'hotfix:'");
            assertThat(result.findings().get(1).message()).contains("names no issue");
            assertThat(result.findings().get(2).message()).contains("gives no severity");
        }
    }

    @Test
    void issueAndSeverityInBodyAreAccepted() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.writeClass("AccountService", "public class AccountService { Integer z; }");
            repository.commit("hotfix: second part\n\nFollow-up for PAY-991, severity high.");

            ValidationResult result = validate(repository);

            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void unknownSeverityIsReported() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.writeClass("AccountService", "public class AccountService { Integer z; }");
            repository.commit("hotfix: part two\n\nSeverity: urgent\nIssue: #1");

            ValidationResult result = validate(repository);

            assertThat(result.findings()).singleElement()
                    .satisfies(finding -> assertThat(finding.message()).contains("severity 'urgent'"));
        }
    }

    @Test
    void levelsFromPolicyFileApply() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.write("hotfix.yaml", "commits:\n  issue: warning\n  severity: off\n");
            repository.writeClass("AccountService", "public class AccountService { Integer y; }");
            repository.commit("hotfix: no facts given");

            ValidationResult result = validate(repository);

            assertThat(rules(result)).containsExactly("commit-message:warning");
        }
    }

    @Test
    void mergeCommitsAreExemptFromMessageRules() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.checkoutNew("hotfix/part", "hotfix/fix-count");
            repository.writeClass("Helper", "public class Helper { }");
            repository.writeClass("HelperTest", "@IsTest class HelperTest { @IsTest static void t() { Helper h; } }");
            repository.hotfixCommit("add helper");
            repository.checkout("hotfix/fix-count");
            repository.git().merge().include(repository.head() == null ? null
                    : repository.git().getRepository().resolve("hotfix/part"))
                    .setFastForward(MergeCommand.FastForwardMode.NO_FF).setMessage("Merge branch 'hotfix/part'")
                    .call();

            ValidationResult result = validate(repository);

            assertThat(result.commits()).anyMatch(commit -> commit.isMerge());
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void wrongBranchNameFails() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.git().branchRename().setNewName("feature/fix-count").call();

            ValidationResult result = validate(repository);

            assertThat(result.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.rule()).isEqualTo("branch");
                assertThat(finding.message()).contains("'feature/fix-count' does not start with 'hotfix/'");
                assertThat(finding.fix()).contains("git branch -m feature/fix-count hotfix/fix-count");
            });
        }
    }

    @Test
    void branchWithoutIssueKeyFailsWhenRequired() throws Exception {
        try (TestRepository repository = hotfixBranch()) {

            ValidationResult result = validate(ValidationRequest.builder(repository.root())
                    .override("branch.requireIssueKey", "true"));

            assertThat(rules(result)).containsExactly("branch:error");
        }
    }

    @Test
    void detachedHeadUsesCiVariable() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.detachHead();

            ValidationResult result = validate(ValidationRequest.builder(repository.root())
                    .environment(Map.of("GITHUB_REF_NAME", "hotfix/fix-count")));

            assertThat(result.branch()).isEqualTo("hotfix/fix-count");
            assertThat(result.branchSource()).isEqualTo("environment variable GITHUB_REF_NAME");
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void detachedHeadWithoutBranchNameIsRejected() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.detachHead();

            assertThatThrownBy(() -> validate(repository))
                    .isInstanceOf(RejectedInputException.class)
                    .hasMessageContaining("HEAD is detached")
                    .hasMessageContaining("-Dhotfix.branch");
        }
    }

    @Test
    void tooManyFilesWarnsAndHardLimitFails() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            for (int i = 0; i < 3; i++) {
                repository.writeClass("Extra" + i, "public class Extra" + i + " { }");
            }
            repository.hotfixCommit("more files");

            ValidationResult warned = validate(ValidationRequest.builder(repository.root()).override("tests.fallback",
                    "RunLocalTests"));
            ValidationResult failed = validate(ValidationRequest.builder(repository.root())
                    .override("tests.fallback", "RunLocalTests").override("scope.hardLimit", "6"));

            assertThat(warned.findings()).filteredOn(f -> f.rule().equals("scope")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.level()).isEqualTo(FindingLevel.WARNING);
                        assertThat(f.message()).startsWith("7 deployable files changed, above the limit of 5");
                    });
            assertThat(failed.findings()).filteredOn(f -> f.rule().equals("scope")).singleElement()
                    .satisfies(f -> assertThat(f.level()).isEqualTo(FindingLevel.ERROR));
        }
    }

    @Test
    void failOnWarningFailsOnWarningsAlone() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.write("force-app/main/default/profiles/Admin.profile-meta.xml", "<Profile/>");
            repository.hotfixCommit("grant access");

            ValidationResult lenient = validate(repository);
            ValidationResult strict = validate(ValidationRequest.builder(repository.root())
                    .override("failOnWarning", "true"));

            assertThat(lenient.warnings()).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("profile Admin"));
            assertThat(lenient.failed()).isFalse();
            assertThat(strict.failed()).isTrue();
        }
    }

    @Test
    void allowedPathsRejectOtherFiles() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.write("hotfix.yaml", "scope:\n  allowedPaths:\n    - force-app/main/default/classes/**\n");
            repository.write("scripts/cleanup.apex", "delete [SELECT Id FROM Account];");
            repository.hotfixCommit("add script");

            ValidationResult result = validate(repository);

            assertThat(result.findings()).filteredOn(f -> f.rule().equals("scope")).extracting(Finding::value)
                    .containsExactly("hotfix.yaml", "scripts/cleanup.apex");
        }
    }

    @Test
    void untestedClassFailsUnlessFallback() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.writeClass("Orphan", "public class Orphan { }");
            repository.hotfixCommit("add orphan");

            ValidationResult strict = validate(repository);
            ValidationResult fallback = validate(ValidationRequest.builder(repository.root())
                    .override("tests.fallback", "RunLocalTests"));

            assertThat(strict.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("tests");
                assertThat(f.level()).isEqualTo(FindingLevel.ERROR);
                assertThat(f.message()).contains("Orphan");
            });
            assertThat(fallback.findings()).singleElement()
                    .satisfies(f -> assertThat(f.level()).isEqualTo(FindingLevel.WARNING));
        }
    }

    @Test
    void renameAndDeleteAreClassified() throws Exception {
        String body = "public class AccountCounter {\n    public static Integer count() {\n        Integer total = 0;\n"
                + "        for (Integer i = 0; i < 10; i++) {\n            total += i;\n        }\n"
                + "        return total;\n    }\n}\n";
        try (TestRepository repository = TestRepository.create(folder.resolve("repo"))) {
            repository.writeClass("AccountService", body.replace("AccountCounter", "AccountService"));
            repository.writeClass("AccountServiceTest",
                    "@IsTest class AccountServiceTest { @IsTest static void t() { AccountCounter.count(); } }");
            repository.commit("Release 1.2.3");
            repository.tag("v1.2.3");
            repository.checkoutNew("hotfix/rename", "v1.2.3");
            repository.delete(CLASSES + "AccountService.cls");
            repository.write(CLASSES + "AccountCounter.cls", body);
            repository.delete(CLASSES + "AccountServiceTest.cls-meta.xml");
            repository.hotfixCommit("rename service");

            ValidationResult result = validate(repository);

            assertThat(result.changes()).extracting(c -> c.change().status() + " " + c.path())
                    .containsExactly("renamed " + CLASSES + "AccountCounter.cls",
                            "deleted " + CLASSES + "AccountServiceTest.cls-meta.xml");
            ClassifiedChange renamed = result.changes().get(0);
            assertThat(renamed.change().oldPath()).isEqualTo(CLASSES + "AccountService.cls");
            assertThat(renamed.kind()).isEqualTo(MetadataKind.APEX_CLASS);
            assertThat(result.tests().testNames()).containsExactly("AccountServiceTest");
            assertThat(result.findings()).anySatisfy(f -> assertThat(f.message()).startsWith("Deletes apex-test-class"));
        }
    }

    @Test
    void twoPartTagsOrderedByVersion() throws Exception {
        try (TestRepository repository = TestRepository.create(folder.resolve("repo"))) {
            repository.writeClass("AccountService", "public class AccountService {}");
            repository.writeClass("AccountServiceTest", "@IsTest class AccountServiceTest { @IsTest static void t() { AccountService s; } }");
            repository.commit("Release 3.99");
            repository.tag("rel/3.99");
            repository.writeClass("AccountService", "public class AccountService { Integer a; }");
            repository.commit("Release 3.236");
            repository.tag("rel/3.236");
            repository.writeClass("AccountService", "public class AccountService { Integer b; }");
            repository.commit("Release candidate");
            repository.tag("rel/3.300-rc1");
            repository.checkoutNew("hotfix/fix", "rel/3.236");
            repository.writeClass("AccountService", "public class AccountService { Integer c; }");
            repository.hotfixCommit("fix");

            ValidationResult result = validate(ValidationRequest.builder(repository.root())
                    .override("tagPattern", "rel/{version}"));

            assertThat(result.productionTag().name()).isEqualTo("rel/3.236");
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void preReleaseTagsAreIgnored() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.checkout("develop");
            repository.tag("v1.3.0-rc1");
            repository.checkout("hotfix/fix-count");

            ValidationResult result = validate(repository);

            assertThat(result.productionTag().name()).isEqualTo("v1.2.3");
        }
    }

    @Test
    void noMatchingTagNamesPatternAndTags() throws Exception {
        try (TestRepository repository = hotfixBranch()) {

            assertThatThrownBy(() -> validate(ValidationRequest.builder(repository.root())
                    .override("tagPattern", "release-{version}")))
                    .isInstanceOf(RejectedInputException.class)
                    .hasMessageContaining("no tag matches the pattern 'release-{version}'")
                    .hasMessageContaining("Tags seen: v1.2.3");
        }
    }

    @Test
    void repositoryWithoutTagsIsRejected() throws Exception {
        try (TestRepository repository = TestRepository.create(folder.resolve("repo"))) {
            repository.commit("Initial");

            assertThatThrownBy(() -> validate(repository))
                    .isInstanceOf(RejectedInputException.class)
                    .hasMessageContaining("the repository has no tags");
        }
    }

    @Test
    void missingProjectFileSaysWhereItLooked() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.delete("sfdx-project.json");
            repository.hotfixCommit("drop project");

            assertThatThrownBy(() -> validate(repository))
                    .isInstanceOf(RejectedInputException.class)
                    .hasMessageContaining("No sfdx-project.json in the committed HEAD at sfdx-project.json");
        }
    }

    @Test
    void malformedProjectFileNamesLine() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.write("sfdx-project.json", "{\n  \"packageDirectories\": [\n    {\"path\": }\n  ]\n}");
            repository.hotfixCommit("break project");

            assertThatThrownBy(() -> validate(repository))
                    .isInstanceOf(RejectedInputException.class)
                    .hasMessageContaining("sfdx-project.json line 3: malformed JSON");
        }
    }

    @Test
    void notAGitRepositoryIsAnEnvironmentFailure() {

        assertThatThrownBy(() -> validate(ValidationRequest.builder(folder)))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("Not a git repository");
    }

    @Test
    void severalPackageDirectoriesAreDeployable() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.write("sfdx-project.json", "{\"packageDirectories\": [{\"path\": \"force-app\"},"
                    + " {\"path\": \"sfdx-source/payments/\"}]}");
            repository.write("sfdx-source/payments/classes/Payments.cls", "public class Payments { }");
            repository.write("sfdx-source/payments/classes/PaymentsTest.cls",
                    "@IsTest class PaymentsTest { @IsTest static void t() { new Payments(); } }");
            repository.write("docs/notes.md", "notes");
            repository.hotfixCommit("payments");

            ValidationResult result = validate(repository);

            assertThat(result.changes()).filteredOn(ClassifiedChange::isDeployable).extracting(ClassifiedChange::path)
                    .contains("sfdx-source/payments/classes/Payments.cls");
            assertThat(result.changes()).filteredOn(c -> !c.isDeployable()).extracting(ClassifiedChange::path)
                    .containsExactly("docs/notes.md", "sfdx-project.json");
            assertThat(result.tests().testNames()).contains("PaymentsTest", "AccountServiceTest");
        }
    }

    @Test
    void dirtyTreeIsNotedAndOutputFolderIgnored() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.write("force-app/main/default/classes/AccountService.cls", "public class AccountService { }");
            Path output = repository.root().resolve("target/hotfix");
            Files.createDirectories(output);
            Files.writeString(output.resolve("validate.json"), "{}");

            ValidationResult result = new HotfixValidator().validate(
                    ValidationRequest.builder(repository.root()).outputDirectory(output).build());

            assertThat(result.uncommittedPaths()).containsExactly(CLASSES + "AccountService.cls");
            assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("1 uncommitted change(s)"));
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void shallowCloneMissingBaseIsAnEnvironmentFailure() throws Exception {
        try (TestRepository origin = hotfixBranch()) {
            origin.writeClass("AccountService", "public class AccountService { Integer q; }");
            origin.hotfixCommit("second");
            Path clone = folder.resolve("clone");
            try (Git shallow = Git.cloneRepository().setURI(origin.root().toUri().toString())
                    .setDirectory(clone.toFile()).setBranch("hotfix/fix-count").setDepth(1).call()) {
                shallow.fetch().setRefSpecs("+refs/tags/*:refs/tags/*").call();
            }

            assertThatThrownBy(() -> validate(ValidationRequest.builder(clone)))
                    .isInstanceOf(EnvironmentException.class)
                    .hasMessageContaining("shallow")
                    .hasMessageContaining("v1.2.3")
                    .hasMessageContaining("git fetch --unshallow")
                    .hasMessageContaining("fetch-depth: 0");
        }
    }

    @Test
    void mergeBaseModeStartsAtProductionBranch() throws Exception {
        try (TestRepository repository = hotfixBranch()) {

            ValidationResult result = validate(ValidationRequest.builder(repository.root())
                    .override("base", "merge-base"));

            assertThat(result.baseMode().toString()).isEqualTo("merge-base");
            assertThat(result.baseCommit()).isEqualTo(result.productionTag().commit().name());
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void classFoldersWithSpacesRead() throws Exception {
        try (TestRepository repository = TestRepository.create(folder.resolve("repo"))) {
            repository.write("force-app/main/default/classes/Data Recipes/SOQLRecipes.cls",
                    "public class SOQLRecipes { public static Integer count() { return 1; } }");
            repository.write("force-app/tests/Data Recipes/SOQLRecipes_Tests.cls",
                    "@IsTest private class SOQLRecipes_Tests { @IsTest static void counts() { SOQLRecipes.count(); } }");
            repository.write("force-app/tests/Data Recipes/DynamicSOQLRecipes_Tests.cls",
                    "@IsTest private class DynamicSOQLRecipes_Tests { @IsTest static void t() {"
                            + " String name = 'SOQLRecipes'; DynamicSOQLRecipes.run(); } }");
            repository.commit("Release");
            repository.tag("v62.0.5");
            repository.checkoutNew("hotfix/fix-soql", "v62.0.5");
            repository.write("force-app/main/default/classes/Data Recipes/SOQLRecipes.cls",
                    "public class SOQLRecipes { public static Integer count() { return 2; } }");
            repository.hotfixCommit("fix count");

            ValidationResult result = validate(repository);

            assertThat(result.changes()).singleElement().satisfies(change -> {
                assertThat(change.path()).isEqualTo("force-app/main/default/classes/Data Recipes/SOQLRecipes.cls");
                assertThat(change.kind()).isEqualTo(MetadataKind.APEX_CLASS);
            });
            assertThat(result.tests().testNames()).containsExactly("SOQLRecipes_Tests");
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void stringMentionIsNamedOrSelected() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.writeClass("ALLO_Allocations_TDTM", "public class ALLO_Allocations_TDTM { }");
            repository.writeClass("ALLO_Allocations_TEST", "@isTest private class ALLO_Allocations_TEST {"
                    + " @isTest static void t() { TDTM.toggle('Opportunity', 'ALLO_Allocations_TDTM', false); } }");
            repository.hotfixCommit("allocations");

            ValidationResult strict = validate(repository);
            ValidationResult dynamic = validate(ValidationRequest.builder(repository.root())
                    .override("tests.stringReferences", "true"));

            assertThat(strict.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.rule()).isEqualTo("tests");
                assertThat(finding.message()).contains("No Apex test references ALLO_Allocations_TDTM.")
                        .contains("ALLO_Allocations_TEST names ALLO_Allocations_TDTM in a string literal")
                        .contains("tests.stringReferences");
                assertThat(finding.fix()).startsWith("Select the tests named above with"
                        + " -Dhotfix.tests.stringReferences=true");
            });
            assertThat(dynamic.findings()).isEmpty();
            assertThat(dynamic.tests().tests()).anySatisfy(test -> {
                assertThat(test.name()).isEqualTo("ALLO_Allocations_TEST");
                assertThat(test.reasons()).contains("names ALLO_Allocations_TDTM in a string literal");
            });
        }
    }

    @Test
    void unreadableApexIsNotedAndRestValidated() throws Exception {
        try (TestRepository repository = hotfixBranch()) {
            repository.write(CLASSES + "Broken.cls", "@IsTest class Broken { /* never closed ");
            repository.hotfixCommit("add broken");

            ValidationResult result = validate(repository);

            assertThat(result.notes()).anySatisfy(note -> assertThat(note)
                    .startsWith("Apex file " + CLASSES + "Broken.cls could not be analysed"));
            assertThat(result.tests().testNames()).containsExactly("AccountServiceTest");
            assertThat(result.findings()).anySatisfy(f -> assertThat(f.value()).isEqualTo(CLASSES + "Broken.cls"));
        }
    }
}

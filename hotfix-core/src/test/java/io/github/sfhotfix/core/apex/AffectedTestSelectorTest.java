package io.github.sfhotfix.core.apex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AffectedTestSelectorTest {

    private static final String CLASSES = "force-app/main/default/classes/";
    private static final String TRIGGERS = "force-app/main/default/triggers/";

    private final List<ApexAnalysis> files = new ArrayList<>();

    private void cls(String name, String source) {
        files.add(ApexFileAnalyzer.analyze(CLASSES + name + ".cls", source));
    }

    private void test(String name, String body) {
        cls(name, "@IsTest private class " + name + " { @IsTest static void runs() { " + body + " } }");
    }

    private void trigger(String name, String source) {
        files.add(ApexFileAnalyzer.analyze(TRIGGERS + name + ".trigger", source));
    }

    private TestSelection select(List<String> changed) {
        return select(TestSelectionOptions.defaults(), changed, List.of());
    }

    private TestSelection select(TestSelectionOptions options, List<String> changed, List<String> deleted) {
        return new AffectedTestSelector(options).select(ApexIndex.of(files), changed, deleted);
    }

    private static SelectedTest only(TestSelection selection) {
        assertThat(selection.tests()).hasSize(1);
        return selection.tests().get(0);
    }

    @Test
    void eachDefaultConventionSelectsTest() {
        String[] testNames = {"AccountServiceTest", "AccountService_Test", "AccountServiceTests",
                "AccountService_Tests"};

        for (String testName : testNames) {
            files.clear();
            cls("AccountService", "public class AccountService { }");
            test(testName, "System.assert(true);");

            SelectedTest selected = only(select(List.of(CLASSES + "AccountService.cls")));

            assertThat(selected.name()).isEqualTo(testName);
            String convention = testName.replace("AccountService", "{name}");
            assertThat(selected.reasons()).containsExactly("naming convention " + convention + " for AccountService");
        }
    }

    @Test
    void conventionMatchesUppercaseName() {
        cls("Foo", "public class Foo { }");
        test("FOO_TEST", "System.assert(true);");

        TestSelection selection = select(List.of(CLASSES + "Foo.cls"));

        assertThat(selection.testNames()).containsExactly("FOO_TEST");
    }

    @Test
    void customConventionReplacesDefaults() throws RejectedInputException {
        cls("Foo", "public class Foo { }");
        test("FooTest", "System.assert(true);");
        test("Test_Foo", "System.assert(true);");
        TestSelectionOptions options = TestSelectionOptions.of(List.of("Test_{name}"), 1);

        TestSelection selection = select(options, List.of(CLASSES + "Foo.cls"), List.of());

        assertThat(selection.testNames()).containsExactly("Test_Foo");
    }

    @Test
    void conventionNameWithoutIsTestNotSelected() {
        cls("Foo", "public class Foo { }");
        cls("FooTest", "public class FooTest { @IsTest static void runs() { } }");

        TestSelection selection = select(List.of(CLASSES + "Foo.cls"));

        assertThat(selection.tests()).isEmpty();
        assertThat(selection.untested()).containsExactly("Foo");
    }

    @Test
    void testWithoutSuffixFoundByReference() {
        cls("AccountService", "public class AccountService { }");
        test("BillingScenarios", "new ACCOUNTSERVICE();");
        test("Unrelated", "System.assert(true);");

        SelectedTest selected = only(select(List.of(CLASSES + "AccountService.cls")));

        assertThat(selected.name()).isEqualTo("BillingScenarios");
        assertThat(selected.reasons()).containsExactly("references AccountService");
    }

    @Test
    void referenceInCommentOrStringNotCounted() {
        cls("AccountService", "public class AccountService { }");
        test("LineCommentCheck", "// AccountService.run();");
        test("BlockCommentCheck", "/* AccountService.run(); */");
        test("StringCheck", "String s = 'AccountService';");

        TestSelection selection = select(List.of(CLASSES + "AccountService.cls"));

        assertThat(selection.tests()).isEmpty();
    }

    @Test
    void namespacedAndInnerReferencesSelect() {
        cls("Foo", "public class Foo { public class Inner { } }");
        test("NamespacedCheck", "fflib_ns.Foo.run();");
        test("InnerCheck", "Foo.Inner value = new Foo.Inner();");

        TestSelection selection = select(List.of(CLASSES + "Foo.cls"));

        assertThat(selection.testNames()).containsExactly("InnerCheck", "NamespacedCheck");
    }

    @Test
    void changedTestSelectsItself() {
        test("AccountServiceTest", "System.assert(true);");

        SelectedTest selected = only(select(List.of(CLASSES + "AccountServiceTest.cls")));

        assertThat(selected.reasons()).containsExactly("changed test class");
    }

    @Test
    void testNeverReferencesItself() {
        cls("Foo", "public class Foo { }");
        cls("FooTest", "@IsTest class FooTest { @IsTest static void runs() { FooTest.helper(); new Foo(); } "
                + "static void helper() { } }");

        SelectedTest selected = only(select(List.of(CLASSES + "FooTest.cls", CLASSES + "Foo.cls")));

        assertThat(selected.reasons()).containsExactly("changed test class",
                "naming convention {name}Test for Foo", "references Foo");
    }

    @Test
    void changedFactorySelectsTestsUsingIt() {
        cls("TestDataFactory", "@IsTest public class TestDataFactory { public static void make() { } }");
        test("OrderTest", "TestDataFactory.make();");

        TestSelection selection = select(List.of(CLASSES + "TestDataFactory.cls"));

        assertThat(selection.testNames()).containsExactly("OrderTest");
        assertThat(selection.untested()).isEmpty();
    }

    @Test
    void triggerSelectsBySObjectAndCalledClass() {
        cls("TriggerHandler", "public class TriggerHandler { }");
        trigger("AccountTrigger", "trigger AccountTrigger on Account (before insert) { new TriggerHandler(); }");
        test("AccountInsertCheck", "insert new Account(Name = 'x');");
        test("HandlerCheck", "new TriggerHandler();");
        test("ContactCheck", "insert new Contact();");

        TestSelection selection = select(List.of(TRIGGERS + "AccountTrigger.trigger"));

        assertThat(selection.testNames()).containsExactly("AccountInsertCheck", "HandlerCheck");
        assertThat(selection.tests().get(0).reasons())
                .containsExactly("references the Account sObject of changed trigger AccountTrigger");
        assertThat(selection.tests().get(1).reasons())
                .containsExactly("references TriggerHandler called by changed trigger AccountTrigger");
    }

    @Test
    void triggerWithoutTestIsUntested() {
        trigger("LeadTrigger", "trigger LeadTrigger on Lead (before insert) { }");
        test("ContactCheck", "insert new Contact();");

        TestSelection selection = select(List.of(TRIGGERS + "LeadTrigger.trigger"));

        assertThat(selection.untested()).containsExactly("LeadTrigger");
    }

    @Test
    void deletedClassReportedWithoutTests() {
        cls("AccountService", "public class AccountService { }");
        test("AccountServiceTest", "new AccountService();");

        TestSelection selection = select(TestSelectionOptions.defaults(), List.of(),
                List.of(CLASSES + "AccountHelper.cls", CLASSES + "AccountHelper.cls-meta.xml", "README.md"));

        assertThat(selection.tests()).isEmpty();
        assertThat(selection.deleted()).containsExactly("AccountHelper");
        assertThat(selection.untested()).isEmpty();
    }

    @Test
    void depthTwoSelectsTestsOfCallers() throws RejectedInputException {
        cls("Money", "public class Money { }");
        cls("InvoiceService", "public class InvoiceService { Money total; }");
        cls("InvoiceController", "public class InvoiceController { InvoiceService service; }");
        test("InvoiceServiceCheck", "new InvoiceService();");
        test("InvoiceControllerCheck", "new InvoiceController();");

        TestSelection depthOne = select(List.of(CLASSES + "Money.cls"));
        TestSelection depthTwo = select(TestSelectionOptions.of(TestSelectionOptions.DEFAULT_NAMING_CONVENTIONS,
                2), List.of(CLASSES + "Money.cls"), List.of());

        assertThat(depthOne.tests()).isEmpty();
        assertThat(depthTwo.testNames()).containsExactly("InvoiceServiceCheck");
        assertThat(depthTwo.tests().get(0).reasons())
                .containsExactly("references InvoiceService which references Money (depth 2)");
        assertThat(depthTwo.untested()).isEmpty();
    }

    @Test
    void depthThreeFollowsLongerChain() throws RejectedInputException {
        cls("Money", "public class Money { }");
        cls("InvoiceService", "public class InvoiceService { Money total; }");
        cls("InvoiceController", "public class InvoiceController { InvoiceService service; }");
        test("InvoiceControllerCheck", "new InvoiceController();");

        TestSelection selection = select(TestSelectionOptions.of(List.of("{name}Test"), 3),
                List.of(CLASSES + "Money.cls"), List.of());

        assertThat(only(selection).reasons()).containsExactly(
                "references InvoiceController which references InvoiceService which references Money (depth 3)");
    }

    @Test
    void outputSortedIgnoringCase() {
        cls("Foo", "public class Foo { }");
        test("beta", "new Foo();");
        test("Alpha", "new Foo();");
        test("FooTest", "new Foo();");

        TestSelection selection = select(List.of(CLASSES + "Foo.cls"));

        assertThat(selection.testNames()).containsExactly("Alpha", "beta", "FooTest");
        assertThat(selection.tests().get(2).reasons())
                .containsExactly("naming convention {name}Test for Foo", "references Foo");
    }

    @Test
    void testsArgumentsListOneNamePerArgument() {
        cls("Foo", "public class Foo { }");
        test("FooTest", "new Foo();");
        test("Foo_Tests", "new Foo();");

        TestSelection selection = select(List.of(CLASSES + "Foo.cls"));

        assertThat(selection.testsArguments()).containsExactly("--tests", "Foo_Tests", "FooTest");
    }

    @Test
    void testsArgumentsEmptyWithoutTests() {
        cls("Foo", "public class Foo { }");

        TestSelection selection = select(List.of(CLASSES + "Foo.cls"));

        assertThat(selection.testsArguments()).isEmpty();
        assertThat(selection.untested()).containsExactly("Foo");
    }

    @Test
    void unanalysableChangedFileReported() {
        cls("Broken", "public class Broken { /* open");
        test("BrokenTest", "System.assert(true);");

        TestSelection selection = select(List.of(CLASSES + "Broken.cls", "force-app/main/default/lwc/x/x.js"));

        assertThat(selection.problems()).extracting(ApexProblem::path).containsExactly(CLASSES + "Broken.cls");
        assertThat(selection.tests()).isEmpty();
    }

    @Test
    void changedFileOutsidePackagesReported() {
        TestSelection selection = select(List.of("scripts/apex/Anonymous.cls"));

        assertThat(selection.problems()).extracting(ApexProblem::problem)
                .containsExactly("is not in a package directory at this commit, so no tests were selected for it");
    }

    @Test
    void duplicateClassNameBecomesProblem() {
        files.add(ApexFileAnalyzer.analyze("core/classes/Foo.cls", "public class Foo { }"));
        files.add(ApexFileAnalyzer.analyze("extra/classes/Foo.cls", "public class Foo { }"));

        ApexIndex index = ApexIndex.of(files);

        assertThat(index.problems()).extracting(ApexProblem::path).containsExactly("extra/classes/Foo.cls");
        assertThat(index.classNamed("FOO").map(ApexFileFacts::path)).contains("core/classes/Foo.cls");
    }

    @Test
    void invalidOptionsRejectedWithFix() {
        assertThatThrownBy(() -> TestSelectionOptions.of(List.of("Test"), 1))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("'Test'")
                .hasMessageContaining("{name}Test");
        assertThatThrownBy(() -> TestSelectionOptions.of(List.of("{name}-Test"), 1))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("'{name}-Test'");
        assertThatThrownBy(() -> TestSelectionOptions.of(List.of("{name}Test"), 0))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("depth 0");
    }

    @Test
    void metaXmlChangeSelectsClassTests() {
        cls("Foo", "public class Foo { }");
        test("FooTest", "new Foo();");

        TestSelection selection = select(List.of(CLASSES + "Foo.cls-meta.xml"));

        assertThat(selection.testNames()).containsExactly("FooTest");
    }

    @Test
    void otherMetadataChangesIgnored() {
        cls("Foo", "public class Foo { }");
        test("FooTest", "new Foo();");

        TestSelection selection = select(List.of("force-app/main/default/objects/Account/Account.object-meta.xml",
                "force-app/main/default/lwc/card/card.js"));

        assertThat(selection.tests()).isEmpty();
        assertThat(selection.problems()).isEmpty();
    }
}

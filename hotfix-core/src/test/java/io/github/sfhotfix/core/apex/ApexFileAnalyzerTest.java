package io.github.sfhotfix.core.apex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ApexFileAnalyzerTest {

    private static ApexFileFacts facts(String path, String source) {
        ApexAnalysis analysis = ApexFileAnalyzer.analyze(path, source);
        assertThat(analysis).isInstanceOf(ApexFileFacts.class);
        return (ApexFileFacts) analysis;
    }

    private static ApexProblem problem(String path, String source) {
        ApexAnalysis analysis = ApexFileAnalyzer.analyze(path, source);
        assertThat(analysis).isInstanceOf(ApexProblem.class);
        return (ApexProblem) analysis;
    }

    @Test
    void classNameComesFromFileName() {
        String source = "public with sharing class accountservice { }";

        ApexFileFacts facts = facts("force-app/main/default/classes/AccountService.cls", source);

        assertThat(facts.name()).isEqualTo("AccountService");
        assertThat(facts.declaredName()).isEqualTo("accountservice");
        assertThat(facts.kind()).isEqualTo(ApexKind.CLASS);
        assertThat(facts.test()).isFalse();
    }

    @Test
    void isTestAnnotationMarksTestClass() {
        String[] annotations = {"@IsTest", "@isTest", "@ISTEST", "@isTest(SeeAllData=true)",
                "@IsTest(isParallel=true) @SuppressWarnings('PMD')"};

        for (String annotation : annotations) {
            ApexFileFacts facts = facts("classes/Checks.cls",
                    annotation + "\nprivate class Checks { @IsTest static void runs() { } }");

            assertThat(facts.test()).as(annotation).isTrue();
            assertThat(facts.containsTestMethods()).as(annotation).isTrue();
        }
    }

    @Test
    void testMethodsWithoutClassAnnotationAreNotTest() {
        String source = "public class AccountChecks {\n  @IsTest static void runs() { }\n"
                + "  static testMethod void legacy() { }\n}";

        ApexFileFacts facts = facts("classes/AccountChecks.cls", source);

        assertThat(facts.test()).isFalse();
    }

    @Test
    void testClassWithoutTestMethodsIsFactory() {
        String source = "@IsTest public class TestDataFactory { public static Account account() { return null; } }";

        ApexFileFacts facts = facts("classes/TestDataFactory.cls", source);

        assertThat(facts.test()).isTrue();
        assertThat(facts.containsTestMethods()).isFalse();
    }

    @Test
    void legacyTestMethodKeywordCountsAsTestMethod() {
        String source = "@isTest private class LegacyTest { static testMethod void runs() { } }";

        ApexFileFacts facts = facts("classes/LegacyTest.cls", source);

        assertThat(facts.containsTestMethods()).isTrue();
    }

    @Test
    void commentsAndStringsAreNotReferences() {
        String source = """
                public class Billing {
                    // InLineComment.run();
                    /* BlockComment.run(); */
                    /** DocComment */
                    String s = 'StringLiteral';
                    Invoice__c invoice = InvoiceService.create();
                }
                """;

        ApexFileFacts facts = facts("classes/Billing.cls", source);

        assertThat(facts.references()).contains("invoiceservice", "invoice__c");
        assertThat(facts.references()).doesNotContain("inlinecomment", "blockcomment", "doccomment",
                "stringliteral");
    }

    @Test
    void dottedNamesReferenceEachPart() {
        String source = "public class Caller { void run() { fflib_ns.Selector.Inner q = Outer.Inner.make(); } }";

        ApexFileFacts facts = facts("classes/Caller.cls", source);

        assertThat(facts.references()).contains("fflib_ns", "selector", "inner", "outer", "make");
    }

    @Test
    void referencesAreLowercaseWithoutOwnName() {
        String source = "public class Caller { Caller self; ACCOUNTSERVICE service; }";

        ApexFileFacts facts = facts("classes/Caller.cls", source);

        assertThat(facts.references()).contains("accountservice");
        assertThat(facts.references()).doesNotContain("caller", "ACCOUNTSERVICE");
    }

    @Test
    void structuralKeywordsAreNotReferences() {
        String source = "public virtual class Base extends Parent implements Api { }";

        ApexFileFacts facts = facts("classes/Base.cls", source);

        assertThat(facts.references()).containsExactlyInAnyOrder("parent", "api");
    }

    @Test
    void triggerRecordsSObjectAndReferences() {
        String source = "trigger AccountTrigger on Account (before insert, after update) {\n"
                + "    new TriggerHandler().run(Trigger.new);\n}";

        ApexFileFacts facts = facts("triggers/AccountTrigger.trigger", source);

        assertThat(facts.kind()).isEqualTo(ApexKind.TRIGGER);
        assertThat(facts.name()).isEqualTo("AccountTrigger");
        assertThat(facts.triggerObject()).isEqualTo("Account");
        assertThat(facts.references()).contains("triggerhandler");
    }

    @Test
    void triggerOnKeywordNamedSObject() {
        String source = "trigger UserTrigger on User (after insert) { UserService.sync(); }";

        ApexFileFacts facts = facts("triggers/UserTrigger.trigger", source);

        assertThat(facts.triggerObject()).isEqualTo("User");
    }

    @Test
    void interfaceAndEnumAreNotTests() {
        ApexFileFacts api = facts("classes/Api.cls", "public interface Api { void run(); }");
        ApexFileFacts color = facts("classes/Color.cls", "public enum Color { RED, GREEN }");

        assertThat(api.kind()).isEqualTo(ApexKind.INTERFACE);
        assertThat(color.kind()).isEqualTo(ApexKind.ENUM);
    }

    @Test
    void unterminatedBlockCommentIsProblem() {
        String source = "public class Broken {\n  /* never closed\n  void run() { }\n}";

        ApexProblem problem = problem("classes/Broken.cls", source);

        assertThat(problem.path()).isEqualTo("classes/Broken.cls");
        assertThat(problem.problem()).contains("unterminated block comment");
        assertThat(problem.problem()).contains("line 2");
    }

    @Test
    void unterminatedStringIsProblem() {
        String source = "public class Broken { String s = 'never closed; }";

        ApexProblem problem = problem("classes/Broken.cls", source);

        assertThat(problem.problem()).startsWith("cannot be lexed: line 1:");
    }

    @Test
    void binaryContentIsProblem() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};

        ApexAnalysis analysis = ApexFileAnalyzer.analyze("classes/Logo.cls", png);

        assertThat(analysis).isInstanceOf(ApexProblem.class);
        assertThat(((ApexProblem) analysis).problem()).contains("binary");
    }

    @Test
    void nulCharactersAreProblem() {
        byte[] content = "public class A {\0}".getBytes(StandardCharsets.UTF_8);

        ApexAnalysis analysis = ApexFileAnalyzer.analyze("classes/A.cls", content);

        assertThat(((ApexProblem) analysis).problem()).contains("NUL");
    }

    @Test
    void garbageTextIsProblem() {
        String source = "### not apex ``` ###";

        ApexProblem problem = problem("classes/Notes.cls", source);

        assertThat(problem.problem()).contains("cannot be lexed").contains("more lexer errors");
    }

    @Test
    void missingDeclarationIsProblem() {
        ApexProblem problem = problem("classes/Empty.cls", "// only a comment\n");

        assertThat(problem.problem()).isEqualTo("declares no class, interface, enum or trigger");
    }

    @Test
    void truncatedFileIsProblem() {
        ApexProblem problem = problem("classes/Cut.cls", "public class Cut { void run() {");

        assertThat(problem.problem()).contains("2 unclosed '{'");
    }

    @Test
    void unmatchedClosingBraceIsProblem() {
        ApexProblem problem = problem("classes/Extra.cls", "public class Extra { }\n}");

        assertThat(problem.problem()).isEqualTo("has an unmatched '}' at line 2");
    }

    @Test
    void incompleteTriggerIsProblem() {
        ApexProblem problem = problem("triggers/Half.trigger", "trigger Half (before insert) { }");

        assertThat(problem.problem()).contains("incomplete trigger declaration");
    }

    @Test
    void byteOrderMarkIsIgnored() {
        byte[] content = "\uFEFF@IsTest class BomTest { @IsTest static void t() { } }"
                .getBytes(StandardCharsets.UTF_8);

        ApexAnalysis analysis = ApexFileAnalyzer.analyze("classes/BomTest.cls", content);

        assertThat(((ApexFileFacts) analysis).test()).isTrue();
    }

    @Test
    void declaredCaseKeptAfterSupplementaryCharacters() {
        String source = "/* \uD83D\uDE00 */ trigger InvoiceTrigger on Invoice__c (before insert) { }";

        ApexFileFacts facts = facts("triggers/InvoiceTrigger.trigger", source);

        assertThat(facts.declaredName()).isEqualTo("InvoiceTrigger");
        assertThat(facts.triggerObject()).isEqualTo("Invoice__c");
    }

    @Test
    void declaredCaseKeptWhenLowercaseChangesLength() {
        String source = "// \u0130stanbul office\n"
                + "@IsTest public class \u0130stanbulTest { @IsTest static void t() { } }";

        ApexFileFacts facts = facts("classes/\u0130stanbulTest.cls", source);

        assertThat(facts.declaredName()).isEqualTo("\u0130stanbulTest");
        assertThat(facts.test()).isTrue();
    }

    @Test
    void asciiBytesKeepDeclaredCase() {
        byte[] content = "trigger ORDER_TRIGGER on Order__C (after insert) { OrderService.Run(); }"
                .getBytes(StandardCharsets.US_ASCII);

        ApexFileFacts facts = (ApexFileFacts) ApexFileAnalyzer.analyze("triggers/Order_Trigger.trigger", content);

        assertThat(facts.declaredName()).isEqualTo("ORDER_TRIGGER");
        assertThat(facts.triggerObject()).isEqualTo("Order__C");
        assertThat(facts.references()).contains("orderservice", "run", "order__c");
    }

    @Test
    void utf8BytesKeepDeclaredCase() {
        byte[] content = "// Stra\u00DFe\npublic class StreetRouter { String s = 'Stra\u00DFe'; }"
                .getBytes(StandardCharsets.UTF_8);

        ApexFileFacts facts = (ApexFileFacts) ApexFileAnalyzer.analyze("classes/StreetRouter.cls", content);

        assertThat(facts.declaredName()).isEqualTo("StreetRouter");
    }
}

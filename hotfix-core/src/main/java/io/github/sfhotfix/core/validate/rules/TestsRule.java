package io.github.sfhotfix.core.validate.rules;

import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.policy.TestFallback;
import io.github.sfhotfix.core.validate.Finding;
import io.github.sfhotfix.core.validate.Rule;
import io.github.sfhotfix.core.apex.ApexProblem;
import io.github.sfhotfix.core.apex.TestSelection;
import io.github.sfhotfix.core.validate.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/** Changed Apex is proven by tests: a changed class or trigger with no affected test is an error. */
public final class TestsRule implements Rule {

    /** Names the tests that mention an untested class in a string literal, and the key that selects them. */
    private static String stringMentionHint(ValidationContext context, List<String> untested) {
        List<String> parts = new ArrayList<>();
        for (String name : untested) {
            List<String> tests = context.stringMentions().getOrDefault(name, List.of());
            if (!tests.isEmpty()) {
                parts.add(String.join(", ", tests) + " name" + (tests.size() == 1 ? "s " : " ") + name
                        + " in a string literal");
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        return " " + String.join("; ", parts) + ", a dynamic reference that is not counted unless"
                + " tests.stringReferences is true.";
    }

    @Override
    public String id() {
        return "tests";
    }

    @Override
    public List<Finding> check(ValidationContext context) {
        TestSelection tests = context.tests();
        List<Finding> findings = new ArrayList<>();
        List<String> untested = tests.untested();

        if (!untested.isEmpty()) {
            String names = String.join(", ", untested);
            String hint = stringMentionHint(context, untested);
            if (context.policy().get(PolicyKeys.TESTS_FALLBACK) == TestFallback.RUN_LOCAL_TESTS) {
                findings.add(Finding.warning(id(), names, "No Apex test references " + names
                        + "; the deploy falls back to RunLocalTests (tests.fallback)." + hint,
                        "Add a test class that exercises " + names + " so the hotfix deploys with its own tests."));
            } else {
                String fix = hint.isEmpty()
                        ? "Add or update an @IsTest class that uses " + names + ", or set tests.fallback to"
                                + " RunLocalTests to deploy with all local tests."
                        : "Select the tests named above with -Dhotfix.tests.stringReferences=true (or"
                                + " tests.stringReferences: true in hotfix.yaml), or add a test that uses " + names
                                + " in code.";
                findings.add(Finding.error(id(), names, "No Apex test references " + names + "." + hint, fix));
            }
        }
        for (ApexProblem problem : tests.problems()) {
            findings.add(Finding.warning(id(), problem.path(), "Changed Apex file " + problem.path()
                    + " could not be analysed (" + problem.problem() + "), so no test was selected for it.",
                    "Fix the file's syntax, or choose its tests by hand."));
        }
        return findings;
    }
}

package io.github.sfhotfix.core.sf;

import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads smoke checks written as text, one check per entry. The kind comes first, followed by a colon or a space:
 * <ul>
 *   <li>{@code org}: the org is connected;</li>
 *   <li>{@code count: SELECT COUNT() FROM Account >= 1}: a record count compared with {@code >=}, {@code >},
 *       {@code <=}, {@code <} or {@code =};</li>
 *   <li>{@code apex: scripts/smoke.apex}: an anonymous Apex script that must compile and run;</li>
 *   <li>{@code errors: SELECT COUNT() FROM Log__c WHERE CreatedDate = TODAY warn > 5}: an error count that warns
 *       above the number.</li>
 * </ul>
 */
public final class SmokeCheckSyntax {

    /** The accepted forms, quoted in error messages. */
    public static final String FORMS = "org; count: SELECT COUNT() FROM Account >= 1; apex: scripts/smoke.apex;"
            + " errors: SELECT COUNT() FROM Log__c WHERE CreatedDate = TODAY warn > 5";

    private static final Pattern KIND = Pattern.compile("(?i)\\s*(org|count|apex|errors)\\s*(?::|\\s|$)(.*)",
            Pattern.DOTALL);
    private static final Pattern COMPARISON = Pattern.compile("(.+?)\\s*(>=|<=|>|<|==|=)\\s*(\\d{1,9})\\s*",
            Pattern.DOTALL);
    private static final Pattern WARN_ABOVE = Pattern.compile("(?i)(.+?)\\s+warn\\s*>\\s*(\\d{1,9})\\s*",
            Pattern.DOTALL);
    private static final Pattern SOQL = Pattern.compile("(?i)select\\s.+");

    private SmokeCheckSyntax() {
    }

    /**
     * Parses every entry and reports all invalid ones at once.
     *
     * @param entries the checks as text, in the order they run
     * @param source where the entries come from, such as {@code hotfix.yaml line 12}, named in the message
     * @throws RejectedInputException naming each invalid entry, its source and the accepted forms
     */
    public static List<SmokeCheck> parse(List<String> entries, String source) throws RejectedInputException {
        List<SmokeCheck> checks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String entry : entries) {
            String problem = parseEntry(entry, checks);
            if (problem != null) {
                problems.add("Smoke check '" + entry + "' (" + source + ", key smoke.checks): " + problem);
            }
        }
        if (!problems.isEmpty()) {
            problems.add("Write each check in one of these forms: " + FORMS + ".");
            throw new RejectedInputException(String.join(System.lineSeparator(), problems));
        }
        return List.copyOf(checks);
    }

    /** Adds the check to the list, or returns what is wrong with the entry. */
    private static String parseEntry(String entry, List<SmokeCheck> checks) {
        Matcher kind = KIND.matcher(entry == null ? "" : entry);
        if (!kind.matches()) {
            return "unknown kind; it must start with org, count, apex or errors.";
        }
        String rest = kind.group(2).strip();
        switch (kind.group(1).toLowerCase(Locale.ROOT)) {
            case "org":
                if (!rest.isEmpty()) {
                    return "org takes nothing after it.";
                }
                checks.add(new SmokeCheck.OrgReachable());
                return null;
            case "apex":
                if (rest.isEmpty() || !rest.endsWith(".apex")) {
                    return "apex needs the path of an .apex script, such as apex: scripts/smoke.apex.";
                }
                checks.add(new SmokeCheck.AnonymousApex("apex " + rest, Path.of(rest)));
                return null;
            case "count":
                return parseCount(rest, checks);
            default:
                return parseErrors(rest, checks);
        }
    }

    private static String parseCount(String rest, List<SmokeCheck> checks) {
        Matcher comparison = COMPARISON.matcher(rest);
        if (!comparison.matches()) {
            return "count needs a query and a bound, such as count: SELECT COUNT() FROM Account >= 1.";
        }
        String soql = comparison.group(1).strip();
        if (!SOQL.matcher(soql).matches()) {
            return "the query '" + soql + "' does not start with SELECT.";
        }
        int bound = Integer.parseInt(comparison.group(3));
        Integer atLeast = null;
        Integer atMost = null;
        switch (comparison.group(2)) {
            case ">=" -> atLeast = bound;
            case ">" -> atLeast = bound + 1;
            case "<=" -> atMost = bound;
            case "<" -> {
                if (bound == 0) {
                    return "a count is never below 0; use = 0 or <= N.";
                }
                atMost = bound - 1;
            }
            default -> {
                atLeast = bound;
                atMost = bound;
            }
        }
        checks.add(new SmokeCheck.RecordCount(soql, soql, atLeast, atMost));
        return null;
    }

    private static String parseErrors(String rest, List<SmokeCheck> checks) {
        Matcher warn = WARN_ABOVE.matcher(rest);
        if (!warn.matches()) {
            return "errors needs a query and a warning threshold, such as errors: SELECT COUNT() FROM Log__c"
                    + " warn > 5.";
        }
        String soql = warn.group(1).strip();
        if (!SOQL.matcher(soql).matches()) {
            return "the query '" + soql + "' does not start with SELECT.";
        }
        checks.add(new SmokeCheck.ErrorCount(soql, soql, Integer.parseInt(warn.group(2))));
        return null;
    }
}

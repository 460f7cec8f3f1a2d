package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.policy.PolicyKey;
import io.github.sfhotfix.core.policy.PolicyKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;

/**
 * Reads {@code -Dhotfix.<key>} properties whose key is a policy key, such as hotfix.scope.maxFiles, and warns about
 * {@code hotfix.*} properties that nothing reads, which are usually typos.
 */
final class PolicyProperties {

    /** Properties that goals read as parameters; PolicyPropertiesTest keeps this list in step with plugin.xml. */
    static final Set<String> GOAL_PROPERTIES = Set.of("hotfix.approver", "hotfix.branch",
            "hotfix.businessCriticalDown", "hotfix.canWait", "hotfix.confirm", "hotfix.dataCorruption",
            "hotfix.deleteBranch", "hotfix.deployedBy", "hotfix.dryRun", "hotfix.event", "hotfix.failOnWarning",
            "hotfix.financialImpactPerHour", "hotfix.fromTag", "hotfix.impact", "hotfix.incident", "hotfix.issue",
            "hotfix.name", "hotfix.outputDirectory", "hotfix.policy", "hotfix.productionBroken", "hotfix.push",
            "hotfix.recordNote", "hotfix.releaseBranch", "hotfix.requestKind", "hotfix.securityExploited",
            "hotfix.severity", "hotfix.skip", "hotfix.summary", "hotfix.tag", "hotfix.tagPattern");

    private static final int MAX_TYPO_DISTANCE = 3;

    private PolicyProperties() {
    }

    /** Returns the policy values set as properties, by key name, after warning about unknown properties. */
    static Map<String, String> collect(MavenSession session, Log log) {
        Properties user = session == null ? new Properties() : session.getUserProperties();
        for (String name : unknown(user)) {
            log.warn("Unknown property -D" + name + ": no goal parameter or policy key reads it." + suggestion(name));
        }

        Map<String, String> values = new LinkedHashMap<>();
        for (PolicyKey<?> key : PolicyKeys.all()) {
            String value = user.getProperty(key.property(), System.getProperty(key.property()));
            if (value != null) {
                values.put(key.name(), value);
            }
        }
        return values;
    }

    /** Returns the {@code hotfix.*} user properties that are neither goal parameters nor policy keys, sorted. */
    static List<String> unknown(Properties user) {
        Set<String> known = knownProperties();
        Set<String> found = new TreeSet<>();
        for (String name : user.stringPropertyNames()) {
            if (name.startsWith("hotfix.") && !known.contains(name) && !name.startsWith("hotfix.sf.contract.")) {
                found.add(name);
            }
        }
        return new ArrayList<>(found);
    }

    private static Set<String> knownProperties() {
        Set<String> known = new TreeSet<>(GOAL_PROPERTIES);
        PolicyKeys.all().forEach(key -> known.add(key.property()));
        return known;
    }

    /** Names the closest known property when it is a few letters away, such as a missing plural s. */
    static String suggestion(String name) {
        String best = null;
        int bestDistance = MAX_TYPO_DISTANCE + 1;
        for (String candidate : knownProperties()) {
            int distance = distance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? " Check the spelling against the README." : " Did you mean -D" + best + "?";
    }

    private static int distance(String first, String second) {
        int[] previous = new int[second.length() + 1];
        int[] current = new int[second.length() + 1];
        for (int j = 0; j <= second.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= first.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= second.length(); j++) {
                int substitution = previous[j - 1] + (first.charAt(i - 1) == second.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[second.length()];
    }
}

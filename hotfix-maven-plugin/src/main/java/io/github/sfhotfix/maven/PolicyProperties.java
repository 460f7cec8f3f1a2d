package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.policy.PolicyKey;
import io.github.sfhotfix.core.policy.PolicyKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;

/** Reads {@code -Dhotfix.<key>} properties whose key is a policy key, such as hotfix.scope.maxFiles. */
final class PolicyProperties {

    private PolicyProperties() {
    }

    static Map<String, String> collect(MavenSession session) {
        Map<String, String> values = new LinkedHashMap<>();
        Properties user = session == null ? new Properties() : session.getUserProperties();
        for (PolicyKey<?> key : PolicyKeys.all()) {
            String value = user.getProperty(key.property(), System.getProperty(key.property()));
            if (value != null) {
                values.put(key.name(), value);
            }
        }
        return values;
    }
}

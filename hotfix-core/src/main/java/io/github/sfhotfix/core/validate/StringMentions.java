package io.github.sfhotfix.core.validate;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.apex.ApexFileFacts;
import io.github.sfhotfix.core.apex.ApexIndex;
import io.github.sfhotfix.core.apex.SelectedTest;
import io.github.sfhotfix.core.apex.TestSelection;
import io.github.sfhotfix.core.git.GitRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Finds test classes that name an untested class only in a string literal, such as
 * {@code Type.forName('AccountHandler')} or a trigger framework's handler setting. The lexer-based selection does
 * not count such dynamic references, so validation selects these tests when the policy allows, and otherwise names
 * them in its finding to show the engineer where to look.
 */
final class StringMentions {

    private StringMentions() {
    }

    /**
     * Returns, for each untested class, the test classes whose source contains {@code 'ClassName'} (the quoted name,
     * ignoring case), sorted by name. Classes no test names are left out.
     */
    static Map<String, List<String>> find(GitRepository repository, ObjectId head, ApexIndex index,
            List<String> untested) throws EnvironmentException {
        Map<String, List<String>> mentions = new LinkedHashMap<>();
        if (untested.isEmpty()) {
            return mentions;
        }
        List<ApexFileFacts> tests = index.files().stream()
                .filter(file -> file.test() && file.containsTestMethods())
                .sorted(Comparator.comparing(ApexFileFacts::key))
                .toList();
        for (ApexFileFacts test : tests) {
            Optional<byte[]> content = repository.readFile(head, test.path());
            if (content.isEmpty()) {
                continue;
            }
            String source = new String(content.get(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            for (String name : untested) {
                if (source.contains("'" + name.toLowerCase(Locale.ROOT) + "'")) {
                    mentions.computeIfAbsent(name, key -> new ArrayList<>()).add(test.name());
                }
            }
        }
        return mentions;
    }

    /** Returns the selection with the mentioning tests added and their classes no longer untested. */
    static TestSelection select(TestSelection selection, Map<String, List<String>> mentions) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (SelectedTest test : selection.tests()) {
            reasons.put(test.name(), new ArrayList<>(test.reasons()));
        }
        mentions.forEach((name, tests) -> {
            for (String test : tests) {
                reasons.computeIfAbsent(test, key -> new ArrayList<>()).add("names " + name + " in a string literal");
            }
        });
        List<SelectedTest> merged = new ArrayList<>();
        reasons.forEach((name, why) -> merged.add(new SelectedTest(name, why)));
        merged.sort(Comparator.comparing(test -> test.name().toLowerCase(Locale.ROOT)));
        List<String> untested = selection.untested().stream().filter(name -> !mentions.containsKey(name)).toList();
        return new TestSelection(merged, untested, selection.deleted(), selection.problems());
    }
}

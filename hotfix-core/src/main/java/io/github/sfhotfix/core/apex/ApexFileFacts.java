package io.github.sfhotfix.core.apex;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Facts that test selection needs about one Apex class or trigger file.
 *
 * @param path repository-relative path of the file, with forward slashes
 * @param name class or trigger name: the file base name in the case the file uses ({@code AccountService.cls} gives
 *     {@code AccountService})
 * @param kind kind of the top-level type
 * @param declaredName the name the source declares after {@code class}, {@code interface}, {@code enum} or
 *     {@code trigger}, which Salesforce requires to equal {@code name} ignoring case
 * @param test whether an {@code @IsTest} annotation precedes the top-level {@code class} keyword
 * @param containsTestMethods whether the file is a test class with an {@code @IsTest} method or a
 *     {@code testMethod} modifier, so that running it as a test class runs something
 * @param triggerObject the sObject a trigger is defined on ({@code Account} in
 *     {@code trigger AccountTrigger on Account (before insert)}), or {@code null} for a class
 * @param references lowercase names that the code mentions outside comments and string literals, each part of a
 *     dotted name separately, so {@code ns.Foo.Inner} adds {@code ns}, {@code foo} and {@code inner}. The file's own
 *     name is left out.
 * @param referencesRead whether the file was lexed for its references; false for a class skipped because it cannot
 *     be a test (see {@link ApexSources}), whose references are then empty and whose kind is taken as a class
 */
public record ApexFileFacts(
        String path,
        String name,
        ApexKind kind,
        String declaredName,
        boolean test,
        boolean containsTestMethods,
        String triggerObject,
        Set<String> references,
        boolean referencesRead) implements ApexAnalysis {

    public ApexFileFacts {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(declaredName, "declaredName");
        references = references instanceof CachedReferences ? references : Set.copyOf(references);
    }

    /** Returns the name in lowercase, the form Apex compares names in. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Returns whether the code mentions {@code otherName} (compared ignoring case). */
    public boolean references(String otherName) {
        return references.contains(otherName.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the class or trigger name a path gives: its file name without the extension. It lives here, not in
     * {@link ApexFileAnalyzer}, so that a run served from the cache never loads the lexer.
     */
    static String nameOf(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /**
     * Returns the facts of a class file that mentions neither {@code @IsTest} nor {@code testMethod}, so it cannot be
     * a test class, without lexing it: its references are not read.
     */
    static ApexFileFacts withoutReferences(String path) {
        String name = nameOf(path);
        return new ApexFileFacts(path, name, ApexKind.CLASS, name, false, false, null, Set.of(), false);
    }

    /** Returns the same facts for a file with identical content at another path. */
    ApexFileFacts atPath(String otherPath) {
        return new ApexFileFacts(otherPath, nameOf(otherPath), kind, declaredName, test,
                containsTestMethods, triggerObject, references, referencesRead);
    }
}
